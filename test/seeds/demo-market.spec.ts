import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { DemoMarketSeeder } from '../../seeds/demo-market.seeder.js';
import { DEMO_MODERATOR_EMAIL, DEMO_PASSWORD } from '../../seeds/demo-market.js';
import { settled } from '../support/settled.js';
import { TestApp } from '../support/test-app.js';

let app: TestApp;

beforeAll(async () => {
  app = await TestApp.start('embedded');
});

afterAll(async () => {
  await app.close();
});

it('loads a demo market a newcomer can browse, and adds nothing when run again', async () => {
  const seeder = app.app.get(DemoMarketSeeder);
  expect(await seeder.isEmpty()).toBe(true);
  const steps = new Set<string>();
  expect(await seeder.seed((step) => steps.add(step))).toEqual({ organizations: 15, listings: 78, requirements: 23, programs: 3, gradeProposals: 1, investmentRecords: 23 });
  expect([...steps]).toEqual(['organisations', 'listings', 'requirements', 'programs', 'investment databases']);
  expect(await seeder.isEmpty()).toBe(false);

  const published = await app.graphql<{ listings: { totalCount: number; edges: { node: { supplier: { city: string } } }[] } }>(
    `{ listings(first: 100) { totalCount edges { node { supplier { city } } } } }`,
  );
  expect(published.body.data!.listings.totalCount).toBe(78);
  const cities = new Set(published.body.data!.listings.edges.map((edge) => edge.node.supplier.city));
  expect(cities).toEqual(new Set(['Chizhou', 'Hefei']));

  const login = await app.graphql<{ login: { accessToken: string } }>(
    `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }`,
    { email: 'xingtu-auto@demo.magmatch.example', password: DEMO_PASSWORD },
  );
  const open = await app.graphql<{ requirements: { totalCount: number } }>(`{ requirements { totalCount } }`, {}, login.body.data!.login.accessToken);
  expect(open.body.data!.requirements.totalCount).toBe(22); // one of the 23 is MATCHED_ONLY
  const programs = await app.graphql<{ promotionPrograms: { launched: boolean; level: string; subsidyModel: string; beneficiary: string }[] }>(
    `{ promotionPrograms { launched level subsidyModel beneficiary } }`,
    {},
    login.body.data!.login.accessToken,
  );
  // The three levels of the state, each paying as it does: the premium share to the producer, a share and a per-tonne amount to the buyer.
  expect(new Set(programs.body.data!.promotionPrograms.map((program) => JSON.stringify(program)))).toEqual(
    new Set([
      { launched: true, level: 'NATIONAL', subsidyModel: 'INSURANCE_PREMIUM', beneficiary: 'SUPPLIER' },
      { launched: true, level: 'PROVINCIAL', subsidyModel: 'PERCENT_OF_PURCHASE', beneficiary: 'BUYER' },
      { launched: true, level: 'CITY', subsidyModel: 'PER_TONNE', beneficiary: 'BUYER' },
    ].map((program) => JSON.stringify(program))),
  );

  const moderator = await app.graphql<{ login: { accessToken: string; user: { role: string } } }>(
    `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken user { role } } }`,
    { email: DEMO_MODERATOR_EMAIL, password: DEMO_PASSWORD },
  );
  expect(moderator.body.data).toEqual({ login: { accessToken: expect.any(String), user: { role: 'MODERATOR' } } });
  // One proprietary alloy awaits the association's approval, with its producer's draft listing.
  const proposed = await app.graphql<{ grades: { code: string; owner: { name: string } }[] }>(
    `{ grades(status: PROPOSED) { code owner { name } } }`,
    {},
    moderator.body.data!.login.accessToken,
  );
  expect(proposed.body.data!.grades).toEqual([{ code: 'QYM-AX41', owner: { name: '青阳镁基新材料 Qingyang Mg New Materials' } }]);

  // The association's overview of the demo market, once matching has run (on a busy CI machine this takes a while):
  // every requirement is served.
  await settled(app, 120_000);
  const overview = await app.graphql<{ marketOverview: { capacityByCluster: unknown[]; capacityByGrade: unknown[]; funnel: { step: string; count: number }[]; balance: { unmatchedRequirements: number }[]; slagUtilisation: unknown; scrapRecycling: unknown } }>(
    `{ marketOverview { capacityByGrade { key tonnesPerMonth count } capacityByCluster { key tonnesPerMonth count } balance { unmatchedRequirements }
        funnel { step count } slagUtilisation { offeredTonnes contractedTonnes ratePct } scrapRecycling { offeredTonnes contractedTonnes ratePct } } }`,
    {},
    moderator.body.data!.login.accessToken,
  );
  const market = overview.body.data!.marketOverview;
  expect(market.capacityByCluster).toEqual([
    { key: 'Chizhou–Qingyang', tonnesPerMonth: 105_350, count: 51 },
    { key: 'Hefei–Chaohu', tonnesPerMonth: 9_065, count: 27 },
  ]);
  expect(market.capacityByGrade[0]).toEqual({ key: 'reduction slag', tonnesPerMonth: 70_000, count: 3 });
  expect(market.funnel.slice(0, 3)).toEqual([{ step: 'OPENED', count: 23 }, { step: 'MATCHED', count: 23 }, { step: 'ENDORSED', count: 0 }]);
  expect(market.balance.every((row) => row.unmatchedRequirements === 0)).toBe(true);
  expect(market.slagUtilisation).toEqual({ offeredTonnes: 70_000, contractedTonnes: 0, ratePct: 0 });
  expect(market.scrapRecycling).toEqual({ offeredTonnes: 4_060, contractedTonnes: 0, ratePct: 0 });

  const chainMap = await app.graphql<{ chainMap: { link: string; cluster: string; enterprises: number; capacityTonnesPerMonth: number; demandTonnesPerMonth: number; gap: boolean }[] }>(
    `{ chainMap { link cluster enterprises capacityTonnesPerMonth demandTonnesPerMonth gap } }`,
  );
  const cell = (cluster: string, link: string) => chainMap.body.data!.chainMap.find((row) => row.cluster === cluster && row.link === link);
  // Hefei's die-casters buy alloy ingot that only Chizhou makes: the gap the investment map shows.
  expect(cell('Hefei–Chaohu', 'ALLOYING')).toEqual({ link: 'ALLOYING', cluster: 'Hefei–Chaohu', enterprises: 0, capacityTonnesPerMonth: 0, demandTonnesPerMonth: 1_850, gap: true });
  expect(cell('Chizhou–Qingyang', 'ALLOYING')).toMatchObject({ enterprises: 3, capacityTonnesPerMonth: 15_050, demandTonnesPerMonth: 250, gap: false });
  expect(cell('Chizhou–Qingyang', 'EXTRUSION_ROLLING')).toMatchObject({ enterprises: 1, capacityTonnesPerMonth: 1_400 });
  expect(chainMap.body.data!.chainMap.filter((row) => row.gap).map((row) => `${row.cluster} ${row.link}`)).toEqual(['Hefei–Chaohu ALLOYING']);
  const challenges = await app.graphql<{ techChallenges: { owner: { name: string }; state: string }[] }>(`{ techChallenges { owner { name } state } }`);
  expect(challenges.body.data!.techChallenges).toEqual([{ owner: { name: '合肥星途汽车零部件 Xingtu Auto Parts' }, state: 'OPEN' }]);
  const filtered = await app.graphql<{ listings: { totalCount: number; edges: { node: { grade: { code: string }; form: string } }[] } }>(
    `query($filter: ListingFilterInput) { listings(first: 100, filter: $filter) { totalCount edges { node { grade { code } form } } } }`,
    { filter: { grades: ['EN-MC21230'], forms: ['DIE_CASTING'], certifications: ['IATF 16949'], minMonthlyCapacityTonnes: 100 } },
  );
  const seatFrameLines = filtered.body.data!.listings;
  expect(seatFrameLines.totalCount).toBe(4); // seat frames and IP beams of 100 t/month or more
  expect(seatFrameLines.edges.every((edge) => edge.node.grade.code === 'AM60B' && edge.node.form === 'DIE_CASTING')).toBe(true);
  const unknownGrade = await app.graphql(`{ listings(filter: { grades: ["AZ99Z"] }) { totalCount } }`);
  expect(unknownGrade.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'filter.grades' } });

  expect(await seeder.seed(() => undefined)).toEqual({ organizations: 0, listings: 0, requirements: 0, programs: 0, gradeProposals: 0, investmentRecords: 0 });
  const again = await app.graphql<{ listings: { totalCount: number } }>(`{ listings { totalCount } }`);
  expect(again.body.data!.listings.totalCount).toBe(78);
}, 240_000);
