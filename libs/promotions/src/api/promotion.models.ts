import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateScalar, declaresAll } from '@magmatch/core';
import { Match } from '@magmatch/matching';
import { ProgramLevel, ProgramState } from '../promotion-program.entity.js';
import { Beneficiary, SubsidyModel, type SubsidyTerms } from '../subsidy-models.js';
import { EvidenceKind, PromotionKind, RuleOutcome, type PromotionRules } from '../promotion-rules.js';

registerEnumType(PromotionKind, { name: 'PromotionKind' });
registerEnumType(RuleOutcome, { name: 'RuleOutcome' });
registerEnumType(EvidenceKind, { name: 'EvidenceKind' });
registerEnumType(ProgramLevel, { name: 'ProgramLevel' });
registerEnumType(ProgramState, { name: 'ProgramState' });
registerEnumType(SubsidyModel, {
  name: 'SubsidyModel',
  description: 'PERCENT_OF_PURCHASE: a share of the amount; INSURANCE_PREMIUM: a share of the premium of the insurance the producer buys for the user (the national first-batch mechanism); PER_TONNE; FIXED_AMOUNT.',
});
registerEnumType(Beneficiary, { name: 'Beneficiary', description: 'Who is paid, and applies; the other party sees the application.' });

@ObjectType({ description: "A program's rules as stored (absent = any)." })
export class PromotionRulesView {
  @Field(() => [String], { nullable: true })
  grades?: readonly string[];

  @Field(() => [String], { nullable: true })
  scenarios?: readonly string[];

  @Field(() => Boolean, { nullable: true })
  requireFirstBatchNewMaterial?: boolean;

  @Field(() => [String], { nullable: true })
  supplierCities?: readonly string[];

  @Field(() => [String], { nullable: true })
  supplierRegions?: readonly string[];

  @Field(() => Boolean, { nullable: true })
  buyerMustBeEndUser?: boolean;

  @Field(() => Boolean, { nullable: true })
  firstPurchaseOfGradeOnly?: boolean;

  @Field(() => Int, { nullable: true })
  firstPurchaseLookbackMonths?: number;

  @Field(() => Float, { nullable: true })
  minAmountCny?: number;

  @Field(() => Float, { nullable: true })
  maxAmountCny?: number;

  @Field(() => DateScalar, { nullable: true })
  firstUseOnOrAfter?: string;

  @Field(() => [EvidenceKind], { nullable: true })
  requiredEvidence?: readonly EvidenceKind[];
}

@ObjectType()
export class PromotionProgram {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => PromotionKind)
  kind: PromotionKind;

  @Field(() => ProgramLevel)
  level: ProgramLevel;

  @Field(() => String, { nullable: true })
  legalBasis: string | null;

  @Field(() => PromotionRulesView)
  rules: PromotionRulesView;

  @Field(() => Int)
  rulesVersion: number;

  @Field(() => Float, { description: 'PERCENT_OF_PURCHASE: share of the purchase amount paid, in percent; 0 for the other models.' })
  subsidyPct: number;

  @Field(() => SubsidyModel)
  subsidyModel: SubsidyModel;

  @Field(() => Beneficiary)
  beneficiary: Beneficiary;

  @Field(() => Float, { nullable: true, description: 'INSURANCE_PREMIUM: share of the premium counted that is paid, e.g. 80.' })
  premiumSharePct: number | null;

  @Field(() => Float, { nullable: true, description: 'INSURANCE_PREMIUM: premium rate counted at most, percent, e.g. 3.' })
  maxPremiumRatePct: number | null;

  @Field(() => Float, { nullable: true, description: 'INSURANCE_PREMIUM: liability limit counted at most, × the contract amount, e.g. 5.' })
  maxLiabilityMultiple: number | null;

  @Field(() => Int, { nullable: true, description: 'INSURANCE_PREMIUM: how many policy years may be claimed.' })
  maxYears: number | null;

  @Field(() => Float, { nullable: true, description: 'Per beneficiary and calendar year.' })
  annualCapCny: number | null;

  @Field(() => Float, { nullable: true, description: 'PER_TONNE: CNY per tonne.' })
  subsidyPerTonneCny: number | null;

  @Field(() => Float, { nullable: true, description: 'FIXED_AMOUNT: CNY per qualifying purchase.' })
  fixedAmountCny: number | null;

  @Field(() => Float)
  capPerPurchaseCny: number;

  @Field(() => Float)
  budgetCny: number;

  @Field(() => Float, { description: 'Reserved by granted applications; never more than the budget.' })
  committedCny: number;

  @Field(() => GraphQLISODateTime)
  startsAt: Date;

  @Field(() => GraphQLISODateTime)
  endsAt: Date;

  @Field(() => ProgramState)
  state: ProgramState;

  @Field()
  launched: boolean;
}

@ObjectType()
export class RuleEvaluation {
  @Field()
  rule: string;

  @Field(() => RuleOutcome)
  outcome: RuleOutcome;

  @Field({ description: 'Plain words; for UNKNOWN, what to do about it.' })
  detail: string;
}

@ObjectType()
export class ProgramEligibility {
  @Field(() => PromotionProgram)
  program: PromotionProgram;

  @Field(() => RuleOutcome)
  outcome: RuleOutcome;

