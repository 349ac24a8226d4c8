/** What a notification is about. Users mute by these names. */
export enum NotificationType {
  MATCH_PROPOSED = 'MATCH_PROPOSED',
  MATCH_ENDORSED = 'MATCH_ENDORSED',
  MATCH_ANSWERED = 'MATCH_ANSWERED',
  INTRODUCTION = 'INTRODUCTION',
  REVIEW_DECIDED = 'REVIEW_DECIDED',
  REVIEW_REQUESTED = 'REVIEW_REQUESTED',
  NEEDED_BY_NEAR = 'NEEDED_BY_NEAR',
  MATCH_UNANSWERED = 'MATCH_UNANSWERED',
  PROMOTION_LAUNCHED = 'PROMOTION_LAUNCHED',
  PROGRAM_CLOSING = 'PROGRAM_CLOSING',
  PURCHASE_ELIGIBLE = 'PURCHASE_ELIGIBLE',
  APPLICATION_DECIDED = 'APPLICATION_DECIDED',
  QUOTE_RECEIVED = 'QUOTE_RECEIVED',
  QUOTE_COUNTERED = 'QUOTE_COUNTERED',
  QUOTE_AWARDED = 'QUOTE_AWARDED',
  QUOTE_CLOSED = 'QUOTE_CLOSED',
  CHALLENGE_OPENED = 'CHALLENGE_OPENED',
  CHALLENGE_APPLIED = 'CHALLENGE_APPLIED',
  CHALLENGE_AWARDED = 'CHALLENGE_AWARDED',
  DIGEST = 'DIGEST',
}

/**
 * Types that wait for the user's digest (DAILY by default) on e-mail and webhook. Introductions, decisions
 * and reminders always go out at once. The in-app inbox is never delayed.
 */
const DIGESTIBLE: ReadonlySet<NotificationType> = new Set([NotificationType.MATCH_PROPOSED, NotificationType.REVIEW_REQUESTED]);

export const isDigestible = (type: NotificationType): boolean => DIGESTIBLE.has(type);

export enum NotificationChannel {
  IN_APP = 'IN_APP',
  EMAIL = 'EMAIL',
  WEBHOOK = 'WEBHOOK',
}

/** The channels that leave the application, each delivered and retried on its own. */
export type ExternalChannel = NotificationChannel.EMAIL | NotificationChannel.WEBHOOK;

export enum DigestFrequency {
  INSTANT = 'INSTANT',
  DAILY = 'DAILY',
  WEEKLY = 'WEEKLY',
}

export type Language = 'zh' | 'en';
