import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { JOB_QUEUE, type JobQueue } from '@magmatch/core';
import { creditCodeCheckCharacter } from '@magmatch/identity';
import { TakeMarketSnapshot } from '@magmatch/monitoring';
import { MODERATOR_ENV, openRequirement, publishListing, signInModerator, signUp, type Account } from '../../../test/support/market.js';
import { settled } from '../../../test/support/settled.js';
import { engineProfilesUnderTest, TestApp, UploadFile, type GraphqlResponse } from '../../../test/support/test-app.js';

const CHIZHOU = 'Chizhou–Qingyang';
const HEFEI = 'Hefei–Chaohu';
const ENTERPRISE = `id name creditCode chainLinks city cluster tags products member { id name }`;
const CREATE_ENTERPRISE = `mutation($input: EnterpriseInput!) { createEnterprise(input: $input) { ${ENTERPRISE} } }`;
const CREATE_PROJECT = `mutation($input: InvestmentProjectInput!) { createInvestmentProject(input: $input) { id name chainLink investmentCny stage seeking } }`;

interface ChallengeRead {
  id: string;
  state: string;
  candidates: { expert: { name: string; contact: string | null }; score: number; reasons: unknown[] }[];
  awardedTo: { name: string; contact: string | null } | null;
}

const codeAndField = (response: GraphqlResponse) => [response.body.errors?.[0]?.extensions?.code, response.body.errors?.[0]?.extensions?.field];

/**
 * The investment-attraction databases and the chain map: enterprises and projects kept by the association,
 * read by anyone, and each cluster's links set against the capacity and demand on MagMatch.
 */
