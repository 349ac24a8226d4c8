import { defineJob } from '@magmatch/messaging';
import type { DigestFrequency, NotificationType } from './notification-type.js';
import type { NoticeParams } from './templates.js';

/** Up to `FAN_OUT_BATCH_SIZE` recipients of one announcement: their inbox items and deliveries. */
export const NotifyBatch = defineJob<{ fanOutId: string; type: NotificationType; params: NoticeParams; userIds: string[] }>(
  'notifications.notify-batch',
  { queue: 'notifications', attempts: 10, backoffMs: 1_000, concurrency: 2 },
);

/**
 * Sends one e-mail or webhook call. Failures are retried by the delivery itself (with jitter, up to
 * `DELIVERY_ATTEMPTS`, then DEAD); the queue's own attempts only cover a crashed worker.
 */
export const DeliverNotification = defineJob<{ deliveryId: string }>('notifications.deliver', {
  queue: 'deliveries',
  attempts: 5,
  backoffMs: 5_000,
  concurrency: 16,
});

/** Collects the deferred deliveries of every user on `frequency` into one message per user and channel. */
export const SendDigests = defineJob<{ frequency: DigestFrequency }>('notifications.send-digests', {
  queue: 'notifications',
  attempts: 3,
  concurrency: 1,
});

export const RemindNeededBy = defineJob<{ requirementId: string; neededBy: string }>('notifications.remind-needed-by', {
  queue: 'notifications',
});

export const RemindUnansweredMatch = defineJob<{ matchId: string }>('notifications.remind-unanswered-match', {
  queue: 'notifications',
});

export const RemindProgramClosing = defineJob<{ programId: string; endsAt: string }>('notifications.remind-program-closing', {
  queue: 'notifications',
});
