import { Module, type DynamicModule } from '@nestjs/common';
import type { AppConfig } from '@magmatch/core';
import { PlatformModule } from '@magmatch/platform';
import { DOMAIN_MODULES } from './domain-modules.js';

/** The application minus its API: domain modules, job handlers and the outbox relay. */
@Module({})
export class WorkerModule {
  /** `consumeJobs: false` gives the domain without job processing, for one-off commands (seed, reindex). */
  static forRoot(config: AppConfig, jwtSecret: string, options = { consumeJobs: true }): DynamicModule {
    return {
      module: WorkerModule,
      imports: [PlatformModule.forRoot(config, jwtSecret, options), ...DOMAIN_MODULES],
    };
  }
}
