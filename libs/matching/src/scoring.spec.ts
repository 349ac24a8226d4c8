import { describe, expect, it } from '@jest/globals';
import { cardFromSingleValues, checkedCard, type PropertyBasis } from '@magmatch/catalog';
import { PriceBook } from '@magmatch/trade';
import { scoreMatch, type Demand, type Supply } from './scoring.js';

const PRICES = new PriceBook([{ currency: 'USD', cnyPerUnit: 7.2, date: '2026-11-27' }], []);

const demand: Demand = {
  scenario: 'AUTO_SEAT_FRAME',
  minTensileStrengthMpa: null,
  minYieldStrengthMpa: null,
  minElongationPct: 8,
  quantityTonnesPerMonth: 100,
  maxPrice: { amount: 37_000, currency: 'CNY', unit: 'PER_TONNE', taxBasis: 'VAT_INCLUDED', incoterm: 'DAP', place: 'Hefei works', paymentTerms: null },
  neededBy: '2027-03-01',
  city: 'Hefei',
};
const supply: Supply = {
  grade: 'AM60B',
  form: 'DIE_CASTING',
  scenarios: ['AUTO_SEAT_FRAME'],
  card: checkedCard(cardFromSingleValues({ tensileStrengthMpa: 228, yieldStrengthMpa: 132, elongationPct: 9 }, 'TESTED', 'GB/T 228.1'), 'card'),
  monthlyCapacityTonnes: 150,
  priceFrom: { amount: 36_000, currency: 'CNY', unit: 'PER_TONNE', taxBasis: 'VAT_INCLUDED', incoterm: 'EXW', place: 'Chizhou', paymentTerms: 'CASH_TT' },
  leadTimeDays: 30,
  city: 'Chizhou',
  recycledContentPct: null,
  carbonFootprintKgCo2ePerKg: null,
  verificationLevel: 'VERIFIED',
  responses: { answered: 8, due: 10, medianHours: null },
  provenScenarios: [],
};
const cardOf = (elongationPct: number | null, basis: PropertyBasis) =>
  checkedCard(cardFromSingleValues({ tensileStrengthMpa: 228, yieldStrengthMpa: 132, elongationPct }, basis, 'GB/T 228.1'), 'card');
const reason = (result: ReturnType<typeof scoreMatch>, criterion: string) => result.reasons.find((r) => r.criterion === criterion)!;

