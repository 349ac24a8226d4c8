import { Args, Float, Mutation, Query, Resolver } from '@nestjs/graphql';
import { DateScalar, Public, RequireRoles, type Viewer } from '@magmatch/core';
import { CurrentViewer } from '@magmatch/identity';
import type { Currency as CurrencyValue } from '../price.js';
import { ReferenceData } from '../reference/reference-data.service.js';
import { Currency } from './price.models.js';
import { ExchangeRateModel, ReferencePriceInput, ReferencePriceModel } from './reference-data.models.js';

/** Exchange rates and reference prices: public to read, kept by moderators. */
@Resolver()
export class ReferenceDataResolver {
  constructor(private readonly reference: ReferenceData) {}

  @Public()
  @Query(() => [ExchangeRateModel], { description: 'Every recorded exchange rate, newest first.' })
  exchangeRates(): Promise<ExchangeRateModel[]> {
    return this.reference.exchangeRates();
  }

  @Public()
  @Query(() => [ReferencePriceModel], { description: 'Reference prices, oldest first: one series, or all, between two days if given.' })
  referencePrices(
    @Args('series', { type: () => String, nullable: true }) series?: string | null,
    @Args('from', { type: () => DateScalar, nullable: true }) from?: string | null,
    @Args('to', { type: () => DateScalar, nullable: true }) to?: string | null,
  ): Promise<ReferencePriceModel[]> {
    return this.reference.referencePrices({ series, from, to });
  }

  @RequireRoles('MODERATOR')
  @Mutation(() => ExchangeRateModel, { description: 'Records CNY per unit of a currency on a day (replacing that day\'s value). Moderators only.' })
  setExchangeRate(
    @CurrentViewer() moderator: Viewer,
    @Args('currency', { type: () => Currency }) currency: CurrencyValue,
    @Args('cnyPerUnit', { type: () => Float }) cnyPerUnit: number,
    @Args('date', { type: () => DateScalar }) date: string,
  ): Promise<ExchangeRateModel> {
    return this.reference.setExchangeRate(moderator, currency, cnyPerUnit, date);
  }

  @RequireRoles('MODERATOR')
  @Mutation(() => ReferencePriceModel, { description: "Records a value of a reference price series with its source (replacing that day's value). Moderators only." })
  recordReferencePrice(@CurrentViewer() moderator: Viewer, @Args('input') input: ReferencePriceInput): Promise<ReferencePriceModel> {
    return this.reference.recordReferencePrice(moderator, { ...input, price: { ...input.price, place: input.price.place ?? null, paymentTerms: input.price.paymentTerms ?? null } });
  }
}
