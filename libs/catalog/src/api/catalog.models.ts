import { Field, Float, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsNumber, IsOptional, IsString, MaxLength } from 'class-validator';
import type { AlloyGradeData, GradeStatus as GradeStatusValue, MaterialClass as MaterialClassValue } from '../data/grades.js';
import { PRODUCT_FORMS, type ProductForm } from '../data/reference.js';

/** The product forms as a GraphQL enum. */
export const ProductFormEnum = Object.fromEntries(PRODUCT_FORMS.map((form) => [form, form])) as { [F in ProductForm]: F };
registerEnumType(ProductFormEnum, { name: 'ProductForm' });

@ObjectType({ description: 'Typical room-temperature values from the reference catalogue.' })
export class TypicalProperties {
  @Field(() => Float, { nullable: true })
  tensileStrengthMpa: number | null;

  @Field(() => Float, { nullable: true })
  yieldStrengthMpa: number | null;

  @Field(() => Float, { nullable: true })
  elongationPct: number | null;

  @Field(() => Float)
  densityGCm3: number;
}

export const MaterialClass = {
  PRIMARY_MAGNESIUM: 'PRIMARY_MAGNESIUM',
  ALLOY: 'ALLOY',
  SCRAP: 'SCRAP',
  BY_PRODUCT: 'BY_PRODUCT',
} as const satisfies { [C in MaterialClassValue]: C };
registerEnumType(MaterialClass, { name: 'MaterialClass', description: 'Primary magnesium ingot, alloy, scrap, or a by-product such as reduction slag.' });

export const GradeStatus = {
  STANDARD: 'STANDARD',
  PROPRIETARY: 'PROPRIETARY',
  PROPOSED: 'PROPOSED',
  RETIRED: 'RETIRED',
} as const satisfies { [S in GradeStatusValue]: S };
registerEnumType(GradeStatus, { name: 'GradeStatus', description: 'RETIRED grades still resolve for old records; new listings must choose another.' });

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
});
