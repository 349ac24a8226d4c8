import { SetMetadata } from '@nestjs/common';
import type { JobDefinition } from './define-job.js';

export const JOB_HANDLER_METADATA = 'magmatch:job-handler';

/**
 * Marks a provider method as the one processor of a job. The method receives the `QueuedJob` and must be
 * idempotent: a job can run again after a crash or a retry (see `JobReceipts`).
 */
export const JobHandler = (job: JobDefinition<unknown>): MethodDecorator => SetMetadata(JOB_HANDLER_METADATA, job);

export const EVENT_SUBSCRIBER_METADATA = 'magmatch:event-subscriber';

export interface SubscriberOptions {
  /**
   * `index` subscribers run before the others: what reacts to a change (say, matching that reads the
   * search index) then sees the change already indexed.
   */
  readonly phase?: 'index' | 'react';
}

/**
 * Subscribes a provider method to an event. The method receives the `QueuedJob` of the event; it runs
 * at least once per event (once, unless it fails after its effect), so it must be idempotent.
 */
export const OnEvent = (event: JobDefinition<unknown>, options: SubscriberOptions = {}): MethodDecorator =>
  SetMetadata(EVENT_SUBSCRIBER_METADATA, { ...event, phase: options.phase ?? 'react' });
