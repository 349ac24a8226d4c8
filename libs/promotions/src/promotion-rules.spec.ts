import { describe, expect, it } from '@jest/globals';
import {
  EvidenceKind,
  PromotionKind,
  RuleOutcome,
  evaluateRules,
  overallOutcome,
  type ProgramTerms,
  type PromotionRules,
  type PurchaseFacts,
} from './promotion-rules.js';
import { SubsidyModel } from './subsidy-models.js';

const { PASS, FAIL, UNKNOWN } = RuleOutcome;

/** Another purchase: its contract date, and when it was recorded (by default long before). */
const bought = (contractSignedAt: string, recordedAt = '2020-01-01T00:00:00.000Z') => ({ contractSignedAt, recordedAt });

const FIRST_BATCH = { entryName: '高性能镁合金挤压材', editionName: 'the 2021 edition', carriedInForce: 'the 2021 edition', carriedBy: ['e2021'], verified: true };

const FACTS: PurchaseFacts = {
  contractSignedAt: '2026-03-10',
  recordedAt: '2026-03-11T09:00:00.000Z',
  amountCny: 480_000,
  grade: 'AM60B',
  gradeFamily: 'AM',
  scenario: 'AUTO_SEAT_FRAME',
  firstBatchNewMaterial: true,
  firstBatch: FIRST_BATCH,
  supplierCity: 'Chizhou',
  supplierRegion: 'Anhui',
  buyerBusinessType: 'OEM',
  buyerIsSupplier: false,
  otherPurchasesOfFamily: [],
  firstUseAt: '2026-05-02',
  deliveryConfirmed: true,
  evidence: [EvidenceKind.CONTRACT, EvidenceKind.ACCEPTANCE_REPORT],
  policies: [],
};

const program = (rules: PromotionRules, kind = PromotionKind.FIRST_PURCHASE): ProgramTerms => ({
  id: 'program',
  firstBatchEditionId: null,
  kind,
  subsidyModel: SubsidyModel.PERCENT_OF_PURCHASE,
  maxYears: null,
  startsAt: new Date('2026-01-01T00:00:00Z'),
  endsAt: new Date('2026-12-31T00:00:00Z'),
  rules,
});

/** The outcome and detail of one rule for a program with `rules` and a purchase with `facts`. */
function outcomeOf(rule: string, rules: PromotionRules, facts: Partial<PurchaseFacts> = {}, kind?: PromotionKind) {
  const evaluation = evaluateRules(program(rules, kind), { ...FACTS, ...facts }).find((candidate) => candidate.rule === rule);
  if (!evaluation) throw new Error(`rule ${rule} was not evaluated`);
  return evaluation;
}

