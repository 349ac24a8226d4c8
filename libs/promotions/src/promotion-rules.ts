import type { FirstBatchClaim } from '@magmatch/catalog';
import { SubsidyModel } from './subsidy-models.js';

/** What a program asks of a purchase: versioned data, kept with the program as JSON. Absent means "any". */
export interface PromotionRules {
  /** Canonical grade codes (equivalent designations resolved when the program is saved). */
  readonly grades?: readonly string[];
  readonly scenarios?: readonly string[];
  readonly requireFirstBatchNewMaterial?: boolean;
  readonly supplierCities?: readonly string[];
  readonly supplierRegions?: readonly string[];
  /** Not a trader, and not the supplier's own organisation. */
  readonly buyerMustBeEndUser?: boolean;
  /** No other purchase of the same grade family by the buyer in the previous `firstPurchaseLookbackMonths`. */
  readonly firstPurchaseOfGradeOnly?: boolean;
  readonly firstPurchaseLookbackMonths?: number;
  readonly minAmountCny?: number;
  readonly maxAmountCny?: number;
  /** First use (the acceptance report's date) on or after this date, `YYYY-MM-DD`. */
  readonly firstUseOnOrAfter?: string;
  readonly requiredEvidence?: readonly EvidenceKind[];
}

export enum EvidenceKind {
  CONTRACT = 'CONTRACT',
  INVOICE = 'INVOICE',
  ACCEPTANCE_REPORT = 'ACCEPTANCE_REPORT',
  TEST_REPORT = 'TEST_REPORT',
  USE_CERTIFICATE = 'USE_CERTIFICATE',
  DECLARATION = 'DECLARATION',
  INSURANCE_POLICY = 'INSURANCE_POLICY',
}

export enum PromotionKind {
  FIRST_PURCHASE = 'FIRST_PURCHASE',
  FIRST_USE = 'FIRST_USE',
  FIRST_BATCH = 'FIRST_BATCH',
}

export enum RuleOutcome {
  PASS = 'PASS',
  FAIL = 'FAIL',
  UNKNOWN = 'UNKNOWN',
}

export interface RuleEvaluation {
  readonly rule: string;
  readonly outcome: RuleOutcome;
  /** Plain words; for UNKNOWN, what the buyer can do about it. */
  readonly detail: string;
}

/** Where a purchase stands in time: its contract date, then when it was recorded. */
export interface PurchaseMoment {
  /** YYYY-MM-DD */
  readonly contractSignedAt: string;
  /** ISO 8601, to the millisecond */
  readonly recordedAt: string;
}

/**
 * Whether purchase `a` came before purchase `b`: by contract date, then by the time it was recorded. Every rule
 * or report that compares a purchase with others looks only at those before it, so a later purchase never
 * takes away an earlier one's status (domain-trade.md).
 */
export const cameBefore = (a: PurchaseMoment, b: PurchaseMoment): boolean =>
  a.contractSignedAt < b.contractSignedAt || (a.contractSignedAt === b.contractSignedAt && a.recordedAt < b.recordedAt);

/** What is known of a purchase when it is evaluated. */
export interface PurchaseFacts extends PurchaseMoment {
  readonly amountCny: number;
  readonly grade: string;
  readonly gradeFamily: string;
  readonly scenario: string | null;
  /** The listing's old free-text flag; a claim now names a catalogue entry (`firstBatch`). */
  readonly firstBatchNewMaterial: boolean;
  /** The listing's claim on a first-batch catalogue entry, where it stands on the contract date; null without one. */
  readonly firstBatch: (FirstBatchClaim & { readonly verified: boolean }) | null;
  readonly supplierCity: string | null;
  readonly supplierRegion: string | null;
  readonly buyerBusinessType: string | null;
  readonly buyerIsSupplier: boolean;
  /** The buyer's other purchases of the same grade family, whenever they came. */
  readonly otherPurchasesOfFamily: readonly PurchaseMoment[];
  readonly firstUseAt: string | null;
  readonly deliveryConfirmed: boolean;
  readonly evidence: readonly EvidenceKind[];
  /** The policy years the insured producer recorded, oldest first, with the programs each is claimed in. */
  readonly policies: readonly PolicyYear[];
}

/** A recorded policy year and the programs it is claimed in (pending or granted). */
export interface PolicyYear {
  readonly id: string;
  readonly policyNumber: string;
  readonly premiumCny: number;
  readonly liabilityLimitCny: number;
  /** YYYY-MM-DD */
  readonly periodFrom: string;
  /** YYYY-MM-DD */
  readonly periodTo: string;
  readonly claimedIn: readonly string[];
}

export interface ProgramTerms {
  readonly id: string;
  /** The first-batch edition the program follows; null: whichever is in force on the contract date. */
  readonly firstBatchEditionId: string | null;
  readonly kind: PromotionKind;
  readonly subsidyModel: SubsidyModel;
  readonly maxYears: number | null;
  readonly startsAt: Date;
  readonly endsAt: Date;
  readonly rules: PromotionRules;
}

