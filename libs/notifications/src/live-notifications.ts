import { Inject, Injectable, Logger } from '@nestjs/common';
import { LIVE_EVENTS, OutageLog, type LiveEvents } from '@magmatch/core';

const topicOf = (userId: string) => `notifications:${userId}`;

/** Pushes new inbox items to their users' open subscriptions. Best effort: the inbox is the record. */
@Injectable()
export class LiveNotifications {
  private readonly outage = new OutageLog(new Logger(LiveNotifications.name), 'live pushes (new items stay in the inbox)');

  constructor(@Inject(LIVE_EVENTS) private readonly live: LiveEvents) {}

  published(items: readonly { userId: string; notificationId: string }[]): void {
    for (const { userId, notificationId } of items) {
      this.live.publish(topicOf(userId), { notificationId }).then(
        () => this.outage.succeeded(),
        (error: unknown) => this.outage.failed(error),
      );
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
