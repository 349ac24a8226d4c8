import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { JOB_QUEUE, type JobQueue } from '@magmatch/core';
import { ExpireOverdueRequirements } from '@magmatch/requirements';
import { MODERATOR_ENV, signInModerator, signUp, type Account } from '../../../test/support/market.js';
import { engineProfilesUnderTest, TestApp, type GraphqlResponse } from '../../../test/support/test-app.js';
import { waitFor } from '../../../test/support/wait-for.js';

const FIELDS = `id state title scenario form minTensileStrengthMpa minElongationPct quantityTonnesPerMonth neededBy
  requiredCertifications maxPriceCnyPerTonne visibility rejectionReason buyer { id name } acceptableGrades { code }`;
const CREATE = `mutation($input: CreateRequirementInput!) { createRequirement(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: CreateRequirementInput!) { updateRequirement(id: $id, input: $input) { id state } }`;
const SUBMIT = `mutation($id: ID!) { submitRequirement(id: $id) { id state } }`;
const MODERATE = `mutation($id: ID!, $decision: ReviewDecision!, $reason: String) {
  moderateRequirement(id: $id, decision: $decision, reason: $reason) { id state rejectionReason } }`;
const CLOSE = `mutation($id: ID!, $outcome: RequirementOutcome!) { closeRequirement(id: $id, outcome: $outcome) { id state } }`;
const GET = `query($id: ID!) { requirement(id: $id) { ${FIELDS} } }`;
const OPEN = `{ requirements { totalCount edges { node { id maxPriceCnyPerTonne buyer { id } } } } }`;

const seatFrames = (overrides: Record<string, unknown> = {}) => ({
  title: '镁合金座椅骨架 200 t/月 / magnesium seat frames',
  scenario: 'AUTO_SEAT_FRAME',
  quantityTonnesPerMonth: 200,
  durationMonths: 24,
  neededBy: '2027-06-30',
  city: 'Hefei',
  requiredCertifications: ['IATF 16949'],
  maxPriceCnyPerTonne: 25_000,
  ...overrides,
});

const codeOf = (response: GraphqlResponse) => response.body.errors?.[0]?.extensions?.code;

