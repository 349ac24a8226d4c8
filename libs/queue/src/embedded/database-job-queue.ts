import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import {
  COMPLETED_JOB_RETENTION_MS,
  FAILED_JOB_RETENTION_MS,
  OutageLog,
  logJobFailure,
  type EnqueueOptions,
  type JobProcessor,
  type JobQueue,
  type JobSpec,
  type QueueCounts,
  type RepeatOptions,
} from '@magmatch/core';

export interface DatabaseJobQueueOptions {
  /** Pause between polls when there is nothing to run. */
  readonly pollMs: number;
  /** A claimed job whose worker stops renewing its lease for this long is run again. */
  readonly leaseMs: number;
  /** How often leases are renewed, schedules materialised and old jobs pruned. */
  readonly maintenanceMs: number;
}

const DEFAULTS: DatabaseJobQueueOptions = { pollMs: 100, leaseMs: 30_000, maintenanceMs: 1_000 };

interface ClaimedJob {
  id: string;
  name: string;
  payload: unknown;
  idempotency_key: string;
  attempts_made: number;
  max_attempts: number;
  backoff_ms: number;
  lock_token: string;
}

interface Running {
  readonly job: ClaimedJob;
  readonly done: Promise<void>;
}

/**
 * The embedded job queue: jobs are rows of `queue_jobs`, claimed with `FOR UPDATE SKIP LOCKED` under a
 * lease, retried with exponential backoff, and picked up again after a restart. It needs nothing but
 * the database, so it runs on PGlite and on PostgreSQL alike.
 */
export class DatabaseJobQueue implements JobQueue {
  readonly engine = 'embedded';
  private readonly logger = new Logger(DatabaseJobQueue.name);
  private readonly outage = new OutageLog(this.logger, 'database (job queue polling)');
  private readonly options: DatabaseJobQueueOptions;
  private readonly processors = new Map<string, { spec: JobSpec; processor: JobProcessor }>();
  private readonly running = new Map<string, Running>();
  private loop: Promise<void> | undefined;
  private stopping = false;
  private wake: (() => void) | undefined;
  private lastMaintenance = 0;

  constructor(
    private readonly dataSource: DataSource,
    options: Partial<DatabaseJobQueueOptions> = {},
  ) {
    this.options = { ...DEFAULTS, ...options };
  }

