import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, type Repository } from 'typeorm';
import { APP_CONFIG, DomainError, DomainErrorCode, type AppConfig, type QueuedJob } from '@magmatch/core';
import { UserReads } from '@magmatch/identity';
import { JobHandler, Outbox } from '@magmatch/messaging';
import { CHANNEL_SENDERS, type ChannelSender } from './channels/channel-sender.js';
import { DeliveryEntity, DeliveryState } from './delivery.entity.js';
import { DeliverNotification } from './notification-jobs.js';
import { NotificationChannel, type ExternalChannel } from './notification-type.js';
import { RateLimiter } from './rate-limiter.js';

/**
 * Sends deliveries and owns their retries. A delivery leaves PENDING once: SENT after the receiver
 * accepted it, or, after a failure, back to PENDING with its next try recorded in the outbox (exponential
 * backoff with jitter), until the last attempt leaves it DEAD for a moderator to look at and retry.
 */
@Injectable()
export class Deliveries {
  private readonly logger = new Logger(Deliveries.name);
  private readonly senders: Map<ExternalChannel, ChannelSender>;
  private readonly limiters: Map<ExternalChannel, RateLimiter>;

  constructor(
    @InjectRepository(DeliveryEntity) private readonly deliveries: Repository<DeliveryEntity>,
    private readonly dataSource: DataSource,
    private readonly users: UserReads,
    private readonly outbox: Outbox,
    @Inject(CHANNEL_SENDERS) senders: ChannelSender[],
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.senders = new Map(senders.map((sender) => [sender.channel, sender]));
    const { emailsPerSecond, webhooksPerSecond } = config.notifications;
    this.limiters = new Map([
      [NotificationChannel.EMAIL, new RateLimiter(emailsPerSecond)],
      [NotificationChannel.WEBHOOK, new RateLimiter(webhooksPerSecond)],
    ]);
  }

  @JobHandler(DeliverNotification)
  async deliver(job: QueuedJob<{ deliveryId: string }>): Promise<void> {
    const delivery = await this.deliveries.findOneBy({ id: job.payload.deliveryId });
    if (delivery?.state !== DeliveryState.PENDING) return;
    const [recipient] = await this.users.accounts([delivery.userId]);
    await this.limiters.get(delivery.channel)!.take();
    try {
      await this.senders.get(delivery.channel)!.send({ ...delivery, organizationId: recipient?.organizationId ?? null });
    } catch (error) {
      await this.failed(delivery, error as Error);
      return;
    }
    await this.dataSource.query(
      `UPDATE notification_deliveries SET state = 'SENT', attempts = attempts + 1, last_error = NULL, sent_at = now(), updated_at = now()
       WHERE id = $1 AND state = 'PENDING'`,
      [delivery.id],
    );
  }

  /** Moderators: the deliveries that failed every attempt, latest first. */
  dead(first: number): Promise<DeliveryEntity[]> {
    return this.deliveries.find({ where: { state: DeliveryState.DEAD }, order: { updatedAt: 'DESC', id: 'DESC' }, take: first });
  }

  deadCount(): Promise<number> {
    return this.deliveries.countBy({ state: DeliveryState.DEAD });
  }

  /** Moderators: gives a DEAD delivery a fresh set of attempts. */
  async retry(id: string): Promise<DeliveryEntity> {
    await this.dataSource.transaction(async (manager) => {
      const [rows] = await manager.query(
        `UPDATE notification_deliveries SET state = 'PENDING', attempts = 0, updated_at = now() WHERE id = $1 AND state = 'DEAD' RETURNING id`,
        [id],
      );
      if (rows.length === 0) {
        const current = await manager.findOneBy(DeliveryEntity, { id });
        if (!current) throw new DomainError(DomainErrorCode.NotFound, `No delivery has id ${id}`, 'id');
        throw new DomainError(DomainErrorCode.Conflict, `Only a DEAD delivery can be retried; this one is ${current.state}`);
      }
      await this.outbox.add(manager, DeliverNotification, { deliveryId: id });
    });
    return this.deliveries.findOneByOrFail({ id });
  }

  private async failed(delivery: DeliveryEntity, error: Error): Promise<void> {
    const { deliveryAttempts, deliveryBackoffMs } = this.config.notifications;
    await this.dataSource.transaction(async (manager) => {
      const [rows]: [{ attempts: number; state: DeliveryState }[]] = await manager.query(
        `UPDATE notification_deliveries
         SET attempts = attempts + 1, last_error = $2, updated_at = now(),
             state = CASE WHEN attempts + 1 >= $3 THEN 'DEAD' ELSE 'PENDING' END
         WHERE id = $1 AND state = 'PENDING' RETURNING attempts, state`,
        [delivery.id, error.message.slice(0, 500), deliveryAttempts],
      );
      const updated = rows[0];
      if (!updated) return;
      this.logger.warn({ deliveryId: delivery.id, channel: delivery.channel, attempt: updated.attempts, state: updated.state, reason: error.message }, 'delivery failed');
      if (updated.state === DeliveryState.DEAD) return;
      await this.outbox.add(manager, DeliverNotification, { deliveryId: delivery.id }, {
        idempotencyKey: `deliver:${delivery.id}:${updated.attempts + 1}`,
        delayMs: backoffWithJitter(deliveryBackoffMs, updated.attempts),
      });
    });
  }
}

/**
 * `baseMs · 2^(failures − 1)`, of which a random half ("equal jitter"): retries still grow, and retries of
 * many deliveries that failed together spread out instead of hitting the receiver at once.
 */
export function backoffWithJitter(baseMs: number, failures: number): number {
  const ceiling = baseMs * 2 ** (failures - 1);
  return Math.round(ceiling / 2 + (Math.random() * ceiling) / 2);
}
