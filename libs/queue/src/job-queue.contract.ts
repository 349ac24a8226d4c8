import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import type { JobQueue, JobSpec, QueuedJob } from '@magmatch/core';
import { sleep, waitFor } from '../../../test/support/wait-for.js';

/** Builds a fresh queue; calling it again gives another process's view of the same store. */
export interface QueueUnderTest {
  create(): JobQueue;
  dispose(): Promise<void>;
}

const spec = (name: string, overrides: Partial<JobSpec> = {}): JobSpec => ({
  name: `contract.${name}`,
  queue: 'contract',
  attempts: 3,
  backoffMs: 50,
  concurrency: 2,
  ...overrides,
});

/**
 * What every {@link JobQueue} adapter must do. Each adapter's spec calls this with a factory for its
 * real backing store.
 */
export function describeJobQueueContract(adapter: string, open: () => Promise<QueueUnderTest>): void {
  describe(`JobQueue contract: ${adapter}`, () => {
    let store: QueueUnderTest;
    let queues: JobQueue[];
    const queue = () => {
      const created = store.create();
      queues.push(created);
      return created;
    };

    beforeEach(async () => {
      store = await open();
      queues = [];
    });

    afterEach(async () => {
      for (const created of queues) await created.stop(0);
      await store.dispose();
    });

    it('runs an enqueued job once with its payload, attempt and idempotency key', async () => {
      const seen: QueuedJob[] = [];
      const job = spec('greet');
      const q = queue();
      q.register(job, async (queued) => void seen.push(queued));
      await q.start();
      await q.enqueue(job, { to: 'Chizhou' }, { idempotencyKey: 'greet:1' });
      await waitFor('the job to run', () => seen.length === 1);
      await sleep(200);
      expect(seen).toHaveLength(1);
      expect(seen[0]).toMatchObject({ name: job.name, payload: { to: 'Chizhou' }, attempt: 1, idempotencyKey: 'greet:1' });
    });

    it('keeps one job for two enqueues with the same idempotency key', async () => {
      const runs: unknown[] = [];
      const job = spec('dedupe');
      const q = queue();
      await q.enqueue(job, { n: 1 }, { idempotencyKey: 'same' });
      await q.enqueue(job, { n: 2 }, { idempotencyKey: 'same' });
      q.register(job, async (queued) => void runs.push(queued.payload));
      await q.start();
      await waitFor('the job to run', () => runs.length >= 1);
      await q.enqueue(job, { n: 3 }, { idempotencyKey: 'same' });
      await sleep(300);
      expect(runs).toEqual([{ n: 1 }]);
    });

    it('does not run a delayed job before its delay', async () => {
      const ranAt: number[] = [];
      const job = spec('later');
      const q = queue();
      q.register(job, async () => void ranAt.push(Date.now()));
      await q.start();
      const enqueuedAt = Date.now();
      await q.enqueue(job, {}, { delayMs: 700 });
      await sleep(400);
      expect(ranAt).toHaveLength(0);
      await waitFor('the delayed job to run', () => ranAt.length === 1, 5_000);
      expect(ranAt[0]! - enqueuedAt).toBeGreaterThanOrEqual(650);
    });

    it('retries a failing job with growing backoff until it succeeds', async () => {
      const attempts: { attempt: number; at: number }[] = [];
      const job = spec('flaky', { attempts: 3, backoffMs: 100 });
      const q = queue();
      q.register(job, async (queued) => {
        attempts.push({ attempt: queued.attempt, at: Date.now() });
        if (queued.attempt < 3) throw new Error('receiver unavailable');
      });
      await q.start();
      await q.enqueue(job, {});
      await waitFor('the third attempt', () => attempts.length === 3, 10_000);
      expect(attempts.map((a) => a.attempt)).toEqual([1, 2, 3]);
      expect(attempts[1]!.at - attempts[0]!.at).toBeGreaterThanOrEqual(90);
      expect(attempts[2]!.at - attempts[1]!.at).toBeGreaterThanOrEqual(190);
      await waitFor('the job to complete', async () => (await countsOf(q)).completed === 1);
    });

    it('keeps a job that failed every attempt as failed, for inspection', async () => {
      let runs = 0;
      const job = spec('doomed', { attempts: 2, backoffMs: 20 });
      const q = queue();
      q.register(job, async () => {
        runs += 1;
        throw new Error('always fails');
      });
      await q.start();
      await q.enqueue(job, {});
      await waitFor('the job to fail for good', async () => (await countsOf(q)).failed === 1, 10_000);
      await sleep(200);
      expect(runs).toBe(2);
      expect(await countsOf(q)).toMatchObject({ waiting: 0, active: 0, failed: 1, completed: 0 });
    });

    it('counts waiting and delayed jobs per queue', async () => {
      const q = queue();
      await q.enqueue(spec('count'), {});
      await q.enqueue(spec('count'), {});
      await q.enqueue(spec('count'), {}, { delayMs: 60_000 });
      await q.enqueue(spec('count'), {}, { delayMs: 90 * 24 * 60 * 60 * 1000, idempotencyKey: 'reminder-in-90-days' });
      await q.enqueue(spec('other', { queue: 'contract-other' }), {});
      const counts = await q.counts();
      expect(counts.find((c) => c.queue === 'contract')).toMatchObject({ waiting: 2, delayed: 2, active: 0 });
      expect(counts.find((c) => c.queue === 'contract-other')).toMatchObject({ waiting: 1 });
    });

    it('repeats a scheduled job until the schedule is removed', async () => {
      let runs = 0;
      const job = spec('tick');
      const q = queue();
      q.register(job, async () => void (runs += 1));
      await q.start();
      await q.repeat(job, {}, { key: 'tick-every-300ms', everyMs: 300 });
      await waitFor('two scheduled runs', () => runs >= 2, 10_000);
      await q.unrepeat(job, 'tick-every-300ms');
      await sleep(500);
      const afterRemoval = runs;
      await sleep(1_000);
      expect(runs).toBe(afterRemoval);
    });

    it('keeps jobs enqueued while no worker runs, for the next worker to process', async () => {
      const job = spec('survivor');
      await queue().enqueue(job, { order: 42 });
      const processed: unknown[] = [];
      const restarted = queue();
      restarted.register(job, async (queued) => void processed.push(queued.payload));
      await restarted.start();
      await waitFor('the job to run after the restart', () => processed.length === 1);
      expect(processed).toEqual([{ order: 42 }]);
    });

    it('on stop, hands an unfinished job back so another worker completes it', async () => {
      const job = spec('slow', { attempts: 1 });
      const first = queue();
      let started = false;
      let release = () => {};
      first.register(job, async () => {
        started = true;
        await new Promise<void>((resolve) => (release = resolve));
      });
      await first.start();
      await first.enqueue(job, { id: 'slow-1' });
      await waitFor('the slow job to start', () => started);
      await first.stop(100);

      const completed: unknown[] = [];
      const second = queue();
      second.register(job, async (queued) => void completed.push(queued.payload));
      await second.start();
      await waitFor('the handed-back job to complete', () => completed.length === 1);
      expect(completed).toEqual([{ id: 'slow-1' }]);
      release();
      await sleep(100);
      expect(completed).toHaveLength(1);
    });

    it('refuses a second processor for the same job name', () => {
      const q = queue();
      q.register(spec('twice'), async () => undefined);
      expect(() => q.register(spec('twice'), async () => undefined)).toThrow(/already has a processor/);
    });

    it('reports itself healthy while its store answers', async () => {
      expect(await queue().isHealthy()).toBe(true);
    });
  });
}

async function countsOf(q: JobQueue) {
  const counts = (await q.counts()).find((c) => c.queue === 'contract');
  return counts ?? { queue: 'contract', waiting: 0, delayed: 0, active: 0, completed: 0, failed: 0 };
}
