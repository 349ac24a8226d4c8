import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@magmatch/core';
import { Outbox } from '@magmatch/messaging';
import { NotifyBatch } from './notification-jobs.js';
import type { NotificationType } from './notification-type.js';
import type { NoticeParams } from './templates.js';

/** Some recipients told the same thing: `params` fill the template of the announcement's type. */
export interface Audience {
  readonly userIds: readonly string[];
  readonly params: NoticeParams;
}

/**
 * Starts an announcement: records its progress row and one `NotifyBatch` job per batch of recipients,
 * in one transaction. The key names the cause (an event, a reminder), so announcing it again, as a
 * re-run event handler would, does nothing.
 */
@Injectable()
export class NotificationFanOut {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async announce(key: string, type: NotificationType, audiences: readonly Audience[]): Promise<void> {
    const batchSize = this.config.notifications.fanOutBatchSize;
    const batches = audiences.flatMap(({ userIds, params }) => chunk([...new Set(userIds)], batchSize).map((ids) => ({ ids, params })));
    if (batches.length === 0) return;
    await this.dataSource.transaction(async (manager) => {
      const [fanOut]: { id: string }[] = await manager.query(
        `INSERT INTO notification_fan_outs (idempotency_key, type, recipients, batches) VALUES ($1, $2, $3, $4)
         ON CONFLICT (idempotency_key) DO NOTHING RETURNING id`,
        [key, type, batches.reduce((sum, batch) => sum + batch.ids.length, 0), batches.length],
      );
      if (!fanOut) return;
      for (const [index, batch] of batches.entries()) {
        await this.outbox.add(
          manager,
          NotifyBatch,
          { fanOutId: fanOut.id, type, params: batch.params, userIds: batch.ids },
          { idempotencyKey: `notify-batch:${fanOut.id}:${index}` },
        );
      }
    });
  }
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}
