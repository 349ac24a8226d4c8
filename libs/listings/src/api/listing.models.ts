import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  ByProductDetailsModel,
  CardPropertiesModel,
  PropertyBasisEnum,
  type CardProperties,
  type PropertyBasis,
  ElementLimitModel,
  MaterialClassEnum,
  ProductFormEnum,
  ScrapDetailsModel,
  type ByProductDetails,
  type ElementLimit,
  type MaterialClass,
  type ScrapDetails,
} from '@magmatch/catalog';
import { PageInfo } from '@magmatch/core';
import { PriceModel, type Price } from '@magmatch/trade';
import { ReviewState } from '../listing.entity.js';

registerEnumType(ReviewState, { name: 'ReviewState' });

@ObjectType({ description: 'The card as one value per property (the guaranteed minimum, else the typical value) with one basis: TYPICAL if any value is typical. The card itself is `card`.' })
export class MaterialProperties {
  @Field(() => Float, { nullable: true })
  tensileStrengthMpa: number | null;

  @Field(() => Float, { nullable: true })
  yieldStrengthMpa: number | null;

  @Field(() => Float, { nullable: true })
  elongationPct: number | null;

  @Field(() => Float, { nullable: true })
  densityGCm3: number | null;

  @Field(() => PropertyBasisEnum)
  basis: PropertyBasis;

  @Field(() => String, { nullable: true, description: 'The test standard, when the basis is TESTED.' })
  testStandard: string | null;
}

/** Fields resolved from the entity; `supplier` and `grade` come from field resolvers. */
@ObjectType()
export class Listing {
  @Field(() => ID)
  id: string;

  supplierId: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  titleEn: string | null;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => String, { nullable: true })
  descriptionEn: string | null;

  gradeCode: string | null;

  @Field(() => String, { nullable: true })
  temper: string | null;

  @Field(() => MaterialClassEnum)
  materialClass: MaterialClass;

  @Field(() => ScrapDetailsModel, { nullable: true, description: 'SCRAP listings only.' })
  scrap: ScrapDetails | null;

  @Field(() => ByProductDetailsModel, { nullable: true, description: 'BY_PRODUCT listings only.' })
  byProduct: ByProductDetails | null;

  @Field(() => String, { nullable: true, description: 'The designation as the supplier wrote it, e.g. "MDC1D", "AM60B-F"; the canonical grade is `grade`.' })
  gradeAsTyped: string | null;

  @Field(() => [ElementLimitModel], { description: 'Composition limits the supplier guarantees, wt%; the grade lists what its standard guarantees.' })
  composition: ElementLimit[];

  @Field(() => ProductFormEnum)
  form: string;

  @Field(() => CardPropertiesModel, { description: 'The performance card: a range per property, each with its basis and condition.' })
  card: CardProperties;

  @Field(() => MaterialProperties, { description: 'The card as one value per property, as the first contract showed it.' })
  properties: MaterialProperties;

  @Field(() => Float)
  monthlyCapacityTonnes: number;

  @Field(() => Float, { nullable: true })
  minOrderTonnes: number | null;

  @Field(() => PriceModel, { nullable: true, description: 'The price band with its basis: from …' })
  priceFrom: Price | null;

  @Field(() => PriceModel, { nullable: true, description: '… to, on the basis of `priceFrom`.' })
  priceTo: Price | null;

  @Field(() => String, {
    nullable: true,
    description: 'Set while the price basis is an assumption (prices entered as bare CNY/t numbers) its supplier has not confirmed.',
  })
  priceBasisNote: string | null;

  @Field(() => Int, { nullable: true })
  leadTimeDays: number | null;

  @Field(() => [String])
  deliveryRegions: string[];

  @Field(() => [String])
  certifications: string[];

  @Field(() => [String])
  scenarios: string[];

  @Field(() => String, { nullable: true })
  city: string | null;

  @Field(() => Float, { nullable: true })
  recycledContentPct: number | null;

  @Field(() => Float, { nullable: true })
  carbonFootprintKgCo2ePerKg: number | null;

  @Field()
  firstBatchNewMaterial: boolean;

  @Field(() => String, { nullable: true, description: 'Entry in the first-batch new-material catalogue, as the supplier typed it (see firstBatchEntry).' })
  catalogueEntry: string | null;

  /** Resolved to `firstBatchEntry`. */
  firstBatchEntryId: string | null;

  @Field({ description: 'A moderator checked the first-batch claim against its evidence (a test report).' })
  firstBatchVerified: boolean;

  @Field(() => ReviewState)
  state: ReviewState;

  @Field(() => String, { nullable: true, description: "The moderator's reason, when rejected." })
  rejectionReason: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  publishedAt: Date | null;
}

@ObjectType()
export class ListingEdge {
  @Field(() => Listing)
  node: Listing;

  @Field()
  cursor: string;
}

@ObjectType()
export class ListingConnection {
  @Field(() => [ListingEdge])
  edges: ListingEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int)
  totalCount: number;
}
