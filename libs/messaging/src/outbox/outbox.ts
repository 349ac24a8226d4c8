import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { JobDefinition } from '../jobs/define-job.js';

export interface OutboxOptions {
  /** Defaults to a new random key. Give one when the same change may be recorded twice. */
  readonly idempotencyKey?: string;
  readonly delayMs?: number;
}

/**
 * The write side of the transactional outbox: a job recorded here commits or rolls back with the
 * state change that caused it, and the relay enqueues it only after commit.
 *
 * @example
 * await dataSource.transaction(async (manager) => {
 *   await manager.save(listing);
 *   await outbox.add(manager, IndexListing, { listingId: listing.id });
 * });
 */
@Injectable()
export class Outbox {
  async add<P>(manager: EntityManager, job: JobDefinition<P>, payload: P, options: OutboxOptions = {}): Promise<void> {
    await manager.query(
      `INSERT INTO outbox_messages (job_name, payload, idempotency_key, delay_ms) VALUES ($1, $2, $3, $4)
       ON CONFLICT (idempotency_key) DO NOTHING`,
      [job.name, JSON.stringify(payload), options.idempotencyKey ?? `outbox:${randomUUID()}`, options.delayMs ?? 0],
    );
  }
}
