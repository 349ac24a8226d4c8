import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { JOB_QUEUE, type JobQueue, type QueuedJob } from '@magmatch/core';
import { JobHandler, Outbox } from '@magmatch/messaging';
import { DeliverNotification, SendDigests } from './notification-jobs.js';
import { DigestFrequency, NotificationType, type Language } from './notification-type.js';
import { renderDigest } from './templates.js';
import { DAY_MS } from './days.js';

const PERIOD_MS = { [DigestFrequency.DAILY]: DAY_MS, [DigestFrequency.WEEKLY]: 7 * DAY_MS } as const;

interface DigestGroup {
  readonly user_id: string;
  readonly channel: string;
  readonly language: Language;
  readonly ids: string[];
}

/**
 * Daily and weekly digests: deliveries deferred for a user's digest are collected into one message per
 * user and channel. The digest row and the DIGESTED mark of its items commit together, so a re-run finds
 * nothing left to collect.
 */
@Injectable()
export class Digests implements OnApplicationBootstrap {
  private readonly logger = new Logger(Digests.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    @Inject(JOB_QUEUE) private readonly queue: JobQueue,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    for (const frequency of [DigestFrequency.DAILY, DigestFrequency.WEEKLY] as const) {
      await this.queue.repeat(SendDigests, { frequency }, { key: `${SendDigests.name}.${frequency}`, everyMs: PERIOD_MS[frequency] });
    }
  }

  @JobHandler(SendDigests)
  async onSchedule(job: QueuedJob<{ frequency: DigestFrequency }>): Promise<void> {
    await this.send(job.payload.frequency);
  }

  /** Sends the digests of users on `frequency` (and of users who switched to INSTANT since). Returns how many. */
  async send(frequency: DigestFrequency): Promise<number> {
    const groups: DigestGroup[] = await this.dataSource.query(
      `SELECT d.user_id, d.channel, COALESCE(p.language, 'zh') AS language, array_agg(d.id ORDER BY d.created_at, d.id) AS ids
       FROM notification_deliveries d LEFT JOIN notification_preferences p ON p.user_id = d.user_id
       WHERE d.state = 'DEFERRED' AND COALESCE(p.digest, 'DAILY') IN ($1, 'INSTANT')
       GROUP BY d.user_id, d.channel, p.language`,
      [frequency],
    );
    for (const group of groups) await this.sendOne(group);
    if (groups.length > 0) this.logger.log({ frequency, digests: groups.length }, 'digests queued');
    return groups.length;
  }

  private async sendOne(group: DigestGroup): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const items: { title: string; body: string; address: string }[] = await manager.query(
        `SELECT title, body, address FROM notification_deliveries WHERE id = ANY($1::uuid[]) AND state = 'DEFERRED'
         ORDER BY created_at, id FOR UPDATE`,
        [group.ids],
      );
      if (items.length === 0) return;
      const { title, body } = renderDigest(items, group.language);
      const [digest]: { id: string }[] = await manager.query(
        `INSERT INTO notification_deliveries (idempotency_key, user_id, channel, address, type, title, body, state)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 'PENDING') RETURNING id`,
        [`digest:${group.user_id}:${group.channel}:${group.ids[0]}`, group.user_id, group.channel, items.at(-1)!.address, NotificationType.DIGEST, title, body],
      );
      await manager.query(
        `UPDATE notification_deliveries SET state = 'DIGESTED', digest_id = $2, updated_at = now() WHERE id = ANY($1::uuid[]) AND state = 'DEFERRED'`,
        [group.ids, digest!.id],
      );
      await this.outbox.add(manager, DeliverNotification, { deliveryId: digest!.id }, { idempotencyKey: `deliver:${digest!.id}:1` });
    });
  }
}
