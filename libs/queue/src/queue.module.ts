import { Module, type DynamicModule, type OnApplicationShutdown, Inject } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { JOB_QUEUE, LIVE_EVENTS, RATE_LIMITS, type AppConfig, type JobQueue, type LiveEvents, type RateLimits } from '@magmatch/core';
import { BullMqJobQueue } from './bullmq/bullmq-job-queue.js';
import { DatabaseJobQueue } from './embedded/database-job-queue.js';
import { InProcessLiveEvents } from './live/in-process-live-events.js';
import { RedisLiveEvents } from './live/redis-live-events.js';
import { MemoryRateLimits, RedisRateLimits } from './live/rate-limits.js';

/** Closes the producer side when no worker did (a process that only enqueues). */
class QueueLifecycle implements OnApplicationShutdown {
  constructor(
    @Inject(JOB_QUEUE) private readonly queue: JobQueue,
    @Inject(LIVE_EVENTS) private readonly live: LiveEvents,
    @Inject(RATE_LIMITS) private readonly rates: RateLimits,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await this.queue.stop(0);
    await this.live.close();
    await this.rates.close();
  }
}

/**
 * Provides the {@link JobQueue} port (BullMQ when `REDIS_URL` is set, else the database-backed queue)
 * and the {@link LiveEvents} and {@link RateLimits} ports (Redis, else in-process).
 */
@Module({})
export class QueueModule {
  static forRoot(config: AppConfig): DynamicModule {
    const queueProvider = {
      provide: JOB_QUEUE,
      inject: [DataSource],
      useFactory: (dataSource: DataSource): JobQueue =>
        config.queue.engine === 'bullmq'
          ? new BullMqJobQueue(config.queue.url, config.queue.prefix, { leaseMs: config.queue.leaseMs })
          : new DatabaseJobQueue(dataSource, { leaseMs: config.queue.leaseMs }),
    };
    const liveProvider = {
      provide: LIVE_EVENTS,
      useFactory: (): LiveEvents =>
        config.queue.engine === 'bullmq' ? new RedisLiveEvents(config.queue.url, config.queue.prefix) : new InProcessLiveEvents(),
    };
    const rateProvider = {
      provide: RATE_LIMITS,
      useFactory: async (): Promise<RateLimits> =>
        config.queue.engine === 'bullmq' ? RedisRateLimits.connect(config.queue.url, config.queue.prefix) : new MemoryRateLimits(),
    };
    return {
      module: QueueModule,
      global: true,
      providers: [queueProvider, liveProvider, rateProvider, QueueLifecycle],
      exports: [JOB_QUEUE, LIVE_EVENTS, RATE_LIMITS],
    };
  }
}
