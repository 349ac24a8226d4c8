import { Field, Float, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { AlloyGradeData } from '../data/grades.js';
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
  ...grade,
  designations: [...grade.designations],
  standards: [...grade.standards],
});
