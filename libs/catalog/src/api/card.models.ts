import { Field, Float, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsIn, IsNumber, IsOptional, ValidateNested } from 'class-validator';
import { enumOf, OptionalText } from '@magmatch/core';
import { PROPERTY_BASES, type PropertyBasis as PropertyBasisValue } from '../card.js';

export const PropertyBasisEnum = enumOf<PropertyBasisValue>(PROPERTY_BASES);
registerEnumType(PropertyBasisEnum, {
  name: 'PropertyBasis',
  description: 'TYPICAL: a typical value, not guaranteed; SPEC_MINIMUM: a standard or specification guarantees it; TESTED: measured on the product.',
});

@ObjectType('PropertyRange', { description: 'One property: minimum, typical and maximum (any may be open), their basis and the condition they hold for.' })
export class PropertyRangeModel {
  @Field(() => Float, { nullable: true })
  min: number | null;

  @Field(() => Float, { nullable: true })
  typical: number | null;

  @Field(() => Float, { nullable: true })
  max: number | null;

  @Field(() => PropertyBasisEnum)
  basis: PropertyBasisValue;

  @Field(() => String, { nullable: true, description: 'What the values hold for, e.g. "section 6–12 mm", "as-cast".' })
  condition: string | null;
}

@ObjectType('CardProperties', { description: 'The material performance card (性能卡片): MPa, %, HB and g/cm³, each property a range with its basis.' })
export class CardPropertiesModel {
  @Field(() => PropertyRangeModel, { nullable: true })
  tensileStrengthMpa: PropertyRangeModel | null;

  @Field(() => PropertyRangeModel, { nullable: true })
  yieldStrengthMpa: PropertyRangeModel | null;

  @Field(() => PropertyRangeModel, { nullable: true })
  elongationPct: PropertyRangeModel | null;

  @Field(() => PropertyRangeModel, { nullable: true })
  hardnessHb: PropertyRangeModel | null;

  @Field(() => Float, { nullable: true })
  densityGCm3: number | null;

  @Field(() => String, { nullable: true, description: 'The test method behind TESTED values, e.g. "GB/T 228.1".' })
  testStandard: string | null;
}

@InputType({ description: 'One property: at least one of min, typical and max; bounds and order are checked (min ≤ typical ≤ max).' })
export class PropertyRangeInput {
  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  min?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  typical?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  max?: number | null;

  @Field(() => PropertyBasisEnum)
  @IsIn(PROPERTY_BASES)
  basis: PropertyBasisValue;

  @Field(() => String, { nullable: true })
  @OptionalText('condition', 200)
  condition?: string | null;
}

@InputType({ description: 'A performance card: ranges per property; testStandard is required when a basis is TESTED.' })
export class CardPropertiesInput {
  @Field(() => PropertyRangeInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PropertyRangeInput)
  tensileStrengthMpa?: PropertyRangeInput | null;

  @Field(() => PropertyRangeInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PropertyRangeInput)
  yieldStrengthMpa?: PropertyRangeInput | null;

  @Field(() => PropertyRangeInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PropertyRangeInput)
  elongationPct?: PropertyRangeInput | null;

  @Field(() => PropertyRangeInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PropertyRangeInput)
  hardnessHb?: PropertyRangeInput | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  densityGCm3?: number | null;

  @Field(() => String, { nullable: true })
  @OptionalText('card.testStandard', 100)
  testStandard?: string | null;
}
