import { defineEvent } from '@magmatch/messaging';
import type { QuoteState } from './quote.entity.js';

/**
 * A quote took a step: submitted, countered, revised, withdrawn, declined, awarded or expired. `step` counts the
 * offers made so far, so each counter-offer and revision is its own event. The notification centre tells the
 * other side.
 */
export const QuoteStepped = defineEvent<{ quoteId: string; state: QuoteState; step: number }>('quotes.quote-stepped');