  async enqueue(spec: JobSpec, payload: unknown, options: EnqueueOptions = {}): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO queue_jobs (queue, name, payload, idempotency_key, max_attempts, backoff_ms, run_at)
       VALUES ($1, $2, $3, $4, $5, $6, now() + make_interval(secs => $7::double precision / 1000))
       ON CONFLICT (idempotency_key) DO NOTHING`,
      [
        spec.queue,
        spec.name,
        JSON.stringify(payload ?? null),
        options.idempotencyKey ?? `job:${randomUUID()}`,
        spec.attempts,
        spec.backoffMs,
        options.delayMs ?? 0,
      ],
    );
    this.wake?.();
  }

  async repeat(spec: JobSpec, payload: unknown, options: RepeatOptions): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO queue_schedules (key, queue, name, payload, every_ms, max_attempts, backoff_ms, next_run_at)
       VALUES ($1, $2, $3, $4, $5::integer, $6, $7, now() + make_interval(secs => $5::integer::double precision / 1000))
       ON CONFLICT (key) DO UPDATE SET queue = excluded.queue, name = excluded.name, payload = excluded.payload,
         every_ms = excluded.every_ms, max_attempts = excluded.max_attempts, backoff_ms = excluded.backoff_ms,
         next_run_at = excluded.next_run_at`,
      [options.key, spec.queue, spec.name, JSON.stringify(payload ?? null), options.everyMs, spec.attempts, spec.backoffMs],
    );
  }

  async unrepeat(_spec: JobSpec, key: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM queue_schedules WHERE key = $1`, [key]);
  }

  register(spec: JobSpec, processor: JobProcessor): void {
    if (this.loop) throw new Error(`cannot register "${spec.name}": the queue has started`);
    if (this.processors.has(spec.name)) throw new Error(`job "${spec.name}" already has a processor`);
    this.processors.set(spec.name, { spec, processor });
  }

  async start(): Promise<void> {
    this.stopping = false;
    this.loop ??= this.pollLoop();
  }

  async stop(graceMs = 10_000): Promise<void> {
    this.stopping = true;
    this.wake?.();
    await this.loop;
    this.loop = undefined;
    const finished = Promise.all([...this.running.values()].map((running) => running.done));
    await Promise.race([finished, sleep(graceMs)]);
    await this.handBack([...this.running.values()].map((running) => running.job));
  }

  async counts(): Promise<QueueCounts[]> {
    const rows: Record<string, string>[] = await this.dataSource.query(
      `SELECT queue,
              count(*) FILTER (WHERE state = 'waiting' AND run_at <= now()) AS waiting,
              count(*) FILTER (WHERE state = 'waiting' AND run_at > now()) AS delayed,
              count(*) FILTER (WHERE state = 'active') AS active,
              count(*) FILTER (WHERE state = 'completed') AS completed,
              count(*) FILTER (WHERE state = 'failed') AS failed
       FROM queue_jobs GROUP BY queue ORDER BY queue`,
    );
    return rows.map((row) => ({
      queue: row.queue!,
      waiting: Number(row.waiting),
      delayed: Number(row.delayed),
      active: Number(row.active),
      completed: Number(row.completed),
      failed: Number(row.failed),
    }));
  }

  async isHealthy(): Promise<boolean> {
    try {
      await this.dataSource.query('SELECT 1');
      return true;
    } catch {
      return false;
    }
  }

  private async pollLoop(): Promise<void> {
    while (!this.stopping) {
      let claimed = 0;
      try {
        if (Date.now() - this.lastMaintenance >= this.options.maintenanceMs) await this.maintain();
        claimed = await this.claimAndRun();
        this.outage.succeeded();
      } catch (error) {
        this.outage.failed(error);
      }
      if (claimed === 0 && !this.stopping) await this.pause(this.options.pollMs);
    }
  }

  private async claimAndRun(): Promise<number> {
    let claimed = 0;
    for (const [queue, concurrency] of this.queueConcurrency()) {
      const busy = [...this.running.values()].filter((running) => this.queueOf(running.job) === queue).length;
      if (busy >= concurrency) continue;
      const jobs: ClaimedJob[] = await this.claim(queue, concurrency - busy);
      for (const job of jobs) this.run(job);
      claimed += jobs.length;
    }
    return claimed;
  }

  private async claim(queue: string, limit: number): Promise<ClaimedJob[]> {
    const [rows]: [ClaimedJob[]] = await this.dataSource.query(
      `UPDATE queue_jobs SET state = 'active', attempts_made = attempts_made + 1, lock_token = gen_random_uuid(),
              locked_until = now() + make_interval(secs => $3::double precision / 1000)
       WHERE id IN (
         SELECT id FROM queue_jobs WHERE queue = $1 AND state = 'waiting' AND run_at <= now()
         ORDER BY run_at, id LIMIT $2 FOR UPDATE SKIP LOCKED)
       RETURNING id, name, payload, idempotency_key, attempts_made, max_attempts, backoff_ms, lock_token`,
      [queue, limit, this.options.leaseMs],
    );
    return rows.sort((a, b) => Number(a.id) - Number(b.id));
  }

  private run(job: ClaimedJob): void {
    const done = this.process(job).finally(() => {
      this.running.delete(job.id);
      this.wake?.();
    });
    this.running.set(job.id, { job, done });
  }

  private async process(job: ClaimedJob): Promise<void> {
    const processor = this.processors.get(job.name)?.processor;
    try {
      if (!processor) throw new Error(`no processor for job "${job.name}" in this process`);
      await processor({
        id: job.id,
        name: job.name,
        payload: job.payload,
        attempt: job.attempts_made,
        idempotencyKey: job.idempotency_key,
      });
      await this.dataSource.query(
        `UPDATE queue_jobs SET state = 'completed', finished_at = now(), locked_until = NULL, last_error = NULL
         WHERE id = $1 AND lock_token = $2`,
        [job.id, job.lock_token],
      );
    } catch (error) {
      await this.recordFailure(job, error).catch((recordError: unknown) =>
        this.logger.error({ err: recordError, jobId: job.id }, 'could not record a job failure; its lease will expire'),
      );
    }
  }

  private async recordFailure(job: ClaimedJob, error: unknown): Promise<void> {
    const message = error instanceof Error ? error.message : String(error);
    const final = job.attempts_made >= job.max_attempts;
    logJobFailure(this.logger, { jobId: job.id, jobName: job.name, attempt: job.attempts_made, final, error });
    const retryInMs = job.backoff_ms * 2 ** (job.attempts_made - 1);
    await this.dataSource.query(
      `UPDATE queue_jobs
       SET state = CASE WHEN $3 THEN 'failed' ELSE 'waiting' END,
           finished_at = CASE WHEN $3 THEN now() END,
           run_at = now() + make_interval(secs => $4::double precision / 1000),
           locked_until = NULL, lock_token = NULL, last_error = $5
       WHERE id = $1 AND lock_token = $2`,
      [job.id, job.lock_token, final, retryInMs, message.slice(0, 2_000)],
    );
  }

  /** Returns jobs this process claimed but did not finish, without counting the interrupted attempt. */
  private async handBack(jobs: ClaimedJob[]): Promise<void> {
    if (jobs.length === 0) return;
    await this.dataSource.query(
      `UPDATE queue_jobs SET state = 'waiting', attempts_made = attempts_made - 1, locked_until = NULL, lock_token = NULL
       WHERE lock_token = ANY($1::uuid[]) AND state = 'active'`,
      [jobs.map((job) => job.lock_token)],
    );
    this.logger.log({ jobs: jobs.length }, 'handed unfinished jobs back to the queue');
  }

  /** Renews this process's leases, reclaims expired ones, materialises due schedules and prunes old jobs. */
  private async maintain(): Promise<void> {
    this.lastMaintenance = Date.now();
    const leaseSecs = this.options.leaseMs / 1000;
    const tokens = [...this.running.values()].map((running) => running.job.lock_token);
    if (tokens.length > 0) {
      await this.dataSource.query(
        `UPDATE queue_jobs SET locked_until = now() + make_interval(secs => $2::double precision)
         WHERE lock_token = ANY($1::uuid[]) AND state = 'active'`,
        [tokens, leaseSecs],
      );
    }
    await this.dataSource.query(
      `UPDATE queue_jobs
       SET state = CASE WHEN attempts_made >= max_attempts THEN 'failed' ELSE 'waiting' END,
           finished_at = CASE WHEN attempts_made >= max_attempts THEN now() END,
           last_error = 'the worker running it stopped (lease expired)', locked_until = NULL, lock_token = NULL
       WHERE state = 'active' AND locked_until < now()`,
    );
    await this.dataSource.query(
      `WITH due AS (
         SELECT key, next_run_at AS slot FROM queue_schedules WHERE next_run_at <= now() FOR UPDATE SKIP LOCKED
       ), moved AS (
         UPDATE queue_schedules s SET next_run_at = now() + make_interval(secs => s.every_ms::double precision / 1000)
         FROM due WHERE s.key = due.key
         RETURNING s.key, s.queue, s.name, s.payload, s.max_attempts, s.backoff_ms, due.slot
       )
       INSERT INTO queue_jobs (queue, name, payload, idempotency_key, max_attempts, backoff_ms)
       SELECT queue, name, payload, 'repeat:' || key || ':' || floor(extract(epoch FROM slot) * 1000)::bigint,
              max_attempts, backoff_ms
       FROM moved
       ON CONFLICT (idempotency_key) DO NOTHING`,
    );
    await this.dataSource.query(
      `DELETE FROM queue_jobs
       WHERE (state = 'completed' AND finished_at < now() - make_interval(secs => $1::double precision / 1000))
          OR (state = 'failed' AND finished_at < now() - make_interval(secs => $2::double precision / 1000))`,
      [COMPLETED_JOB_RETENTION_MS, FAILED_JOB_RETENTION_MS],
    );
  }

  private queueConcurrency(): Map<string, number> {
    const concurrency = new Map<string, number>();
    for (const { spec } of this.processors.values()) {
      concurrency.set(spec.queue, Math.max(concurrency.get(spec.queue) ?? 0, spec.concurrency));
    }
    return concurrency;
  }

  private queueOf(job: ClaimedJob): string | undefined {
    return this.processors.get(job.name)?.spec.queue;
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
