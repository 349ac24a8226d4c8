import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MODERATOR_ENV, firstMatchOf, openRequirement, publishListing, signInModerator, signUp, signUpTrader, type Account } from '../../../test/support/market.js';
import { settled } from '../../../test/support/settled.js';
import { engineProfilesUnderTest, TestApp } from '../../../test/support/test-app.js';

const BUYER_NAME = 'Secretive Motors 保密汽车';
const MAX_PRICE = 41_234.5;
const REJECTION = 'quote from an unverified trader';
const EXPERT_CONTACT = 'li.na@materials-lab.example';
const REQUIREMENT = `id title description scenario buyer { id name } maxPriceCnyPerTonne maxPrice { amount currency incoterm } maxPriceBasisNote rejectionReason state visibility city quantityTonnesPerMonth`;

/** Every string and number in a response, however deep: what a reader actually receives. */
function leaves(value: unknown): string[] {
  if (value === null || value === undefined) return [];
  if (typeof value === 'object') return Object.values(value as Record<string, unknown>).flatMap(leaves);
  return [String(value)];
}

for (const profile of engineProfilesUnderTest()) {
  describe(`what suppliers never receive, on the ${profile} engines`, () => {
    let app: TestApp;
    let supplier: Account;
    let otherSupplier: Account;
    let trader: Account;
    let buyer: Account;
    let moderator: string;
    let listingId: string;
    let webhookSecret: string;
    let anonymousRequirementId: string;

    beforeAll(async () => {
      app = await TestApp.start(profile, { ...MODERATOR_ENV, WEBHOOK_ALLOW_PRIVATE: 'true' });
      moderator = await signInModerator(app);
      supplier = await signUp(app, 'SUPPLIER', 0);
      otherSupplier = await signUp(app, 'SUPPLIER', 2);
      trader = await signUpTrader(app, 3);
      buyer = await signUp(app, 'BUYER', 1, { organizationName: BUYER_NAME });
      listingId = await publishListing(app, supplier.token, moderator);
      anonymousRequirementId = await openRequirement(app, buyer.token, moderator, { title: 'Anonymous seat frames', maxPriceCnyPerTonne: MAX_PRICE, visibility: 'ANONYMOUS' });
      const rejected = await app.graphql<{ createRequirement: { id: string } }>(
        `mutation($input: CreateRequirementInput!) { createRequirement(input: $input) { id } }`,
        { input: { title: 'Rejected seat frames', quantityTonnesPerMonth: 5, visibility: 'PUBLIC' } },
        buyer.token,
      );
      const rejectedId = rejected.body.data!.createRequirement.id;
      await app.graphql(`mutation($id: ID!) { submitRequirement(id: $id) { id } }`, { id: rejectedId }, buyer.token);
      await app.graphql(`mutation($id: ID!, $reason: String) { moderateRequirement(id: $id, decision: REJECT, reason: $reason) { id } }`, { id: rejectedId, reason: REJECTION }, moderator);
      await app.graphql(`mutation { updateNotificationPreferences(input: { webhookUrl: "http://127.0.0.1:9/hook" }) }`, {}, buyer.token);
      webhookSecret = (await app.graphql<{ rotateWebhookSecret: string }>(`mutation { rotateWebhookSecret }`, {}, buyer.token)).body.data!.rotateWebhookSecret;
      await app.graphql(
        `mutation($input: ReferencePriceInput!) { recordReferencePrice(input: $input) { date } }`,
        { input: { series: 'AM60B castings', grade: 'AM60B', form: 'DIE_CASTING', date: '2026-01-05', source: 'survey', price: { amount: 25_000, currency: 'CNY', unit: 'PER_TONNE', taxBasis: 'VAT_INCLUDED', incoterm: 'EXW' } } },
        moderator,
      );
      const expert = await app.graphql<{ registerExpert: { id: string } }>(
        `mutation($input: ExpertInput!) { registerExpert(input: $input) { id } }`,
        { input: { name: 'Li Na', fields: ['die casting'], contact: EXPERT_CONTACT, contactConsent: true } },
        moderator,
      );
      // A public challenge Li Na applied to and won: her contact is its owner's to see, never the suppliers'.
      const challenger = await signUp(app, 'BUYER', 5, { organizationName: 'Open Challenge Motors' });
      const step = async <T>(document: string, variables: Record<string, unknown>, token: string) => {
        const response = await app.graphql<T>(document, variables, token);
        expect(response.body.errors).toBeUndefined();
        return response.body.data!;
      };
      const expertId = expert.body.data!.registerExpert.id;
      const { createTechChallenge } = await step<{ createTechChallenge: { id: string } }>(
        `mutation($input: TechChallengeInput!) { createTechChallenge(input: $input) { id } }`,
        { input: { title: 'Thin-wall porosity', fields: ['压铸'], rewardCny: 200_000 } },
        challenger.token,
      );
      const challengeId = createTechChallenge.id;
      await step(`mutation($id: ID!) { openTechChallenge(id: $id) { id } }`, { id: challengeId }, challenger.token);
      await step(`mutation($c: ID!, $e: ID!) { applyToTechChallenge(challengeId: $c, expertId: $e) { score } }`, { c: challengeId, e: expertId }, moderator);
      await step(`mutation($id: ID!, $e: ID!) { awardTechChallenge(id: $id, expertId: $e) { id } }`, { id: challengeId, e: expertId }, challenger.token);
      await settled(app);
    });

    afterAll(async () => {
      await app.close();
    });

    it("never sends a supplier the buyer's price limit, identity, rejection reasons, webhook secret or e-mail", async () => {
      const reads = [
        `{ requirements(first: 100) { edges { node { ${REQUIREMENT} } } } }`,
        `query($id: ID!) { matchesForListing(listingId: $id) { score reasons { detail } requirement { ${REQUIREMENT} } } }`,
        `{ notifications(first: 100) { edges { node { title body type } } } }`,
        `{ notificationPreferences { email webhookUrl channels } }`,
        `{ me { email organization { name } } }`,
        `{ searchListings(input: { query: "AM60B" }) { hits { title supplier { name } } } }`,
        `{ promotionPrograms { name } provenApplications { buyerName caseText } }`,
        `{ experts { name contact } }`,
        `{ techChallenges { title owner { name } candidates { expert { name contact } proposal } awardedTo { name institution contact } } }`,
        `{ priceSeries(series: "AM60B castings", from: "2026-01-01") { series grade form points { date cnyPerTonneVatIncluded } quotes { cnyPerTonneVatIncluded } deals { cnyPerTonneVatIncluded } } }`,
      ];
      for (const account of [supplier, otherSupplier, trader]) {
        const received = [];
        for (const query of reads) {
          const response = await app.graphql(query, { id: listingId }, account.token);
          // The other supplier may not even ask for this listing's matches; everything else must answer.
          const codes = (response.body.errors ?? []).map((error) => error.extensions?.code);
          expect(codes).toEqual(account !== supplier && query.includes('matchesForListing') ? ['NOT_FOUND'] : []);
          received.push(...leaves(response.body));
        }
        expect(received).toContain('Anonymous seat frames'); // it did read the requirement, and its match
        expect(received.length).toBeGreaterThan(10);
        expect(received).toContain('Li Na'); // it did read the talent database, and the challenge she won
        expect(received).toEqual(expect.arrayContaining(['Thin-wall porosity', 'Open Challenge Motors']));
        const awarded = await app.graphql<{ techChallenges: { awardedTo: { name: string } | null }[] }>(`{ techChallenges { awardedTo { name } } }`, {}, account.token);
        expect(awarded.body.data!.techChallenges).toEqual([{ awardedTo: { name: 'Li Na' } }]);
        for (const secret of [String(MAX_PRICE), BUYER_NAME, REJECTION, webhookSecret, 'buyer1@market.example', EXPERT_CONTACT]) {
          expect(received.filter((leaf) => leaf.includes(secret))).toEqual([]);
        }
      }
    });

    // Field resolvers are not guarded: the blanking lives in the one mapper every path goes through, which
    // this walk proves on the deepest paths, after the introduction has named the buyer to the supplier.
    it('keeps the price limit from the introduced supplier on every nested path: purchase, match, requirement', async () => {
      const matchId = await firstMatchOf(app, anonymousRequirementId, buyer.token);
      await app.graphql(`mutation($id: ID!) { respondToMatch(id: $id, interested: true) { id } }`, { id: matchId }, supplier.token);
      await app.graphql(`mutation($id: ID!) { acceptMatch(id: $id) { id } }`, { id: matchId }, buyer.token);
      const recorded = await app.graphql<{ recordPurchase: { id: string } }>(
        `mutation($input: RecordPurchaseInput!) { recordPurchase(input: $input) { id } }`,
        { input: { matchId, quantityTonnes: 10, amountCny: 250_000, contractSignedAt: new Date().toISOString().slice(0, 10) } },
        buyer.token,
      );
      const reads = [
        `query($id: ID!) { purchase(id: $id) { amountCny match { score requirement { ${REQUIREMENT} } } } }`,
        `{ myPurchases { match { requirement { ${REQUIREMENT} } } } }`,
        `query($listingId: ID!) { matchesForListing(listingId: $listingId) { requirement { ${REQUIREMENT} } } }`,
      ];
      const received = [];
      for (const query of reads) {
        const response = await app.graphql(query, { id: recorded.body.data!.recordPurchase.id, listingId }, supplier.token);
        expect(response.body.errors).toBeUndefined();
        received.push(...leaves(response.body));
      }
      expect(received).toContain(BUYER_NAME); // introduced: the supplier now knows who the buyer is
      expect(received).toContain('250000');
      expect(received.filter((leaf) => leaf.includes(String(MAX_PRICE)))).toEqual([]);
    });

    it('shows quotes and deals to their two parties only, naming an anonymous buyer only after the award and never its price limit', async () => {
      const requirementId = await openRequirement(app, buyer.token, moderator, { title: 'Anonymous seat frames, quoted', maxPriceCnyPerTonne: MAX_PRICE, visibility: 'ANONYMOUS' });
      const matchId = await firstMatchOf(app, requirementId, buyer.token);
      const price = { amount: 39_000, currency: 'CNY', unit: 'PER_TONNE', taxBasis: 'VAT_INCLUDED', incoterm: 'EXW', place: 'Chizhou' };
      const validUntil = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
      const submitted = await app.graphql<{ submitQuote: { id: string } }>(
        `mutation($input: SubmitQuoteInput!) { submitQuote(input: $input) { id } }`,
        { input: { matchId, price, quantityTonnesPerMonth: 10, validUntil } },
        supplier.token,
      );
      const quoteId = submitted.body.data!.submitQuote.id;
      const QUOTES = `{ myQuotes { id price { amount } priceCheck { note } revisions { price { amount } } match { requirement { ${REQUIREMENT} buyerAwardRatePct } } deal { id } }
        deals { id buyer { name } quote { match { requirement { ${REQUIREMENT} } } } } }`;
      const readAs = async (account: Account) => {
        const response = await app.graphql(QUOTES, {}, account.token);
        expect(response.body.errors).toBeUndefined();
        return leaves(response.body);
      };

      const beforeAward = await readAs(supplier);
      expect(beforeAward).toContain(quoteId);
      expect(beforeAward.filter((leaf) => leaf.includes(String(MAX_PRICE)) || leaf.includes(BUYER_NAME))).toEqual([]);
      await app.graphql(`mutation($id: ID!) { awardQuote(id: $id) { id } }`, { id: quoteId }, buyer.token);
      const afterAward = await readAs(supplier);
      expect(afterAward).toContain(BUYER_NAME);
      expect(afterAward.filter((leaf) => leaf.includes(String(MAX_PRICE)))).toEqual([]);
      for (const outsider of [otherSupplier, trader]) {
        const seen = await readAs(outsider);
        expect(seen.filter((leaf) => leaf.includes(quoteId) || leaf.includes(BUYER_NAME) || leaf.includes('39000'))).toEqual([]);
      }
    });

    it("keeps the price limit and an anonymous buyer's name out of near misses, which only their owners see", async () => {
      const narrow = await openRequirement(app, buyer.token, moderator, { title: 'Anonymous ductile seat frames', minElongationPct: 9, maxPriceCnyPerTonne: MAX_PRICE, visibility: 'ANONYMOUS' });
      await openRequirement(app, buyer.token, moderator, { title: 'Unlisted ductile seat frames', minElongationPct: 9, visibility: 'MATCHED_ONLY' });
      const forListing = `query($id: ID!) { listing(id: $id) { nearMisses { failed score requirement { ${REQUIREMENT} } } } }`;
      const seen = await app.graphql(forListing, { id: listingId }, supplier.token);
      expect(seen.body.errors).toBeUndefined();
      const received = leaves(seen.body.data);
      expect(received).toContain('Anonymous ductile seat frames');
      // Not matched, a MATCHED_ONLY requirement stays unseen; a would-be score would move with the price limit.
      expect(received.filter((leaf) => leaf.includes(String(MAX_PRICE)) || leaf.includes(BUYER_NAME) || leaf.includes('Unlisted'))).toEqual([]);
      expect((seen.body.data as { listing: { nearMisses: { score: number | null }[] } }).listing.nearMisses.every(({ score }) => score === null)).toBe(true);
      for (const intruder of [otherSupplier, trader]) {
        expect((await app.graphql(forListing, { id: listingId }, intruder.token)).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      }
      const forRequirement = `query($id: ID!) { requirement(id: $id) { nearMisses { failed listing { id } } } }`;
      const own = await app.graphql<{ requirement: { nearMisses: { failed: string[]; listing: { id: string } }[] } }>(forRequirement, { id: narrow }, buyer.token);
      expect(own.body.data!.requirement.nearMisses).toContainEqual({ failed: ['elongation 8 % (tested) < required 9 %'], listing: { id: listingId } });
      for (const intruder of [supplier, trader]) {
        expect((await app.graphql(forRequirement, { id: narrow }, intruder.token)).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      }
    });

    it("never shows another producer's grade before the association approves it", async () => {
      const proposed = await app.graphql(
        `mutation { proposeGrade(input: { code: "SECRET-AX9", materialClass: ALLOY, family: "AX", designations: ["SAX-9"], composition: [{ element: "Ca", minPct: 0.9 }] }) { code } }`,
        {},
        otherSupplier.token,
      );
      expect(proposed.body.errors).toBeUndefined();
      const reads = `{ grades { code designations } alloyGrades { code } resolveGrade(name: "SAX-9") { code } resolveDesignation(text: "SECRET-AX9") { grade { code } } }`;
      for (const token of [supplier.token, trader.token, buyer.token, undefined]) {
        const response = await app.graphql(reads, {}, token);
        expect(response.body.errors).toBeUndefined();
        const received = leaves(response.body.data);
        expect(received).toContain('AZ91D');
        expect(received.filter((leaf) => leaf.includes('SECRET-AX9') || leaf.includes('SAX-9'))).toEqual([]);
      }
      expect(leaves((await app.graphql(reads, {}, moderator)).body.data)).toContain('SECRET-AX9');
    });

    it('shows the buyer its own confidential fields, so the walk above would see them if they leaked', async () => {
      const response = await app.graphql(`{ myRequirements(first: 100) { edges { node { ${REQUIREMENT} } } } }`, {}, buyer.token);
      expect(response.body.errors).toBeUndefined();
      const received = leaves(response.body);
      expect(received).toContain(String(MAX_PRICE));
      expect(received).toContain(REJECTION);
      expect(received).toContain(BUYER_NAME);
    });
  });
}
