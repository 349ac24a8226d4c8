import { defineEvent } from '@magmatch/messaging';

/**
 * A listing was published, edited back to review, rejected or archived. Recorded in the outbox with the
 * change; subscribers reload the listing, so a late or repeated event can never bring back an older state.
 */
export const ListingChanged = defineEvent<{ listingId: string }>('listings.listing-changed');
