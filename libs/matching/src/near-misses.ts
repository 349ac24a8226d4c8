import { Injectable } from '@nestjs/common';
import { DomainError, DomainErrorCode, type Viewer } from '@magmatch/core';
import { ListingReads } from '@magmatch/listings';
import { RequirementReads } from '@magmatch/requirements';
import { MatchingEngine, type NearMissMatch, type RequirementNearMiss } from './matching-engine.js';

/**
 * What narrowly missed: for a requirement's buyer (and moderators), the listings that fail one or two of its
 * hard constraints; for a listing's supplier (and moderators), the open requirements it fails that way.
 */
@Injectable()
export class NearMisses {
  constructor(
    private readonly engine: MatchingEngine,
    private readonly requirements: RequirementReads,
    private readonly listings: ListingReads,
  ) {}

  /** FORBIDDEN for anyone but the requirement's buyer and moderators. */
  async forRequirement(viewer: Viewer | null, requirementId: string, first: number): Promise<NearMissMatch[]> {
    const requirement = await this.requirements.byId(requirementId);
    if (!requirement) throw new DomainError(DomainErrorCode.NotFound, `No requirement has id ${requirementId}`, 'requirementId');
    if (viewer?.role !== 'MODERATOR' && viewer?.organizationId !== requirement.buyerId) {
      throw new DomainError(DomainErrorCode.NotPermitted, "Only the requirement's buyer and moderators see its near misses");
    }
    return this.engine.nearMissesFor(requirement, first);
  }

  /** FORBIDDEN for anyone but the listing's supplier and moderators. */
  async forListing(viewer: Viewer | null, listingId: string, first: number): Promise<RequirementNearMiss[]> {
    const listing = await this.listings.byId(listingId);
    if (!listing) throw new DomainError(DomainErrorCode.NotFound, `No listing has id ${listingId}`, 'listingId');
    if (viewer?.role !== 'MODERATOR' && viewer?.organizationId !== listing.supplierId) {
      throw new DomainError(DomainErrorCode.NotPermitted, "Only the listing's supplier and moderators see the requirements it narrowly misses");
    }
    return this.engine.nearMissesOf(listing, first);
  }
}
