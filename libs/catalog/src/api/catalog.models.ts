import { Field, Float, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsIn, IsNumber, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { enumOf, OptionalNumberBetween, OptionalText } from '@magmatch/core';
import type { CardProperties } from '../card.js';
import { CardPropertiesInput, CardPropertiesModel } from './card.models.js';
import type { AlloyGradeData, GradeStatus as GradeStatusValue, MaterialClass as MaterialClassValue } from '../data/grades.js';
import { BY_PRODUCT_KINDS, MATERIAL_CLASSES, SCRAP_CLASSES, type ByProductKind as ByProductKindValue, type ScrapClass as ScrapClassValue } from '../material-classes.js';
import { PRODUCT_FORMS, type ProductForm } from '../data/reference.js';

/** The product forms as a GraphQL enum. */
export const ProductFormEnum = enumOf<ProductForm>(PRODUCT_FORMS);
registerEnumType(ProductFormEnum, { name: 'ProductForm' });

@ObjectType({ description: 'Typical room-temperature values from the reference catalogue.' })
export class TypicalProperties {
  @Field(() => Float, { nullable: true })
  tensileStrengthMpa: number | null;

  @Field(() => Float, { nullable: true })
  yieldStrengthMpa: number | null;

  @Field(() => Float, { nullable: true })
  elongationPct: number | null;

  @Field(() => Float, { nullable: true })
  densityGCm3: number | null;
}

export const MaterialClass = enumOf<MaterialClassValue>(MATERIAL_CLASSES);
registerEnumType(MaterialClass, { name: 'MaterialClass', description: 'Primary magnesium ingot, alloy, scrap, or a by-product such as reduction slag.' });

export const GradeStatus = {
  STANDARD: 'STANDARD',
  PROPRIETARY: 'PROPRIETARY',
  PROPOSED: 'PROPOSED',
  RETIRED: 'RETIRED',
} as const satisfies { [S in GradeStatusValue]: S };
registerEnumType(GradeStatus, { name: 'GradeStatus', description: 'RETIRED grades still resolve for old records; new listings must choose another.' });

export const ScrapClass = enumOf<ScrapClassValue>(SCRAP_CLASSES);
registerEnumType(ScrapClass, { name: 'ScrapClass', description: 'TYPE_I clean returns; TYPE_II oily, painted or coated; TYPE_III dross-bearing; TYPE_IV chips and fines.' });

export const ByProductKind = enumOf<ByProductKindValue>(BY_PRODUCT_KINDS);
registerEnumType(ByProductKind, { name: 'ByProductKind', description: 'Pidgeon-process reduction slag (镁渣), dross, flux residue, other.' });

@ObjectType('ScrapDetails', { description: 'What identifies scrap: class, alloy family (null: mixed alloys), contamination, sorting.' })
export class ScrapDetailsModel {
  @Field(() => ScrapClass)
  scrapClass: ScrapClassValue;

  @Field(() => String, { nullable: true, description: 'Null: mixed alloys.' })
  alloyFamily: string | null;

  @Field(() => Float, { nullable: true })
  oilPct: number | null;

  @Field(() => Float, { nullable: true })
  moisturePct: number | null;

  @Field()
  sorted: boolean;
}

@InputType({ description: 'Scrap: its class is required; alloyFamily comes from the grade when one is named; leave it empty for mixed alloys.' })
export class ScrapDetailsInput {
  @Field(() => ScrapClass)
  @IsIn(SCRAP_CLASSES)
  scrapClass: ScrapClassValue;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  alloyFamily?: string | null;

  @Field(() => Float, { nullable: true })
  @OptionalNumberBetween('scrap.oilPct', 0, 100, ' %')
  oilPct?: number | null;

  @Field(() => Float, { nullable: true })
  @OptionalNumberBetween('scrap.moisturePct', 0, 100, ' %')
  moisturePct?: number | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  sorted?: boolean | null;
}

@InputType({ description: 'A by-product: its kind, the uses it is offered for, its moisture.' })
export class ByProductDetailsInput {
  @Field(() => ByProductKind)
  @IsIn(BY_PRODUCT_KINDS)
  kind: ByProductKindValue;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  uses?: string[] | null;

  @Field(() => Float, { nullable: true })
  @OptionalNumberBetween('byProduct.moisturePct', 0, 100, ' %')
  moisturePct?: number | null;
}

@ObjectType('ByProductDetails', { description: 'What identifies a by-product: its kind, the uses it is offered for, its moisture.' })
export class ByProductDetailsModel {
  @Field(() => ByProductKind)
  kind: ByProductKindValue;

  @Field(() => [String], { description: 'e.g. cement raw meal, mineraliser, road base, wall materials.' })
  uses: string[];

  @Field(() => Float, { nullable: true })
  moisturePct: number | null;
}

@ObjectType({ description: 'One name of a grade in one standard, e.g. { standard: "JIS H 5303", code: "MDC1D" }.' })
export class Designation {
  @Field()
  standard: string;

  @Field()
  code: string;
}

@ObjectType({ description: 'A composition limit in wt%; element is a symbol ("Fe") or an oxide ("CaO"); a missing bound is open.' })
export class ElementLimit {
  @Field()
  element: string;

  @Field(() => Float, { nullable: true })
  minPct: number | null;

  @Field(() => Float, { nullable: true })
  maxPct: number | null;
}

@InputType({ description: 'A composition limit in wt%: at least one of minPct and maxPct, e.g. { element: "Fe", maxPct: 0.004 }.' })
export class ElementLimitInput {
  @Field()
  @IsString()
  @MaxLength(20)
  element: string;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  minPct?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  maxPct?: number | null;
}

@ObjectType()
export class AlloyGrade {
  @Field()
  code: string;

  @Field()
  family: string;

  @Field(() => [String], { description: 'Equivalent designations in other standards, and old Chinese names.' })
  designations: string[];

  @Field(() => [String])
  standards: string[];

  @Field(() => TypicalProperties)
  typical: TypicalProperties;

  @Field()
  typicalUses: string;

  @Field(() => MaterialClass)
  materialClass: MaterialClassValue;

  @Field(() => GradeStatus)
  status: GradeStatusValue;

  @Field(() => [Designation], { description: "The grade's names in the standards, its own code included." })
  designationsByStandard: Designation[];

  @Field(() => [ElementLimit], { description: 'Composition limits in wt% from the source named in compositionSource; empty where none is verified yet.' })
  composition: ElementLimit[];

  @Field(() => String, { nullable: true })
  compositionSource: string | null;

  @Field(() => CardPropertiesModel, { nullable: true, description: "A producer's grade: its typical card as proposed, with ranges, bases and conditions." })
  typicalCard: CardProperties | null;

  /** The producer of a proprietary or proposed grade; `owner` resolves it. */
  ownerId: string | null;
}

@ObjectType({ description: 'How a typed designation was read: "AM60B-F" → AM60B with temper F.' })
export class ResolvedDesignation {
  @Field()
  typed: string;

  @Field(() => AlloyGrade, { nullable: true })
  grade: AlloyGrade | null;

  @Field(() => String, { nullable: true })
  temper: string | null;

  @Field(() => String, { nullable: true, description: 'How it was read: the standard whose name it is, an alias, a retired grade, a temper split off.' })
  note: string | null;
}

@ObjectType()
export class Certification {
  @Field()
  code: string;

  @Field()
  name: string;
}

@ObjectType({ description: "A usual grade of a scenario whose typical values fall below the template's minimums, and why the template asks more." })
export class TemplateExclusion {
  @Field()
  grade: string;

  @Field()
  because: string;
}

@ObjectType({ description: 'An application scenario and the requirement template it pre-fills.' })
export class Scenario {
  @Field()
  code: string;

  @Field()
  name: string;

  @Field()
  nameZh: string;

  @Field(() => Float, { nullable: true })
  minTensileStrengthMpa: number | null;

  @Field(() => Float, { nullable: true })
  minElongationPct: number | null;

  @Field(() => [String])
  usualGrades: string[];

  @Field(() => [String])
  usualCertifications: string[];

  @Field()
  whatMatters: string;

  @Field(() => [TemplateExclusion], { description: 'Usual grades the template excludes by its minimums: a buyer starting from it sees them before submitting.' })
  excludes: TemplateExclusion[];
}

export const toAlloyGrade = (grade: AlloyGradeData): AlloyGrade => ({
  code: grade.code,
  family: grade.family,
  designations: [...grade.designations],
  standards: [...grade.standards],
  typical: grade.typical,
  typicalUses: grade.typicalUses,
  materialClass: grade.materialClass,
  status: grade.status,
  designationsByStandard: grade.designationsByStandard.map((designation) => ({ ...designation })),
  composition: grade.composition.map((limit) => ({ ...limit })),
  compositionSource: grade.compositionSource,
  typicalCard: grade.typicalCard,
  ownerId: grade.ownerId,
});

@InputType({ description: "A producer's own grade (e.g. a first-batch material): code, class, family, other names, composition and typical card." })
export class ProposeGradeInput {
  @Field({ description: 'The code the producer sells it under, e.g. "QYM-AX41".' })
  @IsString()
  @MaxLength(30, { message: 'code must be at most 30 characters long' })
  code: string;

  @Field(() => MaterialClass, { description: 'ALLOY or PRIMARY_MAGNESIUM: scrap and by-products have no grade.' })
  @IsIn(MATERIAL_CLASSES)
  materialClass: MaterialClassValue;

  @Field(() => String, { nullable: true, description: 'Required for an alloy: its ASTM B275 family letters, e.g. AZ, AM, ZK, WE.' })
  @IsOptional()
  @IsString()
  @MaxLength(4, { message: 'family must be at most 4 letters' })
  family?: string | null;

  @Field(() => [String], { nullable: true, description: "Other names of the grade (the producer's designations); none may name another grade." })
  @IsOptional()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(30, { each: true, message: 'each designation must be at most 30 characters long' })
  designations?: string[] | null;

  @Field(() => [ElementLimitInput], { nullable: true, description: 'Composition limits, wt%.' })
  @IsOptional()
  @ArrayMaxSize(40)
  @ValidateNested({ each: true })
  @Type(() => ElementLimitInput)
  composition?: ElementLimitInput[] | null;

  @Field(() => CardPropertiesInput, { nullable: true, description: 'The typical card, as ranges with their basis.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => CardPropertiesInput)
  typical?: CardPropertiesInput | null;

  @Field(() => String, { nullable: true, description: 'What it is used for; shown with the grade once approved.' })
  @OptionalText('typicalUses', 500)
  typicalUses?: string | null;

  @Field(() => String, { nullable: true, description: 'Anything the association should know for its review; not shown with the grade.' })
  @OptionalText('note', 2000)
  note?: string | null;

  @Field(() => String, { nullable: true, description: 'The test report behind the values: number and laboratory.' })
  @OptionalText('testReport', 200)
  testReport?: string | null;
}
