import { Field, Float, InputType, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsString, MaxLength, ValidateNested } from 'class-validator';
import { DateScalar } from '@magmatch/core';
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

  @Field({ description: 'Who published it: a price reporter, an exchange, the association.' })
  @IsString()
  @MaxLength(200, { message: 'source must be at most 200 characters long' })
  source: string;
}
