import { Field, Float, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsDate, IsEnum, IsOptional, IsString, IsUUID, Length, MaxLength, ValidateNested } from 'class-validator';
import { DateScalar, declaresAll, NumberBetween, OptionalNumberBetween, OptionalText } from '@magmatch/core';
import { ProgramLevel } from '../promotion-program.entity.js';
import type { ProgramDraft } from '../programs.service.js';
import { EvidenceKind, PromotionKind, type PromotionRules } from '../promotion-rules.js';
import { Beneficiary, SubsidyModel } from '../subsidy-models.js';

const MAX_CNY = 1e12;

@InputType()
export class PromotionRulesInput {
  @Field(() => [String], { nullable: true, description: 'Any designation; stored as canonical codes.' })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  grades?: string[] | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  scenarios?: string[] | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  requireFirstBatchNewMaterial?: boolean | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  supplierCities?: string[] | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  supplierRegions?: string[] | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  buyerMustBeEndUser?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  firstPurchaseOfGradeOnly?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'How far back "first purchase" looks; 12 months by default.' })
  @OptionalNumberBetween('rules.firstPurchaseLookbackMonths', 1, 120, ' months')
  firstPurchaseLookbackMonths?: number | null;

  @Field(() => Float, { nullable: true })
  @OptionalNumberBetween('rules.minAmountCny', 0, MAX_CNY)
  minAmountCny?: number | null;

  @Field(() => Float, { nullable: true })
  @OptionalNumberBetween('rules.maxAmountCny', 0, MAX_CNY)
  maxAmountCny?: number | null;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  firstUseOnOrAfter?: string | null;

  @Field(() => [EvidenceKind], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(6)
  @IsEnum(EvidenceKind, { each: true })
  requiredEvidence?: EvidenceKind[] | null;
}

@InputType()
export class CreatePromotionProgramInput {
  @Field()
  @IsString()
  @Length(3, 200, { message: 'name must be 3 to 200 characters long' })
  name: string;

  @Field(() => PromotionKind)
  @IsEnum(PromotionKind)
  kind: PromotionKind;

  @Field(() => ProgramLevel, { nullable: true, description: 'PROVINCIAL by default.' })
  @IsOptional()
  @IsEnum(ProgramLevel)
  level?: ProgramLevel | null;

  @Field(() => String, { nullable: true, description: 'The policy document the program rests on.' })
  @OptionalText('legalBasis', 2000)
  legalBasis?: string | null;

  @Field(() => PromotionRulesInput)
  @ValidateNested()
  @Type(() => PromotionRulesInput)
  rules: PromotionRulesInput;

  @Field(() => SubsidyModel, { nullable: true, description: 'PERCENT_OF_PURCHASE when not given; each model requires its own parameters.' })
  @IsOptional()
  @IsEnum(SubsidyModel)
  subsidyModel?: SubsidyModel | null;

  @Field(() => Beneficiary, { nullable: true, description: 'Who is paid, and so who applies: BUYER when not given.' })
  @IsOptional()
  @IsEnum(Beneficiary)
  beneficiary?: Beneficiary | null;

  @Field(() => Float, { nullable: true, description: 'PERCENT_OF_PURCHASE: share of the purchase amount paid, in percent.' })
  @OptionalNumberBetween('subsidyPct', 0.01, 100, ' %')
  subsidyPct?: number | null;

  @Field(() => Float, { nullable: true, description: 'INSURANCE_PREMIUM: share of the premium counted that is paid, in percent (80 in the national mechanism).' })
  @OptionalNumberBetween('premiumSharePct', 0.01, 100, ' %')
  premiumSharePct?: number | null;

  @Field(() => Float, { nullable: true, description: 'INSURANCE_PREMIUM: the premium rate counted at most, percent of the liability limit counted (3).' })
  @OptionalNumberBetween('maxPremiumRatePct', 0.01, 100, ' %')
  maxPremiumRatePct?: number | null;