for (const profile of engineProfilesUnderTest()) {
  describe(`requirements over GraphQL on the ${profile} engines`, () => {
    let app: TestApp;
    let buyer: Account;
    let otherBuyer: Account;
    let supplier: Account;
    let moderator: string;

    beforeAll(async () => {
      app = await TestApp.start(profile, MODERATOR_ENV);
      buyer = await signUp(app, 'BUYER', 0);
      otherBuyer = await signUp(app, 'BUYER', 1);
      supplier = await signUp(app, 'SUPPLIER', 2);
      moderator = await signInModerator(app);
    });

    afterAll(async () => {
      await app.close();
    });

    /** Creates, submits and approves a requirement; returns its id. */
    const openRequirement = async (overrides: Record<string, unknown> = {}) => {
      const created = await app.graphql<{ createRequirement: { id: string } }>(CREATE, { input: seatFrames(overrides) }, buyer.token);
      const id = created.body.data!.createRequirement.id;
      await app.graphql(SUBMIT, { id }, buyer.token);
      const opened = await app.graphql(MODERATE, { id, decision: 'APPROVE' }, moderator);
      expect(opened.body.data).toMatchObject({ moderateRequirement: { state: 'OPEN' } });
      return id;
    };

    it('pre-fills minimums and usual grades from the scenario template', async () => {
      const created = await app.graphql(CREATE, { input: seatFrames() }, buyer.token);
      expect(created.body.data?.createRequirement).toMatchObject({
        state: 'DRAFT',
        scenario: 'AUTO_SEAT_FRAME',
        minElongationPct: 8,
        acceptableGrades: [{ code: 'AM60B' }, { code: 'AM50A' }],
        requiredCertifications: ['IATF16949'],
        maxPriceCnyPerTonne: 25_000,
        neededBy: '2027-06-30',
      });
      const explicit = await app.graphql(CREATE, { input: seatFrames({ acceptableGrades: ['MgAl5Mn'], minElongationPct: 12 }) }, buyer.token);
      expect(explicit.body.data?.createRequirement).toMatchObject({ minElongationPct: 12, acceptableGrades: [{ code: 'AM50A' }] });
    });

    it('says which constraints the template set, and which usual grades its minimums exclude, before submitting', async () => {
      const fields = '{ templateConstraints templateExcludes { grade because } }';
      const draft = await app.graphql(`mutation($input: CreateRequirementInput!) { createRequirement(input: $input) ${fields} }`, { input: seatFrames() }, buyer.token);
      expect(draft.body.data?.createRequirement).toEqual({
        templateConstraints: ['minElongationPct', 'acceptableGrades'],
        templateExcludes: [{ grade: 'AM60B', because: expect.stringContaining('typical elongation 6 %, below the 8 %') }],
      });
      const own = await app.graphql(`mutation($input: CreateRequirementInput!) { createRequirement(input: $input) ${fields} }`, { input: seatFrames({ minElongationPct: 5 }) }, buyer.token);
      expect(own.body.data?.createRequirement).toEqual({ templateConstraints: ['acceptableGrades'], templateExcludes: [] });
      // AM50A falls short of the IP-beam template's 220 MPa, not of the 200 MPa this buyer asks.
      const beams = { title: 'IP beams', scenario: 'AUTO_IP_BEAM', quantityTonnesPerMonth: 10 };
      const templated = await app.graphql(`mutation($input: CreateRequirementInput!) { createRequirement(input: $input) ${fields} }`, { input: beams }, buyer.token);
      expect(templated.body.data?.createRequirement).toMatchObject({ templateExcludes: [{ grade: 'AM50A' }] });
      const relaxed = await app.graphql(`mutation($input: CreateRequirementInput!) { createRequirement(input: $input) ${fields} }`, { input: { ...beams, minTensileStrengthMpa: 200 } }, buyer.token);
      expect(relaxed.body.data?.createRequirement).toEqual({ templateConstraints: ['minElongationPct', 'acceptableGrades'], templateExcludes: [] });
    });

    it('walks a requirement through review to AWARDED', async () => {
      const created = await app.graphql<{ createRequirement: { id: string } }>(CREATE, { input: seatFrames() }, buyer.token);
      const id = created.body.data!.createRequirement.id;
      await app.graphql(SUBMIT, { id }, buyer.token);
      const rejected = await app.graphql(MODERATE, { id, decision: 'REJECT', reason: 'Say which seat frame part' }, moderator);
      expect(rejected.body.data).toMatchObject({ moderateRequirement: { state: 'REJECTED', rejectionReason: 'Say which seat frame part' } });
      expect((await app.graphql(UPDATE, { id, input: seatFrames({ title: 'Front seat frames' }) }, buyer.token)).body.data)
        .toMatchObject({ updateRequirement: { state: 'DRAFT' } });
      await app.graphql(SUBMIT, { id }, buyer.token);
      await app.graphql(MODERATE, { id, decision: 'APPROVE' }, moderator);
      expect(codeOf(await app.graphql(CLOSE, { id, outcome: 'AWARDED' }, otherBuyer.token))).toBe('FORBIDDEN');
      expect((await app.graphql(CLOSE, { id, outcome: 'AWARDED' }, buyer.token)).body.data).toEqual({
        closeRequirement: { id, state: 'AWARDED' },
      });
      expect(codeOf(await app.graphql(CLOSE, { id, outcome: 'CLOSED' }, buyer.token))).toBe('CONFLICT');
    });

    it('never shows the target price to suppliers, and hides an anonymous buyer', async () => {
      const publicId = await openRequirement();
      const anonymousId = await openRequirement({ visibility: 'ANONYMOUS' });

      const asSupplier = await app.graphql<{ requirement: Record<string, unknown> }>(GET, { id: publicId }, supplier.token);
      expect(asSupplier.body.data!.requirement).toMatchObject({ maxPriceCnyPerTonne: null, buyer: { id: buyer.organizationId } });
      const anonymous = await app.graphql<{ requirement: Record<string, unknown> }>(GET, { id: anonymousId }, supplier.token);
      expect(anonymous.body.data!.requirement).toMatchObject({ maxPriceCnyPerTonne: null, buyer: null });
      expect(JSON.stringify(anonymous.body)).not.toContain(buyer.organizationId);
      expect(JSON.stringify(anonymous.body)).not.toContain('25000');

      const asOwner = await app.graphql<{ requirement: Record<string, unknown> }>(GET, { id: anonymousId }, buyer.token);
      expect(asOwner.body.data!.requirement).toMatchObject({ maxPriceCnyPerTonne: 25_000, buyer: { id: buyer.organizationId } });
      const asModerator = await app.graphql<{ requirement: Record<string, unknown> }>(GET, { id: anonymousId }, moderator);
      expect(asModerator.body.data!.requirement).toMatchObject({ maxPriceCnyPerTonne: 25_000 });

      const listed = await app.graphql<{ requirements: { edges: { node: { maxPriceCnyPerTonne: number | null } }[] } }>(OPEN, {}, supplier.token);
      expect(listed.body.data!.requirements.edges.length).toBeGreaterThanOrEqual(2);
      expect(listed.body.data!.requirements.edges.every((edge) => edge.node.maxPriceCnyPerTonne === null)).toBe(true);
    });

    it('hides MATCHED_ONLY requirements and drafts from other organisations', async () => {
      const matchedOnly = await openRequirement({ visibility: 'MATCHED_ONLY' });
      expect(codeOf(await app.graphql(GET, { id: matchedOnly }, supplier.token))).toBe('NOT_FOUND');
      const draft = await app.graphql<{ createRequirement: { id: string } }>(CREATE, { input: seatFrames() }, buyer.token);
      const draftId = draft.body.data!.createRequirement.id;
      expect(codeOf(await app.graphql(GET, { id: draftId }, otherBuyer.token))).toBe('NOT_FOUND');
      expect(codeOf(await app.graphql(SUBMIT, { id: draftId }, otherBuyer.token))).toBe('NOT_FOUND');
      expect(codeOf(await app.graphql(UPDATE, { id: draftId, input: seatFrames() }, otherBuyer.token))).toBe('NOT_FOUND');
      const open = await openRequirement();
      expect(codeOf(await app.graphql(UPDATE, { id: open, input: seatFrames() }, otherBuyer.token))).toBe('FORBIDDEN');
      expect(codeOf(await app.graphql(GET, { id: draftId }))).toBe('UNAUTHENTICATED');
    });

    it('lets only buyers post requirements and only moderators review them', async () => {
      expect(codeOf(await app.graphql(CREATE, { input: seatFrames() }, supplier.token))).toBe('FORBIDDEN');
      expect(codeOf(await app.graphql(CREATE, { input: seatFrames() }))).toBe('UNAUTHENTICATED');
      const created = await app.graphql<{ createRequirement: { id: string } }>(CREATE, { input: seatFrames() }, buyer.token);
      const id = created.body.data!.createRequirement.id;
      await app.graphql(SUBMIT, { id }, buyer.token);
      expect(codeOf(await app.graphql(MODERATE, { id, decision: 'APPROVE' }, buyer.token))).toBe('FORBIDDEN');
      expect(codeOf(await app.graphql(MODERATE, { id, decision: 'APPROVE' }, supplier.token))).toBe('FORBIDDEN');
    });

    it.each([
      ['an unknown scenario', { scenario: 'SPACESHIP' }, 'scenario "SPACESHIP" is not in the catalogue'],
      ['an unknown grade', { acceptableGrades: ['AZ99Z'] }, 'grade "AZ99Z" is not in the catalogue'],
      ['a composition minimum above its maximum', { composition: [{ element: 'Fe', minPct: 0.01, maxPct: 0.004 }] }, 'composition[0].minPct 0.01 % is above maxPct 0.004 % for Fe'],
      ['an unknown element', { composition: [{ element: 'Kryptonite', maxPct: 0.1 }] }, 'composition[0].element "Kryptonite" is not an element or oxide MagMatch knows'],
      ['scrap classes on an alloy requirement', { scrapClasses: ['TYPE_I'] }, 'scrapClasses belong to SCRAP requirements, not ALLOY'],
      ['a grade on a by-product requirement', { materialClass: 'BY_PRODUCT', acceptableGrades: ['AZ91D'] }, 'a by-product has no alloy grade: leave acceptableGrades empty'],
      ['a tensile minimum on a slag requirement', { materialClass: 'BY_PRODUCT', minTensileStrengthMpa: 100 }, 'a by-product (slag, dross, flux residue) is not bought by mechanical properties: leave minTensileStrengthMpa empty'],
      ['an ingot form on a scrap requirement', { materialClass: 'SCRAP', form: 'INGOT' }, 'a SCRAP requirement has form SCRAP, not INGOT'],
      ['zero quantity', { quantityTonnesPerMonth: 0 }, 'quantityTonnesPerMonth must be from 0.001 to 1000000 t'],
      ['a date in the past', { neededBy: '2020-01-01' }, 'neededBy 2020-01-01 is in the past'],
      ['an impossible date', { neededBy: '2027-02-30' }, 'A Date is a calendar day written YYYY-MM-DD'],
    ])('refuses %s with BAD_USER_INPUT', async (_case, overrides, message) => {
      const response = await app.graphql(CREATE, { input: seatFrames(overrides) }, buyer.token);
      expect(codeOf(response)).toBe('BAD_USER_INPUT');
      expect(response.body.errors?.[0]?.message).toContain(message);
    });
  });
}

