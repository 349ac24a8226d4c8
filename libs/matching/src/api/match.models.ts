import { Field, Float, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Listing } from '@magmatch/listings';
import { Requirement } from '@magmatch/requirements';
import { MatchState } from '../match.entity.js';

registerEnumType(MatchState, { name: 'MatchState' });

@ObjectType({ description: "One criterion's part of a match score, in plain words." })
export class MatchReason {
  @Field()
  criterion: string;

  @Field(() => Float)
  score: number;

  @Field()
  detail: string;
}

@ObjectType()
export class Match {
  @Field(() => ID)
  id: string;

  @Field(() => Requirement)
  requirement: Requirement;

  @Field(() => Listing)
  listing: Listing;

  @Field(() => Float, { description: '0..1, higher is better' })
  score: number;

  @Field(() => [MatchReason])
  reasons: MatchReason[];

  @Field(() => MatchState)
  state: MatchState;
}
