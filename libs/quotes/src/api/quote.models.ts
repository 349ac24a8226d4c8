import { Field, Float, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsInt, IsNumber, IsOptional, IsString, IsUUID, Max, Min, ValidateNested } from 'class-validator';
import { DateScalar, OptionalText } from '@magmatch/core';
import { OrganizationType } from '@magmatch/identity';
import { PriceInput, PriceModel, type Price } from '@magmatch/trade';
import { QuoteState } from '../quote.entity.js';

registerEnumType(QuoteState, {
  name: 'QuoteState',
  description: 'SUBMITTED, COUNTERED and REVISED are open; WITHDRAWN (supplier), DECLINED (buyer), AWARDED (buyer) and EXPIRED (past validUntil) are final.',
});

@ObjectType({ description: 'One offer of a quote: the first, a counter-offer (by BUYER) or a revision (by SUPPLIER).' })
export class QuoteRevision {
  @Field(() => OrganizationType)
  by: OrganizationType;

  @Field(() => PriceModel)
  price: Price;

  @Field(() => Float)
  quantityTonnesPerMonth: number;

  @Field(() => String, { nullable: true })
  message: string | null;

  @Field(() => GraphQLISODateTime)
  at: Date;
}

@ObjectType({ description: "A supplier's priced offer on a match; seen only by the supplier, the buyer and moderators." })
export class Quote {
  @Field(() => ID)
  id: string;

  /** Resolved: the match as the reader may see it (an anonymous buyer is named only after an award). */
  matchId: string;
  listingId: string;
  supplierId: string;

  @Field(() => PriceModel, { description: 'The offer on the table: the latest revision or counter-offer.' })
  price: Price;

  @Field(() => Float)
  quantityTonnesPerMonth: number;

  @Field(() => Int, { nullable: true })
  leadTimeDays: number | null;

  @Field(() => DateScalar, { description: 'The last day the quote may be awarded.' })
  validUntil: string;

  @Field(() => QuoteState)
  state: QuoteState;

  @Field(() => String, { nullable: true, description: "The supplier's message with the quote." })
  message: string | null;

  @Field(() => String, { nullable: true, description: 'Why another listing than the matched one is offered; null when the matched one is.' })
  substituteReason: string | null;

  @Field(() => String, { nullable: true, description: 'Why the quote was declined.' })
  declineReason: string | null;

  @Field(() => [QuoteRevision], { description: 'Every offer made, oldest first.' })
  revisions: QuoteRevision[];

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

@ObjectType({ description: 'An awarded quote: the price and terms agreed, the capacity taken.' })
export class Deal {
  @Field(() => ID)
  id: string;

  quoteId: string;
  buyerId: string;
  supplierId: string;

  @Field(() => PriceModel)
  price: Price;

  @Field(() => Float)
  quantityTonnesPerMonth: number;

  @Field(() => Int, { nullable: true })
  months: number | null;

  @Field(() => GraphQLISODateTime)
  signedAt: Date;
}

@InputType()
export class SubmitQuoteInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'matchId must be a match id' })
  matchId: string;

  @Field(() => PriceInput)
  @ValidateNested()
  @Type(() => PriceInput)
  price: PriceInput;

  @Field(() => Float)
  @IsNumber()
  quantityTonnesPerMonth: number;

  @Field(() => Int, { nullable: true, description: "Days from order to delivery; the listing's when not given." })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'leadTimeDays must be from 0 to 365' })
  @Max(365, { message: 'leadTimeDays must be from 0 to 365' })
  leadTimeDays?: number | null;

  @Field(() => DateScalar, { description: 'The last day the quote may be awarded: today to 180 days ahead.' })
  @IsString()
  validUntil: string;

  @Field(() => String, { nullable: true })
  @OptionalText('message', 2_000)
  message?: string | null;

  @Field(() => ID, { nullable: true, description: 'Another published listing of yours offered instead of the matched one (another grade, say).' })
  @IsOptional()
  @IsUUID('all', { message: 'substituteListingId must be a listing id' })
  substituteListingId?: string | null;

  @Field(() => String, { nullable: true, description: 'Why you offer the substitute; required with substituteListingId.' })
  @OptionalText('substituteReason', 500)
  substituteReason?: string | null;
}
