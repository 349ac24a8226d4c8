import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import {
  MODERATOR_ENV,
  openRequirement as open,
  publishListing as publish,
  signInModerator,
  signUp,
  type Account,
} from '../../../test/support/market.js';
import { engineProfilesUnderTest, TestApp, type GraphqlResponse } from '../../../test/support/test-app.js';
import { waitFor } from '../../../test/support/wait-for.js';

const MATCH = 'id state score reasons { criterion detail } listing { id title } requirement { id maxPriceCnyPerTonne buyer { id } }';
const FOR_REQUIREMENT = `query($id: ID!) { matchesForRequirement(requirementId: $id) { ${MATCH} } }`;
const FOR_LISTING = `query($id: ID!) { matchesForListing(listingId: $id) { ${MATCH} } }`;

interface MatchResult {
  id: string;
  state: string;
  score: number;
  reasons: { criterion: string; detail: string }[];
  listing: { id: string; title: string };
  requirement: { id: string; maxPriceCnyPerTonne: number | null; buyer: { id: string } | null };
}

const codeOf = (response: GraphqlResponse) => response.body.errors?.[0]?.extensions?.code;

for (const profile of engineProfilesUnderTest()) {
  describe(`stored matches and their lifecycle on the ${profile} engines`, () => {
    let app: TestApp;
    let supplier: Account;
    let buyer: Account;
    let otherBuyer: Account;
    let moderator: string;
    let listingId: string;

    const publishListing = (overrides: Record<string, unknown>) => publish(app, supplier.token, moderator, overrides);
    const openRequirement = (account: Account, overrides: Record<string, unknown> = {}) => open(app, account.token, moderator, overrides);
    const matchesOf = async (requirementId: string, token = buyer.token) =>
      (await app.graphql<{ matchesForRequirement: MatchResult[] }>(FOR_REQUIREMENT, { id: requirementId }, token)).body.data
        ?.matchesForRequirement ?? [];

    beforeAll(async () => {
      app = await TestApp.start(profile, MODERATOR_ENV);
      supplier = await signUp(app, 'SUPPLIER', 0);
      buyer = await signUp(app, 'BUYER', 1);
      otherBuyer = await signUp(app, 'BUYER', 2);
      moderator = await signInModerator(app);
      await app.graphql(
        `mutation($input: AddCertificationInput!) { addOrganizationCertification(input: $input) { id } }`,
        { input: { code: 'IATF16949', validFrom: '2024-01-01', validUntil: '2099-12-31' } },
        supplier.token,
      );
      listingId = await publishListing({ monthlyCapacityTonnes: 100 });
    });

    afterAll(async () => {
      await app.close();
    });

    it('stores the matches of a requirement when it opens, explained, and walks one to ACCEPTED', async () => {
      const requirementId = await openRequirement(buyer);
      await waitFor('the match to be stored', async () => (await matchesOf(requirementId)).length === 1, 15_000);
      const [match] = await matchesOf(requirementId);
      expect(match).toMatchObject({ state: 'PROPOSED', listing: { id: listingId }, requirement: { maxPriceCnyPerTonne: 40_000 } });
      expect(match!.score).toBeGreaterThan(0.5);
      expect(match!.reasons.map((reason) => reason.criterion)).toContain('applicationFit');
      const events: { n: number }[] = await app.app.get(DataSource).query(
        `SELECT count(*)::int AS n FROM outbox_messages WHERE job_name = 'matching.match-proposed' AND payload->>'matchId' = $1`,
        [match!.id],
      );
      expect(events[0]!.n).toBe(1);

      const supplierView = await app.graphql<{ matchesForListing: MatchResult[] }>(FOR_LISTING, { id: listingId }, supplier.token);
      const seen = supplierView.body.data!.matchesForListing.find((candidate) => candidate.id === match!.id)!;
      expect(seen.requirement).toEqual({ id: requirementId, maxPriceCnyPerTonne: null, buyer: null });
      expect(JSON.stringify(supplierView.body)).not.toContain('40000');

      expect(codeOf(await app.graphql(`mutation($id: ID!) { acceptMatch(id: $id) { id } }`, { id: match!.id }, buyer.token))).toBe('CONFLICT');
      expect((await app.graphql(`mutation($id: ID!) { endorseMatch(id: $id) { state } }`, { id: match!.id }, moderator)).body.data)
        .toEqual({ endorseMatch: { state: 'ENDORSED' } });
      expect((await app.graphql(`mutation($id: ID!) { respondToMatch(id: $id, interested: true) { state } }`, { id: match!.id }, supplier.token)).body.data)
        .toEqual({ respondToMatch: { state: 'SUPPLIER_INTERESTED' } });
      expect(codeOf(await app.graphql(`mutation($id: ID!) { acceptMatch(id: $id) { id } }`, { id: match!.id }, otherBuyer.token))).toBe('FORBIDDEN');
      expect((await app.graphql(`mutation($id: ID!) { acceptMatch(id: $id) { state } }`, { id: match!.id }, buyer.token)).body.data)
        .toEqual({ acceptMatch: { state: 'ACCEPTED' } });

      const introduced = await app.graphql<{ matchesForListing: MatchResult[] }>(FOR_LISTING, { id: listingId }, supplier.token);
      const accepted = introduced.body.data!.matchesForListing.find((candidate) => candidate.id === match!.id)!;
      expect(accepted.requirement.buyer).toEqual({ id: buyer.organizationId });
      expect(accepted.requirement.maxPriceCnyPerTonne).toBeNull();
    });

    it('keeps matches private to their buyer, supplier and moderators', async () => {
      const requirementId = await openRequirement(buyer);
      await waitFor('the match to be stored', async () => (await matchesOf(requirementId)).length === 1, 15_000);
      expect(codeOf(await app.graphql(FOR_REQUIREMENT, { id: requirementId }, otherBuyer.token))).toBe('NOT_FOUND');
      expect((await matchesOf(requirementId, moderator))).toHaveLength(1);
      const [match] = await matchesOf(requirementId);
      expect(codeOf(await app.graphql(`mutation($id: ID!) { dismissMatch(id: $id) { id } }`, { id: match!.id }, otherBuyer.token))).toBe('FORBIDDEN');
      expect((await app.graphql(`mutation($id: ID!) { dismissMatch(id: $id) { state } }`, { id: match!.id }, buyer.token)).body.data)
        .toEqual({ dismissMatch: { state: 'DISMISSED' } });
    });

    it('never oversells a listing: of 20 parallel accepts of 10 t on 50 t of free capacity, exactly 5 succeed', async () => {
      const id = await publishListing({ title: 'AM60B seat frames, limited capacity', monthlyCapacityTonnes: 50 });
      const dataSource = app.app.get(DataSource);
      const requirementIds: string[] = [];
      for (let i = 0; i < 20; i += 1) requirementIds.push(await openRequirement(i % 2 ? otherBuyer : buyer, { title: `Seat frames lot ${i}` }));
      const ours = `listing_id = $1 AND requirement_id = ANY($2::uuid[])`;
      await waitFor('the 20 requirements to match the listing', async () => {
        const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM matches WHERE ${ours}`, [id, requirementIds]);
        return count === 20;
      }, 30_000);
      // The supplier said yes to all twenty (set directly: the race under test is the buyers' accepts).
      await dataSource.query(`UPDATE matches SET state = 'SUPPLIER_INTERESTED' WHERE ${ours}`, [id, requirementIds]);
      const matches: { id: string; buyer_id: string }[] = await dataSource.query(
        `SELECT m.id, r.buyer_id FROM matches m JOIN requirements r ON r.id = m.requirement_id
         WHERE m.listing_id = $1 AND m.requirement_id = ANY($2::uuid[])`,
        [id, requirementIds],
      );
      const results = await Promise.all(
        matches.map((match) =>
          app.graphql(`mutation($id: ID!) { acceptMatch(id: $id) { state } }`, { id: match.id }, match.buyer_id === buyer.organizationId ? buyer.token : otherBuyer.token),
        ),
      );
      const accepted = results.filter((result) => result.body.data?.acceptMatch);
      const refused = results.filter((result) => codeOf(result) === 'CONFLICT');
      expect(accepted).toHaveLength(5);
      expect(refused).toHaveLength(15);
      const [listing] = await dataSource.query(`SELECT committed_tonnes_per_month AS committed FROM listings WHERE id = $1`, [id]);
      expect(listing.committed).toBe(50);
    });
  });
}
