import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner.js';
import { MODERATOR_ENV, listingInput, signInModerator, signUp, type Account } from '../../../test/support/market.js';
import { engineProfilesUnderTest, TestApp, type GraphqlResponse } from '../../../test/support/test-app.js';

const LISTING_FIELDS = 'id state title rejectionReason grade { code } properties { basis elongationPct } certifications scenarios supplier { name }';
const CREATE = `mutation($input: CreateListingInput!) { createListing(input: $input) { ${LISTING_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: CreateListingInput!) { updateListing(id: $id, input: $input) { ${LISTING_FIELDS} } }`;
const SUBMIT = `mutation($id: ID!) { submitListing(id: $id) { id state } }`;
const MODERATE = `mutation($id: ID!, $decision: ReviewDecision!, $reason: String) { moderateListing(id: $id, decision: $decision, reason: $reason) { id state rejectionReason } }`;
const ARCHIVE = `mutation($id: ID!) { archiveListing(id: $id) { id state } }`;
const LISTING = `query($id: ID!) { listing(id: $id) { ${LISTING_FIELDS} } }`;
const PUBLISHED = `query($first: Int, $after: String) { listings(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id title supplier { id name } grade { code } } } } }`;
const MINE = `{ myListings { totalCount edges { node { id state } } } }`;
const QUEUE = `{ listingReviewQueue { totalCount edges { node { id } } } }`;
const AUDIT = `query($subjectId: ID) { auditLog(subjectId: $subjectId) { action reason before after actorId } }`;

const codeOf = (response: GraphqlResponse) => response.body.errors?.[0]?.extensions?.code;

