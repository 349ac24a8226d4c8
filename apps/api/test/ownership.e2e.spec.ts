import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { buildSchema, getNamedType, type GraphQLField } from 'graphql';
import { DataSource } from 'typeorm';
import { MODERATOR_ENV, firstMatchOf, listingInput, openRequirement, publishListing, signInModerator, signUp, signUpTrader, type Account } from '../../../test/support/market.js';
import { settled } from '../../../test/support/settled.js';
import { engineProfilesUnderTest, TestApp, UploadFile, type GraphqlResponse } from '../../../test/support/test-app.js';
import { waitFor } from '../../../test/support/wait-for.js';
import { OPERATIONS, PUBLIC } from './access-table.js';

/** Things of supplier A and buyer A that another supplier or buyer must neither see nor change. */
interface Owned {
  certification: string;
  draftListing: string;
  listing: string;
  draftRequirement: string;
  requirement: string;
  acceptedMatch: string;
  proposedMatch: string;
  purchase: string;
  program: string;
  application: string;
  supplierNotification: string;
  /** An open quote of supplier A on the proposed match, and a deal of A's awarded on another requirement. */
  quote: string;
  deal: string;
  /** A technology challenge supplier A drafted, and one it opened. */
  challenge: string;
  openChallenge: string;
}

/** `trader`: another organisation that both sells and buys; it intrudes on every operation. */
type Intruder = 'otherSupplier' | 'otherBuyer' | 'trader';

/**
 * Every operation a supplier or buyer calls on something that belongs to an organisation, called by another
 * organisation of the same role on real things of A. It must get NOT_FOUND or FORBIDDEN, or nothing.
 */
