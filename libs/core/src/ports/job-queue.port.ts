/** A job as a handler receives it. */
export interface QueuedJob<P = unknown> {
  readonly id: string;
  readonly name: string;
  readonly payload: P;
  /** 1 on the first run, 2 on the first retry, and so on. */
  readonly attempt: number;
  /** The key the job was enqueued with; handlers use it to make their effects idempotent. */
  readonly idempotencyKey: string;
}

export type JobProcessor = (job: QueuedJob) => Promise<void>;

/** How a job is queued and retried; declared once per job name with `defineJob`. */
export interface JobSpec {
  readonly name: string;
  /** Jobs of one queue share a worker pool and its counts. */
  readonly queue: string;
  /** Runs in all, the first included, before the job is kept as failed. */
  readonly attempts: number;
  /** The first retry waits this long; each further retry waits twice as long as the one before. */
  readonly backoffMs: number;
  /** How many jobs of this queue one worker runs at once. */
  readonly concurrency: number;
}

export interface EnqueueOptions {
  /**
   * Enqueuing twice with the same key yields one job, as long as the first is kept: waiting, active,
   * failed, or completed less than {@link COMPLETED_JOB_RETENTION_MS} ago. Defaults to a random key.
   */
  readonly idempotencyKey?: string;
  /** Run no earlier than this many milliseconds from now. */
  readonly delayMs?: number;
}

export interface RepeatOptions {
  /** Names this schedule; scheduling again with the same key replaces it. */
  readonly key: string;
  readonly everyMs: number;
}

/** Completed jobs are kept this long, which is also how long an idempotency key deduplicates. */
export const COMPLETED_JOB_RETENTION_MS = 24 * 60 * 60 * 1000;
/** Jobs that failed every attempt are kept this long for inspection and retry. */
export const FAILED_JOB_RETENTION_MS = 14 * 24 * 60 * 60 * 1000;

export interface QueueCounts {
  readonly queue: string;
  readonly waiting: number;
  readonly delayed: number;
  readonly active: number;
  readonly completed: number;
  readonly failed: number;
}

/**
 * The job queue port. Two adapters implement it: BullMQ on Redis (production) and a queue kept in
 * database tables (the embedded default). Both pass `libs/queue/src/job-queue.contract.ts`.
 *
 * Lifecycle: `register` every processor, then `start` consumes; `stop` returns or finishes in-flight work.
 * A process that only produces never calls `start`.
 *
 * @example
 * queue.register(SendEmail, async (job) => mailer.send(job.payload));
 * await queue.start();
 * await queue.enqueue(SendEmail, { to }, { idempotencyKey: `welcome:${userId}` });
 */
export interface JobQueue {
  /** `bullmq` or `embedded`; shown by health checks and the start-up log. */
  readonly engine: string;
  /** Adds one job; see {@link EnqueueOptions} for deduplication and delay. */
  enqueue(spec: JobSpec, payload: unknown, options?: EnqueueOptions): Promise<void>;
  /** Enqueues the job every `everyMs`, from one schedule however many workers run. */
  repeat(spec: JobSpec, payload: unknown, options: RepeatOptions): Promise<void>;
  /** Cancels a repeat schedule; unknown keys are ignored. */
  unrepeat(spec: JobSpec, key: string): Promise<void>;
  /** Sets the one processor of a job name. Call before `start`. */
  register(spec: JobSpec, processor: JobProcessor): void;
  /** Starts consuming every queue that has a registered processor. */
  start(): Promise<void>;
  /**
   * Stops consuming. In-flight jobs get `graceMs` to finish; jobs still running then are handed
   * back to the queue to run again, never lost.
   */
  stop(graceMs?: number): Promise<void>;
  counts(): Promise<QueueCounts[]>;
  /** True when the queue's store answers. */
  isHealthy(): Promise<boolean>;
}

/** Injection token of the {@link JobQueue} chosen by configuration. */
export const JOB_QUEUE = Symbol('JOB_QUEUE');