describe('promotion rules', () => {
  it.each([
    ['WINDOW', {}, {}, PASS, 'contract signed 2026-03-10, within 2026-01-01 to 2026-12-31'],
    ['WINDOW', {}, { contractSignedAt: '2025-12-31' }, FAIL, 'contract signed 2025-12-31, outside the program window 2026-01-01 to 2026-12-31'],
    ['GRADE', { grades: ['AM60B', 'AM50A'] }, {}, PASS, 'AM60B is an eligible grade'],
    ['GRADE', { grades: ['AZ91D'] }, {}, FAIL, 'AM60B is not among the eligible grades (AZ91D)'],
    ['SCENARIO', { scenarios: ['AUTO_SEAT_FRAME'] }, {}, PASS, 'used in AUTO_SEAT_FRAME, an eligible scenario'],
    ['SCENARIO', { scenarios: ['HOUSING_3C'] }, {}, FAIL, 'AUTO_SEAT_FRAME is not among the eligible scenarios (HOUSING_3C)'],
    ['SCENARIO', { scenarios: ['HOUSING_3C'] }, { scenario: null }, UNKNOWN, 'the requirement names no application scenario; eligible: HOUSING_3C'],
    ['FIRST_BATCH_MATERIAL', { requireFirstBatchNewMaterial: true }, {}, PASS, '"高性能镁合金挤压材" of the 2021 edition, verified by the association'],
    ['FIRST_BATCH_MATERIAL', { requireFirstBatchNewMaterial: true }, { firstBatch: { ...FIRST_BATCH, verified: false } }, UNKNOWN, '"高性能镁合金挤压材" of the 2021 edition is claimed, not yet verified: the association checks it against the test report'],
    // An entry dropped years ago (the 2017–2018 wide coil) passed as a free-text flag; no edition in force carries it.
    ['FIRST_BATCH_MATERIAL', { requireFirstBatchNewMaterial: true }, { firstBatch: { entryName: '大卷重高性能宽幅镁合金卷板', editionName: 'the 2018 edition', carriedInForce: null, carriedBy: ['e2017', 'e2018'], verified: true } }, FAIL, 'no edition in force on 2026-03-10 carries "大卷重高性能宽幅镁合金卷板" (claimed from the 2018 edition)'],
    ['FIRST_BATCH_MATERIAL', { requireFirstBatchNewMaterial: true }, { firstBatch: null }, UNKNOWN, 'the listing says it is a first-batch material but names no catalogue entry: its supplier names the entry (firstBatchEntryId)'],
    ['FIRST_BATCH_MATERIAL', { requireFirstBatchNewMaterial: true }, { firstBatch: null, firstBatchNewMaterial: false }, FAIL, 'the listing claims no entry of the first-batch catalogue'],
    ['SUPPLIER_LOCATION', { supplierCities: ['Chizhou'] }, {}, PASS, 'the supplier is in Chizhou, Anhui'],
    ['SUPPLIER_LOCATION', { supplierRegions: ['Anhui'] }, { supplierCity: 'Wuhu' }, PASS, 'the supplier is in Wuhu, Anhui'],
    ['SUPPLIER_LOCATION', { supplierCities: ['Hefei'] }, {}, FAIL, 'the supplier is in Chizhou, Anhui, not in Hefei'],
    ['SUPPLIER_LOCATION', { supplierCities: ['Hefei'] }, { supplierCity: null, supplierRegion: null }, UNKNOWN, 'the supplier has not stated its city or region'],
    ['END_USER', { buyerMustBeEndUser: true }, {}, PASS, 'the buyer is an end user (OEM)'],
    ['END_USER', { buyerMustBeEndUser: true }, { buyerBusinessType: 'trader' }, FAIL, 'the buyer is a trader (trader), not an end user'],
    ['END_USER', { buyerMustBeEndUser: true }, { buyerBusinessType: '镁材贸易' }, FAIL, 'the buyer is a trader (镁材贸易), not an end user'],
    ['END_USER', { buyerMustBeEndUser: true }, { buyerIsSupplier: true }, FAIL, 'the buyer is the supplier itself'],
    ['END_USER', { buyerMustBeEndUser: true }, { buyerBusinessType: null }, UNKNOWN, "the buyer's business type is not stated: state it (e.g. OEM) to show you are an end user"],
    ['FIRST_PURCHASE', { firstPurchaseOfGradeOnly: true }, { otherPurchasesOfFamily: [bought('2024-01-01')] }, PASS, 'no earlier AM-family purchase by this buyer in the previous 12 months'],
    ['FIRST_PURCHASE', { firstPurchaseOfGradeOnly: true }, { otherPurchasesOfFamily: [bought('2025-11-20')] }, FAIL, 'this buyer already bought AM-family magnesium on 2025-11-20, within 12 months'],
    ['FIRST_PURCHASE', { firstPurchaseOfGradeOnly: true, firstPurchaseLookbackMonths: 3 }, { otherPurchasesOfFamily: [bought('2025-11-20')] }, PASS, 'no earlier AM-family purchase by this buyer in the previous 3 months'],
    // The held-out flow of issue 17: a second purchase of the family recorded the same day, after this one.
    ['FIRST_PURCHASE', { firstPurchaseOfGradeOnly: true }, { otherPurchasesOfFamily: [bought('2026-03-10', '2026-03-11T15:00:00.000Z')] }, PASS, 'no earlier AM-family purchase by this buyer in the previous 12 months'],
    ['FIRST_PURCHASE', { firstPurchaseOfGradeOnly: true }, { otherPurchasesOfFamily: [bought('2026-03-10', '2026-03-11T08:00:00.000Z')] }, FAIL, 'this buyer already bought AM-family magnesium on 2026-03-10, within 12 months'],
    ['FIRST_PURCHASE', { firstPurchaseOfGradeOnly: true }, { otherPurchasesOfFamily: [bought('2026-04-01', '2026-03-01T08:00:00.000Z')] }, PASS, 'no earlier AM-family purchase by this buyer in the previous 12 months'],
    ['AMOUNT', { minAmountCny: 100_000, maxAmountCny: 5_000_000 }, {}, PASS, "CNY 480000 is within the program's bounds"],
    ['AMOUNT', { minAmountCny: 500_000 }, {}, FAIL, 'CNY 480000 is below the minimum of CNY 500000'],
    ['AMOUNT', { maxAmountCny: 400_000 }, {}, FAIL, 'CNY 480000 is above the maximum of CNY 400000'],
    ['FIRST_USE', { firstUseOnOrAfter: '2026-01-01' }, {}, PASS, 'first used on 2026-05-02'],
    ['FIRST_USE', { firstUseOnOrAfter: '2026-06-01' }, {}, FAIL, 'first used on 2026-05-02, before 2026-06-01'],
    ['FIRST_USE', { firstUseOnOrAfter: '2026-01-01' }, { firstUseAt: null }, UNKNOWN, 'no first use recorded yet: record the acceptance report date'],
    ['DELIVERY', {}, {}, PASS, 'the supplier confirmed the delivery'],
    ['DELIVERY', {}, { deliveryConfirmed: false }, UNKNOWN, 'waiting for the supplier to confirm the delivery'],
    ['EVIDENCE', { requiredEvidence: [EvidenceKind.CONTRACT] }, {}, PASS, 'every required document is attached (CONTRACT)'],
    ['EVIDENCE', { requiredEvidence: [EvidenceKind.CONTRACT, EvidenceKind.INVOICE, EvidenceKind.DECLARATION] }, {}, UNKNOWN, 'attach: INVOICE, DECLARATION'],
  ] as const)('%s with %j and %j: %s', (rule, rules, facts, outcome, detail) => {
    expect(outcomeOf(rule, rules, facts)).toEqual({ rule, outcome, detail });
  });

  it('asks for what the program kind implies: first use for FIRST_USE, a first-batch claim for FIRST_BATCH', () => {
    expect(outcomeOf('FIRST_USE', {}, { firstUseAt: null }, PromotionKind.FIRST_USE).outcome).toBe(UNKNOWN);
    expect(outcomeOf('FIRST_BATCH_MATERIAL', {}, { firstBatchNewMaterial: false, firstBatch: null }, PromotionKind.FIRST_BATCH).outcome).toBe(FAIL);
    const rules = evaluateRules(program({}), FACTS).map((evaluation) => evaluation.rule);
    expect(rules).toEqual(['WINDOW', 'DELIVERY']);
  });

  it('fails a purchase on any failed rule, and leaves it unknown while evidence is missing', () => {
    const evaluation = (outcomes: RuleOutcome[]) => outcomes.map((outcome, index) => ({ rule: `R${index}`, outcome, detail: '' }));
    expect(overallOutcome(evaluation([PASS, PASS]))).toBe(PASS);
    expect(overallOutcome(evaluation([PASS, UNKNOWN]))).toBe(UNKNOWN);
    expect(overallOutcome(evaluation([UNKNOWN, FAIL, PASS]))).toBe(FAIL);
  });

  it('asks an insurance-premium program for a recorded policy year not claimed before, at most maxYears of them', () => {
    const insurance = { id: 'national', subsidyModel: SubsidyModel.INSURANCE_PREMIUM, maxYears: 3 };
    const year = (n: number, claimedIn: string[]) => ({
      id: `p${n}`, policyNumber: `PICC-${n}`, premiumCny: 90_000, liabilityLimitCny: 6_000_000, periodFrom: `202${5 + n}-01-01`, periodTo: `202${5 + n}-12-31`, claimedIn,
    });
    const outcome = (policies: PurchaseFacts['policies']) =>
      evaluateRules({ ...program({}), ...insurance }, { ...FACTS, policies }).find((evaluation) => evaluation.rule === 'INSURANCE_POLICY');
    expect(outcome([])).toMatchObject({ outcome: UNKNOWN, detail: 'the insured producer has not recorded a policy year to claim: it records the policy (recordInsurancePolicy)' });
    expect(outcome([year(1, ['national']), year(2, [])])).toMatchObject({ outcome: PASS, detail: 'policy PICC-2, 2027-01-01 to 2027-12-31, policy year 2 of at most 3' });
    expect(outcome([year(1, ['national']), year(2, ['national']), year(3, ['national']), year(4, [])])).toMatchObject({
      outcome: FAIL,
      detail: '3 policy years of this purchase are claimed already, the most the program supports (3)',
    });
    expect(outcome([year(1, ['another program'])])).toMatchObject({ outcome: PASS });
  });
});
