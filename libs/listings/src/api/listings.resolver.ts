import { Args, Context, Float, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AlloyGrade, FirstBatchCatalogue, FirstBatchEntry, GradeCatalog, cardBasis, constraintValue, toAlloyGrade } from '@magmatch/catalog';
import { Public, RequestLoaders, RequireRoles, pageSize, type Viewer } from '@magmatch/core';
import { CurrentViewer, IdentityLoaders, OptionalViewer, Organization } from '@magmatch/identity';
import { assumedBasisNote, PriceCheckModel, TradeLoaders, type PriceBook, type PriceCheck } from '@magmatch/trade';
import type { ShownListing } from '../listing-snapshot.js';
import { ListingsService, type ListingPage } from '../listings.service.js';
import { CreateListingInput, ListingFilterInput } from './listing.inputs.js';
import { ReviewDecisionEnum } from '@magmatch/moderation';
import { Listing, ListingConnection } from './listing.models.js';

@Resolver(() => Listing)
export class ListingsResolver {
  constructor(
    private readonly service: ListingsService,
    private readonly identityLoaders: IdentityLoaders,
    private readonly grades: GradeCatalog,
    private readonly tradeLoaders: TradeLoaders,
    private readonly firstBatch: FirstBatchCatalogue,
  ) {}

  @Public()
  @Query(() => Listing, { nullable: true, description: 'A published listing, or one of your own in any state.' })
  async listing(@OptionalViewer() viewer: Viewer | null, @Args('id', { type: () => ID }) id: string): Promise<Listing> {
    return toListing(await this.service.visible(viewer, id));
  }

  @Public()
  @Query(() => ListingConnection, { description: 'Published listings, newest first, optionally filtered.' })
  async listings(
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
    @Args('filter', { type: () => ListingFilterInput, nullable: true }) filter?: ListingFilterInput | null,
  ): Promise<ListingConnection> {
    return toConnection(await this.service.published(pageSize(first), after, filter ?? {}));
  }

