import { defineJob } from '@magmatch/messaging';

/**
 * A listing's searchable state may have changed (published, edited back to review, rejected, archived).
 * Recorded in the outbox with the change; its handler reloads the listing, so a late or repeated job
 * can never bring back an older state.
 */
export const ListingChanged = defineJob<{ listingId: string }>('listings.listing-changed', { queue: 'search' });
