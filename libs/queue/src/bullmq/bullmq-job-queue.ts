import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { Queue, Worker, type Job, type JobsOptions } from 'bullmq';
import { Redis } from 'ioredis';
import { redisDurabilityProblems } from './redis-durability.js';
import {
  COMPLETED_JOB_RETENTION_MS,
  FAILED_JOB_RETENTION_MS,
  OutageLog,
  isEngineUnavailable,
  logJobFailure,
  type EnqueueOptions,
  type JobProcessor,
  type JobQueue,
  type JobSpec,
  type QueueCounts,
  type RepeatOptions,
} from '@magmatch/core';

interface JobData {
  readonly payload: unknown;
  readonly key?: string;
}

/**
 * The production job queue: BullMQ on Redis. Producers fail fast when Redis is down (the outbox keeps
 * what they could not send); workers wait for Redis to come back.
 */
export class BullMqJobQueue implements JobQueue {
  readonly engine = 'bullmq';
  private readonly logger = new Logger(BullMqJobQueue.name);
  private readonly producerOutage = new OutageLog(this.logger, 'Redis (job producer)');
  private readonly workerOutage = new OutageLog(this.logger, 'Redis (job workers)');
  private readonly producer: Redis;
  private readonly queues = new Map<string, Queue>();
  private readonly processors = new Map<string, { spec: JobSpec; processor: JobProcessor }>();
  private workers: Worker[] = [];
  private workerConnections: Redis[] = [];
  /** Jobs running in this process, with the lock token each was fetched with. */
  private readonly active = new Map<Job<JobData>, string>();