const WRONG_OWNER: { name: string; document: string; variables: (owned: Owned) => Record<string, unknown>; intruders: Intruder[] }[] = [
  { name: 'removeOrganizationCertification', document: 'mutation($id: ID!) { removeOrganizationCertification(id: $id) }', variables: (o) => ({ id: o.certification }), intruders: ['otherSupplier'] },
  { name: 'listing', document: 'query($id: ID!) { listing(id: $id) { id title } }', variables: (o) => ({ id: o.draftListing }), intruders: ['otherSupplier', 'otherBuyer'] },
  { name: 'updateListing', document: 'mutation($id: ID!, $input: CreateListingInput!) { updateListing(id: $id, input: $input) { id } }', variables: (o) => ({ id: o.draftListing, input: listingInput({ title: 'Taken over' }) }), intruders: ['otherSupplier'] },
  { name: 'submitListing', document: 'mutation($id: ID!) { submitListing(id: $id) { id } }', variables: (o) => ({ id: o.draftListing }), intruders: ['otherSupplier'] },
  { name: 'archiveListing', document: 'mutation($id: ID!) { archiveListing(id: $id) { id } }', variables: (o) => ({ id: o.listing }), intruders: ['otherSupplier'] },
  { name: 'matchesForListing', document: 'query($id: ID!) { matchesForListing(listingId: $id) { id } }', variables: (o) => ({ id: o.listing }), intruders: ['otherSupplier'] },
  { name: 'respondToMatch', document: 'mutation($id: ID!) { respondToMatch(id: $id, interested: true) { id } }', variables: (o) => ({ id: o.proposedMatch }), intruders: ['otherSupplier'] },
  { name: 'confirmPurchaseDelivery', document: 'mutation($id: ID!) { confirmPurchaseDelivery(id: $id) { id } }', variables: (o) => ({ id: o.purchase }), intruders: ['otherSupplier'] },
  { name: 'markNotificationsRead', document: 'mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }', variables: (o) => ({ ids: [o.supplierNotification] }), intruders: ['otherSupplier', 'otherBuyer'] },
  { name: 'requirement', document: 'query($id: ID!) { requirement(id: $id) { id title } }', variables: (o) => ({ id: o.draftRequirement }), intruders: ['otherBuyer', 'otherSupplier'] },
  { name: 'updateRequirement', document: 'mutation($id: ID!, $input: CreateRequirementInput!) { updateRequirement(id: $id, input: $input) { id } }', variables: (o) => ({ id: o.draftRequirement, input: { title: 'Taken over', quantityTonnesPerMonth: 1 } }), intruders: ['otherBuyer'] },
  { name: 'submitRequirement', document: 'mutation($id: ID!) { submitRequirement(id: $id) { id } }', variables: (o) => ({ id: o.draftRequirement }), intruders: ['otherBuyer'] },
  { name: 'closeRequirement', document: 'mutation($id: ID!) { closeRequirement(id: $id, outcome: CLOSED) { id } }', variables: (o) => ({ id: o.requirement }), intruders: ['otherBuyer'] },
  { name: 'matchesForRequirement', document: 'query($id: ID!) { matchesForRequirement(requirementId: $id) { id } }', variables: (o) => ({ id: o.requirement }), intruders: ['otherBuyer'] },
  { name: 'dismissMatch', document: 'mutation($id: ID!) { dismissMatch(id: $id) { id } }', variables: (o) => ({ id: o.proposedMatch }), intruders: ['otherBuyer'] },
  { name: 'acceptMatch', document: 'mutation($id: ID!) { acceptMatch(id: $id) { id } }', variables: (o) => ({ id: o.proposedMatch }), intruders: ['otherBuyer'] },
  { name: 'recordPurchase', document: 'mutation($input: RecordPurchaseInput!) { recordPurchase(input: $input) { id } }', variables: (o) => ({ input: { matchId: o.acceptedMatch, quantityTonnes: 1, amountCny: 1_000, contractSignedAt: '2026-01-01' } }), intruders: ['otherBuyer'] },
  { name: 'purchase', document: 'query($id: ID!) { purchase(id: $id) { id amountCny } }', variables: (o) => ({ id: o.purchase }), intruders: ['otherBuyer', 'otherSupplier'] },
  { name: 'recordFirstUse', document: 'mutation($id: ID!) { recordFirstUse(id: $id, firstUseAt: "2026-03-01", succeeded: true) { id } }', variables: (o) => ({ id: o.purchase }), intruders: ['otherBuyer'] },
  { name: 'attachPurchaseEvidence', document: 'mutation($id: ID!, $file: Upload!) { attachPurchaseEvidence(purchaseId: $id, kind: CONTRACT, file: $file) { id } }', variables: (o) => ({ id: o.purchase, file: new UploadFile('c.pdf', Buffer.from('%PDF-1.7\n')) }), intruders: ['otherBuyer', 'otherSupplier'] },
  { name: 'applyForPromotion', document: 'mutation($purchaseId: ID!, $programId: ID!) { applyForPromotion(purchaseId: $purchaseId, programId: $programId) { id } }', variables: (o) => ({ purchaseId: o.purchase, programId: o.program }), intruders: ['otherBuyer', 'otherSupplier'] },
  { name: 'promotionApplications', document: 'query($id: ID) { promotionApplications(programId: $id) { id } }', variables: (o) => ({ id: o.program }), intruders: ['otherBuyer', 'otherSupplier'] },
  { name: 'confirmListingPriceBasis', document: 'mutation($id: ID!) { confirmListingPriceBasis(id: $id) { id } }', variables: (o) => ({ id: o.listing }), intruders: ['otherSupplier'] },
  { name: 'compareListings', document: 'query($ids: [ID!]!) { compareListings(ids: $ids) { rows { values } } }', variables: (o) => ({ ids: [o.draftListing, o.listing] }), intruders: ['otherSupplier', 'otherBuyer'] },
  { name: 'submitQuote', document: 'mutation($input: SubmitQuoteInput!) { submitQuote(input: $input) { id } }', variables: (o) => ({ input: { matchId: o.proposedMatch, price: PRICE, quantityTonnesPerMonth: 1, validUntil: IN_A_WEEK } }), intruders: ['otherSupplier'] },
  { name: 'reviseQuote', document: 'mutation($id: ID!, $price: PriceInput!) { reviseQuote(id: $id, price: $price) { id } }', variables: (o) => ({ id: o.quote, price: PRICE }), intruders: ['otherSupplier'] },
  { name: 'withdrawQuote', document: 'mutation($id: ID!) { withdrawQuote(id: $id) { id } }', variables: (o) => ({ id: o.quote }), intruders: ['otherSupplier'] },
  { name: 'counterQuote', document: 'mutation($id: ID!, $price: PriceInput!) { counterQuote(id: $id, price: $price) { id } }', variables: (o) => ({ id: o.quote, price: PRICE }), intruders: ['otherBuyer'] },
  { name: 'declineQuote', document: 'mutation($id: ID!) { declineQuote(id: $id) { id } }', variables: (o) => ({ id: o.quote }), intruders: ['otherBuyer'] },
  { name: 'awardQuote', document: 'mutation($id: ID!) { awardQuote(id: $id) { id } }', variables: (o) => ({ id: o.quote }), intruders: ['otherBuyer'] },
  { name: 'quotesForRequirement', document: 'query($id: ID!) { quotesForRequirement(requirementId: $id) { id } }', variables: (o) => ({ id: o.requirement }), intruders: ['otherBuyer'] },
  { name: 'recordPurchase', document: 'mutation($input: RecordPurchaseInput!) { recordPurchase(input: $input) { id } }', variables: (o) => ({ input: { dealId: o.deal } }), intruders: ['otherBuyer'] },
  { name: 'withdrawPromotionApplication', document: 'mutation($id: ID!) { withdrawPromotionApplication(id: $id) { id } }', variables: (o) => ({ id: o.application }), intruders: ['otherBuyer', 'otherSupplier'] },
  { name: 'techChallenge', document: 'query($id: ID!) { techChallenge(id: $id) { id title } }', variables: (o) => ({ id: o.challenge }), intruders: ['otherSupplier', 'otherBuyer'] },
  { name: 'updateTechChallenge', document: 'mutation($id: ID!) { updateTechChallenge(id: $id, input: { title: "Taken over", fields: ["welding"] }) { id } }', variables: (o) => ({ id: o.challenge }), intruders: ['otherSupplier', 'otherBuyer'] },
  { name: 'updateTechChallenge', document: 'mutation($id: ID!) { updateTechChallenge(id: $id, input: { title: "Taken over", fields: ["welding"] }) { id } }', variables: (o) => ({ id: o.openChallenge }), intruders: ['otherSupplier', 'otherBuyer'] },
  { name: 'openTechChallenge', document: 'mutation($id: ID!) { openTechChallenge(id: $id) { id } }', variables: (o) => ({ id: o.challenge }), intruders: ['otherSupplier', 'otherBuyer'] },
  { name: 'closeTechChallenge', document: 'mutation($id: ID!) { closeTechChallenge(id: $id) { id } }', variables: (o) => ({ id: o.openChallenge }), intruders: ['otherSupplier', 'otherBuyer'] },
  { name: 'awardTechChallenge', document: 'mutation($id: ID!) { awardTechChallenge(id: $id, expertId: $id) { id } }', variables: (o) => ({ id: o.openChallenge }), intruders: ['otherSupplier', 'otherBuyer'] },
  {
    name: 'recordInsurancePolicy',
    document: 'mutation($id: ID!) { recordInsurancePolicy(purchaseId: $id, input: { policyNumber: "P-INTRUDER", insurer: "PICC", premiumCny: 90000, liabilityLimitCny: 6000000, periodFrom: "2027-01-01", periodTo: "2027-12-31" }) { id } }',
    variables: (o) => ({ id: o.purchase }),
    intruders: ['otherSupplier'],
  },
];