  @Field(() => [RuleEvaluation])
  rules: RuleEvaluation[];

  @Field(() => Float, { nullable: true, description: 'The subsidy if every rule passes; null when one fails.' })
  estimatedSubsidyCny: number | null;

  @Field(() => String, { nullable: true, description: 'The arithmetic of the estimate in words, caps included, and who is paid.' })
  subsidyExplanation: string | null;
}

@ObjectType({ description: 'One policy year of the quality and liability insurance the producer bought for the user.' })
export class InsurancePolicy {
  @Field()
  policyNumber: string;

  @Field()
  insurer: string;

  @Field(() => Float)
  premiumCny: number;

  @Field(() => Float)
  liabilityLimitCny: number;

  @Field(() => DateScalar)
  periodFrom: string;

  @Field(() => DateScalar)
  periodTo: string;
}

@ObjectType()
export class EvidenceDocument {
  @Field(() => ID)
  id: string;

  @Field(() => EvidenceKind)
  kind: EvidenceKind;

  @Field()
  fileName: string;

  @Field({ description: 'Recognised from the content: application/pdf, image/png or image/jpeg.' })
  contentType: string;

  @Field(() => Int)
  sizeBytes: number;

  @Field()
  sha256: string;

  @Field(() => GraphQLISODateTime)
  uploadedAt: Date;
}

@ObjectType()
export class Purchase {
  @Field(() => ID)
  id: string;

  @Field(() => Match)
  match: Match;

  @Field(() => Float)
  quantityTonnes: number;

  @Field(() => Float)
  amountCny: number;

  @Field(() => DateScalar)
  contractSignedAt: string;

  @Field(() => DateScalar, { nullable: true, description: "The acceptance report's date." })
  firstUseAt: string | null;

  @Field(() => Boolean, { nullable: true })
  useSucceeded: boolean | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  deliveryConfirmedAt: Date | null;

  @Field(() => [EvidenceDocument])
  evidence: EvidenceDocument[];

  @Field(() => [ProgramEligibility], { description: 'Against every open program, as of now.' })
  eligibility: ProgramEligibility[];
}

@ObjectType()
export class PromotionApplication {
  @Field(() => ID)
  id: string;

  @Field(() => PromotionProgram)
  program: PromotionProgram;

  @Field(() => Purchase)
  purchase: Purchase;

  @Field({ description: 'PENDING, GRANTED, REJECTED or WITHDRAWN.' })
  state: string;

  @Field(() => Float)
  requestedCny: number;

  @Field(() => Float, { nullable: true })
  grantedCny: number | null;

  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field(() => String, { nullable: true, description: 'The arithmetic of the amount requested, or granted, in words.' })
  explanation: string | null;
}

@ObjectType({ description: 'An entry of the replication list of mature applications (复制推广清单).' })
export class ProvenApplication {
  @Field(() => ID)
  id: string;

  @Field()
  grade: string;

  @Field()
  form: string;

  @Field()
  scenario: string;

  @Field({ description: 'The buyer who proved it, by name.' })
  buyerName: string;

  @Field()
  caseText: string;

  @Field(() => GraphQLISODateTime)
  publishedAt: Date;
}

@ObjectType()
export class ApplicationStateCount {
  @Field()
  state: string;

  @Field(() => Int)
  count: number;

  @Field(() => Float)
  requestedCny: number;

  @Field(() => Float)
  grantedCny: number;
}

@ObjectType()
export class GradeScenarioPurchases {
  @Field()
  grade: string;

  @Field(() => String, { nullable: true })
  scenario: string | null;

  @Field(() => Int)
  purchases: number;

  @Field(() => Float)
  tonnes: number;

  @Field(() => Float)
  amountCny: number;
}

@ObjectType()
export class BeneficiaryGrants {
  @Field()
  organization: string;

  @Field(() => Int)
  year: number;

  @Field(() => Int)
  grants: number;

  @Field(() => Float)
  grantedCny: number;
}

@ObjectType()
export class ProgramReport {
  @Field(() => PromotionProgram)
  program: PromotionProgram;

  @Field(() => [ApplicationStateCount])
  applicationsByState: ApplicationStateCount[];

  @Field(() => Float)
  committedCny: number;

  @Field(() => Float)
  grantedCny: number;

  @Field(() => Float)
  budgetCny: number;

  @Field(() => [GradeScenarioPurchases])
  purchasesByGradeAndScenario: GradeScenarioPurchases[];

  @Field(() => Int)
  firstUses: number;

  @Field({ description: 'What the program pays and to whom, in words.' })
  subsidyTerms: string;

  @Field(() => [BeneficiaryGrants], { description: 'Granted money per beneficiary and calendar year of the contracts (what annual caps hold).' })
  grantsByBeneficiary: BeneficiaryGrants[];

  @Field(() => Int, { description: 'INSURANCE_PREMIUM: policy years claimed by pending or granted applications.' })
  policyYearsClaimed: number;

  @Field(() => Float, { description: 'INSURANCE_PREMIUM: the premiums of those policy years, CNY.' })
  premiumsClaimedCny: number;
}

declaresAll<PromotionRules, PromotionRulesView>(true);
declaresAll<Omit<SubsidyTerms, 'subsidyPct'>, PromotionProgram>(true);