  constructor(
    private readonly url: string,
    private readonly prefix: string,
    private readonly options: { readonly leaseMs: number } = { leaseMs: 30_000 },
  ) {
    this.producer = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: true });
    this.producer.on('error', (error) => this.reportError(this.producerOutage, error));
    this.producer.on('ready', () => this.producerOutage.succeeded());
  }

  async enqueue(spec: JobSpec, payload: unknown, options: EnqueueOptions = {}): Promise<void> {
    const key = options.idempotencyKey ?? `job:${randomUUID()}`;
    const data: JobData = { payload: payload ?? null, key };
    await this.queue(spec.queue).add(spec.name, data, {
      ...jobOptions(spec),
      jobId: jobIdOf(key),
      delay: options.delayMs,
    });
  }

  async repeat(spec: JobSpec, payload: unknown, options: RepeatOptions): Promise<void> {
    await this.queue(spec.queue).upsertJobScheduler(
      options.key,
      { every: options.everyMs },
      { name: spec.name, data: { payload: payload ?? null }, opts: jobOptions(spec) },
    );
  }

  async unrepeat(spec: JobSpec, key: string): Promise<void> {
    await this.queue(spec.queue).removeJobScheduler(key);
  }

  register(spec: JobSpec, processor: JobProcessor): void {
    if (this.workers.length > 0) throw new Error(`cannot register "${spec.name}": the queue has started`);
    if (this.processors.has(spec.name)) throw new Error(`job "${spec.name}" already has a processor`);
    this.processors.set(spec.name, { spec, processor });
  }

  async start(): Promise<void> {
    if (this.workers.length > 0) return;
    await this.warnAboutDurability();
    const concurrency = new Map<string, number>();
    for (const { spec } of this.processors.values()) {
      concurrency.set(spec.queue, Math.max(concurrency.get(spec.queue) ?? 0, spec.concurrency));
    }
    this.workers = [...concurrency].map(([queue, limit]) => {
      const worker = new Worker<JobData>(queue, (job, token) => this.process(job, token ?? ''), {
        connection: this.workerConnection(),
        prefix: this.prefix,
        concurrency: limit,
        lockDuration: this.options.leaseMs,
        stalledInterval: this.options.leaseMs,
      });
      worker.on('error', (error) => this.reportError(this.workerOutage, error));
      worker.on('failed', (job, error) => {
        if (!job) return;
        const final = job.attemptsMade >= (job.opts.attempts ?? 1);
        logJobFailure(this.logger, { jobId: job.id, jobName: job.name, attempt: job.attemptsMade, final, error });
      });
      return worker;
    });
    await Promise.all(this.workers.map((worker) => worker.waitUntilReady()));
  }

  async stop(graceMs = 10_000): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.pause(true)));
    const deadline = Date.now() + graceMs;
    while (this.active.size > 0 && Date.now() < deadline) await sleep(20);
    const unfinished = [...this.active].map(([job, token]) => ({ queue: job.queueName, id: job.id!, token }));
    this.active.clear();
    // Closed first, so that no worker of this process fetches a job handed back below.
    await Promise.all(this.workers.map((worker) => worker.close(true)));
    this.workers = [];
    await this.handBack(unfinished);
    for (const connection of this.workerConnections.splice(0)) connection.disconnect();
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
    this.queues.clear();
    this.producer.disconnect();
  }

  async counts(): Promise<QueueCounts[]> {
    const names = [...new Set([...this.queues.keys(), ...[...this.processors.values()].map((p) => p.spec.queue)])];
    return Promise.all(
      names.sort().map(async (name) => {
        const counts = await this.queue(name).getJobCounts('waiting', 'prioritized', 'delayed', 'active', 'completed', 'failed');
        return {
          queue: name,
          waiting: (counts.waiting ?? 0) + (counts.prioritized ?? 0),
          delayed: counts.delayed ?? 0,
          active: counts.active ?? 0,
          completed: counts.completed ?? 0,
          failed: counts.failed ?? 0,
        };
      }),
    );
  }

  async isHealthy(): Promise<boolean> {
    try {
      if (this.producer.status === 'wait') await this.producer.connect();
      return (await this.producer.ping()) === 'PONG';
    } catch {
      return false;
    }
  }

  private async process(job: Job<JobData>, token: string): Promise<void> {
    const registered = this.processors.get(job.name);
    if (!registered) throw new Error(`no processor for job "${job.name}" in this process`);
    this.active.set(job, token);
    try {
      await registered.processor({
        id: job.id ?? '',
        name: job.name,
        payload: job.data.payload,
        attempt: job.attemptsMade + 1,
        idempotencyKey: job.data.key ?? `bullmq:${job.id}`,
      });
    } finally {
      this.active.delete(job);
    }
  }

  private async handBack(jobs: { queue: string; id: string; token: string }[]): Promise<void> {
    for (const { queue, id, token } of jobs) {
      const job = await this.queue(queue).getJob(id);
      await job?.moveToWait(token);
    }
    if (jobs.length > 0) this.logger.log({ jobs: jobs.length }, 'handed unfinished jobs back to the queue');
  }

  /** The BullMQ queue of that name (for the queue dashboard). */
  queue(name: string): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, { connection: this.producer, prefix: this.prefix });
      queue.on('error', (error) => this.reportError(this.producerOutage, error));
      this.queues.set(name, queue);
    }
    return queue;
  }

  /** Says at start what in Redis's configuration could lose jobs; a Redis that is down is reported elsewhere. */
  private async warnAboutDurability(): Promise<void> {
    try {
      if (this.producer.status === 'wait') await this.producer.connect();
      for (const problem of await redisDurabilityProblems(this.producer)) this.logger.warn(problem);
    } catch (error) {
      this.logger.warn({ err: error }, 'could not read the Redis configuration');
    }
  }

  /** A lost connection is part of an outage, logged once; anything else (a lost lock, a script error) every time. */
  private reportError(outage: OutageLog, error: Error): void {
    if (isEngineUnavailable(error)) outage.failed(error);
    else this.logger.warn({ err: error }, 'BullMQ error');
  }

  private workerConnection(): Redis {
    const connection = new Redis(this.url, { maxRetriesPerRequest: null });
    connection.on('error', (error) => this.reportError(this.workerOutage, error));
    connection.on('ready', () => this.workerOutage.succeeded());
    this.workerConnections.push(connection);
    return connection;
  }
}

/** Finished jobs are pruned by age and by count, so a burst cannot fill Redis's memory. */
const KEEP_COMPLETED_JOBS = 10_000;
const KEEP_FAILED_JOBS = 50_000;

function jobOptions(spec: JobSpec): JobsOptions {
  return {
    attempts: spec.attempts,
    backoff: { type: 'exponential', delay: spec.backoffMs },
    removeOnComplete: { age: COMPLETED_JOB_RETENTION_MS / 1000, count: KEEP_COMPLETED_JOBS },
    removeOnFail: { age: FAILED_JOB_RETENTION_MS / 1000, count: KEEP_FAILED_JOBS },
  };
}

/** BullMQ job ids may not be integers nor contain ':'; this mapping keeps keys distinct. */
function jobIdOf(key: string): string {
  return `key-${key.replaceAll('%', '%25').replaceAll(':', '%3A')}`;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
