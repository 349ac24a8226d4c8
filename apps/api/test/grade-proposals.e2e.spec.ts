import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { GradeCatalog, REFERENCE_VERSION } from '@magmatch/catalog';
import { MODERATOR_ENV, listingInput, publishListing, signInModerator, signUp, type Account } from '../../../test/support/market.js';
import { TestApp } from '../../../test/support/test-app.js';
import { waitFor } from '../../../test/support/wait-for.js';

const PROPOSE = `mutation($input: ProposeGradeInput!) { proposeGrade(input: $input) {
  code status materialClass family designations composition { element minPct maxPct } typical { tensileStrengthMpa elongationPct densityGCm3 }
  typicalCard { tensileStrengthMpa { min typical basis } } typicalUses owner { name } } }`;
const REVIEW = `mutation($code: String!, $decision: ReviewDecision!, $reason: String) { reviewGradeProposal(code: $code, decision: $decision, reason: $reason) { code status owner { name } } }`;
const CREATE = `mutation($input: CreateListingInput!) { createListing(input: $input) { id state grade { code status } } }`;
const SUBMIT = `mutation($id: ID!) { submitListing(id: $id) { id state } }`;
const UPDATE = `mutation($id: ID!, $input: CreateListingInput!) { updateListing(id: $id, input: $input) { id state } }`;
const GRADES = `query($status: GradeStatus) { grades(status: $status) { code } }`;
const RESOLVE = `query($text: String!) { resolveDesignation(text: $text) { grade { code } note } }`;

/** A first-batch material its producer names: composition, ranges as tested, and the report behind them. */
const proposal = (overrides: Record<string, unknown> = {}) => ({
  code: 'QYM-AX41',
  materialClass: 'ALLOY',
  family: 'ax',
  designations: ['QYM AX41-HS'],
  composition: [{ element: 'Al', minPct: 3.5, maxPct: 4.5 }, { element: 'Ca', minPct: 0.8, maxPct: 1.2 }, { element: 'Fe', maxPct: 0.004 }],
  typical: { tensileStrengthMpa: { min: 240, typical: 262, basis: 'TESTED' }, elongationPct: { typical: 9, basis: 'TYPICAL' }, densityGCm3: 1.79, testStandard: 'GB/T 228.1' },
  typicalUses: 'power-train brackets and housings',
  note: 'Creep tests at 175 °C follow in March',
  testReport: 'CMA 2026-0412',
  ...overrides,
});

