import { Field, Float, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsIn, IsNumber, IsOptional } from 'class-validator';
import { DateScalar, enumOf, OptionalText } from '@magmatch/core';
import type { Currency as CurrencyValue, Incoterm as IncotermValue, PaymentTerms as PaymentTermsValue, PriceUnit as PriceUnitValue, TaxBasis as TaxBasisValue } from '../price.js';

export const CURRENCIES: readonly CurrencyValue[] = ['CNY', 'USD', 'EUR'];
export const TAX_BASES: readonly TaxBasisValue[] = ['VAT_INCLUDED', 'VAT_EXCLUDED'];
export const INCOTERMS: readonly IncotermValue[] = ['EXW', 'FCA', 'FOB', 'CFR', 'CIF', 'DAP', 'DDP'];
export const PAYMENT_TERMS: readonly PaymentTermsValue[] = ['CASH_TT', 'BANK_ACCEPTANCE', 'LETTER_OF_CREDIT', 'OPEN_ACCOUNT'];
export const PRICE_UNITS: readonly PriceUnitValue[] = ['PER_TONNE', 'PER_KG', 'PER_PIECE'];

export const Currency = enumOf(CURRENCIES);
export const TaxBasis = enumOf(TAX_BASES);
export const Incoterm = enumOf(INCOTERMS);
export const PaymentTerms = enumOf(PAYMENT_TERMS);
export const PriceUnit = enumOf(PRICE_UNITS);
registerEnumType(Currency, { name: 'Currency' });
registerEnumType(TaxBasis, { name: 'TaxBasis', description: 'VAT_INCLUDED: 含税, as the domestic market quotes; VAT_EXCLUDED: 不含税.' });
registerEnumType(Incoterm, { name: 'Incoterm', description: 'Incoterms 2020; with the named place of the price.' });
registerEnumType(PaymentTerms, { name: 'PaymentTerms', description: 'BANK_ACCEPTANCE: bank acceptance draft (银行承兑汇票), typically a few hundred CNY/t dearer than cash.' });
registerEnumType(PriceUnit, { name: 'PriceUnit' });

@ObjectType('Price', { description: 'A price with its basis: currency, unit, VAT, Incoterm with its named place, payment terms.' })
export class PriceModel {
  @Field(() => Float)
  amount: number;

  @Field(() => Currency)
  currency: CurrencyValue;

  @Field(() => PriceUnit)
  unit: PriceUnitValue;

  @Field(() => TaxBasis)
  taxBasis: TaxBasisValue;

  @Field(() => Incoterm)
  incoterm: IncotermValue;

  @Field(() => String, { nullable: true, description: 'The named place of the Incoterm, e.g. "Fugu works", "Tianjin port".' })
  place: string | null;

  @Field(() => PaymentTerms, { nullable: true })
  paymentTerms: PaymentTermsValue | null;
}

@InputType({ description: 'A price with its basis; the amount in the currency and unit given.' })
export class PriceInput {
  @Field(() => Float)
  @IsNumber()
  amount: number;

  @Field(() => Currency)
  @IsIn(CURRENCIES)
  currency: CurrencyValue;

  @Field(() => PriceUnit)
  @IsIn(PRICE_UNITS)
  unit: PriceUnitValue;

  @Field(() => TaxBasis)
  @IsIn(TAX_BASES)
  taxBasis: TaxBasisValue;

  @Field(() => Incoterm)
  @IsIn(INCOTERMS)
  incoterm: IncotermValue;

  @Field(() => String, { nullable: true })
  @OptionalText('place', 100)
  place?: string | null;

  @Field(() => PaymentTerms, { nullable: true })
  @IsOptional()
  @IsIn(PAYMENT_TERMS)
  paymentTerms?: PaymentTermsValue | null;
}

@ObjectType('PriceCheck', { description: 'A price converted to CNY/t including VAT where it can be, compared with the reference price of the same material.' })
export class PriceCheckModel {
  @Field(() => Float, { nullable: true, description: 'Null where it cannot be computed (a price per piece, a currency without a recorded rate).' })
  cnyPerTonneVatIncluded: number | null;

  @Field(() => String, { nullable: true })
  referenceSeries: string | null;

  @Field(() => DateScalar, { nullable: true })
  referenceDate: string | null;

  @Field(() => Float, { nullable: true, description: 'Percent above (+) or below (−) the reference price, after conversion.' })
  deviationPct: number | null;

  @Field({ description: 'False more than 50 % from the reference: a currency, unit or VAT basis was likely mistyped.' })
  plausible: boolean;

  @Field({ description: 'In plain words, e.g. "USD 2,300/t FOB Tianjin port ≈ CNY 18,713/t incl. VAT (…); +12 % vs Mg99.90 ex-works Fugu (2026-11-27)".' })
  note: string;
}
