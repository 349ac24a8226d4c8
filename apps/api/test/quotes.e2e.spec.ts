import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { JOB_QUEUE, type JobQueue } from '@magmatch/core';
import { ExpireOverdueQuotes } from '@magmatch/quotes';
import { MODERATOR_ENV, openRequirement as open, publishListing as publish, signInModerator, signUp, type Account } from '../../../test/support/market.js';
import { engineProfilesUnderTest, TestApp, type GraphqlResponse } from '../../../test/support/test-app.js';
import { waitFor } from '../../../test/support/wait-for.js';

const QUOTE = `id state price { amount currency unit taxBasis incoterm place paymentTerms } quantityTonnesPerMonth leadTimeDays validUntil message
  substituteReason declineReason revisions { by price { amount currency } quantityTonnesPerMonth message }
  priceCheck { cnyPerTonneVatIncluded plausible note } listing { id } supplier { id }
  match { id state requirement { id buyer { id } maxPriceCnyPerTonne maxPrice { amount } buyerAwardRatePct } }`;
const SUBMIT = `mutation($input: SubmitQuoteInput!) { submitQuote(input: $input) { ${QUOTE} } }`;
const COUNTER = `mutation($id: ID!, $price: PriceInput!, $message: String) { counterQuote(id: $id, price: $price, message: $message) { ${QUOTE} } }`;
const REVISE = `mutation($id: ID!, $price: PriceInput!, $quantity: Float) { reviseQuote(id: $id, price: $price, quantityTonnesPerMonth: $quantity) { ${QUOTE} } }`;
const AWARD = `mutation($id: ID!, $months: Int) { awardQuote(id: $id, months: $months) { id price { amount currency } quantityTonnesPerMonth months buyer { id } supplier { id } quote { id state } } }`;
const FOR_REQUIREMENT = `query($id: ID!) { quotesForRequirement(requirementId: $id) { ${QUOTE} } }`;
const INBOX = `{ notifications(first: 50) { edges { node { type title body } } } }`;
const TRACK_RECORD = `query($id: ID!) { listing(id: $id) { supplier { responseTimeHoursMedian awardRatePct } } }`;

/** USD 2,300/t FOB Tianjin port, VAT excluded, by letter of credit: how an export quote is written. */
const FOB = { amount: 2_300, currency: 'USD', unit: 'PER_TONNE', taxBasis: 'VAT_EXCLUDED', incoterm: 'FOB', place: 'Tianjin port', paymentTerms: 'LETTER_OF_CREDIT' };
const EXW = (amount: number) => ({ amount, currency: 'CNY', unit: 'PER_TONNE', taxBasis: 'VAT_INCLUDED', incoterm: 'EXW', place: 'Chizhou', paymentTerms: 'CASH_TT' });
const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

const codeOf = (response: GraphqlResponse) => response.body.errors?.[0]?.extensions?.code;
const fieldOf = (response: GraphqlResponse) => response.body.errors?.[0]?.extensions?.field;

interface QuoteResult {
  id: string;
  state: string;
  price: { amount: number; currency: string };
  declineReason: string | null;
  revisions: { by: string; price: { amount: number } }[];
  priceCheck: { cnyPerTonneVatIncluded: number | null; plausible: boolean; note: string };
  listing: { id: string };
  match: { id: string; state: string; requirement: { buyer: { id: string } | null; maxPriceCnyPerTonne: number | null; maxPrice: unknown; buyerAwardRatePct: number | null } };
}

