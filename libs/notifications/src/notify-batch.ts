import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { QueuedJob } from '@magmatch/core';
import { UserReads, type Account } from '@magmatch/identity';
import { JobHandler, JobReceipts, Outbox } from '@magmatch/messaging';
import { DeliveryState } from './delivery.entity.js';
import { LiveNotifications } from './live-notifications.js';
import { DEFAULT_PREFERENCES, type NotificationPreferenceEntity } from './notification-preference.entity.js';
import { DeliverNotification, NotifyBatch } from './notification-jobs.js';
import { DigestFrequency, NotificationChannel, NotificationType, isDigestible, type ExternalChannel } from './notification-type.js';
import { renderNotice, type NoticeParams } from './templates.js';

type Recipient = Omit<NotificationPreferenceEntity, 'updatedAt'> & { accountEmail: string };

interface InboxItem {
  readonly userId: string;
  readonly title: string;
  readonly body: string;
}

interface Delivery extends InboxItem {
  readonly channel: ExternalChannel;
  readonly address: string;
  readonly state: DeliveryState.PENDING | DeliveryState.DEFERRED;
}

/**
 * Turns one batch of an announcement into inbox items and deliveries, each in the recipient's language
 * and on the channels they chose. The whole batch commits once (under the job's receipt), and every row
 * has a unique key of (announcement, recipient[, channel]), so a re-run job adds nothing.
 */
@Injectable()
export class NotifyBatchHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UserReads,
    private readonly receipts: JobReceipts,
    private readonly outbox: Outbox,
    private readonly live: LiveNotifications,
  ) {}

  @JobHandler(NotifyBatch)
  async notify(job: QueuedJob<typeof NotifyBatch.payloadType & object>): Promise<void> {
    const { fanOutId, type, params, userIds } = job.payload;
    const recipients = (await this.recipients(userIds)).filter((recipient) => !recipient.mutedTypes.includes(type));
    const inbox: InboxItem[] = [];
    const deliveries: Delivery[] = [];
    for (const recipient of recipients) {
      const { title, body } = renderNotice(type, params, recipient.language);
      if (recipient.channels.includes(NotificationChannel.IN_APP)) inbox.push({ userId: recipient.userId, title, body });
      const state = isDigestible(type) && recipient.digest !== DigestFrequency.INSTANT ? DeliveryState.DEFERRED : DeliveryState.PENDING;
      for (const { channel, address } of externalAddresses(recipient)) {
        deliveries.push({ userId: recipient.userId, title, body, channel, address, state });
      }
    }
    let added: { id: string; user_id: string }[] = [];
    await this.receipts.once(job.idempotencyKey, async (manager) => {
      added = await this.addToInboxes(manager, fanOutId, type, params, inbox);
      await this.addDeliveries(manager, fanOutId, type, params, deliveries);
      await manager.query(
        `UPDATE notification_fan_outs SET batches_done = batches_done + 1, notified = notified + $2,
           completed_at = CASE WHEN batches_done + 1 = batches THEN now() END
         WHERE id = $1`,
        [fanOutId, recipients.length],
      );
    });
    this.live.published(added.map((row) => ({ userId: row.user_id, notificationId: row.id })));
  }

  private async recipients(userIds: readonly string[]): Promise<Recipient[]> {
    const [accounts, preferences]: [Account[], Partial<Recipient>[]] = await Promise.all([
      this.users.accounts(userIds),
      this.dataSource.query(
        `SELECT user_id AS "userId", channels, digest, muted_types AS "mutedTypes", email, webhook_url AS "webhookUrl", language
         FROM notification_preferences WHERE user_id = ANY($1::uuid[])`,
        [userIds],
      ),
    ]);
    const preferencesOf = new Map(preferences.map((row) => [row.userId, row]));
    return accounts.map(({ userId, email }) => ({ ...DEFAULT_PREFERENCES, ...withoutNulls(preferencesOf.get(userId) ?? {}), userId, accountEmail: email }));
  }

  private addToInboxes(manager: EntityManager, fanOutId: string, type: NotificationType, params: NoticeParams, items: InboxItem[]) {
    return manager.query(
      `INSERT INTO notifications (user_id, type, title, body, data, idempotency_key)
       SELECT user_id, $1, title, body, $2, $3 || ':' || user_id
       FROM unnest($4::uuid[], $5::text[], $6::text[]) AS item (user_id, title, body)
       ON CONFLICT (idempotency_key) DO NOTHING
       RETURNING id, user_id`,
      [type, JSON.stringify(params), fanOutId, items.map((i) => i.userId), items.map((i) => i.title), items.map((i) => i.body)],
    ) as Promise<{ id: string; user_id: string }[]>;
  }

  private async addDeliveries(manager: EntityManager, fanOutId: string, type: NotificationType, params: NoticeParams, items: Delivery[]) {
    const added: { id: string; state: DeliveryState }[] = await manager.query(
      `INSERT INTO notification_deliveries (idempotency_key, user_id, channel, address, type, title, body, data, state)
       SELECT $1 || ':' || user_id || ':' || channel, user_id, channel, address, $2, title, body, $3, state
       FROM unnest($4::uuid[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[])
         AS item (user_id, channel, address, title, body, state)
       ON CONFLICT (idempotency_key) DO NOTHING
       RETURNING id, state`,
      [
        fanOutId,
        type,
        JSON.stringify(params),
        items.map((i) => i.userId),
        items.map((i) => i.channel),
        items.map((i) => i.address),
        items.map((i) => i.title),
        items.map((i) => i.body),
        items.map((i) => i.state),
      ],
    );
    for (const delivery of added.filter((row) => row.state === DeliveryState.PENDING)) {
      await this.outbox.add(manager, DeliverNotification, { deliveryId: delivery.id }, { idempotencyKey: `deliver:${delivery.id}:1` });
    }
  }
}

function externalAddresses(recipient: Recipient): { channel: ExternalChannel; address: string }[] {
  const addresses: { channel: ExternalChannel; address: string }[] = [];
  if (recipient.channels.includes(NotificationChannel.EMAIL)) {
    addresses.push({ channel: NotificationChannel.EMAIL, address: recipient.email ?? recipient.accountEmail });
  }
  if (recipient.channels.includes(NotificationChannel.WEBHOOK) && recipient.webhookUrl) {
    addresses.push({ channel: NotificationChannel.WEBHOOK, address: recipient.webhookUrl });
  }
  return addresses;
}

function withoutNulls<T extends object>(row: T): Partial<T> {
  return Object.fromEntries(Object.entries(row).filter(([, value]) => value !== null)) as Partial<T>;
}
