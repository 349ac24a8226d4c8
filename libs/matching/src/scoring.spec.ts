import { describe, expect, it } from '@jest/globals';
import { cardFromSingleValues, checkedCard, type PropertyBasis } from '@magmatch/catalog';
import { scoreMatch, type Demand, type Supply } from './scoring.js';

const demand: Demand = {
  scenario: 'AUTO_SEAT_FRAME',
  minTensileStrengthMpa: null,
  minYieldStrengthMpa: null,
  minElongationPct: 8,
  quantityTonnesPerMonth: 100,
  maxPriceCnyPerTonne: 37_000,
  neededBy: '2027-03-01',
  city: 'Hefei',
};
const supply: Supply = {
  grade: 'AM60B',
  form: 'DIE_CASTING',
  scenarios: ['AUTO_SEAT_FRAME'],
  card: checkedCard(cardFromSingleValues({ tensileStrengthMpa: 228, yieldStrengthMpa: 132, elongationPct: 9 }, 'TESTED', 'GB/T 228.1'), 'card'),
  monthlyCapacityTonnes: 150,
  priceMinCnyPerTonne: 36_000,
  leadTimeDays: 30,
  city: 'Chizhou',
  recycledContentPct: null,
  carbonFootprintKgCo2ePerKg: null,
  verificationLevel: 'VERIFIED',
  responses: { answered: 8, due: 10 },
  provenScenarios: [],
};
const cardOf = (elongationPct: number | null, basis: PropertyBasis) =>
  checkedCard(cardFromSingleValues({ tensileStrengthMpa: 228, yieldStrengthMpa: 132, elongationPct }, basis, 'GB/T 228.1'), 'card');
const reason = (result: ReturnType<typeof scoreMatch>, criterion: string) => result.reasons.find((r) => r.criterion === criterion)!;

describe('scoreMatch', () => {
  const result = scoreMatch(demand, supply, '2026-12-01');

  it('gives a small, explained boost when the grade and form are proven in the scenario (replication list)', () => {
    const notOffered = { ...supply, scenarios: [] };
    const plain = reason(scoreMatch(demand, notOffered, '2026-12-01'), 'applicationFit');
    const proven = reason(scoreMatch(demand, { ...notOffered, provenScenarios: ['AUTO_SEAT_FRAME'] }, '2026-12-01'), 'applicationFit');
    expect(proven.score).toBeCloseTo(plain.score + 0.15, 3);
    expect(proven.detail).toBe(`${plain.detail}; AM60B die casting is proven in seat frame (replication list)`);
    const elsewhere = reason(scoreMatch(demand, { ...notOffered, provenScenarios: ['HOUSING_3C'] }, '2026-12-01'), 'applicationFit');
    expect(elsewhere).toEqual(plain);
    expect(reason(scoreMatch(demand, { ...supply, provenScenarios: ['AUTO_SEAT_FRAME'] }, '2026-12-01'), 'applicationFit').score).toBe(1);
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
    expect(reason(result, 'price').detail).toBe("from 36000 CNY/t, within the buyer's budget");
    const over = scoreMatch(demand, { ...supply, priceMinCnyPerTonne: 45_000 }, '2026-12-01');
    expect(reason(over, 'price').detail).toBe("from 45000 CNY/t, above the buyer's budget");
    expect(JSON.stringify([result.reasons, over.reasons])).not.toContain('37000');
  });

  it('says when a typical value stood in for a missing card value, and when a value is only typical', () => {
    const typicalOnly = scoreMatch(demand, { ...supply, card: cardOf(null, 'TESTED'), grade: 'AM50A' }, '2026-12-01');
    expect(reason(typicalOnly, 'properties').detail).toBe('elongation 10 % ≥ required 8 % (typical value of AM50A; the card gives none)');
    const typicalBasis = scoreMatch(demand, { ...supply, card: cardOf(9, 'TYPICAL') }, '2026-12-01');
    expect(reason(typicalBasis, 'properties').detail).toBe('elongation 9 % ≥ required 8 % (typical value, not a guaranteed minimum)');
  });

  it('holds a range at its guaranteed minimum, not its typical value', () => {
    const ranged = checkedCard({ elongationPct: { min: 9, typical: 12, basis: 'SPEC_MINIMUM', condition: 'section 6–12 mm' } }, 'card');
    expect(reason(scoreMatch(demand, { ...supply, card: ranged }, '2026-12-01'), 'properties').detail).toBe(
      'elongation 9 % ≥ required 8 % (specification minimum)',
    );
  });

  it('ranks a product offered for the application above one merely of a usual grade', () => {
    const notOffered = scoreMatch(demand, { ...supply, scenarios: [] }, '2026-12-01');
    expect(notOffered.score).toBeLessThan(result.score);
  });
});