for (const profile of engineProfilesUnderTest()) {
  describe(`the chain map and the enterprise and project databases on the ${profile} engines`, () => {
    let app: TestApp;
    let moderator: string;
    let dieCaster: Account;
    let smelter: Account;

    beforeAll(async () => {
      app = await TestApp.start(profile, MODERATOR_ENV);
      moderator = await signInModerator(app);
      dieCaster = await signUp(app, 'SUPPLIER', 0, { organizationName: 'Luyang Die Casting', cluster: HEFEI, city: 'Hefei' });
      const oem = await signUp(app, 'BUYER', 1, { organizationName: 'Hefei Seats', cluster: HEFEI });
      await publishListing(app, dieCaster.token, moderator);
      await openRequirement(app, oem.token, moderator, { acceptableGrades: ['AM60B'], form: 'DIE_CASTING' });
      // Alloy ingot for the Hefei die-caster comes from Chizhou: served, but not from its own cluster.
      smelter = await signUp(app, 'SUPPLIER', 2, { organizationName: 'Chizhou Alloy', cluster: CHIZHOU, city: 'Chizhou' });
      await publishListing(app, smelter.token, moderator, { title: 'AZ91D ingot', grade: 'AZ91D', form: 'INGOT', temper: null, monthlyCapacityTonnes: 500 });
      await openRequirement(app, oem.token, moderator, { title: 'AZ91D ingot', acceptableGrades: ['AZ91D'], form: 'INGOT', scenario: null, quantityTonnesPerMonth: 50, maxPriceCnyPerTonne: null });
      await openRequirement(app, oem.token, moderator, { title: 'WE43 extruded brackets', acceptableGrades: ['WE43'], form: 'EXTRUSION', scenario: 'RAIL_AEROSPACE', quantityTonnesPerMonth: 5, maxPriceCnyPerTonne: null });
      await settled(app);
      await app.app.get<JobQueue>(JOB_QUEUE).enqueue(TakeMarketSnapshot, {});
      await settled(app);
    });

    afterAll(async () => {
      await app.close();
    });

    it('records enterprises with their links, tags and member organisation, refusing a bad or repeated credit code', async () => {
      const smelter = { name: '青阳镁业 Qingyang Magnesium', chainLinks: ['SMELTING', 'ALLOYING'], cluster: CHIZHOU, tags: ['链主'] };
      const misspelt = await app.graphql(CREATE_ENTERPRISE, { input: { ...smelter, creditCode: '91341723MA2DEMX01Z' } }, moderator);
      expect(codeAndField(misspelt)).toEqual(['BAD_USER_INPUT', 'input.creditCode']);
      expect(misspelt.body.errors![0]!.message).toBe('creditCode character 18 ("Z") is not allowed (no I, O, S, V or Z)');
      const creditCode = `91340103MA2DEMX06${creditCodeCheckCharacter('91340103MA2DEMX06')}`;
      const input = {
        name: '合肥庐阳精密压铸 Luyang Die Casting', creditCode, chainLinks: ['CASTING', 'DEEP_PROCESSING', 'CASTING'],
        city: 'Hefei', cluster: HEFEI, organizationId: dieCaster.organizationId, tags: ['专精特新小巨人', ' '], products: ['AM60B seat frames'],
      };
      const valid = await app.graphql<{ createEnterprise: Record<string, unknown> }>(CREATE_ENTERPRISE, { input }, moderator);
      expect(valid.body.data!.createEnterprise).toMatchObject({
        creditCode, chainLinks: ['CASTING', 'DEEP_PROCESSING'], cluster: HEFEI, tags: ['专精特新小巨人'], products: ['AM60B seat frames'],
        member: { id: dieCaster.organizationId, name: 'Luyang Die Casting' },
      });
      const sameCode = await app.graphql(CREATE_ENTERPRISE, { input: { ...input, organizationId: null, name: 'Luyang again' } }, moderator);
      expect(codeAndField(sameCode)).toEqual(['CONFLICT', 'input.creditCode']);
      const sameMember = await app.graphql(CREATE_ENTERPRISE, { input: { ...input, creditCode: null, name: 'Luyang again' } }, moderator);
      expect(codeAndField(sameMember)).toEqual(['CONFLICT', 'input.organizationId']);
      expect((await app.graphql(CREATE_ENTERPRISE, { input: smelter }, moderator)).body.errors).toBeUndefined();
      const noLink = await app.graphql(CREATE_ENTERPRISE, { input: { name: 'Nothing yet', chainLinks: [] } }, moderator);
      expect(codeAndField(noLink)).toEqual(['BAD_USER_INPUT', 'input.chainLinks']);
      await app.graphql(CREATE_ENTERPRISE, { input: { name: 'Hefei Light Alloy Testing Centre', chainLinks: ['TESTING'], cluster: HEFEI, tags: ['CNAS'] } }, moderator);

      const listed = await app.graphql<{ enterprises: { name: string; member: { name: string } | null }[] }>(`{ enterprises(cluster: "${HEFEI}") { name member { name } } }`);
      expect(listed.body.data!.enterprises).toEqual([
        { name: 'Hefei Light Alloy Testing Centre', member: null },
        { name: '合肥庐阳精密压铸 Luyang Die Casting', member: { name: 'Luyang Die Casting' } },
      ]);
      const testing = await app.graphql<{ enterprises: { name: string }[] }>(`{ enterprises(link: TESTING) { name } }`);
      expect(testing.body.data!.enterprises.map(({ name }) => name)).toEqual(['Hefei Light Alloy Testing Centre']);
    });

    it('records investment projects, and keeps an enterprise a project names', async () => {
      const enterprise = await app.graphql<{ createEnterprise: { id: string } }>(CREATE_ENTERPRISE, { input: { name: 'Chaohu Extrusion', chainLinks: ['EXTRUSION_ROLLING'], cluster: HEFEI } }, moderator);
      const enterpriseId = enterprise.body.data!.createEnterprise.id;
      const refused = await app.graphql(CREATE_PROJECT, { input: { name: 'Rare-earth extrusion line', chainLink: 'EXTRUSION_ROLLING', stage: 'PLANNING', investmentCny: 0 } }, moderator);
      expect(codeAndField(refused)).toEqual(['BAD_USER_INPUT', 'input.investmentCny']);
      const project = await app.graphql<{ createInvestmentProject: Record<string, unknown> }>(
        CREATE_PROJECT,
        { input: { name: 'WE43 extrusion line', chainLink: 'EXTRUSION_ROLLING', city: 'Hefei', cluster: HEFEI, investmentCny: 120_000_000, stage: 'SEEKING_PARTNERS', seeking: ['capital', 'rare-earth alloy know-how'], enterpriseId } },
        moderator,
      );
      expect(project.body.data!.createInvestmentProject).toMatchObject({ chainLink: 'EXTRUSION_ROLLING', investmentCny: 120_000_000, stage: 'SEEKING_PARTNERS', seeking: ['capital', 'rare-earth alloy know-how'] });
      const removed = await app.graphql(`mutation($id: ID!) { removeEnterprise(id: $id) }`, { id: enterpriseId }, moderator);
      expect(codeAndField(removed)).toEqual(['CONFLICT', 'id']);
      const listed = await app.graphql<{ investmentProjects: { name: string }[] }>(`{ investmentProjects(link: EXTRUSION_ROLLING) { name enterprise { name } } }`);
      expect(listed.body.data!.investmentProjects).toEqual([{ name: 'WE43 extrusion line', enterprise: { name: 'Chaohu Extrusion' } }]);
    });

    it("keeps an expert's contact only with consent, shows it to moderators only, and deletes the record on request", async () => {
      const REGISTER = `mutation($input: ExpertInput!) { registerExpert(input: $input) { id name institution fields contact } }`;
      const expert = { name: '王磊 Wang Lei', institution: 'Hefei University of Technology', fields: ['die casting', 'Corrosion protection'], contact: 'wang.lei@lab.example' };
      const noConsent = await app.graphql(REGISTER, { input: expert }, moderator);
      expect(codeAndField(noConsent)).toEqual(['BAD_USER_INPUT', 'input.contactConsent']);
      const registered = await app.graphql<{ registerExpert: { id: string; contact: string } }>(REGISTER, { input: { ...expert, contactConsent: true } }, moderator);
      const id = registered.body.data!.registerExpert.id;
      expect(registered.body.data!.registerExpert.contact).toBe('wang.lei@lab.example');
      await app.graphql(REGISTER, { input: { name: 'Chizhou slag team', fields: ['slag cement admixtures'] } }, moderator);

      const read = async (token?: string) => app.graphql<{ experts: { name: string; contact: string | null }[] }>(`{ experts(field: "DIE CASTING") { name contact } }`, {}, token);
      expect((await read(moderator)).body.data!.experts).toEqual([{ name: '王磊 Wang Lei', contact: 'wang.lei@lab.example' }]);
      expect((await read(dieCaster.token)).body.data!.experts).toEqual([{ name: '王磊 Wang Lei', contact: null }]);
      expect((await read()).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

      const UPDATE = `mutation($id: ID!, $input: ExpertInput!) { updateExpert(id: $id, input: $input) { contact } }`;
      const kept = await app.graphql<{ updateExpert: { contact: string } }>(UPDATE, { id, input: { ...expert, institution: 'HFUT' } }, moderator);
      expect(kept.body.data!.updateExpert.contact).toBe('wang.lei@lab.example'); // the consent given covers the same contact
      const newContact = await app.graphql(UPDATE, { id, input: { ...expert, contact: '+86 551 0000 0000' } }, moderator);
      expect(codeAndField(newContact)).toEqual(['BAD_USER_INPUT', 'input.contactConsent']);
      const withdrawn = await app.graphql(UPDATE, { id, input: { ...expert, contactConsent: false } }, moderator);
      expect(codeAndField(withdrawn)).toEqual(['BAD_USER_INPUT', 'input.contactConsent']);

      expect((await app.graphql(`mutation($id: ID!) { removeExpert(id: $id) }`, { id }, moderator)).body.data).toEqual({ removeExpert: true });
      expect((await read(moderator)).body.data!.experts).toEqual([]);
      const audit = await app.graphql<{ auditLog: { action: string; before: string | null; after: string | null }[] }>(`query($id: ID!) { auditLog(subjectId: $id) { action before after } }`, { id }, moderator);
      expect(audit.body.data!.auditLog.map((entry) => entry.action)).toEqual(['expert.remove', 'expert.update', 'expert.register']);
      expect(JSON.stringify(audit.body.data!.auditLog)).not.toMatch(/Wang Lei|wang\.lei|王磊|Hefei University|HFUT|die casting/);
    });

    it('imports a spreadsheet all or nothing, with a problem per row, and exports it back so it imports unchanged', async () => {
      const IMPORT = `mutation($database: RecordDatabase!, $file: Upload!) { importRecords(database: $database, file: $file) { rows imported problems { row column message } } }`;
      const upload = (database: string, name: string, content: string | Buffer) =>
        app.graphql<{ importRecords: { rows: number; imported: number; problems: { row: number; column: string; message: string }[] } }>(
          IMPORT,
          { database, file: new UploadFile(name, Buffer.isBuffer(content) ? content : Buffer.from(content)) },
          moderator,
        );
      const count = async () => (await app.graphql<{ enterprises: unknown[] }>(`{ enterprises(first: 500) { id } }`)).body.data!.enterprises.length;
      const before = await count();
      const dongzhi = `91341721MA2DEMX08${creditCodeCheckCharacter('91341721MA2DEMX08')}`;
      const header = 'name,credit_code,chain_links,city,cluster,tags,products';
      const good = [`东至镁业 Dongzhi Magnesium,${dongzhi},冶炼；合金,Chizhou,${CHIZHOU},链主,Mg99.90 ingot; AZ91D ingot`, `Wanjiang Recycling,,再生,Chizhou,${CHIZHOU},,AM60B returns`];
      const bad = [`Bad code Ltd,91341721MA2DEMX0Z,SMELTING,,,,`, `Forge Ltd,,forging shop,,,,`, `Dongzhi again,${dongzhi},SMELTING,,,,`];
      const refused = await upload('ENTERPRISES', 'enterprises.csv', `\ufeff${[header, ...good, ...bad].join('\n')}\n`);
      expect(refused.body.data!.importRecords).toEqual({
        rows: 5,
        imported: 0,
        problems: [
          { row: 4, column: 'credit_code', message: expect.stringContaining('creditCode') },
          { row: 5, column: 'chain_links', message: expect.stringContaining('forging shop is no link of the chain') },
          { row: 6, column: 'name', message: 'the same record as row 2' },
        ],
      });
      expect(await count()).toBe(before); // nothing half-written

      expect((await upload('ENTERPRISES', 'enterprises.csv', [header, ...good].join('\n'))).body.data!.importRecords).toEqual({ rows: 2, imported: 2, problems: [] });
      expect(await count()).toBe(before + 2);
      const dongzhiRecord = await app.graphql<{ enterprises: { chainLinks: string[]; tags: string[]; products: string[] }[] }>(`{ enterprises(link: SMELTING, cluster: "${CHIZHOU}") { chainLinks tags products } }`);
      expect(dongzhiRecord.body.data!.enterprises).toContainEqual({ chainLinks: ['SMELTING', 'ALLOYING'], tags: ['链主'], products: ['Mg99.90 ingot', 'AZ91D ingot'] });

      // The workbook exported imports back as it is: every row updates its record, none is added.
      const workbook = (await app.graphql<{ exportRecords: string }>(`{ exportRecords(database: ENTERPRISES, format: XLSX) }`, {}, moderator)).body.data!.exportRecords;
      const roundTrip = await upload('ENTERPRISES', 'enterprises.xlsx', Buffer.from(workbook, 'base64'));
      expect(roundTrip.body.data!.importRecords).toMatchObject({ imported: before + 2, problems: [] });
      expect(await count()).toBe(before + 2);
      const csv = (await app.graphql<{ exportRecords: string }>(`{ exportRecords(database: ENTERPRISES, format: CSV) }`, {}, moderator)).body.data!.exportRecords;
      expect(csv.split('\n')[0]).toBe(header);
      expect(csv).toContain(`东至镁业 Dongzhi Magnesium,${dongzhi},SMELTING; ALLOYING,Chizhou,${CHIZHOU},链主,Mg99.90 ingot; AZ91D ingot`);

      // Excel on Chinese Windows saves CSV in GBK; blank rows keep their numbers; names match in any case.
      const gbk = Buffer.from([...Buffer.from('name,credit_code,chain_links,city,cluster,tags,products\n\n'), 0xb2, 0xe2, 0xca, 0xd4, ...Buffer.from(' Lab,,TESTING,Hefei,hefei-chaohu,,\n,,forging shop,,,,\n')]);
      const mixed = await upload('ENTERPRISES', 'lab.csv', gbk);
      expect(mixed.body.data!.importRecords.problems).toEqual([{ row: 4, column: 'name', message: 'input.name must be 1 to 200 characters long' }]);
      expect((await upload('ENTERPRISES', 'lab.csv', gbk.subarray(0, gbk.indexOf(Buffer.from(',,forging'))))).body.data!.importRecords).toMatchObject({ imported: 1, problems: [] });
      const lab = await app.graphql<{ enterprises: { name: string; cluster: string }[] }>(`{ enterprises(link: TESTING) { name cluster } }`);
      expect(lab.body.data!.enterprises).toContainEqual({ name: '测试 Lab', cluster: HEFEI });
      expect((await upload('ENTERPRISES', 'lab.csv', `${header}\nWANJIANG RECYCLING,,RECYCLING,Chizhou,${CHIZHOU},,scrap\n`)).body.data!.importRecords.imported).toBe(1);
      expect(await count()).toBe(before + 3);

      const unknownColumn = await upload('ENTERPRISES', 'enterprises.csv', 'name,chain_links,phone\nX,SMELTING,123\n');
      expect(codeAndField(unknownColumn)).toEqual(['BAD_USER_INPUT', 'file']);
      expect(unknownColumn.body.errors![0]!.message).toContain('unknown columns: phone');
      const experts = await upload('EXPERTS', 'experts.csv', 'name,institution,fields,contact,contact_consent\nZhang Wei,CAS IMR,rolling,zhang@imr.example,no\n');
      expect(experts.body.data!.importRecords.problems).toEqual([{ row: 2, column: 'contact_consent', message: expect.stringContaining('consent') }]);
    });

    it("maps each cluster's links: enterprises, capacity and demand on MagMatch, and the gaps nobody in the cluster serves", async () => {
      const map = await app.graphql<{ chainMap: Record<string, unknown>[] }>(`{ chainMap(cluster: "${HEFEI}") { link cluster enterprises capacityTonnesPerMonth demandTonnesPerMonth gap } }`);
      const cell = (link: string) => map.body.data!.chainMap.find((row) => row.link === link);
      expect(map.body.data!.chainMap).toHaveLength(9);
      // The die-caster serves the seat frames from its own cluster; no one there makes the WE43 extrusions.
      expect(cell('CASTING')).toEqual({ link: 'CASTING', cluster: HEFEI, enterprises: 1, capacityTonnesPerMonth: 120, demandTonnesPerMonth: 10, gap: false });
      expect(cell('EXTRUSION_ROLLING')).toEqual({ link: 'EXTRUSION_ROLLING', cluster: HEFEI, enterprises: 1, capacityTonnesPerMonth: 0, demandTonnesPerMonth: 5, gap: true });
      // The testing centre recorded and the lab imported above.
      expect(cell('TESTING')).toEqual({ link: 'TESTING', cluster: HEFEI, enterprises: 2, capacityTonnesPerMonth: 0, demandTonnesPerMonth: 0, gap: false });
      expect(cell('ALLOYING')).toEqual({ link: 'ALLOYING', cluster: HEFEI, enterprises: 0, capacityTonnesPerMonth: 0, demandTonnesPerMonth: 50, gap: true });
      const chizhou = await app.graphql<{ chainMap: Record<string, unknown>[] }>(`{ chainMap(cluster: "${CHIZHOU}") { link capacityTonnesPerMonth demandTonnesPerMonth gap } }`);
      expect(chizhou.body.data!.chainMap.find((row) => row.link === 'ALLOYING')).toEqual({ link: 'ALLOYING', capacityTonnesPerMonth: 500, demandTonnesPerMonth: 0, gap: false });
      const everywhere = await app.graphql<{ chainMap: { cluster: string }[] }>(`{ chainMap { cluster } }`);
      expect(new Set(everywhere.body.data!.chainMap.map((row) => row.cluster))).toEqual(new Set([CHIZHOU, HEFEI]));
      const unknown = await app.graphql(`{ chainMap(cluster: "Wuhu") { link } }`);
      expect(codeAndField(unknown)).toEqual(['BAD_USER_INPUT', 'cluster']);
    });

    it('sets experts against a technology challenge field by field, records their applications and lets the owner award one', async () => {
      const register = async (input: Record<string, unknown>) =>
        (await app.graphql<{ registerExpert: { id: string } }>(`mutation($input: ExpertInput!) { registerExpert(input: $input) { id } }`, { input }, moderator)).body.data!.registerExpert.id;
      const zhou = await register({ name: '周敏 Zhou Min', institution: 'Chongqing University', fields: ['corrosion protection', 'die casting'], contact: 'zhou.min@cqu.example', contactConsent: true });
      const he = await register({ name: '何涛 He Tao', institution: 'Anhui Welding Institute', fields: ['焊接'], contact: '+86 551 6000 0000', contactConsent: true });
      await register({ name: '孙悦 Sun Yue', fields: ['magnesium hydrogen storage'] });
      const CHALLENGE = `id title state rewardCny deadline owner { name } candidates { expert { name contact } score reasons { criterion score detail } appliedAt proposal } awardedTo { name contact }`;
      const create = (input: Record<string, unknown>) => app.graphql<{ createTechChallenge: { id: string; state: string } }>(`mutation($input: TechChallengeInput!) { createTechChallenge(input: $input) { id state } }`, { input }, dieCaster.token);
      const read = (id: string, token?: string) => app.graphql<{ techChallenge: ChallengeRead }>(`query($id: ID!) { techChallenge(id: $id) { ${CHALLENGE} } }`, { id }, token);
      const owner = (document: string, variables: Record<string, unknown>, token = dieCaster.token) => app.graphql<Record<string, { state: string }>>(document, variables, token);

      expect(codeAndField(await create({ title: 'Cracks', fields: [] }))).toEqual(['BAD_USER_INPUT', 'input.fields']);
      expect(codeAndField(await create({ title: 'Cracks', fields: ['焊接'], deadline: '2020-01-01' }))).toEqual(['BAD_USER_INPUT', 'input.deadline']);
      expect(codeAndField(await create({ title: 'Cracks', fields: ['焊接'], rewardCny: -5 }))).toEqual(['BAD_USER_INPUT', 'input.rewardCny']);
      const input = { title: '薄壁压铸件腐蚀开裂 Thin-wall casting cracks', fields: ['腐蚀防护', '高压压铸件开裂', '焊接'], rewardCny: 500_000, deadline: '2099-06-30' };
      const created = await create(input);
      expect(created.body.data!.createTechChallenge.state).toBe('DRAFT');
      const id = created.body.data!.createTechChallenge.id;

      // A draft is its owner's alone.
      expect((await app.graphql<{ techChallenges: { id: string }[] }>(`{ techChallenges { id } }`)).body.data!.techChallenges).toEqual([]);
      expect(codeAndField(await read(id, smelter.token))).toEqual(['NOT_FOUND', 'id']);
      const draft = (await read(id, dieCaster.token)).body.data!.techChallenge;
      expect(draft.candidates.map((candidate) => [candidate.expert.name, candidate.score])).toEqual([
        ['周敏 Zhou Min', 0.5],
        ['何涛 He Tao', 0.33],
      ]);
      expect(draft.candidates[0]!.reasons).toEqual([
        { criterion: 'field', score: 1, detail: '"腐蚀防护": the expert works in "corrosion protection" (耐腐蚀)' },
        { criterion: 'field', score: 0.5, detail: '"高压压铸件开裂": related: the expert works in "die casting" (压铸)' },
        { criterion: 'field', score: 0, detail: `"焊接": none of the expert's fields (corrosion protection, die casting) covers it` },
      ]);
      expect(draft.candidates.map((candidate) => candidate.expert.contact)).toEqual([null, null]);

      expect((await owner(`mutation($id: ID!) { openTechChallenge(id: $id) { state } }`, { id })).body.data!.openTechChallenge!.state).toBe('OPEN');
      const opened = await app.graphql<{ techChallenges: ChallengeRead[] }>(`{ techChallenges { ${CHALLENGE} } }`);
      expect(opened.body.data!.techChallenges).toEqual([
        { id, title: input.title, state: 'OPEN', rewardCny: 500_000, deadline: '2099-06-30', owner: { name: 'Luyang Die Casting' }, candidates: [], awardedTo: null },
      ]);

      const apply = (expertId: string, proposal?: string) =>
        app.graphql<{ applyToTechChallenge: Record<string, unknown> }>(
          `mutation($id: ID!, $expertId: ID!, $proposal: String) { applyToTechChallenge(challengeId: $id, expertId: $expertId, proposal: $proposal) { expert { name } score appliedAt proposal } }`,
          { id, expertId, proposal },
          moderator,
        );
      const applied = await apply(zhou, 'Micro-arc oxidation after sealing the porosity');
      expect(applied.body.data!.applyToTechChallenge).toMatchObject({ expert: { name: '周敏 Zhou Min' }, score: 0.5, proposal: 'Micro-arc oxidation after sealing the porosity' });
      expect(codeAndField(await apply(zhou))).toEqual(['CONFLICT', 'expertId']);
      // The owner now sees the contact of the expert who applied, and only that one.
      const withApplicant = (await read(id, dieCaster.token)).body.data!.techChallenge;
      expect(withApplicant.candidates.map((candidate) => candidate.expert.contact)).toEqual(['zhou.min@cqu.example', null]);
      expect((await read(id, moderator)).body.data!.techChallenge.candidates[1]!.expert.contact).toBe('+86 551 6000 0000');

      const award = (expertId: string, token?: string) => owner(`mutation($id: ID!, $expertId: ID!) { awardTechChallenge(id: $id, expertId: $expertId) { state } }`, { id, expertId }, token);
      expect(codeAndField(await award(he))).toEqual(['CONFLICT', 'expertId']);
      expect(codeAndField(await award(zhou, smelter.token))).toEqual(['FORBIDDEN', 'id']);
      expect((await award(zhou)).body.data!.awardTechChallenge!.state).toBe('AWARDED');
      expect(codeAndField(await apply(he))).toEqual(['CONFLICT', 'challengeId']);
      expect((await read(id)).body.data!.techChallenge.awardedTo).toBeNull(); // the talent database is for signed-in users
      expect((await read(id, smelter.token)).body.data!.techChallenge.awardedTo).toEqual({ name: '周敏 Zhou Min', contact: null });
      expect((await read(id, dieCaster.token)).body.data!.techChallenge.awardedTo).toEqual({ name: '周敏 Zhou Min', contact: 'zhou.min@cqu.example' });

      // Through the notification centre: the association hears of the opening and the award, the owner of the application.
      await settled(app);
      const inbox = async (token: string) =>
        (await app.graphql<{ notifications: { edges: { node: { type: string; title: string; body: string } }[] } }>(`{ notifications(first: 20) { edges { node { type title body } } } }`, {}, token)).body.data!.notifications.edges
          .map(({ node }) => node)
          .filter((node) => node.type.startsWith('CHALLENGE_'));
      const association = await inbox(moderator);
      expect(association.map((notice) => notice.type).sort()).toEqual(['CHALLENGE_AWARDED', 'CHALLENGE_OPENED']);
      expect(association.find((notice) => notice.type === 'CHALLENGE_OPENED')!.body).toMatch(/2 (位专家|experts)/);
      const owners = await inbox(dieCaster.token);
      expect(owners).toHaveLength(1);
      expect(owners[0]).toMatchObject({ type: 'CHALLENGE_APPLIED', body: expect.stringMatching(/50%/) });
      // No notice keeps an expert's name: the record is deleted on request, notices and e-mails would not be.
      expect(JSON.stringify([...association, ...owners])).not.toMatch(/周敏|Zhou Min|Chongqing/);
    });
  });
}
