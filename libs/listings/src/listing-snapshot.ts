import type { ListingEntity } from './listing.entity.js';

/** Columns of a listing no reader is shown: who entered it, who verified its first-batch claim and how, and what deals have committed. */
type Unshown = 'createdBy' | 'firstBatchVerifiedBy' | 'firstBatchVerificationNote' | 'committedTonnesPerMonth';

/** A listing as readers are shown it. */
export type ShownListing = Omit<ListingEntity, Unshown>;

/**
 * A published listing as the search index keeps it beside its searchable attributes, so a search result is
 * shown without reading the listing again: its shown columns as JSON, `updatedAt` telling its version.
 */
export function listingSnapshot(listing: ListingEntity): string {
  const { createdBy, firstBatchVerifiedBy, firstBatchVerificationNote, committedTonnesPerMonth, ...shown } = listing;
  return JSON.stringify(shown);
}

/** The listing a snapshot holds, its times as dates again. */
export function listingFromSnapshot(snapshot: string): ShownListing {
  const listing = JSON.parse(snapshot) as ShownListing;
  const date = (value: Date | string | null) => (value === null ? null : new Date(value));
  return {
    ...listing,
    createdAt: date(listing.createdAt)!,
    updatedAt: date(listing.updatedAt)!,
    publishedAt: date(listing.publishedAt),
    firstBatchVerifiedAt: date(listing.firstBatchVerifiedAt),
  };
}
