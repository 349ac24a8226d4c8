import { Field, Float, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsEnum, IsIn, IsInt, IsOptional, IsString, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ElementLimitInput, MaterialClassEnum, PRODUCT_FORMS, ProductFormEnum, SCRAP_CLASSES, ScrapClassEnum, type MaterialClass, type ProductForm, type ScrapClass } from '@magmatch/catalog';
import { DateScalar, NumberBetween, OptionalNumberBetween, OptionalText } from '@magmatch/core';
import { PriceInput } from '@magmatch/trade';
import { Visibility } from '../requirement.entity.js';

@InputType()
export class CreateRequirementInput {
  @Field()
  @IsString()
  @Length(1, 200, { message: 'title must be 1 to 200 characters long' })
  title: string;

  @Field(() => String, { nullable: true })
  @OptionalText('description', 5000)
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'A scenario code; its template fills the minimums left empty.' })
  @OptionalText('scenario', 40)
  scenario?: string | null;

  @Field(() => [String], { nullable: true, description: 'Any designations of the catalogue; empty: any grade.' })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(40, { each: true, message: 'each acceptable grade must be at most 40 characters long' })
  acceptableGrades?: string[] | null;

  @Field(() => ProductFormEnum, { nullable: true })
  @IsOptional()
  @IsIn(PRODUCT_FORMS)
  form?: ProductForm | null;

  @Field(() => MaterialClassEnum, { nullable: true, description: 'Default: SCRAP or BY_PRODUCT by the form, PRIMARY_MAGNESIUM when every grade is, else ALLOY.' })
  @IsOptional()
  @IsIn(Object.values(MaterialClassEnum))
  materialClass?: MaterialClass | null;

  @Field(() => [ScrapClassEnum], { nullable: true, description: 'SCRAP requirements: the scrap classes you accept.' })
  @IsOptional()
  @ArrayMaxSize(4)
  @IsIn(SCRAP_CLASSES, { each: true })
  scrapClasses?: ScrapClass[] | null;

  @Field(() => [ElementLimitInput], { nullable: true, description: 'Composition limits a listing must guarantee, wt% (e.g. Mg min 99.90, Fe max 0.004).' })
  @IsOptional()
  @ArrayMaxSize(40)
  @ValidateNested({ each: true })
  @Type(() => ElementLimitInput)
  composition?: ElementLimitInput[] | null;

  @Field(() => Float, { nullable: true })
  @OptionalNumberBetween('minTensileStrengthMpa', 0, 1000, ' MPa')
  minTensileStrengthMpa?: number | null;

  @Field(() => Float, { nullable: true })
  @OptionalNumberBetween('minYieldStrengthMpa', 0, 1000, ' MPa')
  minYieldStrengthMpa?: number | null;

  @Field(() => Float, { nullable: true })
  @OptionalNumberBetween('minElongationPct', 0, 100, ' %')
  minElongationPct?: number | null;

  @Field(() => Float, { nullable: true })
  @OptionalNumberBetween('maxDensityGCm3', 1, 3, ' g/cm³')
  maxDensityGCm3?: number | null;

  @Field(() => Float, { nullable: true })
  @OptionalNumberBetween('serviceTemperatureC', -60, 400, ' °C')
  serviceTemperatureC?: number | null;

  @Field(() => Float)
  @NumberBetween('quantityTonnesPerMonth', 0.001, 1_000_000, ' t')
  quantityTonnesPerMonth: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'durationMonths must be from 1 to 120' })
  @Max(120, { message: 'durationMonths must be from 1 to 120' })
  durationMonths?: number | null;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  neededBy?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText('city', 100)
  city?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  requiredCertifications?: string[] | null;

  @Field(() => PriceInput, { nullable: true, description: 'Your price limit with its basis (e.g. 含税到厂: CNY, VAT included, DAP your works); suppliers never see it.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => PriceInput)
  maxPrice?: PriceInput | null;

  @Field(() => Float, { nullable: true, description: 'Your price limit as a bare CNY/t number (basis assumed: VAT included, EXW). Prefer `maxPrice`; suppliers never see it.' })
  @OptionalNumberBetween('maxPriceCnyPerTonne', 0, 10_000_000, ' CNY/t')
  maxPriceCnyPerTonne?: number | null;

  @Field(() => Visibility, { nullable: true, defaultValue: Visibility.PUBLIC })
  @IsOptional()
  @IsEnum(Visibility)
  visibility?: Visibility | null;
}
