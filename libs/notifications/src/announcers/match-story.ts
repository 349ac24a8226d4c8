import { Injectable } from '@nestjs/common';
import { OrganizationsService } from '@magmatch/identity';
import { MatchesService } from '@magmatch/matching';
import { Visibility } from '@magmatch/requirements';
import type { NoticeParams } from '../templates.js';

export interface MatchStory {
  readonly matchId: string;
  readonly state: string;
  readonly score: number;
  readonly requirementId: string;
  readonly requirementTitle: string;
  readonly quantityTonnesPerMonth: number;
  readonly buyerId: string;
  readonly buyerName: string;
  readonly buyerAnonymous: boolean;
  readonly listingId: string;
  readonly listingTitle: string;
  readonly supplierId: string;
  readonly supplierName: string;
}

export type Side = 'buyer' | 'supplier';

/** A match with the names its notifications mention, read through matching and identity. */
@Injectable()
export class MatchStories {
  constructor(
    private readonly matches: MatchesService,
    private readonly organizations: OrganizationsService,
  ) {}

  async find(matchId: string): Promise<MatchStory | null> {
    const view = await this.matches.find(matchId);
    if (!view) return null;
    const { match, requirement, listing } = view;
    const parties = await this.organizations.organizationsByIds([requirement.buyerId, listing.supplierId]);
    const nameOf = (id: string) => parties.find((party) => party.id === id)?.name ?? '';
    return {
      matchId: match.id,
      state: match.state,
      score: match.score,
      requirementId: requirement.id,
      requirementTitle: requirement.title,
      quantityTonnesPerMonth: requirement.quantityTonnesPerMonth,
      buyerId: requirement.buyerId,
      buyerName: nameOf(requirement.buyerId),
      buyerAnonymous: requirement.visibility === Visibility.ANONYMOUS,
      listingId: listing.id,
      listingTitle: listing.title,
      supplierId: listing.supplierId,
      supplierName: nameOf(listing.supplierId),
    };
  }
}

/**
 * What one side is told about a match. The supplier learns an anonymous buyer's name only once
 * `introduced` (the buyer accepted it); the buyer always knows the supplier, whose listing is public.
 */
export function matchParams(story: MatchStory, audience: Side, introduced = false): NoticeParams {
  const buyerVisible = audience === 'buyer' || introduced || !story.buyerAnonymous;
  return {
    audience,
    matchId: story.matchId,
    requirementId: story.requirementId,
    listingId: story.listingId,
    requirement: story.requirementTitle,
    listing: story.listingTitle,
    supplier: story.supplierName,
    score: `${Math.round(story.score * 100)}%`,
    quantity: String(story.quantityTonnesPerMonth),
    ...(buyerVisible ? { buyer: story.buyerName } : {}),
  };
}
