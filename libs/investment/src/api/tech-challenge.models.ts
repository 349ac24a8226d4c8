import { Field, Float, GraphQLISODateTime, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsArray, IsNumber, IsOptional, IsString, MaxLength } from 'class-validator';
import { DateScalar, enumOf, OptionalText } from '@magmatch/core';
import { MatchReason } from '@magmatch/matching';
import { CHALLENGE_STATES, type ChallengeState as ChallengeStateValue } from '../tech-challenge.entity.js';
import { Expert } from './investment.models.js';

export const ChallengeState = enumOf(CHALLENGE_STATES);
registerEnumType(ChallengeState, { name: 'ChallengeState', description: 'DRAFT: its owner only; OPEN: public, taking applications until the deadline; AWARDED; CLOSED without an award.' });

@ObjectType({ description: "An expert set against a technology challenge: how well the expert's fields cover the challenge's, field by field, and the application if there is one." })
export class ChallengeCandidate {
  @Field(() => Expert, { description: 'Its contact only to moderators, and to the owner once the expert has applied.' })
  expert: Expert;

  @Field(() => Float, { description: "0..1: the mean of the challenge's fields, each 1 when the expert works in it, 0.5 in a related field, 0 in none." })
  score: number;

  @Field(() => [MatchReason], { description: 'One per field of the challenge, in plain words.' })
  reasons: MatchReason[];

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the association recorded the expert’s application; null if the expert has not applied.' })
  appliedAt: Date | null;

  @Field(() => String, { nullable: true })
  proposal: string | null;
}

@ObjectType({ description: 'A technical problem an organisation posts for experts to take on (揭榜挂帅).' })
export class TechChallenge {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  ownerId: string;

  @Field(() => [String], { description: 'The fields of work it needs, e.g. 腐蚀防护, die casting.' })
  fields: string[];

  @Field(() => Float, { nullable: true, description: 'CNY' })
  rewardCny: number | null;

  @Field(() => DateScalar, { nullable: true, description: 'The last day applications are taken.' })
  deadline: string | null;

  @Field(() => ChallengeState)
  state: ChallengeStateValue;

  awardedExpertId: string | null;
}

@InputType()
export class TechChallengeInput {
  @Field()
  @IsString()
  @MaxLength(200, { message: 'title must be at most 200 characters long' })
  title: string;

  @Field(() => String, { nullable: true })
  @OptionalText('description', 4000)
  description?: string | null;

  @Field(() => [String], { description: 'Fields of work, at most 10, in the trade’s words, Chinese or English.' })
  @IsArray()
  @IsString({ each: true })
  fields: string[];

  @Field(() => Float, { nullable: true, description: 'CNY, above 0' })
  @IsOptional()
  @IsNumber({}, { message: 'rewardCny must be a number' })
  rewardCny?: number | null;

  @Field(() => DateScalar, { nullable: true, description: 'The last day applications are taken (YYYY-MM-DD), today or later.' })
  @IsOptional()
  @IsString()
  deadline?: string | null;
}
