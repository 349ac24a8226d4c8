import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ByProductDetailsInput, CardPropertiesInput, ElementLimitInput, PROPERTY_BASES, PropertyBasisEnum, type PropertyBasis, MaterialClassEnum, PRODUCT_FORMS, ProductFormEnum, ScrapDetailsInput, type MaterialClass, type ProductForm } from '@magmatch/catalog';
import { OptionalNumberBetween, OptionalText } from '@magmatch/core';
import { PriceInput } from '@magmatch/trade';

@InputType({ description: 'One value per property with one basis, as before ranges: a TYPICAL value is stored as `typical`, others as `min`.' })
export class MaterialPropertiesInput {
  @Field(() => Float, { nullable: true })
  @OptionalNumberBetween('properties.tensileStrengthMpa', 0, 1000, ' MPa')
  tensileStrengthMpa?: number | null;

  @Field(() => Float, { nullable: true })
  @OptionalNumberBetween('properties.yieldStrengthMpa', 0, 1000, ' MPa')
  yieldStrengthMpa?: number | null;

  @Field(() => Float, { nullable: true })
  @OptionalNumberBetween('properties.elongationPct', 0, 100, ' %')
  elongationPct?: number | null;

  @Field(() => Float, { nullable: true })
  @OptionalNumberBetween('properties.densityGCm3', 1, 3, ' g/cm³')
  densityGCm3?: number | null;

  @Field(() => PropertyBasisEnum)
  @IsIn(PROPERTY_BASES)
  basis: PropertyBasis;

  @Field(() => String, { nullable: true })
  @OptionalText('properties.testStandard', 100)
  testStandard?: string | null;
}

@InputType()
export class CreateListingInput {
  @Field()
  @IsString()
  @Length(1, 200, { message: 'title must be 1 to 200 characters long' })
  title: string;

  @Field(() => String, { nullable: true })
  @OptionalText('titleEn', 200)
  titleEn?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText('description', 5000)
  description?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText('descriptionEn', 5000)
  descriptionEn?: string | null;

  @Field(() => MaterialClassEnum, { nullable: true, description: "Default: the grade's class, or SCRAP / BY_PRODUCT when those details are given, else ALLOY." })
  @IsOptional()
  @IsIn(Object.values(MaterialClassEnum))
  materialClass?: MaterialClass | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Any designation of the catalogue as written in the trade: "AZ91D", "MDC1D", "EN-MC21120", "AM60B-F" (a temper written after it fills `temper`). Kept as typed next to the canonical grade. Required for primary magnesium and alloys; none for by-products and mixed scrap.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(40, { message: 'grade must be at most 40 characters long' })
  grade?: string | null;

  @Field(() => String, { nullable: true, description: 'Grade and temper as written, e.g. "AM60B-F": the same as `grade`, which it may replace.' })
  @IsOptional()
  @IsString()
  @MaxLength(40, { message: 'designation must be at most 40 characters long' })
  designation?: string | null;

  @Field(() => ScrapDetailsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ScrapDetailsInput)
  scrap?: ScrapDetailsInput | null;

  @Field(() => ByProductDetailsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ByProductDetailsInput)
  byProduct?: ByProductDetailsInput | null;

  @Field(() => String, { nullable: true })
  @OptionalText('temper', 10)
  temper?: string | null;

  @Field(() => [ElementLimitInput], { nullable: true, description: 'Composition limits you guarantee, wt% (e.g. Fe max 0.004, Ni max 0.001).' })
  @IsOptional()
  @ArrayMaxSize(40)
  @ValidateNested({ each: true })
  @Type(() => ElementLimitInput)
  composition?: ElementLimitInput[] | null;

  @Field(() => ProductFormEnum)
  @IsIn(PRODUCT_FORMS)
  form: ProductForm;

