import { Module, type DynamicModule, type OnApplicationShutdown, Inject } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { JOB_QUEUE, type AppConfig, type JobQueue } from '@magmatch/core';
import { BullMqJobQueue } from './bullmq/bullmq-job-queue.js';
import { DatabaseJobQueue } from './embedded/database-job-queue.js';

/** Closes the producer side when no worker did (a process that only enqueues). */
class QueueLifecycle implements OnApplicationShutdown {
  constructor(@Inject(JOB_QUEUE) private readonly queue: JobQueue) {}

  async onApplicationShutdown(): Promise<void> {
    await this.queue.stop(0);
  }
}

/** Provides the {@link JobQueue} port: BullMQ when `REDIS_URL` is set, else the database-backed queue. */
@Module({})
export class QueueModule {
  static forRoot(config: AppConfig): DynamicModule {
    const queueProvider = {
      provide: JOB_QUEUE,
      inject: [DataSource],
      useFactory: (dataSource: DataSource): JobQueue =>
        config.queue.engine === 'bullmq'
          ? new BullMqJobQueue(config.queue.url, config.queue.prefix)
          : new DatabaseJobQueue(dataSource),
    };
    return { module: QueueModule, global: true, providers: [queueProvider, QueueLifecycle], exports: [JOB_QUEUE] };
  }
}
