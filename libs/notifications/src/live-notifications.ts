import { Inject, Injectable, Logger } from '@nestjs/common';
import { LIVE_EVENTS, type LiveEvents } from '@magmatch/core';

const topicOf = (userId: string) => `notifications:${userId}`;

/** Pushes new inbox items to their users' open subscriptions. Best effort: the inbox is the record. */
@Injectable()
export class LiveNotifications {
  private readonly logger = new Logger(LiveNotifications.name);

  constructor(@Inject(LIVE_EVENTS) private readonly live: LiveEvents) {}

  published(items: readonly { userId: string; notificationId: string }[]): void {
    for (const { userId, notificationId } of items) {
      this.live.publish(topicOf(userId), { notificationId }).catch((error: unknown) => {
        this.logger.warn({ err: error, userId }, 'could not push a notification live; it stays in the inbox');
      });
    }
  }

  /** The ids of the user's new notifications, as they are added, until the iterator is returned. */
  async *idsFor(userId: string): AsyncGenerator<string> {
    const waiting: string[] = [];
    let wake: (() => void) | null = null;
    const unsubscribe = await this.live.subscribe(topicOf(userId), (message) => {
      waiting.push((message as { notificationId: string }).notificationId);
      wake?.();
    });
    try {
      for (;;) {
        while (waiting.length > 0) yield waiting.shift()!;
        await new Promise<void>((resolve) => (wake = resolve));
        wake = null;
      }
    } finally {
      await unsubscribe();
    }
  }
}