describe('requirement expiry', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await TestApp.start('embedded', MODERATOR_ENV);
  });

  afterAll(async () => {
    await app.close();
  });

  it('expires open requirements past their needed-by date through the scheduled job', async () => {
    const buyer = await signUp(app, 'BUYER', 0);
    const moderator = await signInModerator(app);
    const ids: string[] = [];
    for (const neededBy of ['2027-06-30', '2027-07-31']) {
      const created = await app.graphql<{ createRequirement: { id: string } }>(CREATE, { input: seatFrames({ neededBy }) }, buyer.token);
      const id = created.body.data!.createRequirement.id;
      await app.graphql(SUBMIT, { id }, buyer.token);
      await app.graphql(MODERATE, { id, decision: 'APPROVE' }, moderator);
      ids.push(id);
    }
    const dataSource = app.app.get(DataSource);
    await dataSource.query(`UPDATE requirements SET needed_by = current_date - 1 WHERE id = $1`, [ids[0]]);

    const schedules: { key: string }[] = await dataSource.query(`SELECT key FROM queue_schedules`);
    expect(schedules.map((schedule) => schedule.key)).toContain(ExpireOverdueRequirements.name);
    await app.app.get<JobQueue>(JOB_QUEUE).enqueue(ExpireOverdueRequirements, {});
    const stateOf = async (id: string) =>
      ((await app.graphql<{ requirement: { state: string } }>(GET, { id }, buyer.token)).body.data!.requirement.state);
    await waitFor('the overdue requirement to expire', async () => (await stateOf(ids[0]!)) === 'EXPIRED');
    expect(await stateOf(ids[1]!)).toBe('OPEN');
  });
});
