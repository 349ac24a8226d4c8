import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

/**
 * Makes a job's database effects happen once. A queue delivers at least once (a retry after a crash,
 * a stalled job run again, a relay that re-enqueues), so a handler writes its effect together with a
 * receipt under a unique key, in one transaction.
 *
 * @example
 * @JobHandler(RecordView)
 * async recordView(job: QueuedJob<{ listingId: string }>) {
 *   await this.receipts.once(job.idempotencyKey, (manager) => manager.increment(Listing, { id }, 'views', 1));
 * }
 */
@Injectable()
export class JobReceipts {
  constructor(private readonly dataSource: DataSource) {}

  async has(key: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(`SELECT 1 FROM job_receipts WHERE idempotency_key = $1`, [key]);
    return rows.length > 0;
  }

  async record(key: string): Promise<void> {
    await this.dataSource.query(`INSERT INTO job_receipts (idempotency_key) VALUES ($1) ON CONFLICT DO NOTHING`, [key]);
  }

  /** Runs `effect` unless `key` has a receipt; returns whether it ran. */
  async once(key: string, effect: (manager: EntityManager) => Promise<void>): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const inserted: unknown[] = await manager.query(
        `INSERT INTO job_receipts (idempotency_key) VALUES ($1) ON CONFLICT DO NOTHING RETURNING idempotency_key`,
        [key],
      );
      if (inserted.length === 0) return false;
      await effect(manager);
      return true;
    });
  }
}
