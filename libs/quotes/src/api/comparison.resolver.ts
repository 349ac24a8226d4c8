import { Args, Field, ID, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { DomainError, DomainErrorCode, Public, type Viewer } from '@magmatch/core';
import { CertificationsService, OptionalViewer, OrganizationsService, VerificationLevel } from '@magmatch/identity';
import { Listing, ListingsService, toListing } from '@magmatch/listings';
import { ResponseTimes } from '@magmatch/matching';
import { ReferenceData } from '@magmatch/trade';
import { compareListings } from '../comparison.js';

@ObjectType({ description: "One property of the compared listings: each one's value in words (null where it states none)." })
export class ComparisonRow {
  @Field()
  property: string;

  @Field(() => [String], { nullable: 'items' })
  values: (string | null)[];

  @Field(() => Int, { nullable: true, description: 'The index of the one best value; null where the row ranks nothing, or the best is shared.' })
  best: number | null;
}

@ObjectType()
export class ListingComparison {
  @Field(() => [Listing])
  listings: Listing[];

  @Field(() => [ComparisonRow])
  rows: ComparisonRow[];
}

const MIN_COMPARED = 2;
const MAX_COMPARED = 5;

/** Listings side by side: what a buyer weighs before asking for quotes. */
@Resolver()
export class ComparisonResolver {
  constructor(
    private readonly listings: ListingsService,
    private readonly organizations: OrganizationsService,
    private readonly certifications: CertificationsService,
    private readonly responseTimes: ResponseTimes,
    private readonly reference: ReferenceData,
  ) {}

  @Public()
  @Query(() => ListingComparison, { description: '2 to 5 listings you may see, side by side, with the best value of each row marked.' })
  async compareListings(@OptionalViewer() viewer: Viewer | null, @Args('ids', { type: () => [ID] }) ids: string[]): Promise<ListingComparison> {
    const unique = [...new Set(ids)];
    if (unique.length < MIN_COMPARED || unique.length > MAX_COMPARED) {
      throw new DomainError(DomainErrorCode.InvalidInput, `ids must name ${MIN_COMPARED} to ${MAX_COMPARED} different listings, got ${unique.length}`, 'ids');
    }
    const listings = await Promise.all(
      unique.map((id) =>
        this.listings.visible(viewer, id).catch(() => {
          throw new DomainError(DomainErrorCode.NotFound, `No listing you may see has id ${id}`, 'ids');
        }),
      ),
    );
    const supplierIds = [...new Set(listings.map((listing) => listing.supplierId))];
    const [organizations, certificates, responseTimes, prices] = await Promise.all([
      this.organizations.organizationsByIds(supplierIds),
      this.certifications.byOrganizations(supplierIds),
      this.responseTimes.of(supplierIds),
      this.reference.book(),
    ]);
    const items = listings.map((listing) => ({
      listing,
      verificationLevel: organizations.find((organization) => organization.id === listing.supplierId)?.verificationLevel ?? VerificationLevel.LISTED,
      certificates: certificates[supplierIds.indexOf(listing.supplierId)] ?? [],
      responseHours: responseTimes.get(listing.supplierId)?.medianHours ?? null,
      priceCheck: listing.priceFrom ? prices.check(listing.priceFrom, listing.grade, listing.form) : null,
    }));
    return { listings: listings.map(toListing), rows: compareListings(items, new Date().toISOString().slice(0, 10)) };
  }
}
