import { Field, Float, ObjectType } from '@nestjs/graphql';
import { Listing } from '@magmatch/listings';
import { Requirement } from '@magmatch/requirements';

@ObjectType({ description: 'A listing that fails one or two hard constraints of a requirement.' })
export class NearMiss {
  @Field(() => Listing)
  listing: Listing;

  @Field(() => [String], { description: 'Each failed constraint in plain words, e.g. "elongation 6 % (typical) < required 8 %"; one a template set is marked.' })
  failed: string[];

  @Field(() => Float, { nullable: true, description: 'What the match would score were the failed constraints waived.' })
  score: number | null;
}

@ObjectType({ description: 'An open requirement a listing narrowly misses: one or two hard constraints.' })
export class ListingNearMiss {
  @Field(() => Requirement, { description: 'As a supplier may see it: no price limit, an anonymous buyer unnamed.' })
  requirement: Requirement;

  @Field(() => [String])
  failed: string[];

  @Field(() => Float, { nullable: true, description: 'Moderators only: it depends on the buyer\'s price limit, which suppliers never learn.' })
  score: number | null;
}
