import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RequireRoles, pageSize, type Viewer } from '@magmatch/core';
import { CurrentViewer } from '@magmatch/identity';
import { toListing } from '@magmatch/listings';
import { toRequirement } from '@magmatch/requirements';
import { MatchState } from '../match.entity.js';
import { MatchesService, type MatchView } from '../matches.service.js';
import { Match } from './match.models.js';

@Resolver(() => Match)
export class MatchesResolver {
  constructor(private readonly matches: MatchesService) {}

  @RequireRoles('BUYER', 'MODERATOR')
  @Query(() => [Match], { description: "The listings matched with one of your requirements, best first, with each score's reasons." })
  async matchesForRequirement(
    @CurrentViewer() viewer: Viewer,
    @Args('requirementId', { type: () => ID }) requirementId: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
  ): Promise<Match[]> {
    return (await this.matches.forRequirement(viewer, requirementId, pageSize(first, 20, 50))).map((view) => toMatch(viewer, view));
  }

  @RequireRoles('SELLER', 'MODERATOR')
  @Query(() => [Match], { description: 'The open requirements matched with one of your listings, best first.' })
  async matchesForListing(
    @CurrentViewer() viewer: Viewer,
    @Args('listingId', { type: () => ID }) listingId: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
  ): Promise<Match[]> {
    return (await this.matches.forListing(viewer, listingId, pageSize(first, 20, 50))).map((view) => toMatch(viewer, view));
  }

  @RequireRoles('MODERATOR')
  @Mutation(() => Match, { description: 'The association vouches for a proposed match. Moderators only.' })
  async endorseMatch(@CurrentViewer() moderator: Viewer, @Args('id', { type: () => ID }) id: string): Promise<Match> {
    return toMatch(moderator, await this.matches.endorse(moderator, id));
  }

  @RequireRoles('MODERATOR', 'BUYER')
  @Mutation(() => Match, { description: 'Sets a match aside (a moderator, or the buyer of its requirement).' })
  async dismissMatch(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { type: () => String, nullable: true }) _reason?: string | null,
  ): Promise<Match> {
    return toMatch(viewer, await this.matches.dismiss(viewer, id));
  }

  @RequireRoles('SELLER')
  @Mutation(() => Match, { description: "The listing's supplier says whether it wants to serve the requirement." })
  async respondToMatch(
    @CurrentViewer() supplier: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('interested') interested: boolean,
    @Args('message', { type: () => String, nullable: true }) _message?: string | null,
  ): Promise<Match> {
    return toMatch(supplier, await this.matches.respond(supplier, id, interested));
  }

  @RequireRoles('BUYER')
  @Mutation(() => Match, { description: 'Accepts an interested supplier: takes the quantity from its capacity and introduces you.' })
  async acceptMatch(@CurrentViewer() buyer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<Match> {
    return toMatch(buyer, await this.matches.accept(buyer, id));
  }
}

/** A match as `viewer` may see it: an anonymous buyer is named only to the supplier it was introduced to. */
export function toMatch(viewer: Viewer, { match, requirement, listing }: MatchView): Match {
  const introduced = match.state === MatchState.ACCEPTED && viewer.organizationId === listing.supplierId;
  return {
    ...match,
    requirement: toRequirement(viewer, requirement, introduced),
    listing: toListing(listing),
  };
}