  @Field(() => Float, { nullable: true, description: 'INSURANCE_PREMIUM: the liability limit counted at most, × the contract amount (5).' })
  @OptionalNumberBetween('maxLiabilityMultiple', 0.01, 100, '×')
  maxLiabilityMultiple?: number | null;

  @Field(() => Int, { nullable: true, description: 'INSURANCE_PREMIUM: how many policy years of a purchase may be claimed (3).' })
  @OptionalNumberBetween('maxYears', 1, 10, ' years')
  maxYears?: number | null;

  @Field(() => Float, { nullable: true, description: 'PER_TONNE: CNY paid per tonne bought.' })
  @OptionalNumberBetween('subsidyPerTonneCny', 0.01, 1_000_000, ' CNY/t')
  subsidyPerTonneCny?: number | null;

  @Field(() => Float, { nullable: true, description: 'FIXED_AMOUNT: CNY paid per qualifying purchase.' })
  @OptionalNumberBetween('fixedAmountCny', 0.01, MAX_CNY)
  fixedAmountCny?: number | null;

  @Field(() => ID, { nullable: true, description: 'The first-batch edition the program follows; by default the one in force on each contract date.' })
  @IsOptional()
  @IsUUID('all', { message: 'firstBatchEditionId must be an edition id of firstBatchEditions' })
  firstBatchEditionId?: string | null;

  @Field(() => Float, { nullable: true, description: 'The most one beneficiary may get from the program in a calendar year.' })
  @OptionalNumberBetween('annualCapCny', 0.01, MAX_CNY)
  annualCapCny?: number | null;

  @Field(() => Float)
  @NumberBetween('capPerPurchaseCny', 1, MAX_CNY)
  capPerPurchaseCny: number;

  @Field(() => Float)
  @NumberBetween('budgetCny', 1, MAX_CNY)
  budgetCny: number;

  @Field(() => GraphQLISODateTime)
  @IsDate()
  startsAt: Date;

  @Field(() => GraphQLISODateTime)
  @IsDate()
  endsAt: Date;
}

@InputType({ description: 'One policy year of the quality and liability insurance, as its policy states it.' })
export class InsurancePolicyInput {
  @Field()
  @IsString()
  @Length(1, 80, { message: 'policyNumber must be 1 to 80 characters long' })
  policyNumber: string;

  @Field()
  @IsString()
  @Length(1, 200, { message: 'insurer must be 1 to 200 characters long' })
  insurer: string;

  @Field(() => Float)
  @NumberBetween('premiumCny', 0.01, MAX_CNY)
  premiumCny: number;

  @Field(() => Float)
  @NumberBetween('liabilityLimitCny', 1, 1e12)
  liabilityLimitCny: number;

  @Field(() => DateScalar)
  @IsString()
  periodFrom: string;

  @Field(() => DateScalar)
  @IsString()
  periodTo: string;
}

@InputType()
export class RecordPurchaseInput {
  @Field(() => ID, { nullable: true, description: 'The deal the purchase is made under (one purchase per deal): its quantity, amount and contract date are taken unless given (never larger).' })
  @IsOptional()
  @IsUUID('all', { message: 'dealId must be a deal id' })
  dealId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The ACCEPTED match of a deal agreed off the platform; required without dealId.' })
  @IsOptional()
  @IsUUID('all', { message: 'matchId must be a match id' })
  matchId?: string | null;

  @Field(() => Float, { nullable: true, description: 'Required without dealId.' })
  @IsOptional()
  @NumberBetween('quantityTonnes', 0.001, 1e7, ' t')
  quantityTonnes?: number | null;

  @Field(() => Float, { nullable: true, description: 'Required without dealId.' })
  @IsOptional()
  @NumberBetween('amountCny', 0.01, MAX_CNY)
  amountCny?: number | null;

  @Field(() => DateScalar, { nullable: true, description: 'Required without dealId.' })
  @IsOptional()
  @IsString()
  contractSignedAt?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  firstUseAt?: string | null;
}

declaresAll<PromotionRules, PromotionRulesInput>(true);
declaresAll<Omit<ProgramDraft, 'rules'>, CreatePromotionProgramInput>(true);
