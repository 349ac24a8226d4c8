import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ElementLimitModel, MaterialClassEnum, ProductFormEnum, ScrapClassEnum, type ElementLimit, type MaterialClass, type ScrapClass } from '@magmatch/catalog';
import { DateScalar, PageInfo } from '@magmatch/core';
import { PriceModel, type Price } from '@magmatch/trade';
import { RequirementState, Visibility } from '../requirement.entity.js';

registerEnumType(RequirementState, { name: 'RequirementState' });
registerEnumType(Visibility, { name: 'Visibility' });

/** What a reader may see of a requirement; the resolver blanks the buyer side for others. */
@ObjectType()
export class Requirement {
  @Field(() => ID)
  id: string;

  /** Null when the reader may not know the buyer (ANONYMOUS, not introduced). */
  buyerId: string | null;

  /** The buyer, for aggregates shown without naming it (its award rate); never a GraphQL field. */
  ownerId: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => String, { nullable: true })
  scenario: string | null;

  acceptableGradeCodes: string[];

  @Field(() => [String], { description: 'The acceptable designations as the buyer wrote them, e.g. "ZK61M", "MDC1D".' })
  acceptableGradesAsTyped: string[];

  @Field(() => [String], { description: 'The constraints its scenario template set, not the buyer: minTensileStrengthMpa, minElongationPct, acceptableGrades.' })
  templateConstraints: string[];

  @Field(() => MaterialClassEnum)
  materialClass: MaterialClass;

  @Field(() => [ScrapClassEnum], { description: 'SCRAP requirements: the scrap classes accepted; empty: any.' })
  scrapClasses: ScrapClass[];

  @Field(() => [ElementLimitModel], { description: 'Composition limits a listing must guarantee, wt%.' })
  composition: ElementLimit[];

  @Field(() => ProductFormEnum, { nullable: true, description: 'Null: any form.' })
  form: string | null;

  @Field(() => Float, { nullable: true })
  minTensileStrengthMpa: number | null;

  @Field(() => Float, { nullable: true })
  minYieldStrengthMpa: number | null;

  @Field(() => Float, { nullable: true })
  minElongationPct: number | null;

  @Field(() => Float, { nullable: true })
  maxDensityGCm3: number | null;

  @Field(() => Float, { nullable: true })
  serviceTemperatureC: number | null;

  @Field(() => Float)
  quantityTonnesPerMonth: number;

  @Field(() => Int, { nullable: true })
  durationMonths: number | null;

  @Field(() => DateScalar, { nullable: true })
  neededBy: string | null;

  @Field(() => String, { nullable: true })
  city: string | null;

  @Field(() => [String])
  requiredCertifications: string[];

  @Field(() => PriceModel, { nullable: true, description: 'The price limit with its basis. Null unless the reader is the owning buyer or a moderator.' })
  maxPrice: Price | null;

  @Field(() => String, {
    nullable: true,
    description: 'Set while the basis of the price limit is an assumption (a bare CNY/t number); shown to the buyer and moderators only.',
  })
  maxPriceBasisNote: string | null;

  @Field(() => Visibility)
  visibility: Visibility;

  @Field(() => RequirementState)
  state: RequirementState;

  @Field(() => String, { nullable: true })
  rejectionReason: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  openedAt: Date | null;
}

@ObjectType()
export class RequirementEdge {
  @Field(() => Requirement)
  node: Requirement;

  @Field()
  cursor: string;
}

@ObjectType()
export class RequirementConnection {
  @Field(() => [RequirementEdge])
  edges: RequirementEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int)
  totalCount: number;
}
