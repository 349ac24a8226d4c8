import { Field, Float, InputType, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { PRODUCT_FORMS, ProductFormEnum, type ProductForm } from '@magmatch/catalog';
import { DateScalar, OptionalText } from '@magmatch/core';
import type { Currency as CurrencyValue } from '../price.js';
import { Currency, PriceInput, PriceModel } from './price.models.js';

@ObjectType('ExchangeRate', { description: 'CNY per unit of a currency on a day, as the association records it.' })
export class ExchangeRateModel {
  @Field(() => Currency)
  currency: CurrencyValue;

  @Field(() => Float)
  cnyPerUnit: number;

  @Field(() => DateScalar)
  date: string;
}

@ObjectType('ReferencePrice', { description: 'One value of a reference price series, with its source.' })
export class ReferencePriceModel {
  @Field()
  series: string;

  @Field(() => DateScalar)
  date: string;

  @Field(() => PriceModel)
  price: PriceModel;

  @Field()
  source: string;

  @Field(() => String, { nullable: true, description: 'The catalogue grade the series prices: the reference of listings and quotes of that grade and form.' })
  grade: string | null;

  @Field(() => ProductFormEnum, { description: 'The product form the series prices (INGOT for the published series).' })
  form: ProductForm;
}

@InputType()
export class ReferencePriceInput {
  @Field({ description: 'e.g. "Mg99.90 ex-works Fugu", "AZ91D alloy ingot ex-works".' })
  @IsString()
  @MaxLength(80, { message: 'series must be at most 80 characters long' })
  series: string;

  @Field(() => DateScalar)
  @IsString()
  date: string;

  @Field(() => PriceInput)
  @ValidateNested()
  @Type(() => PriceInput)
  price: PriceInput;

  @Field(() => String, { nullable: true, description: 'The grade the series prices; by default the one its first word names ("Mg99.90 ex-works Fugu").' })
  @OptionalText('grade', 40)
  grade?: string | null;

  @Field(() => ProductFormEnum, { nullable: true, description: 'The product form it prices; INGOT when not given.' })
  @IsOptional()
  @IsIn(PRODUCT_FORMS)
  form?: ProductForm | null;

  @Field({ description: 'Who published it: a price reporter, an exchange, the association.' })
  @IsString()
  @MaxLength(200, { message: 'source must be at most 200 characters long' })
  source: string;
}