describe('scoreMatch', () => {
  const result = scoreMatch(demand, supply, '2026-12-01', PRICES);

  it('gives a small, explained boost when the grade and form are proven in the scenario (replication list)', () => {
    const notOffered = { ...supply, scenarios: [] };
    const plain = reason(scoreMatch(demand, notOffered, '2026-12-01', PRICES), 'applicationFit');
    const proven = reason(scoreMatch(demand, { ...notOffered, provenScenarios: ['AUTO_SEAT_FRAME'] }, '2026-12-01', PRICES), 'applicationFit');
    expect(proven.score).toBeCloseTo(plain.score + 0.15, 3);
    expect(proven.detail).toBe(`${plain.detail}; AM60B die casting is proven in seat frame (replication list)`);
    const elsewhere = reason(scoreMatch(demand, { ...notOffered, provenScenarios: ['HOUSING_3C'] }, '2026-12-01', PRICES), 'applicationFit');
    expect(elsewhere).toEqual(plain);
    expect(reason(scoreMatch(demand, { ...supply, provenScenarios: ['AUTO_SEAT_FRAME'] }, '2026-12-01', PRICES), 'applicationFit').score).toBe(1);
  });

  it('explains each criterion in plain words', () => {
    expect(reason(result, 'properties').detail).toBe('elongation 9 % ≥ required 8 % (tested minimum)');
    expect(reason(result, 'applicationFit').detail).toBe('offered for seat frame; AM60B is a usual grade for it');
    expect(reason(result, 'capacity').detail).toBe('capacity 150 t/month for 100 t/month needed (1.5×)');
    expect(reason(result, 'leadTime').detail).toBe('lead time 30 days fits the needed-by date (90 days away)');
    expect(reason(result, 'distance').detail).toBe('Chizhou → Hefei ≈ 131 km');
    expect(reason(result, 'responsiveness')).toMatchObject({ score: 0.8, detail: 'answered 8 of 10 matches' });
    expect(result.score).toBeGreaterThan(0.7);
    expect(result.score).toBeLessThanOrEqual(1);
  });

  it("never writes the buyer's budget into a reason", () => {
    expect(reason(result, 'price').detail).toBe("from CNY 36,000/t EXW Chizhou, within the buyer's budget (compared in CNY/t incl. VAT, delivery terms not adjusted)");
    const over = scoreMatch(demand, { ...supply, priceFrom: { ...supply.priceFrom!, amount: 45_000 } }, '2026-12-01', PRICES);
    expect(reason(over, 'price').detail).toBe("from CNY 45,000/t EXW Chizhou, above the buyer's budget (compared in CNY/t incl. VAT, delivery terms not adjusted)");
    expect(JSON.stringify([result.reasons, over.reasons])).not.toMatch(/37[,.]?000|DAP|Hefei works/);
  });

  it('scores the price in bands, so a supplier reading its score cannot work out the buyer\'s limit', () => {
    const scoreAt = (limit: number) => reason(scoreMatch({ ...demand, maxPrice: { ...demand.maxPrice!, amount: limit } }, supply, '2026-12-01', PRICES), 'price').score;
    expect([scoreAt(37_000), scoreAt(38_500), scoreAt(39_900)]).toEqual([0.8, 0.8, 0.8]);
    expect([scoreAt(45_000), scoreAt(40_000), scoreAt(34_000), scoreAt(30_000), scoreAt(20_000)]).toEqual([1, 0.9, 0.3, 0.1, 0]);
  });

  it('compares a dollar FOB quote with a yuan budget after conversion, and says so', () => {
    // The failing input of the issue: USD 2,250/t FOB once read as CNY 2,250/t, "within budget".
    const fob = { amount: 2_250, currency: 'USD', unit: 'PER_TONNE', taxBasis: 'VAT_EXCLUDED', incoterm: 'FOB', place: 'Tianjin port', paymentTerms: 'LETTER_OF_CREDIT' } as const;
    const budget = { ...demand, maxPrice: { ...demand.maxPrice!, amount: 17_000 } };
    const converted = reason(scoreMatch(budget, { ...supply, priceFrom: fob }, '2026-12-01', PRICES), 'price');
    expect(converted.detail).toBe(
      "from USD 2,250/t FOB Tianjin port ≈ CNY 18,306/t incl. VAT, above the buyer's budget (compared in CNY/t incl. VAT, delivery terms not adjusted)",
    );
    expect(converted.score).toBeLessThan(0.5);
  });

  it('says a price it cannot convert, and gives it no advantage', () => {
    const perPiece = { ...supply.priceFrom!, amount: 48, unit: 'PER_PIECE' } as const;
    expect(reason(scoreMatch(demand, { ...supply, priceFrom: perPiece }, '2026-12-01', PRICES), 'price')).toEqual({
      criterion: 'price',
      score: 0.5,
      detail: 'CNY 48 per piece EXW Chizhou: not compared, a price per piece has no per-tonne equivalent',
    });
    const euroBudget = { ...demand, maxPrice: { ...demand.maxPrice!, currency: 'EUR' } } as const;
    expect(reason(scoreMatch(euroBudget, supply, '2026-12-01', PRICES), 'price').detail).toBe(
      "from CNY 36,000/t EXW Chizhou; not compared: the buyer's budget cannot be converted to CNY/t",
    );
  });

  it('counts how fast a supplier answers as well as how often', () => {
    const fast = reason(scoreMatch(demand, { ...supply, responses: { answered: 8, due: 10, medianHours: 6 } }, '2026-12-01', PRICES), 'responsiveness');
    const slow = reason(scoreMatch(demand, { ...supply, responses: { answered: 8, due: 10, medianHours: 96 } }, '2026-12-01', PRICES), 'responsiveness');
    expect(fast).toEqual({ criterion: 'responsiveness', score: 0.875, detail: 'answered 8 of 10 matches; answers matches and quotes in a median of 6 h' });
    expect(slow.score).toBe(0.5);
  });

  it('says when a typical value stood in for a missing card value, and when a value is only typical', () => {
    const typicalOnly = scoreMatch(demand, { ...supply, card: cardOf(null, 'TESTED'), grade: 'AM50A' }, '2026-12-01', PRICES);
    expect(reason(typicalOnly, 'properties').detail).toBe('elongation 10 % ≥ required 8 % (typical value of AM50A; the card gives none)');
    const typicalBasis = scoreMatch(demand, { ...supply, card: cardOf(9, 'TYPICAL') }, '2026-12-01', PRICES);
    expect(reason(typicalBasis, 'properties').detail).toBe('elongation 9 % ≥ required 8 % (typical value, not a guaranteed minimum)');
  });

  it('holds a range at its guaranteed minimum, not its typical value', () => {
    const ranged = checkedCard({ elongationPct: { min: 9, typical: 12, basis: 'SPEC_MINIMUM', condition: 'section 6–12 mm' } }, 'card');
    expect(reason(scoreMatch(demand, { ...supply, card: ranged }, '2026-12-01', PRICES), 'properties').detail).toBe(
      'elongation 9 % ≥ required 8 % (specification minimum)',
    );
  });

  it('ranks a product offered for the application above one merely of a usual grade', () => {
    const notOffered = scoreMatch(demand, { ...supply, scenarios: [] }, '2026-12-01', PRICES);
    expect(notOffered.score).toBeLessThan(result.score);
  });
});
