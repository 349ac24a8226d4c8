import { Module, type DynamicModule } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { JobDeclarations } from './jobs/job-declarations.js';
import type { JobDefinition } from './jobs/define-job.js';
import { JobReceipts } from './jobs/job-receipts.js';
import { JobRegistry } from './jobs/job-registry.js';
import { JobWorker } from './jobs/job-worker.js';
import { Outbox } from './outbox/outbox.js';

/**
 * Jobs, their handlers and the transactional outbox. `forRoot` once per process (with `consume` in a
 * process that runs jobs); `forFeature` in each module that declares jobs.
 */
@Module({})
export class MessagingModule {
  static forRoot(options: { consume: boolean }): DynamicModule {
    return {
      module: MessagingModule,
      global: true,
      imports: [DiscoveryModule],
      providers: [Outbox, JobReceipts, JobRegistry, ...(options.consume ? [JobWorker] : [])],
      exports: [Outbox, JobReceipts, JobRegistry],
    };
  }

  static forFeature(jobs: readonly JobDefinition<unknown>[]): DynamicModule {
    const token = Symbol('JobDeclarations');
    return {
      module: class JobDeclarationsModule {},
      providers: [{ provide: token, useValue: new JobDeclarations(jobs) }],
    };
  }
}