/** The rows an intruder could have touched, to prove that none of its calls changed anything. */
const OWNED_TABLES = ['listings', 'requirements', 'matches', 'purchases', 'promotion_applications', 'organization_certifications', 'notifications', 'evidence_documents', 'quotes', 'deals', 'insurance_policies', 'tech_challenges'];
const PRICE = { amount: 25_000, currency: 'CNY', unit: 'PER_TONNE', taxBasis: 'VAT_INCLUDED', incoterm: 'EXW' };
const IN_A_WEEK = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);

function refusedOrEmpty(response: GraphqlResponse, operation: string): boolean {
  const code = response.body.errors?.[0]?.extensions?.code;
  if (code !== undefined) return code === 'NOT_FOUND' || code === 'FORBIDDEN';
  const value = response.body.data?.[operation];
  return value === null || value === 0 || (Array.isArray(value) && value.length === 0);
}

it('covers every operation a supplier or buyer may call with an id', async () => {
  const schema = buildSchema(await readFile(new URL('../../../schema.graphql', import.meta.url), 'utf8'));
  const fields: GraphQLField<unknown, unknown>[] = [schema.getQueryType()!, schema.getMutationType()!].flatMap((type) => Object.values(type.getFields()));
  const byName = new Map(fields.map((field) => [field.name, field]));
  const takesAnId = (name: string) => byName.get(name)!.args.some((arg) => getNamedType(arg.type).name === 'ID');
  const calledByMembers = [...PUBLIC, ...OPERATIONS.filter(({ allowed }) => allowed.includes('supplier') || allowed.includes('buyer')).map(({ name }) => name)];
  const uncovered = calledByMembers.filter((name) => takesAnId(name) && !WRONG_OWNER.some((entry) => entry.name === name));
  expect(uncovered).toEqual([]);
});