for (const profile of engineProfilesUnderTest()) {
  describe(`quotes, counter-offers and deals on the ${profile} engines`, () => {
    let app: TestApp;
    let supplier: Account;
    let rival: Account;
    let buyer: Account;
    let moderator: string;
    let dataSource: DataSource;

    const publishListing = (account: Account, overrides: Record<string, unknown> = {}) => publish(app, account.token, moderator, overrides);
    const openRequirement = (overrides: Record<string, unknown> = {}) => open(app, buyer.token, moderator, overrides);
    // Each test opens its requirements before publishing its listings: a listing is matched with up to 200 open
    // requirements when published, while a requirement keeps only its 20 best listings of the many this suite makes.
    const matchOf = async (requirementId: string, listingId: string) => {
      let matchId = '';
      await waitFor('the match of the listing', async () => {
        const [row] = await dataSource.query(`SELECT id FROM matches WHERE requirement_id = $1 AND listing_id = $2`, [requirementId, listingId]);
        matchId = row?.id ?? '';
        return matchId !== '';
      }, 15_000);
      return matchId;
    };
    const submit = (account: Account, input: Record<string, unknown>) =>
      app.graphql<{ submitQuote: QuoteResult }>(SUBMIT, { input: { price: EXW(25_000), quantityTonnesPerMonth: 10, validUntil: daysFromNow(14), ...input } }, account.token);
    const inbox = async (account: Account) =>
      ((await app.graphql<{ notifications: { edges: { node: { type: string; title: string; body: string } }[] } }>(INBOX, {}, account.token)).body.data?.notifications.edges ?? []).map(
        (edge) => edge.node,
      );
    const eventually = async (account: Account, type: string, text: string) => {
      await waitFor(`${type} "${text}" in the inbox`, async () => (await inbox(account)).some((notice) => notice.type === type && notice.body.includes(text)), 15_000);
    };

    beforeAll(async () => {
      app = await TestApp.start(profile, MODERATOR_ENV);
      dataSource = app.app.get(DataSource);
      supplier = await signUp(app, 'SUPPLIER', 0);
      rival = await signUp(app, 'SUPPLIER', 1);
      buyer = await signUp(app, 'BUYER', 2);
      moderator = await signInModerator(app);
      for (const account of [supplier, rival]) {
        await app.graphql(
          `mutation($input: AddCertificationInput!) { addOrganizationCertification(input: $input) { id } }`,
          { input: { code: 'IATF16949', validFrom: '2024-01-01', validUntil: '2099-12-31' } },
          account.token,
        );
      }
      await app.graphql(`mutation { setExchangeRate(currency: USD, cnyPerUnit: 7.2, date: "${daysFromNow(-1)}") { date } }`, {}, moderator);
    });

    afterAll(async () => {
      await app.close();
    });

    it('walks a quote from submission through a counter-offer and a revision to an award, keeping an anonymous buyer anonymous until then', async () => {
      const requirementId = await openRequirement({ title: 'Seat frames to award', quantityTonnesPerMonth: 10, durationMonths: 6 });
      const listingId = await publishListing(supplier, { title: 'AM60B seat frames, quoted' });
      const rivalListingId = await publishListing(rival, { title: 'AM60B seat frames, the rival' });
      const [matchId, rivalMatchId] = [await matchOf(requirementId, listingId), await matchOf(requirementId, rivalListingId)];

      const submitted = await submit(supplier, { matchId, price: FOB, leadTimeDays: 21, message: 'LC at sight' });
      expect(submitted.body.errors).toBeUndefined();
      const quote = submitted.body.data!.submitQuote;
      expect(quote).toMatchObject({ state: 'SUBMITTED', price: { amount: 2_300, currency: 'USD' }, revisions: [{ by: 'SUPPLIER', price: { amount: 2_300 } }] });
      // The quoting supplier sees neither who the anonymous buyer is nor its price limit.
      expect(quote.match.requirement).toMatchObject({ buyer: null, maxPriceCnyPerTonne: null, maxPrice: null });
      expect(quote.priceCheck).toMatchObject({ cnyPerTonneVatIncluded: 18_713, plausible: true });
      expect(quote.priceCheck.note).toContain('USD 2,300/t FOB Tianjin port ≈ CNY 18,713/t incl. VAT (USD at 7.2 CNY');
      const rivalQuote = (await submit(rival, { matchId: rivalMatchId })).body.data!.submitQuote;
      await eventually(buyer, 'QUOTE_RECEIVED', 'USD 2,300/t FOB Tianjin port');

      expect(codeOf(await submit(supplier, { matchId }))).toBe('CONFLICT');
      expect(codeOf(await app.graphql(COUNTER, { id: quote.id, price: EXW(17_000) }, rival.token))).toBe('FORBIDDEN');
      expect(codeOf(await app.graphql(`query($id: ID!) { quotesForRequirement(requirementId: $id) { id } }`, { id: requirementId }, supplier.token))).toBe('FORBIDDEN');

      const countered = await app.graphql<{ counterQuote: QuoteResult }>(COUNTER, { id: quote.id, price: { ...FOB, amount: 2_200 }, message: 'Can you do 2,200?' }, buyer.token);
      expect(countered.body.data!.counterQuote).toMatchObject({ state: 'COUNTERED', price: { amount: 2_200 } });
      await eventually(supplier, 'QUOTE_COUNTERED', 'USD 2,200/t FOB Tianjin port');
      const awardCountered = await app.graphql(AWARD, { id: quote.id }, buyer.token);
      expect(codeOf(awardCountered)).toBe('CONFLICT');
      expect(awardCountered.body.errors![0]!.message).toContain('the supplier must revise the quote');

      const revised = await app.graphql<{ reviseQuote: QuoteResult }>(REVISE, { id: quote.id, price: { ...FOB, amount: 2_250 } }, supplier.token);
      expect(revised.body.data!.reviseQuote).toMatchObject({ state: 'REVISED', revisions: [{ by: 'SUPPLIER' }, { by: 'BUYER' }, { by: 'SUPPLIER', price: { amount: 2_250 } }] });

      const awarded = await app.graphql<{ awardQuote: Record<string, unknown> }>(AWARD, { id: quote.id }, buyer.token);
      expect(awarded.body.errors).toBeUndefined();
      expect(awarded.body.data!.awardQuote).toMatchObject({
        price: { amount: 2_250, currency: 'USD' },
        quantityTonnesPerMonth: 10,
        months: 6,
        buyer: { id: buyer.organizationId },
        supplier: { id: supplier.organizationId },
        quote: { id: quote.id, state: 'AWARDED' },
      });
      const [requirement] = await dataSource.query(`SELECT state FROM requirements WHERE id = $1`, [requirementId]);
      expect(requirement.state).toBe('AWARDED');
      const [listing] = await dataSource.query(`SELECT committed_tonnes_per_month AS committed FROM listings WHERE id = $1`, [listingId]);
      expect(listing.committed).toBe(10);

      // The award introduces the buyer; the rival's open quote is declined with a notice.
      const supplierView = await app.graphql<{ myQuotes: QuoteResult[] }>(`{ myQuotes { ${QUOTE} } }`, {}, supplier.token);
      expect(supplierView.body.data!.myQuotes.find((candidate) => candidate.id === quote.id)!.match).toMatchObject({
        state: 'ACCEPTED',
        requirement: { buyer: { id: buyer.organizationId }, maxPriceCnyPerTonne: null, maxPrice: null, buyerAwardRatePct: 100 },
      });
      const buyerView = await app.graphql<{ quotesForRequirement: QuoteResult[] }>(FOR_REQUIREMENT, { id: requirementId }, buyer.token);
      expect(buyerView.body.data!.quotesForRequirement.find((candidate) => candidate.id === rivalQuote.id)).toMatchObject({
        state: 'DECLINED',
        declineReason: 'the buyer awarded the requirement to another offer',
      });
      await eventually(supplier, 'QUOTE_AWARDED', 'USD 2,250/t FOB Tianjin port');
      await eventually(rival, 'QUOTE_CLOSED', 'the buyer awarded the requirement to another offer');

      const trackRecord = await app.graphql<{ listing: { supplier: { responseTimeHoursMedian: number | null; awardRatePct: number | null } } }>(
        TRACK_RECORD,
        { id: listingId },
        buyer.token,
      );
      expect(trackRecord.body.data!.listing.supplier.responseTimeHoursMedian).toBeGreaterThanOrEqual(0);
      const buyerRecord = await app.graphql<{ me: { organization: { awardRatePct: number } } }>(`{ me { organization { awardRatePct } } }`, {}, buyer.token);
      expect(buyerRecord.body.data!.me.organization.awardRatePct).toBe(100);

      // A purchase under the deal takes its quantity (10 t × 6 months), amount (converted) and date.
      const dealId = (await dataSource.query(`SELECT id FROM deals WHERE quote_id = $1`, [quote.id]))[0].id;
      const purchase = await app.graphql<{ recordPurchase: { quantityTonnes: number; amountCny: number; contractSignedAt: string; deal: { id: string } } }>(
        `mutation($input: RecordPurchaseInput!) { recordPurchase(input: $input) { quantityTonnes amountCny contractSignedAt deal { id } } }`,
        { input: { dealId } },
        buyer.token,
      );
      expect(purchase.body.errors).toBeUndefined();
      expect(purchase.body.data!.recordPurchase).toEqual({ quantityTonnes: 60, amountCny: 18_306 * 60, contractSignedAt: daysFromNow(0), deal: { id: dealId } });
    });

    it('refuses bad quotes with a clear error naming the field, writing nothing', async () => {
      const requirementId = await openRequirement({ title: 'Seat frames, bad quotes' });
      const listingId = await publishListing(supplier, { title: 'AM60B seat frames, 100 t', monthlyCapacityTonnes: 100 });
      const otherListingId = await publishListing(rival, { title: 'Not yours' });
      const matchId = await matchOf(requirementId, listingId);
      const cases: [string, Record<string, unknown>, string, string][] = [
        ['a validity in the past', { validUntil: daysFromNow(-1) }, 'validUntil', 'validUntil must be from today'],
        ['more than the free capacity', { quantityTonnesPerMonth: 150 }, 'quantityTonnesPerMonth', "exceeds the listing's free capacity of 100 t/month"],
        ['a negative price', { price: EXW(-5) }, 'price.amount', 'price.amount must be from 0 to 10,000,000 CNY/t'],
        ['a substitute without a reason', { substituteListingId: listingId }, 'substituteReason', 'say why you offer another listing'],
        ["another supplier's listing as a substitute", { substituteListingId: otherListingId, substituteReason: 'cheaper' }, 'substituteListingId', 'a published listing of yours'],
      ];
      for (const [name, input, field, message] of cases) {
        const response = await submit(supplier, { matchId, ...input });
        expect({ name, code: codeOf(response), field: fieldOf(response) }).toEqual({ name, code: 'BAD_USER_INPUT', field });
        expect(response.body.errors![0]!.message).toContain(message);
      }
      expect(codeOf(await submit(rival, { matchId }))).toBe('FORBIDDEN');
      const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM quotes WHERE match_id = $1`, [matchId]);
      expect(count).toBe(0);
    });

    it('lets a supplier offer another of its listings as a substitute, with the reason', async () => {
      const requirementId = await openRequirement({ title: 'Seat frames, open to substitutes' });
      const listingId = await publishListing(supplier, { title: 'AM60B seat frames, matched' });
      const substituteId = await publishListing(supplier, { title: 'AM50A seat frames, the substitute', grade: 'AM50A' });
      const matchId = await matchOf(requirementId, listingId);
      const response = await submit(supplier, { matchId, substituteListingId: substituteId, substituteReason: 'AM50A: higher elongation at the same price' });
      expect(response.body.data!.submitQuote).toMatchObject({ listing: { id: substituteId }, substituteReason: 'AM50A: higher elongation at the same price' });
    });

    it('expires quotes past their validity by the maintenance job, telling both sides', async () => {
      const requirementId = await openRequirement({ title: 'Seat frames, slow buyer' });
      const listingId = await publishListing(supplier, { title: 'AM60B seat frames, quote to expire' });
      const quote = (await submit(supplier, { matchId: await matchOf(requirementId, listingId) })).body.data!.submitQuote;
      await dataSource.query(`UPDATE quotes SET valid_until = current_date - 1 WHERE id = $1`, [quote.id]);
      await app.app.get<JobQueue>(JOB_QUEUE).enqueue(ExpireOverdueQuotes, {});
      await waitFor('the quote to expire', async () => (await dataSource.query(`SELECT state FROM quotes WHERE id = $1`, [quote.id]))[0].state === 'EXPIRED', 15_000);
      await eventually(supplier, 'QUOTE_CLOSED', 'Seat frames, slow buyer');
      await eventually(buyer, 'QUOTE_CLOSED', 'Seat frames, slow buyer');
      const events = await dataSource.query(`SELECT count(*)::int AS n FROM outbox_messages WHERE job_name = 'quotes.quote-stepped' AND payload->>'quoteId' = $1`, [quote.id]);
      expect(events[0].n).toBe(2);
    });

    it('never oversells a listing: of 20 parallel awards of 10 t on 50 t of capacity, exactly 5 succeed', async () => {
      const requirementIds: string[] = [];
      for (let i = 0; i < 20; i += 1) requirementIds.push(await openRequirement({ title: `Seat frames, award race ${i}` }));
      const listingId = await publishListing(supplier, { title: 'AM60B seat frames, 50 t for 20 buyers', monthlyCapacityTonnes: 50 });
      const quoteIds: string[] = [];
      for (const requirementId of requirementIds) {
        const response = await submit(supplier, { matchId: await matchOf(requirementId, listingId) });
        quoteIds.push(response.body.data!.submitQuote.id);
      }
      const results = await Promise.all(quoteIds.map((id) => app.graphql(AWARD, { id }, buyer.token)));
      expect(results.filter((result) => result.body.data?.awardQuote)).toHaveLength(5);
      expect(results.filter((result) => codeOf(result) === 'CONFLICT')).toHaveLength(15);
      const [listing] = await dataSource.query(`SELECT committed_tonnes_per_month AS committed FROM listings WHERE id = $1`, [listingId]);
      expect(listing.committed).toBe(50);
      const [{ deals }] = await dataSource.query(`SELECT count(*)::int AS deals FROM deals WHERE listing_id = $1`, [listingId]);
      expect(deals).toBe(5);
    });

    it('awards one requirement once: parallel awards of two quotes that each cover it leave one deal, and the other quote declined', async () => {
      const requirementId = await openRequirement({ title: 'Seat frames, two suppliers race', quantityTonnesPerMonth: 10 });
      const ours = await publishListing(supplier, { title: 'AM60B seat frames, race A' });
      const theirs = await publishListing(rival, { title: 'AM60B seat frames, race B' });
      const a = (await submit(supplier, { matchId: await matchOf(requirementId, ours) })).body.data!.submitQuote.id;
      const b = (await submit(rival, { matchId: await matchOf(requirementId, theirs) })).body.data!.submitQuote.id;
      const results = await Promise.all([a, b].map((id) => app.graphql(AWARD, { id }, buyer.token)));
      expect(results.filter((result) => result.body.data?.awardQuote)).toHaveLength(1);
      expect(results.filter((result) => codeOf(result) === 'CONFLICT')).toHaveLength(1);
      const states = await dataSource.query(`SELECT state FROM quotes WHERE id = ANY($1::uuid[]) ORDER BY state`, [[a, b]]);
      expect(states).toEqual([{ state: 'AWARDED' }, { state: 'DECLINED' }]);
      const [{ deals }] = await dataSource.query(`SELECT count(*)::int AS deals FROM deals WHERE requirement_id = $1`, [requirementId]);
      expect(deals).toBe(1);
    });

    it('makes the deal of the offer on the table: an award racing a revision never records the older price', async () => {
      const requirementId = await openRequirement({ title: 'Seat frames, award meets revision' });
      const listingId = await publishListing(supplier, { title: 'AM60B seat frames, revised while awarded' });
      const quote = (await submit(supplier, { matchId: await matchOf(requirementId, listingId), price: EXW(25_000) })).body.data!.submitQuote;
      const [revised, awarded] = await Promise.all([
        app.graphql(REVISE, { id: quote.id, price: EXW(26_000) }, supplier.token),
        app.graphql<{ awardQuote: { price: { amount: number } } }>(AWARD, { id: quote.id }, buyer.token),
      ]);
      const [row] = await dataSource.query(`SELECT state, price, revisions FROM quotes WHERE id = $1`, [quote.id]);
      expect(row.state).toBe('AWARDED');
      if (revised.body.data) expect(row.revisions).toHaveLength(2);
      else expect(codeOf(revised)).toBe('CONFLICT');
      expect(awarded.body.data!.awardQuote.price.amount).toBe(row.price.amount);
    });

    it('declines the open quotes of a requirement its buyer closes, and lets a revision extend an expired validity', async () => {
      const closing = await openRequirement({ title: 'Seat frames, closed by the buyer' });
      const lapsing = await openRequirement({ title: 'Seat frames, quote lapsed' });
      const listingId = await publishListing(supplier, { title: 'AM60B seat frames, closed requirement' });
      const quote = (await submit(supplier, { matchId: await matchOf(closing, listingId) })).body.data!.submitQuote;
      await app.graphql(`mutation($id: ID!) { closeRequirement(id: $id, outcome: CLOSED) { id } }`, { id: closing }, buyer.token);
      await waitFor('the open quote to be declined', async () => (await dataSource.query(`SELECT state FROM quotes WHERE id = $1`, [quote.id]))[0].state === 'DECLINED', 15_000);
      await eventually(supplier, 'QUOTE_CLOSED', 'the requirement is CLOSED');

      const lapsed = (await submit(supplier, { matchId: await matchOf(lapsing, listingId) })).body.data!.submitQuote;
      await dataSource.query(`UPDATE quotes SET valid_until = current_date - 1 WHERE id = $1`, [lapsed.id]);
      const refused = await app.graphql(AWARD, { id: lapsed.id }, buyer.token);
      expect(codeOf(refused)).toBe('CONFLICT');
      expect(refused.body.errors![0]!.message).toContain('the supplier can revise it with a new validUntil');
      const extended = await app.graphql(
        `mutation($id: ID!, $price: PriceInput!, $validUntil: Date) { reviseQuote(id: $id, price: $price, validUntil: $validUntil) { validUntil } }`,
        { id: lapsed.id, price: EXW(24_500), validUntil: daysFromNow(10) },
        supplier.token,
      );
      expect(extended.body.data).toEqual({ reviseQuote: { validUntil: daysFromNow(10) } });
      expect((await app.graphql(AWARD, { id: lapsed.id }, buyer.token)).body.errors).toBeUndefined();
    });

    it('answers a malformed id with BAD_USER_INPUT, not an internal error', async () => {
      const response = await app.graphql(AWARD, { id: 'not-a-uuid' }, buyer.token);
      expect(codeOf(response)).toBe('BAD_USER_INPUT');
      expect(response.body.errors![0]!.message).toContain('ids are UUIDs');
    });

    it('compares 2 to 5 listings side by side, marking the best value of each row', async () => {
      const cheaper = await publishListing(supplier, { title: 'AM60B seat frames, cheaper', priceMinCnyPerTonne: 23_000, leadTimeDays: 40 });
      const faster = await publishListing(rival, { title: 'AM60B seat frames, faster', priceMinCnyPerTonne: 25_000, leadTimeDays: 20 });
      const COMPARE = `query($ids: [ID!]!) { compareListings(ids: $ids) { listings { id } rows { property values best } } }`;
      const response = await app.graphql<{ compareListings: { listings: { id: string }[]; rows: { property: string; values: (string | null)[]; best: number | null }[] } }>(
        COMPARE,
        { ids: [cheaper, faster] },
      );
      const rows = new Map(response.body.data!.compareListings.rows.map((row) => [row.property, row]));
      expect(rows.get('price (CNY/t incl. VAT)')).toEqual({
        property: 'price (CNY/t incl. VAT)',
        values: ['CNY 23,000/t incl. VAT (CNY 23,000/t EXW Chizhou)', 'CNY 25,000/t incl. VAT (CNY 25,000/t EXW Chizhou)'],
        best: 0,
      });
      expect(rows.get('lead time (days)')).toMatchObject({ values: ['40', '20'], best: 1 });
      expect(rows.get('certificates')!.values[0]).toBe('IATF16949 (valid until 2099-12-31), ISO9001 (no certificate on file)');
      expect(rows.get('tensile strength (MPa)')).toMatchObject({ values: ['min 225 (tested)', 'min 225 (tested)'], best: null });
      for (const ids of [[cheaper], [cheaper, faster, ...Array.from({ length: 4 }, () => crypto.randomUUID())]]) {
        const refused = await app.graphql(COMPARE, { ids });
        expect({ code: codeOf(refused), field: fieldOf(refused) }).toEqual({ code: 'BAD_USER_INPUT', field: 'ids' });
      }
    });
  });
}
