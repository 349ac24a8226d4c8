import { Args, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { pageSize, type Viewer } from '@magmatch/core';
import { OptionalViewer } from '@magmatch/identity';
import { Listing, toListing } from '@magmatch/listings';
import { Requirement, toRequirement } from '@magmatch/requirements';
import { NearMisses } from '../near-misses.js';
import { ListingNearMiss, NearMiss } from './near-miss.models.js';

@Resolver(() => Requirement)
export class RequirementNearMissesResolver {
  constructor(private readonly misses: NearMisses) {}

  @ResolveField(() => [NearMiss], { description: 'Listings that fail one or two hard constraints, best would-be score first. The buyer and moderators only.' })
  async nearMisses(
    @Parent() requirement: Requirement,
    @OptionalViewer() viewer: Viewer | null,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
  ): Promise<NearMiss[]> {
    const misses = await this.misses.forRequirement(viewer, requirement.id, pageSize(first, 10, 50));
    return misses.map(({ listing, failed, score }) => ({ listing: toListing(listing), failed, score }));
  }
}

@Resolver(() => Listing)
export class ListingNearMissesResolver {
  constructor(private readonly misses: NearMisses) {}

  @ResolveField(() => [ListingNearMiss], { description: 'Open requirements this listing narrowly misses, and why. Its supplier and moderators only.' })
  async nearMisses(
    @Parent() listing: Listing,
    @OptionalViewer() viewer: Viewer | null,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
  ): Promise<ListingNearMiss[]> {
    const misses = await this.misses.forListing(viewer, listing.id, pageSize(first, 10, 50));
    // A would-be score moves with the buyer's price limit: a supplier could work the limit out from it.
    const scoreFor = (score: number) => (viewer?.role === 'MODERATOR' ? score : null);
    return misses.map(({ requirement, failed, score }) => ({ requirement: toRequirement(viewer!, requirement), failed, score: scoreFor(score) }));
  }
}