  @Field(() => CardPropertiesInput, { nullable: true, description: 'The performance card as ranges (min, typical, max, basis, condition); or give `properties`.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => CardPropertiesInput)
  card?: CardPropertiesInput | null;

  @Field(() => MaterialPropertiesInput, { nullable: true, description: 'The card as one value per property with one basis; or give `card`.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => MaterialPropertiesInput)
  properties?: MaterialPropertiesInput | null;

  @Field(() => Float)
  @IsNumber()
  @Min(0.001, { message: 'monthlyCapacityTonnes must be positive' })
  @Max(10_000_000, { message: 'monthlyCapacityTonnes must be at most 10,000,000 t' })
  monthlyCapacityTonnes: number;

  @Field(() => Float, { nullable: true })
  @OptionalNumberBetween('minOrderTonnes', 0, 10_000_000, ' t')
  minOrderTonnes?: number | null;

  @Field(() => PriceInput, { nullable: true, description: 'The lowest price, with its basis.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => PriceInput)
  priceFrom?: PriceInput | null;

  @Field(() => PriceInput, { nullable: true, description: 'The highest price, on the basis of `priceFrom`.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => PriceInput)
  priceTo?: PriceInput | null;

  @Field(() => Float, { nullable: true, description: 'As a bare CNY/t number; its basis is assumed (VAT included, EXW at your city) until you confirm it. Prefer `priceFrom`.' })
  @OptionalNumberBetween('priceMinCnyPerTonne', 0, 10_000_000, ' CNY/t')
  priceMinCnyPerTonne?: number | null;

  @Field(() => Float, { nullable: true, description: 'As a bare CNY/t number, like `priceMinCnyPerTonne`. Prefer `priceTo`.' })
  @OptionalNumberBetween('priceMaxCnyPerTonne', 0, 10_000_000, ' CNY/t')
  priceMaxCnyPerTonne?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'leadTimeDays must be from 0 to 365' })
  @Max(365, { message: 'leadTimeDays must be from 0 to 365' })
  leadTimeDays?: number | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(100, { each: true, message: 'each delivery region must be at most 100 characters long' })
  deliveryRegions?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Certification codes of the catalogue, e.g. IATF16949.' })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  certifications?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Scenario codes of the catalogue, e.g. AUTO_SEAT_FRAME.' })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  scenarios?: string[] | null;

  @Field(() => String, { nullable: true })
  @OptionalText('city', 100)
  city?: string | null;

  @Field(() => Float, { nullable: true })
  @OptionalNumberBetween('recycledContentPct', 0, 100, ' %')
  recycledContentPct?: number | null;

  @Field(() => Float, { nullable: true })
  @OptionalNumberBetween('carbonFootprintKgCo2ePerKg', 0, 100, ' kg CO2e/kg')
  carbonFootprintKgCo2ePerKg?: number | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  firstBatchNewMaterial?: boolean | null;

  @Field(() => String, { nullable: true })
  @OptionalText('catalogueEntry', 200)
  catalogueEntry?: string | null;

  @Field(() => ID, { nullable: true, description: 'The first-batch catalogue entry the listing is (see firstBatchEditions); a moderator verifies the claim.' })
  @IsOptional()
  @IsUUID('all', { message: 'firstBatchEntryId must be an entry id of firstBatchEditions' })
  firstBatchEntryId?: string | null;
}

/** The criteria that filtering and searching listings share. */
@InputType({ isAbstract: true })
export abstract class ListingCriteriaInput {
  @Field(() => [String], { nullable: true, description: 'Any designations; equivalent grades match.' })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(40, { each: true, message: 'each grade must be at most 40 characters long' })
  grades?: string[] | null;

  @Field(() => [ProductFormEnum], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsIn(PRODUCT_FORMS, { each: true })
  forms?: ProductForm[] | null;

  @Field(() => [MaterialClassEnum], { nullable: true, description: 'Primary magnesium, alloy, scrap, by-product: any of these.' })
  @IsOptional()
  @ArrayMaxSize(4)
  @IsIn(Object.values(MaterialClassEnum), { each: true })
  materialClasses?: MaterialClass[] | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(100, { each: true, message: 'each city must be at most 100 characters long' })
  cities?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Certifications the listing must all hold.' })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  certifications?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Scenario codes of the catalogue, e.g. AUTO_SEAT_FRAME: listings offered for any of them.' })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(40, { each: true, message: 'each scenario must be at most 40 characters long' })
  scenarios?: string[] | null;
}

@InputType({ description: 'Every given criterion must hold.' })
export class ListingFilterInput extends ListingCriteriaInput {
  @Field(() => String, { nullable: true })
  @OptionalText('scenario', 40)
  scenario?: string | null;

  @Field(() => Float, { nullable: true })
  @OptionalNumberBetween('filter.minMonthlyCapacityTonnes', 0, 10_000_000, ' t')
  minMonthlyCapacityTonnes?: number | null;
}
