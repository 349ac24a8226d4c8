import { Module, type DynamicModule } from '@nestjs/common';
import type { AppConfig } from '@magmatch/core';
import { PlatformModule } from '@magmatch/platform';
import { DOMAIN_MODULES } from './domain-modules.js';

/** The application minus its API: domain modules, job handlers and the outbox relay. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig, jwtSecret: string): DynamicModule {
    return {
      module: WorkerModule,
      imports: [PlatformModule.forRoot(config, jwtSecret, { consumeJobs: true }), ...DOMAIN_MODULES],
    };
  }
}
