import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, JOB_QUEUE, type AppConfig, type JobQueue } from '@magmatch/core';
import { OutboxRelay } from '../outbox/outbox-relay.js';
import { JobRegistry } from './job-registry.js';

/** How long in-flight jobs get to finish on shutdown before they are handed back to the queue. */
const SHUTDOWN_GRACE_MS = 10_000;

/**
 * The consuming side of a process: pairs jobs with handlers (refusing to start when they do not
 * pair up), starts the queue's workers and the outbox relay, and stops both gracefully.
 */
@Injectable()
export class JobWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(JobWorker.name);
  private relay: OutboxRelay | undefined;

  constructor(
    private readonly registry: JobRegistry,
    @Inject(JOB_QUEUE) private readonly queue: JobQueue,
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const routes = this.registry.routes();
    for (const route of routes) this.queue.register(route.job, route.processor);
    await this.queue.start();
    const specs = new Map(routes.map((route) => [route.job.name, route.job]));
    // Half the queue's lease: a relay that died mid-batch is taken over as soon as a job would be.
    this.relay = new OutboxRelay(this.dataSource, this.queue, (name) => specs.get(name), { leaseMs: this.config.queue.leaseMs / 2 });
    this.relay.start();
    const queues = [...new Set(routes.map((route) => route.job.queue))].sort();
    this.logger.log({ queueEngine: this.queue.engine, queues, jobs: [...specs.keys()].sort() }, 'worker started');
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.relay?.stop();
    await this.queue.stop(SHUTDOWN_GRACE_MS);
    this.logger.log('worker stopped');
  }
}