/** Producers' own grades: proposed, drafted on at once, published only after a moderator approves; every step in the catalogue's history. */
describe('grade proposals', () => {
  let app: TestApp;
  let producer: Account;
  let rival: Account;
  let buyer: Account;
  let moderator: string;

  beforeAll(async () => {
    app = await TestApp.start('embedded', MODERATOR_ENV);
    moderator = await signInModerator(app);
    producer = await signUp(app, 'SUPPLIER', 0);
    rival = await signUp(app, 'SUPPLIER', 1);
    buyer = await signUp(app, 'BUYER', 2);
  });

  afterAll(async () => {
    await app.close();
  });

  const codes = async (token?: string, status?: string) => (await app.graphql<{ grades: { code: string }[] }>(GRADES, { status }, token)).body.data!.grades.map((grade) => grade.code);

  it('loads the reference data set into the catalogue once, with its history', async () => {
    const dataSource = app.app.get(DataSource);
    const [{ grades, changes }] = await dataSource.query(
      `SELECT (SELECT count(*)::int FROM catalog_grades WHERE source = 'REFERENCE') AS grades,
              (SELECT count(*)::int FROM catalog_grade_changes WHERE action = 'reference.add' AND source = $1) AS changes`,
      [`reference data set ${REFERENCE_VERSION}`],
    );
    expect(grades).toBeGreaterThanOrEqual(68);
    expect(changes).toBe(grades);
    await app.app.get(GradeCatalog).onModuleInit();
    const [{ again }] = await dataSource.query(`SELECT count(*)::int AS again FROM catalog_grade_changes`);
    expect(again).toBe(changes);
  });

  it('walks a proposed grade from draft listing to publication, visible to others only once approved', async () => {
    const proposed = await app.graphql<{ proposeGrade: Record<string, unknown> }>(PROPOSE, { input: proposal() }, producer.token);
    expect(proposed.body.data?.proposeGrade).toEqual({
      code: 'QYM-AX41',
      status: 'PROPOSED',
      materialClass: 'ALLOY',
      family: 'AX',
      designations: ['QYM AX41-HS'],
      composition: [{ element: 'Al', minPct: 3.5, maxPct: 4.5 }, { element: 'Ca', minPct: 0.8, maxPct: 1.2 }, { element: 'Fe', minPct: null, maxPct: 0.004 }],
      typical: { tensileStrengthMpa: 262, elongationPct: 9, densityGCm3: 1.79 },
      typicalCard: { tensileStrengthMpa: { min: 240, typical: 262, basis: 'TESTED' } },
      typicalUses: 'power-train brackets and housings',
      owner: { name: 'Chizhou Magnesium Works #0' },
    });
    expect(await codes(moderator, 'PROPOSED')).toEqual(['QYM-AX41']);
    expect(await codes(producer.token, 'PROPOSED')).toEqual(['QYM-AX41']);
    for (const stranger of [rival.token, buyer.token, undefined]) {
      expect(await codes(stranger, 'PROPOSED')).toEqual([]);
      expect((await app.graphql<{ resolveDesignation: { grade: null } }>(RESOLVE, { text: 'qym ax41 hs' }, stranger)).body.data!.resolveDesignation.grade).toBeNull();
    }
    expect((await app.graphql(RESOLVE, { text: 'QYM AX41-HS' }, producer.token)).body.data).toEqual({
      resolveDesignation: { grade: { code: 'QYM-AX41' }, note: "QYM-AX41 is proposed by its producer and awaits the association's approval; QYM AX41-HS is QYM-AX41 in producer's designation" },
    });

    const draft = await app.graphql<{ createListing: { id: string; state: string } }>(CREATE, { input: listingInput({ grade: 'QYM-AX41', temper: null }) }, producer.token);
    expect(draft.body.data?.createListing).toMatchObject({ state: 'DRAFT', grade: { code: 'QYM-AX41', status: 'PROPOSED' } });
    const id = draft.body.data!.createListing.id;
    const early = await app.graphql(SUBMIT, { id }, producer.token);
    expect(early.body.errors?.[0]).toMatchObject({
      message: "grade QYM-AX41 awaits the association's approval: the listing can be submitted once the grade is approved",
      extensions: { code: 'CONFLICT', field: 'grade' },
    });
    const published = await publishListing(app, producer.token, moderator);
    const onto = await app.graphql(UPDATE, { id: published, input: listingInput({ grade: 'QYM-AX41', temper: null }) }, producer.token);
    expect(onto.body.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', field: 'grade' } });
    const filtered = await app.graphql(`{ listings(filter: { grades: ["QYM AX41-HS"] }) { totalCount } }`);
    expect(filtered.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'filter.grades' }, message: 'grade "QYM AX41-HS" is not in the catalogue' });
    const theirs = await app.graphql(CREATE, { input: listingInput({ grade: 'QYM-AX41', temper: null }) }, rival.token);
    expect(theirs.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'grade' }, message: expect.stringContaining('grade "QYM-AX41" is not in the catalogue') });

    const noReason = await app.graphql(REVIEW, { code: 'QYM-AX41', decision: 'REJECT' }, moderator);
    expect(noReason.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'reason' } });
    expect((await app.graphql(REVIEW, { code: 'QYM-AX41', decision: 'APPROVE' }, producer.token)).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const approved = await app.graphql(REVIEW, { code: 'qym-ax41', decision: 'APPROVE' }, moderator);
    expect(approved.body.errors).toBeUndefined();
    expect(approved.body.data).toEqual({ reviewGradeProposal: { code: 'QYM-AX41', status: 'PROPRIETARY', owner: { name: 'Chizhou Magnesium Works #0' } } });

    expect(await codes(undefined, 'PROPRIETARY')).toEqual(['QYM-AX41']);
    expect((await app.graphql(SUBMIT, { id }, producer.token)).body.data).toEqual({ submitListing: { id, state: 'PENDING_REVIEW' } });
    expect((await app.graphql(REVIEW, { code: 'QYM-AX41', decision: 'APPROVE' }, moderator)).body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const history = await app.app.get(DataSource).query(`SELECT action, actor_id IS NOT NULL AS "byUser", after->>'status' AS status FROM catalog_grade_changes WHERE code = 'QYM-AX41' ORDER BY id`);
    expect(history).toEqual([
      { action: 'proposal.submit', byUser: true, status: 'PROPOSED' },
      { action: 'proposal.approve', byUser: true, status: 'PROPRIETARY' },
    ]);
  });

  it('lets a rejected proposal read as retired with the reason, to its producer only, and be proposed again', async () => {
    await app.graphql(PROPOSE, { input: proposal({ code: 'QYM-ZX12', family: 'ZX', designations: ['ZX-TWELVE'] }) }, producer.token);
    const waiting = await app.graphql<{ createListing: { id: string } }>(CREATE, { input: listingInput({ grade: 'QYM-ZX12', temper: null }) }, producer.token);
    const rejected = await app.graphql(REVIEW, { code: 'QYM-ZX12', decision: 'REJECT', reason: 'Attach the CMA test report' }, moderator);
    expect(rejected.body.data).toEqual({ reviewGradeProposal: { code: 'QYM-ZX12', status: 'RETIRED', owner: { name: 'Chizhou Magnesium Works #0' } } });
    const drafted = await app.graphql(CREATE, { input: listingInput({ grade: 'QYM-ZX12', temper: null }) }, producer.token);
    expect(drafted.body.errors?.[0]?.message).toBe('grade "QYM-ZX12" is retired: the association rejected the proposal: Attach the CMA test report');
    const submitted = await app.graphql(SUBMIT, { id: waiting.body.data!.createListing.id }, producer.token);
    expect(submitted.body.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', field: 'grade' }, message: expect.stringContaining('grade QYM-ZX12 was not approved') });
    expect(await codes(rival.token, 'RETIRED')).not.toContain('QYM-ZX12');
    const theirs = await app.graphql(CREATE, { input: listingInput({ grade: 'ZX-TWELVE', temper: null }) }, rival.token);
    expect(theirs.body.errors?.[0]?.message).toBe('grade "ZX-TWELVE" is not in the catalogue (e.g. AZ91D, AM60B, AZ31B, Mg99.90)');
    const again = await app.graphql<{ proposeGrade: { status: string } }>(PROPOSE, { input: proposal({ code: 'QYM-ZX12', family: 'ZX', designations: ['ZX-TWELVE'] }) }, producer.token);
    expect(again.body.errors).toBeUndefined();
    expect(again.body.data?.proposeGrade.status).toBe('PROPOSED');
  });

  it('shows readers within a second a grade another process approved: one read of the revision a second tells the snapshot is stale', async () => {
    await app.graphql(PROPOSE, { input: proposal({ code: 'QYM-MP1', family: 'MP', designations: [] }) }, producer.token);
    // What another API process's approval writes; this process learns of it only through the tables.
    await app.app.get(DataSource).query(`UPDATE catalog_grades SET status = 'PROPRIETARY' WHERE code = 'QYM-MP1'`);
    await app.app.get(DataSource).query(`UPDATE catalog_state SET revision = revision + 1`);
    const changedAt = performance.now();
    await waitFor('the approved grade', async () => (await codes(rival.token, 'PROPRIETARY')).includes('QYM-MP1'), 5_000);
    expect(performance.now() - changedAt).toBeLessThan(3_000); // a second's lag, and a loaded machine's answers
  });

  it.each([
    { case: 'a name of a standard grade', input: { code: 'MDC1D' }, code: 'CONFLICT', field: 'code', says: 'code "MDC1D" is already taken: it names AZ91D' },
    { case: "another grade's name among its designations", input: { code: 'QYM-AX50', designations: ['AZ91'] }, code: 'CONFLICT', field: 'designations[0]', says: 'designations[0] "AZ91" is already taken: it names AZ91D' },
    { case: 'a scrap grade', input: { code: 'QYM-SCRAP', materialClass: 'SCRAP' }, code: 'BAD_USER_INPUT', field: 'materialClass', says: 'only primary magnesium and alloys have grades' },
    { case: 'an alloy without a family', input: { code: 'QYM-AX60', family: null }, code: 'BAD_USER_INPUT', field: 'family', says: 'family is required for an alloy' },
    { case: 'a malformed code', input: { code: 'QYM AX41 / HS' }, code: 'BAD_USER_INPUT', field: 'code', says: 'must be 2 to 30 letters, digits, dots or hyphens' },
    { case: 'a composition over 100 %', input: { code: 'QYM-AX70', designations: [], composition: [{ element: 'Mg', minPct: 95 }, { element: 'Al', minPct: 8 }] }, code: 'BAD_USER_INPUT', field: 'composition', says: 'the minimums add up to 103 %, over 100 %' },
    { case: 'a typical range upside down', input: { code: 'QYM-AX80', designations: [], typical: { elongationPct: { min: 9, max: 4, basis: 'TYPICAL' } } }, code: 'BAD_USER_INPUT', field: 'typical.elongationPct.min', says: 'typical.elongationPct.min 9 % is above max 4 %' },
  ])('refuses $case, writing nothing', async ({ input, code, field, says }) => {
    const before = await codes(moderator);
    const response = await app.graphql(PROPOSE, { input: proposal(input) }, producer.token);
    expect(response.body.errors?.[0]).toMatchObject({ extensions: { code, field }, message: expect.stringContaining(says) });
    expect(await codes(moderator)).toEqual(before);
  });

  it("refuses another producer's unapproved name without saying whose it is", async () => {
    await app.graphql(PROPOSE, { input: proposal({ code: 'QYM-KX1', family: 'KX', designations: [] }) }, producer.token);
    const response = await app.graphql(PROPOSE, { input: proposal({ code: 'RIV-KX1', family: 'KX', designations: ['qym kx1'] }) }, rival.token);
    expect(response.body.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', field: 'designations[0]' }, message: 'designations[0] "qym kx1" is already taken: choose another name' });
  });

  it('refuses proposals from buyers and anonymous callers', async () => {
    expect((await app.graphql(PROPOSE, { input: proposal({ code: 'QYM-BUY' }) }, buyer.token)).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await app.graphql(PROPOSE, { input: proposal({ code: 'QYM-ANON' }) })).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
