import { describe, expect, it } from '@jest/globals';
import { checkPrice, toCnyPerTonneVatIncluded, type Price } from './price.js';

const RATES = [
  { currency: 'USD', cnyPerUnit: 7.1, date: '2026-11-20' },
  { currency: 'USD', cnyPerUnit: 7.2, date: '2026-11-27' },
] as const;
const MG9990_EXW = { series: 'Mg99.90 ex-works Fugu', date: '2026-11-27', cnyPerTonneVatIncluded: 16_700 };
const price = (overrides: Partial<Price>): Price => ({ amount: 16_500, currency: 'CNY', unit: 'PER_TONNE', taxBasis: 'VAT_INCLUDED', incoterm: 'EXW', place: 'Fugu works', paymentTerms: 'CASH_TT', ...overrides });

describe('a price in CNY per tonne including VAT', () => {
  it('converts an FOB dollar quote at the latest rate, adds VAT, and says what it assumed', () => {
    expect(toCnyPerTonneVatIncluded(price({ amount: 2_300, currency: 'USD', taxBasis: 'VAT_EXCLUDED', incoterm: 'FOB', place: 'Tianjin port' }), RATES)).toEqual({
      cnyPerTonneVatIncluded: 18_713,
      assumed: ['USD at 7.2 CNY on 2026-11-27', '13 % VAT added', 'FOB Tianjin port taken as is: delivery costs not adjusted'],
    });
  });

  it('multiplies a kilogram price by 1,000 and takes a domestic ex-works price as it is', () => {
    expect(toCnyPerTonneVatIncluded(price({ amount: 36.5, unit: 'PER_KG' }), RATES)).toEqual({ cnyPerTonneVatIncluded: 36_500, assumed: [] });
  });

  it('says why it cannot convert a price per piece or a currency without a rate', () => {
    expect(toCnyPerTonneVatIncluded(price({ amount: 48, unit: 'PER_PIECE' }), RATES)).toEqual({ unconvertible: 'a price per piece has no per-tonne equivalent' });
    expect(toCnyPerTonneVatIncluded(price({ amount: 2_100, currency: 'EUR' }), RATES)).toEqual({ unconvertible: 'no EUR exchange rate is recorded' });
  });
});

describe('checkPrice', () => {
  it('flags a dollar quote typed as yuan: about seven times below the market', () => {
    const check = checkPrice(price({ amount: 2_250 }), RATES, MG9990_EXW);
    expect(check).toMatchObject({ cnyPerTonneVatIncluded: 2_250, deviationPct: -87, plausible: false });
    expect(check.note).toBe('CNY 2,250/t EXW Fugu works; -87 % vs Mg99.90 ex-works Fugu (2026-11-27): implausible, check the currency, unit and VAT basis');
  });

  it('compares a converted price with its reference in plain words', () => {
    const check = checkPrice(price({ amount: 2_300, currency: 'USD', taxBasis: 'VAT_EXCLUDED', incoterm: 'FOB', place: 'Tianjin port' }), RATES, MG9990_EXW);
    expect(check).toMatchObject({ cnyPerTonneVatIncluded: 18_713, deviationPct: 12, plausible: true, referenceSeries: 'Mg99.90 ex-works Fugu', referenceDate: '2026-11-27' });
    expect(check.note).toBe(
      'USD 2,300/t FOB Tianjin port ≈ CNY 18,713/t incl. VAT (USD at 7.2 CNY on 2026-11-27; 13 % VAT added; FOB Tianjin port taken as is: delivery costs not adjusted); +12 % vs Mg99.90 ex-works Fugu (2026-11-27)',
    );
  });

  it('says so when there is nothing to compare with, or nothing to convert', () => {
    expect(checkPrice(price({}), RATES, null)).toMatchObject({ plausible: true, note: 'CNY 16,500/t EXW Fugu works; no reference price for this material' });
    expect(checkPrice(price({ amount: 48, unit: 'PER_PIECE', incoterm: 'DAP', place: 'Hefei works' }), RATES, MG9990_EXW)).toMatchObject({
      cnyPerTonneVatIncluded: null,
      plausible: true,
      note: 'CNY 48 per piece DAP Hefei works: not compared, a price per piece has no per-tonne equivalent',
    });
  });
});