type Rule = (program: ProgramTerms, facts: PurchaseFacts) => RuleEvaluation | null;

const pass = (rule: string, detail: string): RuleEvaluation => ({ rule, outcome: RuleOutcome.PASS, detail });
const fail = (rule: string, detail: string): RuleEvaluation => ({ rule, outcome: RuleOutcome.FAIL, detail });
const unknown = (rule: string, detail: string): RuleEvaluation => ({ rule, outcome: RuleOutcome.UNKNOWN, detail });
const day = (date: Date) => date.toISOString().slice(0, 10);
/** Business types that make an organisation a trader rather than an end user. */
const TRADER = /trad|distribut|dealer|wholesal|贸易|经销|批发|代理/i;

/** Whether an organisation's business type makes it a trader (not an end user): traders get no first-purchase support. */
export const isTrader = (businessType: string | null): boolean => businessType !== null && TRADER.test(businessType);

/** Every rule kind, in the order they are shown. Each returns null when the program does not ask for it. */
const RULES: readonly Rule[] = [
  function window({ startsAt, endsAt }, { contractSignedAt }) {
    const inside = contractSignedAt >= day(startsAt) && contractSignedAt <= day(endsAt);
    const span = `${day(startsAt)} to ${day(endsAt)}`;
    return inside ? pass('WINDOW', `contract signed ${contractSignedAt}, within ${span}`) : fail('WINDOW', `contract signed ${contractSignedAt}, outside the program window ${span}`);
  },
  function grade({ rules }, facts) {
    if (!rules.grades?.length) return null;
    return rules.grades.includes(facts.grade)
      ? pass('GRADE', `${facts.grade} is an eligible grade`)
      : fail('GRADE', `${facts.grade} is not among the eligible grades (${rules.grades.join(', ')})`);
  },
  function scenario({ rules }, facts) {
    if (!rules.scenarios?.length) return null;
    if (!facts.scenario) return unknown('SCENARIO', `the requirement names no application scenario; eligible: ${rules.scenarios.join(', ')}`);
    return rules.scenarios.includes(facts.scenario)
      ? pass('SCENARIO', `used in ${facts.scenario}, an eligible scenario`)
      : fail('SCENARIO', `${facts.scenario} is not among the eligible scenarios (${rules.scenarios.join(', ')})`);
  },
  function firstBatchMaterial({ kind, rules, firstBatchEditionId }, facts) {
    if (!rules.requireFirstBatchNewMaterial && kind !== PromotionKind.FIRST_BATCH) return null;
    const claim = facts.firstBatch;
    if (!claim) {
      return facts.firstBatchNewMaterial
        ? unknown('FIRST_BATCH_MATERIAL', 'the listing says it is a first-batch material but names no catalogue entry: its supplier names the entry (firstBatchEntryId)')
        : fail('FIRST_BATCH_MATERIAL', 'the listing claims no entry of the first-batch catalogue');
    }
    const carried = firstBatchEditionId ? claim.carriedBy.includes(firstBatchEditionId) : claim.carriedInForce !== null;
    if (!carried) {
      return fail(
        'FIRST_BATCH_MATERIAL',
        firstBatchEditionId
          ? `"${claim.entryName}" is not an entry of the edition this program follows`
          : `no edition in force on ${facts.contractSignedAt} carries "${claim.entryName}" (claimed from ${claim.editionName})`,
      );
    }
    const where = firstBatchEditionId ? claim.editionName : claim.carriedInForce;
    if (!claim.verified) return unknown('FIRST_BATCH_MATERIAL', `"${claim.entryName}" of ${where} is claimed, not yet verified: the association checks it against the test report`);
    return pass('FIRST_BATCH_MATERIAL', `"${claim.entryName}" of ${where}, verified by the association`);
  },
  function supplierLocation({ rules }, facts) {
    const cities = rules.supplierCities ?? [];
    const regions = rules.supplierRegions ?? [];
    if (cities.length === 0 && regions.length === 0) return null;
    if (!facts.supplierCity && !facts.supplierRegion) return unknown('SUPPLIER_LOCATION', 'the supplier has not stated its city or region');
    const where = [facts.supplierCity, facts.supplierRegion].filter(Boolean).join(', ');
    return (facts.supplierCity && cities.includes(facts.supplierCity)) || (facts.supplierRegion && regions.includes(facts.supplierRegion))
      ? pass('SUPPLIER_LOCATION', `the supplier is in ${where}`)
      : fail('SUPPLIER_LOCATION', `the supplier is in ${where}, not in ${[...cities, ...regions].join(', ')}`);
  },
  function endUser({ rules }, facts) {
    if (!rules.buyerMustBeEndUser) return null;
    if (facts.buyerIsSupplier) return fail('END_USER', 'the buyer is the supplier itself');
    if (!facts.buyerBusinessType) return unknown('END_USER', "the buyer's business type is not stated: state it (e.g. OEM) to show you are an end user");
    return isTrader(facts.buyerBusinessType)
      ? fail('END_USER', `the buyer is a trader (${facts.buyerBusinessType}), not an end user`)
      : pass('END_USER', `the buyer is an end user (${facts.buyerBusinessType})`);
  },
  function firstPurchase({ rules }, facts) {
    if (!rules.firstPurchaseOfGradeOnly) return null;
    const months = rules.firstPurchaseLookbackMonths ?? 12;
    const since = new Date(`${facts.contractSignedAt}T00:00:00Z`);
    since.setUTCMonth(since.getUTCMonth() - months);
    const earlier = facts.otherPurchasesOfFamily
      .filter((other) => cameBefore(other, facts) && other.contractSignedAt >= day(since))
      .map((other) => other.contractSignedAt)
      .sort();
    return earlier.length === 0
      ? pass('FIRST_PURCHASE', `no earlier ${facts.gradeFamily}-family purchase by this buyer in the previous ${months} months`)
      : fail('FIRST_PURCHASE', `this buyer already bought ${facts.gradeFamily}-family magnesium on ${earlier[0]}, within ${months} months`);
  },
  function amount({ rules }, facts) {
    const { minAmountCny: min, maxAmountCny: max } = rules;
    if (min === undefined && max === undefined) return null;
    if (min !== undefined && facts.amountCny < min) return fail('AMOUNT', `CNY ${facts.amountCny} is below the minimum of CNY ${min}`);
    if (max !== undefined && facts.amountCny > max) return fail('AMOUNT', `CNY ${facts.amountCny} is above the maximum of CNY ${max}`);
    return pass('AMOUNT', `CNY ${facts.amountCny} is within the program's bounds`);
  },
  function firstUse({ kind, rules }, facts) {
    if (kind !== PromotionKind.FIRST_USE && !rules.firstUseOnOrAfter) return null;
    if (!facts.firstUseAt) return unknown('FIRST_USE', 'no first use recorded yet: record the acceptance report date');
    if (rules.firstUseOnOrAfter && facts.firstUseAt < rules.firstUseOnOrAfter) {
      return fail('FIRST_USE', `first used on ${facts.firstUseAt}, before ${rules.firstUseOnOrAfter}`);
    }
    return pass('FIRST_USE', `first used on ${facts.firstUseAt}`);
  },
  function delivery(_program, facts) {
    return facts.deliveryConfirmed ? pass('DELIVERY', 'the supplier confirmed the delivery') : unknown('DELIVERY', 'waiting for the supplier to confirm the delivery');
  },
  function insurancePolicy(program, facts) {
    if (program.subsidyModel !== SubsidyModel.INSURANCE_PREMIUM) return null;
    const claimed = facts.policies.filter((policy) => policy.claimedIn.includes(program.id)).length;
    const next = nextPolicyYear(program, facts);
    if (program.maxYears != null && claimed >= program.maxYears) {
      return fail('INSURANCE_POLICY', `${claimed} policy years of this purchase are claimed already, the most the program supports (${program.maxYears})`);
    }
    if (!next) return unknown('INSURANCE_POLICY', 'the insured producer has not recorded a policy year to claim: it records the policy (recordInsurancePolicy)');
    return pass('INSURANCE_POLICY', `policy ${next.policyNumber}, ${next.periodFrom} to ${next.periodTo}, policy year ${claimed + 1}${program.maxYears ? ` of at most ${program.maxYears}` : ''}`);
  },
  function evidence({ rules }, facts) {
    if (!rules.requiredEvidence?.length) return null;
    const missing = rules.requiredEvidence.filter((kind) => !facts.evidence.includes(kind));
    return missing.length === 0
      ? pass('EVIDENCE', `every required document is attached (${rules.requiredEvidence.join(', ')})`)
      : unknown('EVIDENCE', `attach: ${missing.join(', ')}`);
  },
];

/** Each rule the program asks for, applied to the purchase. */
export function evaluateRules(program: ProgramTerms, facts: PurchaseFacts): RuleEvaluation[] {
  return RULES.map((rule) => rule(program, facts)).filter((evaluation): evaluation is RuleEvaluation => evaluation !== null);
}

/** The oldest recorded policy year not yet claimed in `program`: what an application to it claims. */
export function nextPolicyYear(program: Pick<ProgramTerms, 'id'>, facts: Pick<PurchaseFacts, 'policies'>): PolicyYear | null {
  return facts.policies.find((policy) => !policy.claimedIn.includes(program.id)) ?? null;
}

/** FAIL if any rule fails, else UNKNOWN if any is unknown, else PASS. */
export function overallOutcome(evaluations: readonly RuleEvaluation[]): RuleOutcome {
  if (evaluations.some((evaluation) => evaluation.outcome === RuleOutcome.FAIL)) return RuleOutcome.FAIL;
  if (evaluations.some((evaluation) => evaluation.outcome === RuleOutcome.UNKNOWN)) return RuleOutcome.UNKNOWN;
  return RuleOutcome.PASS;
}

