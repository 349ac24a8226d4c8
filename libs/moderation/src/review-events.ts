import { defineEvent } from '@magmatch/messaging';
import type { ReviewDecision } from './review-desk.js';

export interface ReviewSubject {
  /** The noun of the reviewed thing: "listing", "requirement". */
  readonly subjectType: string;
  readonly subjectId: string;
}

/** Something was submitted and waits for a moderator. */
export const ReviewRequested = defineEvent<ReviewSubject>('moderation.review-requested');

/** A moderator approved or rejected something; its owner hears about it. */
export const ReviewDecided = defineEvent<ReviewSubject & { decision: ReviewDecision }>('moderation.review-decided');
