import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import type { JobQueue, QueuedJob } from '@magmatch/core';
import { BullMqJobQueue, DatabaseJobQueue } from '@magmatch/queue';
import { defineJob } from '../jobs/define-job.js';
import { JobReceipts } from '../jobs/job-receipts.js';
import { Outbox } from './outbox.js';
import { OutboxRelay } from './outbox-relay.js';
import { databaseEnginesUnderTest, openTestDataSource, type TestDataSource } from '../../../../test/support/test-database.js';
import { realEngineUrl, uniqueName } from '../../../../test/support/real-engines.js';
import { sleep, waitFor } from '../../../../test/support/wait-for.js';

const ListingApproved = defineJob<{ listingId: string }>('test.listing-approved', { backoffMs: 20 });

type QueueFactory = { name: string; create(dataSource: DataSource): JobQueue; cleanup(): Promise<void> };

const redisUrl = realEngineUrl('redis');
const queueFactories = (): QueueFactory[] => {
  const prefix = uniqueName();
  const embedded: QueueFactory = {
    name: 'embedded queue',
    create: (dataSource) => new DatabaseJobQueue(dataSource, { pollMs: 20 }),
    cleanup: async () => undefined,
  };
  if (!redisUrl) return [embedded];
  const bullmq: QueueFactory = {
    name: 'BullMQ',
    create: () => new BullMqJobQueue(redisUrl, prefix),
    async cleanup() {
      const redis = new Redis(redisUrl);
      const keys = await redis.keys(`${prefix}:*`);
      if (keys.length > 0) await redis.del(...keys);
      redis.disconnect();
    },
  };
  return [embedded, bullmq];
};

for (const engine of databaseEnginesUnderTest()) {
  for (const factory of queueFactories()) {
    describe(`transactional outbox on ${engine} with the ${factory.name}`, () => {
      let database: TestDataSource;
      let queue: JobQueue;
      let effects: () => Promise<string[]>;
      let handle: (job: QueuedJob) => Promise<void>;
      const handled: QueuedJob[] = [];

      beforeEach(async () => {
        database = await openTestDataSource(engine);
        const { dataSource } = database;
        await dataSource.query(`CREATE TABLE listing_index_effects (listing_id text NOT NULL)`);
        effects = async () =>
          ((await dataSource.query(`SELECT listing_id FROM listing_index_effects`)) as { listing_id: string }[]).map(
            (row) => row.listing_id,
          );
        handled.length = 0;
        const receipts = new JobReceipts(dataSource);
        handle = async (job) => {
          handled.push(job);
          const { listingId } = job.payload as { listingId: string };
          await receipts.once(job.idempotencyKey, (manager) =>
            manager.query(`INSERT INTO listing_index_effects (listing_id) VALUES ($1)`, [listingId]),
          );
        };
        queue = factory.create(dataSource);
        queue.register(ListingApproved, (job) => handle(job));
        await queue.start();
      });

      afterEach(async () => {
        await queue.stop(0);
        await database.close();
        await factory.cleanup();
      });

      const relay = (options: { leaseMs?: number } = {}, via: JobQueue = queue) =>
        new OutboxRelay(database.dataSource, via, (name) => (name === ListingApproved.name ? ListingApproved : undefined), {
          idleMs: 20,
          ...options,
        });

      it('delivers a job recorded in a committed transaction', async () => {
        await database.dataSource.transaction((manager) => new Outbox().add(manager, ListingApproved, { listingId: 'L1' }));
        expect(await relay().relayBatch()).toBe(1);
        await waitFor('the handler to apply the effect', async () => (await effects()).length === 1);
        expect(await effects()).toEqual(['L1']);
      });

      it('delivers nothing for a transaction that rolled back', async () => {
        await expect(
          database.dataSource.transaction(async (manager) => {
            await new Outbox().add(manager, ListingApproved, { listingId: 'L2' });
            throw new Error('the listing update failed');
          }),
        ).rejects.toThrow('the listing update failed');
        expect(await relay().relayBatch()).toBe(0);
        await sleep(200);
        expect(handled).toHaveLength(0);
      });

      it('loses nothing and applies the effect once when the relay dies between enqueue and marking', async () => {
        await database.dataSource.transaction((manager) => new Outbox().add(manager, ListingApproved, { listingId: 'L3' }));

        // The first relay enqueues, then its process dies before it can mark the message dispatched.
        let enqueued = false;
        const dyingQueue: JobQueue = Object.create(queue, {
          enqueue: {
            value: async (...args: Parameters<JobQueue['enqueue']>) => {
              await queue.enqueue(...args);
              enqueued = true;
              await new Promise(() => undefined);
            },
          },
        });
        void relay({ leaseMs: 300 }, dyingQueue).relayBatch();
        await waitFor('the dying relay to enqueue', () => enqueued);
        await waitFor('the first delivery', async () => (await effects()).length === 1);

        // A restarted relay finds the message unmarked once the lease lapses and enqueues it again.
        const restarted = relay({ leaseMs: 300 });
        expect(await restarted.relayBatch()).toBe(0);
        await sleep(350);
        expect(await restarted.relayBatch()).toBe(1);
        await sleep(300);

        const [pending] = await database.dataSource.query(
          `SELECT count(*)::int AS n FROM outbox_messages WHERE dispatched_at IS NULL`,
        );
        expect(pending.n).toBe(0);
        expect(await effects()).toEqual(['L3']);
        expect(new Set(handled.map((job) => job.idempotencyKey)).size).toBe(1);
      });

      it('applies the effect once when a handler receives the same job twice (a stalled job run again)', async () => {
        await database.dataSource.transaction((manager) =>
          new Outbox().add(manager, ListingApproved, { listingId: 'L4' }, { idempotencyKey: 'approve:L4' }),
        );
        await relay().relayBatch();
        await waitFor('the delivery', () => handled.length === 1);
        await handle(handled[0]!);
        expect(handled).toHaveLength(2);
        expect(await effects()).toEqual(['L4']);
      });

      it('keeps relaying promptly around a message the queue keeps refusing', async () => {
        const picky: JobQueue = Object.create(queue, {
          enqueue: {
            value: async (...args: Parameters<JobQueue['enqueue']>) => {
              if ((args[1] as { listingId: string }).listingId === 'poison') throw new Error('payload refused');
              return queue.enqueue(...args);
            },
          },
        });
        const running = relay({}, picky);
        running.start();
        try {
          await database.dataSource.transaction((manager) => new Outbox().add(manager, ListingApproved, { listingId: 'poison' }));
          const refusals = async () => (await database.dataSource.query(`SELECT relay_attempts FROM outbox_messages`))[0].relay_attempts as number;
          await waitFor('the poison message refused again and again', async () => (await refusals()) >= 4, 10_000);
          const addedAt = Date.now();
          await database.dataSource.transaction((manager) => new Outbox().add(manager, ListingApproved, { listingId: 'L5' }));
          await waitFor('the next message delivered', async () => (await effects()).includes('L5'), 5_000);
          // An outage's back-off would wait up to 2 s between polls here.
          expect(Date.now() - addedAt).toBeLessThan(1_000);
          // …and the refused message itself is offered less and less often, not at every poll.
          expect(await refusals()).toBeLessThanOrEqual(6);
        } finally {
          await running.stop();
        }
      });
    });
  }
}