for (const profile of engineProfilesUnderTest()) {
  describe(`listings over GraphQL on the ${profile} engines`, () => {
    let app: TestApp;
    let supplier: Account;
    let otherSupplier: Account;
    let buyer: Account;
    let moderator: string;

    beforeAll(async () => {
      app = await TestApp.start(profile, MODERATOR_ENV);
      supplier = await signUp(app, 'SUPPLIER', 0);
      otherSupplier = await signUp(app, 'SUPPLIER', 1);
      buyer = await signUp(app, 'BUYER', 2);
      moderator = await signInModerator(app);
    });

    afterAll(async () => {
      await app.close();
    });

    const create = async (token = supplier.token, overrides: Record<string, unknown> = {}) => {
      const response = await app.graphql<{ createListing: { id: string; state: string } }>(CREATE, { input: listingInput(overrides) }, token);
      return response;
    };
    const draft = async () => (await create()).body.data!.createListing.id;

    it('walks a listing through review: draft, rejected with a reason, fixed, published, edited, archived', async () => {
      const created = await create();
      expect(created.body.data?.createListing).toMatchObject({
        state: 'DRAFT',
        grade: { code: 'AM60B' },
        properties: { basis: 'TESTED', elongationPct: 8 },
        certifications: ['IATF16949', 'ISO9001'],
        scenarios: ['AUTO_SEAT_FRAME'],
        supplier: { name: 'Chizhou Magnesium Works #0' },
      });
      const id = created.body.data!.createListing.id;
      expect(codeOf(await app.graphql(LISTING, { id }))).toBe('NOT_FOUND');
      expect(codeOf(await app.graphql(LISTING, { id }, otherSupplier.token))).toBe('NOT_FOUND');

      expect((await app.graphql(SUBMIT, { id }, supplier.token)).body.data).toEqual({ submitListing: { id, state: 'PENDING_REVIEW' } });
      const queue = await app.graphql<{ listingReviewQueue: { edges: { node: { id: string } }[] } }>(QUEUE, {}, moderator);
      expect(queue.body.data!.listingReviewQueue.edges.map((edge) => edge.node.id)).toContain(id);

      const noReason = await app.graphql(MODERATE, { id, decision: 'REJECT' }, moderator);
      expect(noReason.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'reason' } });
      const rejected = await app.graphql(MODERATE, { id, decision: 'REJECT', reason: 'Attach the tensile test report' }, moderator);
      expect(rejected.body.data).toEqual({ moderateListing: { id, state: 'REJECTED', rejectionReason: 'Attach the tensile test report' } });
      expect((await app.graphql(LISTING, { id }, supplier.token)).body.data).toMatchObject({
        listing: { state: 'REJECTED', rejectionReason: 'Attach the tensile test report' },
      });

      const fixed = await app.graphql(UPDATE, { id, input: listingInput({ title: 'AM60B seat frame, report attached' }) }, supplier.token);
      expect(fixed.body.data).toMatchObject({ updateListing: { state: 'DRAFT', title: 'AM60B seat frame, report attached' } });
      await app.graphql(SUBMIT, { id }, supplier.token);
      const approved = await app.graphql(MODERATE, { id, decision: 'APPROVE' }, moderator);
      expect(approved.body.data).toEqual({ moderateListing: { id, state: 'PUBLISHED', rejectionReason: null } });
      expect((await app.graphql(LISTING, { id })).body.data).toMatchObject({ listing: { id, state: 'PUBLISHED' } });

      const edited = await app.graphql(UPDATE, { id, input: listingInput({ monthlyCapacityTonnes: 150 }) }, supplier.token);
      expect(edited.body.data).toMatchObject({ updateListing: { state: 'PENDING_REVIEW' } });
      expect(codeOf(await app.graphql(LISTING, { id }))).toBe('NOT_FOUND');
      expect(codeOf(await app.graphql(MODERATE, { id: await draft(), decision: 'APPROVE' }, moderator))).toBe('CONFLICT');

      expect((await app.graphql(ARCHIVE, { id }, supplier.token)).body.data).toEqual({ archiveListing: { id, state: 'ARCHIVED' } });
      expect(codeOf(await app.graphql(UPDATE, { id, input: listingInput() }, supplier.token))).toBe('CONFLICT');

      const audit = await app.graphql<{ auditLog: { action: string; reason: string | null; before: string; after: string }[] }>(
        AUDIT,
        { subjectId: id },
        moderator,
      );
      expect(audit.body.data!.auditLog.map(({ action, reason, before, after }) => ({ action, reason, before, after }))).toEqual([
        { action: 'listing.approve', reason: null, before: '{"state":"PENDING_REVIEW"}', after: '{"state":"PUBLISHED"}' },
        { action: 'listing.reject', reason: 'Attach the tensile test report', before: '{"state":"PENDING_REVIEW"}', after: '{"state":"REJECTED"}' },
      ]);
    });

    it('lets only suppliers create listings and only moderators review them', async () => {
      expect(codeOf(await create(''))).toBe('UNAUTHENTICATED');
      expect(codeOf(await create(buyer.token))).toBe('FORBIDDEN');
      expect(codeOf(await create(moderator))).toBe('FORBIDDEN');
      const id = await draft();
      await app.graphql(SUBMIT, { id }, supplier.token);
      expect(codeOf(await app.graphql(MODERATE, { id, decision: 'APPROVE' }, supplier.token))).toBe('FORBIDDEN');
      expect(codeOf(await app.graphql(MODERATE, { id, decision: 'APPROVE' }, buyer.token))).toBe('FORBIDDEN');
      expect(codeOf(await app.graphql(QUEUE, {}, supplier.token))).toBe('FORBIDDEN');
      expect(codeOf(await app.graphql(MINE, {}, buyer.token))).toBe('FORBIDDEN');
      expect(codeOf(await app.graphql(AUDIT, {}, supplier.token))).toBe('FORBIDDEN');
    });

    it("keeps one supplier's hands off another's listings", async () => {
      const hidden = await draft();
      expect(codeOf(await app.graphql(SUBMIT, { id: hidden }, otherSupplier.token))).toBe('NOT_FOUND');
      expect(codeOf(await app.graphql(UPDATE, { id: hidden, input: listingInput() }, otherSupplier.token))).toBe('NOT_FOUND');

      const published = await draft();
      await app.graphql(SUBMIT, { id: published }, supplier.token);
      await app.graphql(MODERATE, { id: published, decision: 'APPROVE' }, moderator);
      expect(codeOf(await app.graphql(UPDATE, { id: published, input: listingInput() }, otherSupplier.token))).toBe('FORBIDDEN');
      expect(codeOf(await app.graphql(ARCHIVE, { id: published }, otherSupplier.token))).toBe('FORBIDDEN');
      const theirs = await app.graphql<{ myListings: { edges: { node: { id: string } }[] } }>(MINE, {}, otherSupplier.token);
      expect(theirs.body.data!.myListings.edges.map((edge) => edge.node.id)).not.toContain(published);
    });

    it('keeps a card of ranges with their basis and condition, and shows it as one value per property too; takes the designation as typed', async () => {
      const card = {
        tensileStrengthMpa: { min: 200, typical: 228, basis: 'SPEC_MINIMUM', condition: 'wall 2.5–4 mm' },
        elongationPct: { min: 6, typical: 10, max: 14, basis: 'SPEC_MINIMUM' },
        hardnessHb: { typical: 62, basis: 'TYPICAL' },
        densityGCm3: 1.8,
      };
      const response = await app.graphql<{ createListing: Record<string, unknown> }>(
        `mutation($input: CreateListingInput!) { createListing(input: $input) {
          gradeAsTyped temper grade { code }
          card { tensileStrengthMpa { min typical max basis condition } elongationPct { min typical max basis } hardnessHb { typical basis } yieldStrengthMpa { min } densityGCm3 }
          properties { tensileStrengthMpa elongationPct basis } } }`,
        { input: listingInput({ grade: 'AM60B', designation: 'MDC2B-F', properties: null, card }) },
        supplier.token,
      );
      expect(response.body.data?.createListing).toEqual({
        gradeAsTyped: 'MDC2B-F',
        temper: 'F',
        grade: { code: 'AM60B' },
        card: {
          tensileStrengthMpa: { min: 200, typical: 228, max: null, basis: 'SPEC_MINIMUM', condition: 'wall 2.5–4 mm' },
          elongationPct: { min: 6, typical: 10, max: 14, basis: 'SPEC_MINIMUM' },
          hardnessHb: { typical: 62, basis: 'TYPICAL' },
          yieldStrengthMpa: null,
          densityGCm3: 1.8,
        },
        // The one-value view shows the guaranteed minimums; hardness is not part of it.
        properties: { tensileStrengthMpa: 200, elongationPct: 6, basis: 'SPEC_MINIMUM' },
      });
    });

    it.each([
      ['negative capacity', { monthlyCapacityTonnes: -5 }, 'monthlyCapacityTonnes must be positive'],
      ['elongation 250 %', { properties: { elongationPct: 250, basis: 'TYPICAL' } }, 'properties.elongationPct must be from 0 to 100 %'],
      ['an unknown grade', { grade: 'XYZ123' }, 'grade "XYZ123" is not in the catalogue'],
      ['a retired grade', { grade: 'Mg99.95' }, 'grade "Mg99.95" is retired: GB/T 3499 has two 99.95 % grades, Mg9995A and Mg9995B'],
      ['a composition over 100 %', { composition: [{ element: 'Mg', minPct: 99.9 }, { element: 'Al', minPct: 8.5 }] }, 'composition: the minimums add up to 108.4 %, over 100 %'],
      ['an unknown element', { composition: [{ element: 'Unobtainium', maxPct: 1 }] }, 'composition[0].element "Unobtainium" is not an element or oxide MagMatch knows'],
      ['a composition minimum above its maximum', { composition: [{ element: 'Al', minPct: 9.5, maxPct: 8.5 }] }, 'composition[0].minPct 9.5 % is above maxPct 8.5 % for Al'],
      ['a composition limit with no value', { composition: [{ element: 'Ni' }] }, 'composition[0] (Ni) has neither minPct nor maxPct'],
      ['a slag with a grade', { materialClass: 'BY_PRODUCT', form: 'SLAG', grade: 'AZ91D', byProduct: { kind: 'REDUCTION_SLAG' }, properties: { basis: 'TYPICAL' } }, 'a by-product has no alloy grade: leave grade empty (it names AZ91D)'],
      ['a slag with MPa values', { materialClass: 'BY_PRODUCT', form: 'SLAG', grade: null, byProduct: { kind: 'REDUCTION_SLAG' }, properties: { tensileStrengthMpa: 200, basis: 'TYPICAL' } }, 'a by-product (slag, dross, flux residue) is not sold by mechanical properties: leave properties.tensileStrengthMpa empty'],
      ['a slag without its kind', { materialClass: 'BY_PRODUCT', form: 'SLAG', grade: null, properties: { basis: 'TYPICAL' } }, 'byProduct.kind is required for a BY_PRODUCT listing'],
      ['a scrap listing without a class', { materialClass: 'SCRAP', form: 'SCRAP', properties: { basis: 'TYPICAL' } }, 'scrap.scrapClass is required for a SCRAP listing'],
      ['scrap details on an alloy listing', { materialClass: 'ALLOY', scrap: { scrapClass: 'TYPE_I' } }, 'scrap details belong to SCRAP listings, not ALLOY'],
      ['a scrap alloy family the catalogue does not know', { grade: null, form: 'SCRAP', scrap: { scrapClass: 'TYPE_IV', alloyFamily: 'pure mg' }, properties: { basis: 'TYPICAL' } }, 'scrap.alloyFamily "pure mg" is not an alloy family of the catalogue'],
      ['a temper that contradicts the one written with the grade', { grade: 'AM60B-F', temper: 'T6' }, 'temper T6 differs from temper F written with the grade "AM60B-F"'],
      ['an alloy listing in the SLAG form', { form: 'SLAG' }, 'form SLAG is for BY_PRODUCT listings: set materialClass and its details'],
      ['an alloy listing without a grade', { grade: null }, 'grade is required for magnesium alloy (e.g. AZ91D)'],
      ['an alloy grade on a primary-magnesium listing', { materialClass: 'PRIMARY_MAGNESIUM', form: 'INGOT' }, 'grade AM60B is magnesium alloy, not primary magnesium'],
      // Just under the 1 MB body limit (a larger body is refused whole with 413, see graphql-limits.e2e.spec.ts).
      ['a 900 kB title', { title: '镁'.repeat(300_000) }, 'title must be 1 to 200 characters long'],
      ['an unknown certification', { certifications: ['ISO 99999'] }, 'certification "ISO 99999" is not in the catalogue'],
      ['a price range upside down', { priceMinCnyPerTonne: 30_000, priceMaxCnyPerTonne: 20_000 }, 'priceMaxCnyPerTonne must not be below priceMinCnyPerTonne'],
      ['a card range with its minimum above its maximum', { properties: null, card: { elongationPct: { min: 12, max: 8, basis: 'SPEC_MINIMUM' } } }, 'card.elongationPct.min 12 % is above max 8 %'],
      ['a card range with no value', { properties: null, card: { tensileStrengthMpa: { basis: 'TYPICAL', condition: 'as-cast' } } }, 'card.tensileStrengthMpa has no value: give min, typical or max'],
      ['a slag with MPa on its card', { materialClass: 'BY_PRODUCT', form: 'SLAG', grade: null, byProduct: { kind: 'REDUCTION_SLAG' }, properties: null, card: { tensileStrengthMpa: { typical: 200, basis: 'TYPICAL' } } }, 'leave card.tensileStrengthMpa empty'],
      ['a card given twice', { card: { elongationPct: { min: 8, basis: 'TESTED' } } }, 'give the card as `card` (ranges) or as `properties` (single values), not both'],
      ['a designation that contradicts the grade', { designation: 'MDC1D' }, 'designation "MDC1D" and grade "am60" differ: give one of them'],
    ])('refuses %s with BAD_USER_INPUT naming the field, writing nothing', async (_case, overrides, message) => {
      const before = await app.graphql<{ myListings: { totalCount: number } }>(MINE, {}, supplier.token);
      const response = await create(supplier.token, overrides);
      expect(response.status).toBe(200);
      expect(response.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(response.body.errors?.[0]?.message).toContain(message);
      const after = await app.graphql<{ myListings: { totalCount: number } }>(MINE, {}, supplier.token);
      expect(after.body.data!.myListings.totalCount).toBe(before.body.data!.myListings.totalCount);
    });

    it('pages through published listings with cursors, loading their suppliers in one query per page', async () => {
      const dataSource = app.app.get(DataSource);
      const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM listings WHERE state = 'PUBLISHED'`);
      const rows = Array.from({ length: 50 - count }, (_, i) => [i % 2 === 0 ? supplier.organizationId : otherSupplier.organizationId, i]);
      for (const [supplierId, i] of rows) {
        await dataSource.query(
          `INSERT INTO listings (supplier_id, created_by, title, material_class, grade, form, card, monthly_capacity_tonnes, state, published_at)
           SELECT $1, u.id, $2, 'ALLOY', 'AZ91D', 'INGOT', '{}', 100, 'PUBLISHED', now() - make_interval(secs => $3)
           FROM users u WHERE u.organization_id = $1`,
          [supplierId, `Seeded AZ91D ingot ${i}`, i],
        );
      }

      const statements = countStatements();
      const first = await app.graphql<PageResult>(PUBLISHED, { first: 50 });
      const sqlForPage = statements.stop();
      expect(first.body.data!.listings.edges).toHaveLength(50);
      expect(new Set(first.body.data!.listings.edges.map((edge) => edge.node.supplier.id)).size).toBe(2);
      expect(sqlForPage).toBe(3); // count, page, suppliers
      process.stdout.write(`SQL statements for a page of 50 listings with suppliers (${profile}): ${sqlForPage}\n`);

      const seen: string[] = [];
      let after: string | null = null;
      do {
        const page: GraphqlResponse<PageResult> = await app.graphql<PageResult>(PUBLISHED, { first: 20, after });
        const connection = page.body.data!.listings;
        seen.push(...connection.edges.map((edge) => edge.node.id));
        expect(connection.totalCount).toBe(50);
        after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
      } while (after);
      expect(seen).toHaveLength(50);
      expect(new Set(seen).size).toBe(50);
      expect(codeOf(await app.graphql(PUBLISHED, { first: 500 }))).toBe('BAD_USER_INPUT');
      expect(codeOf(await app.graphql(PUBLISHED, { after: 'not-a-cursor' }))).toBe('BAD_USER_INPUT');
    });
  });
}

type PageResult = {
  listings: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: { id: string; supplier: { id: string } } }[];
  };
};

/**
 * Counts SQL statements sent by TypeORM until `stop` (instrumentation for the N+1 check only), leaving
 * out the background polling of the outbox relay and the embedded queue.
 */
function countStatements() {
  const original = PostgresQueryRunner.prototype.query;
  let count = 0;
  PostgresQueryRunner.prototype.query = function (this: PostgresQueryRunner, ...args: Parameters<typeof original>) {
    if (!/outbox_messages|queue_jobs|queue_schedules/.test(args[0])) count += 1;
    return original.apply(this, args);
  } as typeof original;
  return {
    stop() {
      PostgresQueryRunner.prototype.query = original;
      return count;
    },
  };
}