for (const profile of engineProfilesUnderTest()) describe(`nobody reaches another organisation's things, on the ${profile} engines`, () => {
  let app: TestApp;
  let owned: Owned;
  const intruders: Partial<Record<Intruder, Account>> = {};

  const call = async <T>(query: string, variables: Record<string, unknown>, token: string) => {
    const response = await app.graphql<T>(query, variables, token);
    if (!response.body.data) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(response.body.errors)}`);
    return response.body.data;
  };
  const snapshot = async () => {
    const dataSource = app.app.get(DataSource);
    const tables = await Promise.all(OWNED_TABLES.map((table) => dataSource.query(`SELECT * FROM ${table} ORDER BY id`)));
    return JSON.stringify(tables);
  };

  beforeAll(async () => {
    app = await TestApp.start(profile, MODERATOR_ENV);
    const moderator = await signInModerator(app);
    const supplier = await signUp(app, 'SUPPLIER', 0);
    const buyer = await signUp(app, 'BUYER', 1, { businessType: 'OEM' });
    intruders.otherSupplier = await signUp(app, 'SUPPLIER', 2);
    intruders.otherBuyer = await signUp(app, 'BUYER', 3, { businessType: 'OEM' });
    intruders.trader = await signUpTrader(app, 4);

    const { addOrganizationCertification } = await call<{ addOrganizationCertification: { id: string } }>(
      'mutation($input: AddCertificationInput!) { addOrganizationCertification(input: $input) { id } }',
      { input: { code: 'ISO9001', validFrom: '2025-01-01', validUntil: '2028-01-01' } },
      supplier.token,
    );
    const { createListing } = await call<{ createListing: { id: string } }>(
      'mutation($input: CreateListingInput!) { createListing(input: $input) { id } }', { input: listingInput({ title: 'Draft seat frames' }) }, supplier.token);
    const listing = await publishListing(app, supplier.token, moderator);
    const { createRequirement } = await call<{ createRequirement: { id: string } }>(
      'mutation($input: CreateRequirementInput!) { createRequirement(input: $input) { id } }', { input: { title: 'Draft need', quantityTonnesPerMonth: 5 } }, buyer.token);
    const requirement = await openRequirement(app, buyer.token, moderator);
    const acceptedMatch = await firstMatchOf(app, requirement, buyer.token);
    await call('mutation($id: ID!) { respondToMatch(id: $id, interested: true) { id } }', { id: acceptedMatch }, supplier.token);
    await call('mutation($id: ID!) { acceptMatch(id: $id) { id } }', { id: acceptedMatch }, buyer.token);
    await publishListing(app, supplier.token, moderator, { title: 'Second seat-frame line' });
    let proposedMatch = '';
    await waitFor('a second match', async () => {
      const { matchesForRequirement } = await call<{ matchesForRequirement: { id: string }[] }>(
        'query($id: ID!) { matchesForRequirement(requirementId: $id) { id } }', { id: requirement }, buyer.token);
      proposedMatch = matchesForRequirement.find((match) => match.id !== acceptedMatch)?.id ?? '';
      return proposedMatch !== '';
    }, 15_000);

    const { createPromotionProgram } = await call<{ createPromotionProgram: { id: string } }>(
      'mutation($input: CreatePromotionProgramInput!) { createPromotionProgram(input: $input) { id } }',
      { input: { name: 'Ownership test program', kind: 'FIRST_PURCHASE', rules: {}, subsidyPct: 10, capPerPurchaseCny: 10_000, budgetCny: 100_000,
        startsAt: new Date(Date.now() - 86_400_000).toISOString(), endsAt: new Date(Date.now() + 30 * 86_400_000).toISOString() } },
      moderator,
    );
    await call('mutation($id: ID!) { launchPromotionProgram(id: $id) { id } }', { id: createPromotionProgram.id }, moderator);
    const { recordPurchase } = await call<{ recordPurchase: { id: string } }>(
      'mutation($input: RecordPurchaseInput!) { recordPurchase(input: $input) { id } }',
      { input: { matchId: acceptedMatch, quantityTonnes: 10, amountCny: 50_000, contractSignedAt: new Date().toISOString().slice(0, 10) } },
      buyer.token,
    );
    const { applyForPromotion } = await call<{ applyForPromotion: { id: string } }>(
      'mutation($purchaseId: ID!, $programId: ID!) { applyForPromotion(purchaseId: $purchaseId, programId: $programId) { id } }',
      { purchaseId: recordPurchase.id, programId: createPromotionProgram.id },
      buyer.token,
    );
    const { submitQuote } = await call<{ submitQuote: { id: string } }>(
      'mutation($input: SubmitQuoteInput!) { submitQuote(input: $input) { id } }',
      { input: { matchId: proposedMatch, price: PRICE, quantityTonnesPerMonth: 5, validUntil: IN_A_WEEK } },
      supplier.token,
    );
    const awardedRequirement = await openRequirement(app, buyer.token, moderator, { title: 'Seat frames, awarded' });
    const awardedMatch = await firstMatchOf(app, awardedRequirement, buyer.token);
    const { submitQuote: awardedQuote } = await call<{ submitQuote: { id: string } }>(
      'mutation($input: SubmitQuoteInput!) { submitQuote(input: $input) { id } }',
      { input: { matchId: awardedMatch, price: PRICE, quantityTonnesPerMonth: 5, validUntil: IN_A_WEEK } },
      supplier.token,
    );
    const { awardQuote } = await call<{ awardQuote: { id: string } }>('mutation($id: ID!) { awardQuote(id: $id) { id } }', { id: awardedQuote.id }, buyer.token);
    const challenge = (title: string) =>
      call<{ createTechChallenge: { id: string } }>('mutation($input: TechChallengeInput!) { createTechChallenge(input: $input) { id } }', { input: { title, fields: ['die casting'] } }, supplier.token);
    const { createTechChallenge } = await challenge('Porosity in thin-wall castings');
    const { createTechChallenge: openChallenge } = await challenge('Corrosion at steel fasteners');
    await call('mutation($id: ID!) { openTechChallenge(id: $id) { id } }', { id: openChallenge.id }, supplier.token);
    await settled(app);
    const { notifications } = await call<{ notifications: { edges: { node: { id: string } }[] } }>('{ notifications(first: 1) { edges { node { id } } } }', {}, supplier.token);
    owned = {
      certification: addOrganizationCertification.id,
      draftListing: createListing.id,
      listing,
      draftRequirement: createRequirement.id,
      requirement,
      acceptedMatch,
      proposedMatch,
      purchase: recordPurchase.id,
      program: createPromotionProgram.id,
      application: applyForPromotion.id,
      supplierNotification: notifications.edges[0]!.node.id,
      quote: submitQuote.id,
      deal: awardQuote.id,
      challenge: createTechChallenge.id,
      openChallenge: openChallenge.id,
    };
  }, 120_000);

  afterAll(async () => {
    await app.close();
  });

  it('refuses every wrong-owner call and changes nothing', async () => {
    const before = await snapshot();
    const answers = [];
    for (const entry of WRONG_OWNER) {
      for (const intruder of [...entry.intruders, 'trader' as const]) {
        const response = await app.graphql(entry.document, entry.variables(owned), intruders[intruder]!.token);
        answers.push({ operation: entry.name, intruder, refused: refusedOrEmpty(response, entry.name), answer: response.body });
      }
    }
    expect(answers.filter((answer) => !answer.refused)).toEqual([]);
    await settled(app);
    expect(await snapshot()).toBe(before);
  });
});