  @RequireRoles('SELLER')
  @Query(() => ListingConnection, { description: "Your organisation's listings in every state." })
  async myListings(
    @CurrentViewer() supplier: Viewer,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<ListingConnection> {
    return toConnection(await this.service.mine(supplier, pageSize(first), after));
  }

  @RequireRoles('MODERATOR')
  @Query(() => ListingConnection, { description: 'Listings waiting for review. Moderators only.' })
  async listingReviewQueue(
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<ListingConnection> {
    return toConnection(await this.service.reviewQueue(pageSize(first), after));
  }

  @RequireRoles('SELLER')
  @Mutation(() => Listing, { description: 'Creates a draft listing with its property card.' })
  async createListing(@CurrentViewer() supplier: Viewer, @Args('input') input: CreateListingInput): Promise<Listing> {
    return toListing(await this.service.create(supplier, input));
  }

  @RequireRoles('SELLER')
  @Mutation(() => Listing, { description: 'Replaces the card; a published listing goes back to review.' })
  async updateListing(
    @CurrentViewer() supplier: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: CreateListingInput,
  ): Promise<Listing> {
    return toListing(await this.service.update(supplier, id, input));
  }

  @RequireRoles('SELLER')
  @Mutation(() => Listing, { description: 'Sends a draft or rejected listing to review.' })
  async submitListing(@CurrentViewer() supplier: Viewer, @Args('id', { type: () => ID }) id: string): Promise<Listing> {
    return toListing(await this.service.submit(supplier, id));
  }

  @RequireRoles('MODERATOR')
  @Mutation(() => Listing, { description: 'Publishes or rejects a listing waiting for review. Moderators only.' })
  async moderateListing(
    @CurrentViewer() moderator: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('decision', { type: () => ReviewDecisionEnum }) decision: ReviewDecisionEnum,
    @Args('reason', { type: () => String, nullable: true }) reason?: string | null,
  ): Promise<Listing> {
    return toListing(await this.service.moderate(moderator, id, decision, reason ?? null));
  }

  @RequireRoles('SELLER', 'MODERATOR')
  @Mutation(() => Listing, { description: 'Takes a listing off the market for good.' })
  async archiveListing(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<Listing> {
    return toListing(await this.service.archive(viewer, id));
  }

  @RequireRoles('SELLER')
  @Mutation(() => Listing, { description: 'Confirms that the price basis assumed for your listing (see `priceBasisNote`) is right; no review needed.' })
  async confirmListingPriceBasis(@CurrentViewer() supplier: Viewer, @Args('id', { type: () => ID }) id: string): Promise<Listing> {
    return toListing(await this.service.confirmPriceBasis(supplier, id));
  }

  @RequireRoles('MODERATOR')
  @Mutation(() => Listing, { description: "Confirms a listing's first-batch claim on a catalogue entry against its evidence (a test report). Moderators only." })
  async verifyFirstBatchClaim(
    @CurrentViewer() moderator: Viewer,
    @Args('listingId', { type: () => ID }) listingId: string,
    @Args('entryId', { type: () => ID }) entryId: string,
    @Args('reason', { type: () => String, nullable: true }) reason?: string | null,
  ): Promise<Listing> {
    return toListing(await this.service.verifyFirstBatchClaim(moderator, listingId, entryId, reason ?? null));
  }

  @ResolveField(() => FirstBatchEntry, { nullable: true, description: 'The first-batch catalogue entry the listing claims to be.' })
  async firstBatchEntry(@Parent() listing: Listing): Promise<FirstBatchEntry | null> {
    return listing.firstBatchEntryId ? this.firstBatch.entry(listing.firstBatchEntryId, 'firstBatchEntryId') : null;
  }

  @ResolveField(() => PriceCheckModel, { nullable: true, description: "The lower price converted and checked against the reference price of the listing's grade in its form (ingot series for ingot)." })
  async priceCheck(@Parent() listing: Listing, @Context('loaders') loaders: RequestLoaders): Promise<PriceCheck | null> {
    if (!listing.priceFrom) return null;
    const check = (await this.priceBook(loaders)).check(listing.priceFrom, listing.gradeCode, listing.form);
    return listing.priceBasisNote ? { ...check, note: `${check.note}; ${listing.priceBasisNote}` } : check;
  }

  @ResolveField(() => Float, { nullable: true, description: '`priceFrom` in CNY/t including VAT, converted as `priceCheck` says; null where it cannot be.' })
  async priceMinCnyPerTonne(@Parent() listing: Listing, @Context('loaders') loaders: RequestLoaders): Promise<number | null> {
    return (await this.priceBook(loaders)).cnyPerTonne(listing.priceFrom);
  }

  @ResolveField(() => Float, { nullable: true, description: '`priceTo` in CNY/t including VAT; null where it cannot be converted.' })
  async priceMaxCnyPerTonne(@Parent() listing: Listing, @Context('loaders') loaders: RequestLoaders): Promise<number | null> {
    return (await this.priceBook(loaders)).cnyPerTonne(listing.priceTo);
  }

  private async priceBook(loaders: RequestLoaders): Promise<PriceBook> {
    return (await loaders.load(this.tradeLoaders.priceBook, 'current'))!;
  }

  @ResolveField(() => Organization)
  async supplier(@Parent() listing: Listing, @Context('loaders') loaders: RequestLoaders): Promise<Organization> {
    const organization = await loaders.load(this.identityLoaders.organizationById, listing.supplierId);
    if (!organization) throw new Error(`listing ${listing.id} has no supplier ${listing.supplierId}`);
    return organization;
  }

  @ResolveField(() => AlloyGrade, { nullable: true, description: 'Null for mixed-alloy scrap and by-products.' })
  async grade(@Parent() listing: Listing): Promise<AlloyGrade | null> {
    const grade = listing.gradeCode ? await this.grades.stored(listing.gradeCode) : undefined;
    return grade ? toAlloyGrade(grade) : null;
  }
}

/**
 * What GraphQL shows of a listing entity. `properties` is the one-number view of the card that clients of the
 * first contract read: per property the value matching holds (guaranteed minimum, else typical).
 */
export function toListing(entity: ShownListing): Listing {
  const { card } = entity;
  const shown = (range: (typeof card)['tensileStrengthMpa']) => constraintValue(range)?.value ?? null;
  return {
    ...entity,
    gradeCode: entity.grade,
    priceBasisNote: entity.priceBasisAssumed && entity.priceFrom ? assumedBasisNote(entity.priceFrom) : null,
    properties: {
      tensileStrengthMpa: shown(card.tensileStrengthMpa),
      yieldStrengthMpa: shown(card.yieldStrengthMpa),
      elongationPct: shown(card.elongationPct),
      densityGCm3: card.densityGCm3,
      basis: cardBasis(card),
      testStandard: card.testStandard,
    },
  };
}

function toConnection(page: ListingPage): ListingConnection {
  return {
    edges: page.edges.map(({ node, cursor }) => ({ node: toListing(node), cursor })),
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
    totalCount: page.totalCount,
  };
}
