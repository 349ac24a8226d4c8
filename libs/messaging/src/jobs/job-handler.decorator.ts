import { SetMetadata } from '@nestjs/common';
import type { JobDefinition } from './define-job.js';

export const JOB_HANDLER_METADATA = 'magmatch:job-handler';

/**
 * Marks a provider method as the one processor of a job. The method receives the `QueuedJob` and must be
 * idempotent: a job can run again after a crash or a retry (see `JobReceipts`).
 */
export const JobHandler = (job: JobDefinition<unknown>): MethodDecorator => SetMetadata(JOB_HANDLER_METADATA, job);
