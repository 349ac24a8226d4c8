import { Field, Float, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { OptionalNumberBetween, OptionalText } from '@magmatch/core';
import { Listing, ListingCriteriaInput } from '@magmatch/listings';

@InputType()
export class ListingSearchInput extends ListingCriteriaInput {
  @Field(() => String, { nullable: true, description: 'Words in Chinese or English; every word must match.' })
  @OptionalText('query', 200)
  query?: string | null;

  @Field(() => Float, { nullable: true })
  @OptionalNumberBetween('minTensileStrengthMpa', 0, 1000, ' MPa')
  minTensileStrengthMpa?: number | null;

  @Field(() => Float, { nullable: true })
  @OptionalNumberBetween('minElongationPct', 0, 100, ' %')
  minElongationPct?: number | null;

  @Field(() => Float, { nullable: true })
  @OptionalNumberBetween('minMonthlyCapacityTonnes', 0, 10_000_000, ' t')
  minMonthlyCapacityTonnes?: number | null;

  @Field(() => Float, { nullable: true })
  @OptionalNumberBetween('maxPriceCnyPerTonne', 0, 10_000_000, ' CNY/t')
  maxPriceCnyPerTonne?: number | null;

  @Field(() => Int, { nullable: true, defaultValue: 20 })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'limit must be from 1 to 100' })
  @Max(100, { message: 'limit must be from 1 to 100' })
  limit?: number | null;

  @Field(() => Int, { nullable: true, defaultValue: 0 })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'offset must be from 0 to 1000' })
  @Max(1000, { message: 'offset must be from 0 to 1000' })
  offset?: number | null;
}

@ObjectType()
export class FacetValue {
  @Field()
  value: string;

  @Field(() => Int)
  count: number;
}

@ObjectType()
export class Facet {
  @Field()
  field: string;

  @Field(() => [FacetValue])
  values: FacetValue[];
}

@ObjectType()
export class ListingSearchResult {
  @Field(() => [Listing])
  hits: Listing[];

  @Field(() => Int)
  totalHits: number;

  @Field(() => [Facet])
  facets: Facet[];
}
