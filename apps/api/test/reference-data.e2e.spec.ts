import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { MODERATOR_ENV, signInModerator, signUp, type Account } from '../../../test/support/market.js';
import { TestApp } from '../../../test/support/test-app.js';

const SET_RATE = `mutation($currency: Currency!, $rate: Float!, $date: Date!) { setExchangeRate(currency: $currency, cnyPerUnit: $rate, date: $date) { currency cnyPerUnit date } }`;
const RECORD = `mutation($input: ReferencePriceInput!) { recordReferencePrice(input: $input) { series date source price { amount currency unit taxBasis incoterm place } } }`;
const mg9990 = (overrides: Record<string, unknown> = {}) => ({
  series: 'Mg99.90 ex-works Fugu',
  date: '2026-11-27',
  price: { amount: 16_700, currency: 'CNY', unit: 'PER_TONNE', taxBasis: 'VAT_INCLUDED', incoterm: 'EXW', place: 'Fugu', paymentTerms: 'CASH_TT' },
  source: 'association weekly survey of Fugu smelters',
  ...overrides,
});

/** The association keeps exchange rates and reference prices; anyone reads them; every write is audited. */
describe('reference data for price checks', () => {
  let app: TestApp;
  let moderator: string;
  let supplier: Account;

  beforeAll(async () => {
    app = await TestApp.start('embedded', MODERATOR_ENV);
    moderator = await signInModerator(app);
    supplier = await signUp(app, 'SUPPLIER', 0);
  });

  afterAll(async () => {
    await app.close();
  });

  it('records a rate and a reference price, replaces a day\'s value, and shows them to anyone', async () => {
    expect((await app.graphql(SET_RATE, { currency: 'USD', rate: 7.1, date: '2026-11-26' }, moderator)).body.data).toEqual({ setExchangeRate: { currency: 'USD', cnyPerUnit: 7.1, date: '2026-11-26' } });
    await app.graphql(SET_RATE, { currency: 'USD', rate: 7.25, date: '2026-11-26' }, moderator);
    expect((await app.graphql(`{ exchangeRates { currency cnyPerUnit date } }`)).body.data).toEqual({ exchangeRates: [{ currency: 'USD', cnyPerUnit: 7.25, date: '2026-11-26' }] });

    const recorded = await app.graphql(RECORD, { input: mg9990() }, moderator);
    expect(recorded.body.errors).toBeUndefined();
    expect(recorded.body.data).toMatchObject({ recordReferencePrice: { series: 'Mg99.90 ex-works Fugu', price: { amount: 16_700, incoterm: 'EXW', place: 'Fugu' } } });
    await app.graphql(RECORD, { input: mg9990({ date: '2026-11-20', price: { ...mg9990().price, amount: 16_500 } }) }, moderator);
    const series = await app.graphql<{ referencePrices: { date: string; price: { amount: number } }[] }>(
      `query($from: Date) { referencePrices(series: "Mg99.90 ex-works Fugu", from: $from) { date price { amount } } }`,
      { from: '2026-11-01' },
    );
    expect(series.body.data!.referencePrices).toEqual([{ date: '2026-11-20', price: { amount: 16_500 } }, { date: '2026-11-27', price: { amount: 16_700 } }]);

    const audit = await app.app.get(DataSource).query(`SELECT action, before, after FROM audit_entries WHERE subject_type IN ('exchange rate', 'reference price') ORDER BY id`);
    expect(audit.map((entry: { action: string }) => entry.action)).toEqual(['exchange-rate.record', 'exchange-rate.record', 'reference-price.record', 'reference-price.record']);
    expect(audit[1]).toMatchObject({ before: { cnyPerUnit: 7.1 }, after: { cnyPerUnit: 7.25 } });
  });

  it.each([
    { case: 'a rate for CNY', document: SET_RATE, variables: { currency: 'CNY', rate: 1, date: '2026-11-26' }, field: 'currency' },
    { case: 'a rate of zero', document: SET_RATE, variables: { currency: 'EUR', rate: 0, date: '2026-11-26' }, field: 'cnyPerUnit' },
    { case: 'a rate in the future', document: SET_RATE, variables: { currency: 'EUR', rate: 7.8, date: '2099-01-01' }, field: 'date' },
    { case: 'a reference price per piece', document: RECORD, variables: { input: mg9990({ price: { ...mg9990().price, unit: 'PER_PIECE' } }) }, field: 'price.unit' },
    { case: 'a reference price without a source', document: RECORD, variables: { input: mg9990({ source: ' ' }) }, field: 'source' },
    { case: 'a negative reference price', document: RECORD, variables: { input: mg9990({ price: { ...mg9990().price, amount: -1 } }) }, field: 'price.amount' },
  ])('refuses $case with BAD_USER_INPUT naming $field', async ({ document, variables, field }) => {
    const response = await app.graphql(document, variables, moderator);
    expect(response.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('lets only moderators write', async () => {
    expect((await app.graphql(SET_RATE, { currency: 'USD', rate: 7.2, date: '2026-11-27' }, supplier.token)).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await app.graphql(RECORD, { input: mg9990() })).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
