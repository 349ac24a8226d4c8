import { Context, Float, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestLoaders } from '@magmatch/core';
import { Organization } from '@magmatch/identity';
import { Requirement } from '@magmatch/requirements';
import { TrackRecordLoaders } from './track-record-loaders.js';

/** How an organisation answers and awards, computed from what happened. */
@Resolver(() => Organization)
export class OrganizationTrackRecordResolver {
  constructor(private readonly loaders: TrackRecordLoaders) {}

  @ResolveField(() => Float, { nullable: true, description: 'Median hours to answer a match or a quote it was asked to answer; null before any answer.' })
  responseTimeHoursMedian(@Parent() organization: Organization, @Context('loaders') loaders: RequestLoaders): Promise<number | null> {
    return loaders.load(this.loaders.responseHoursByOrganization, organization.id);
  }

  @ResolveField(() => Float, { nullable: true, description: 'Percent of its closed requirements (awarded, closed, expired) that were awarded; null before any.' })
  awardRatePct(@Parent() organization: Organization, @Context('loaders') loaders: RequestLoaders): Promise<number | null> {
    return loaders.load(this.loaders.awardRateByBuyer, organization.id);
  }
}

/** A requirement's buyer's award rate, shown even when the buyer is anonymous: what a supplier weighs before quoting. */
@Resolver(() => Requirement)
export class RequirementTrackRecordResolver {
  constructor(private readonly loaders: TrackRecordLoaders) {}

  @ResolveField(() => Float, {
    nullable: true,
    description:
      "The buyer's award rate (see Organization.awardRatePct). Where the reader may not know the buyer, rounded to 10 % and null below 3 closed requirements, so it cannot single the buyer out.",
  })
  buyerAwardRatePct(@Parent() requirement: Requirement, @Context('loaders') loaders: RequestLoaders): Promise<number | null> {
    const named = requirement.buyerId !== null;
    return loaders.load(named ? this.loaders.awardRateByBuyer : this.loaders.bandedAwardRateByBuyer, requirement.ownerId);
  }
}
