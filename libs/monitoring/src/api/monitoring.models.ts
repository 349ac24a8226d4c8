import { Field, Float, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '@magmatch/core';

@ObjectType({ description: 'An amount per month of a grade, a cluster or a scenario, and how many listings or requirements make it.' })
export class Quantity {
  @Field({ description: 'A grade or material ("AZ91D", "AM scrap", "reduction slag"), a cluster, or a scenario code; empty: not stated.' })
  key: string;

  @Field()
  label: string;

  @Field(() => Float, { description: 't/month: published monthly capacity, or the quantity open requirements ask for.' })
  tonnesPerMonth: number;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: 'A step of the funnel from requirement to first use: how many requirements opened in the period reached it.' })
export class FunnelStep {
  @Field({ description: 'OPENED, MATCHED, ENDORSED, QUOTED, AWARDED, PURCHASED, FIRST_USED' })
  step: string;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: 'Open demand against the free capacity that could serve it.' })
export class BalanceRow {
  @Field({ description: 'A grade family ("AZ", "Pure Mg", "AM scrap", "reduction slag"), or a whole class ("any alloy") for requirements naming no grade.' })
  key: string;

  @Field(() => Float, { description: 't/month asked by open requirements' })
  demandTonnesPerMonth: number;

  @Field(() => Float, { description: 't/month of published capacity not under contract' })
  capacityTonnesPerMonth: number;

  @Field(() => Int, { description: 'Open requirements without a live match: what nobody on the platform serves.' })
  unmatchedRequirements: number;
}

@ObjectType({ description: 'Of what is offered per month, how much is under contract (the plan aims at 100 %).' })
export class UtilisationRate {
  @Field(() => Float, { description: 't/month published' })
  offeredTonnes: number;

  @Field(() => Float, { description: 't/month under contract (awarded or accepted)' })
  contractedTonnes: number;

  @Field(() => Float, { nullable: true, description: 'contracted ÷ offered in %, one decimal; null when nothing is offered' })
  ratePct: number | null;
}

@ObjectType({ description: 'The market over a period: capacity and demand on its last day (from the daily snapshot), requirements opened in it and how far they got.' })
export class MarketOverview {
  @Field(() => DateScalar)
  from: string;

  @Field(() => DateScalar)
  to: string;

  @Field(() => String, { nullable: true, description: 'The cluster the figures are of; null for the whole market.' })
  cluster: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'The snapshot day the capacity and demand figures are of: the last on or before `to`; null when there is none that early.' })
  snapshotDay: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  snapshotTakenAt: Date | null;

  @Field(() => [Quantity])
  capacityByGrade: Quantity[];

  @Field(() => [Quantity])
  capacityByCluster: Quantity[];

  @Field(() => [Quantity])
  demandByScenario: Quantity[];

  @Field(() => [BalanceRow], { description: 'Most unmatched requirements first.' })
  balance: BalanceRow[];

  @Field(() => [FunnelStep])
  funnel: FunnelStep[];

  @Field(() => Float, { nullable: true, description: 'Median hours from a requirement opening to its first match, over those opened in the period.' })
  medianHoursToFirstMatch: number | null;

  @Field(() => Float, { nullable: true, description: "Median hours suppliers took to answer a match, over the answers given in the period." })
  medianSupplierResponseHours: number | null;

  @Field(() => UtilisationRate, { description: 'Reduction slag offered against slag under contract.' })
  slagUtilisation: UtilisationRate;

  @Field(() => UtilisationRate, { description: 'Scrap offered against scrap under contract.' })
  scrapRecycling: UtilisationRate;
}

@ObjectType({ description: 'A price on a day, in CNY per tonne including VAT.' })
export class PricePoint {
  @Field(() => DateScalar)
  date: string;

  @Field(() => Float)
  cnyPerTonneVatIncluded: number;
}

@ObjectType({ description: 'A reference price series against the prices quoted and agreed for its grade and form. Names no party.' })
export class PriceSeries {
  @Field()
  series: string;

  @Field(() => String, { nullable: true })
  grade: string | null;

  @Field()
  form: string;

  @Field(() => [PricePoint], { description: 'The series, converted at the latest exchange rates.' })
  points: PricePoint[];

  @Field(() => [PricePoint], { description: 'Per day with at least 3 quotes on listings of the grade and form: their median.' })
  quotes: PricePoint[];

  @Field(() => [PricePoint], { description: 'Per day with at least 3 deals on listings of the grade and form: their median.' })
  deals: PricePoint[];
}
