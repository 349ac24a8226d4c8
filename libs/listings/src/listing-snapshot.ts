import type { ListingEntity } from './listing.entity.js';

/**
 * A published listing as the search index keeps it beside its searchable attributes, so a search result is
 * shown without reading the listing again: the row as JSON. Every change of a shown field records
 * `ListingChanged`, which indexes the listing again.
 */
export function listingSnapshot(listing: ListingEntity): string {
  return JSON.stringify(listing);
}

/** The listing a snapshot holds, its times as dates again. */
export function listingFromSnapshot(snapshot: string): ListingEntity {
  const listing = JSON.parse(snapshot) as ListingEntity;
  const date = (value: Date | string | null) => (value === null ? null : new Date(value));
  return {
    ...listing,
    createdAt: date(listing.createdAt)!,
    updatedAt: date(listing.updatedAt)!,
    publishedAt: date(listing.publishedAt),
    firstBatchVerifiedAt: date(listing.firstBatchVerifiedAt),
  };
}
