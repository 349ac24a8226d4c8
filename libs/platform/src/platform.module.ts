import { Module, type DynamicModule } from '@nestjs/common';
import { ConfigModule, type AppConfig } from '@magmatch/core';
import { DatabaseModule } from '@magmatch/database';
import { MessagingModule } from '@magmatch/messaging';
import { QueueModule } from '@magmatch/queue';
import { SearchModule } from '@magmatch/search';
import { HealthModule } from './health/health.module.js';
import { loggingModule } from './logging/logging.module.js';

export interface PlatformOptions {
  /** Run job processors and the outbox relay in this process. */
  readonly consumeJobs: boolean;
}

/**
 * Everything a MagMatch process stands on — configuration, logging, the database, the job queue, search,
 * messaging and health checks — with each engine chosen by configuration.
 */
@Module({})
export class PlatformModule {
  static forRoot(config: AppConfig, jwtSecret: string, options: PlatformOptions): DynamicModule {
    return {
      module: PlatformModule,
      imports: [
        ConfigModule.forRoot(config, jwtSecret),
        loggingModule(config),
        DatabaseModule.forRoot(config),
        QueueModule.forRoot(config),
        SearchModule.forRoot(config),
        MessagingModule.forRoot({ consume: options.consumeJobs }),
        HealthModule,
      ],
      exports: [HealthModule],
    };
  }
}
