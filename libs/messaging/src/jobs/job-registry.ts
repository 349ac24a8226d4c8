import { Injectable } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import type { JobProcessor, JobSpec, QueuedJob } from '@magmatch/core';
import type { JobDefinition } from './define-job.js';
import { JobDeclarations } from './job-declarations.js';
import { EVENT_SUBSCRIBER_METADATA, JOB_HANDLER_METADATA } from './job-handler.decorator.js';
import { JobReceipts } from './job-receipts.js';
import { routeJobs, type FoundHandler, type JobRoute } from './job-routing.js';

/**
 * Finds the declared jobs and events and the `@JobHandler` / `@OnEvent` methods of every module loaded in
 * this process. An event's one handler is a dispatcher that runs each subscriber once per event.
 */
@Injectable()
export class JobRegistry {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
    private readonly receipts: JobReceipts,
  ) {}

  declaredJobs(): JobDefinition<unknown>[] {
    return this.discovery
      .getProviders()
      .map((wrapper) => wrapper.instance)
      .filter((instance): instance is JobDeclarations => instance instanceof JobDeclarations)
      .flatMap((declarations) => declarations.jobs);
  }

  /** One route per declared job or event; throws, listing every problem, when they do not pair up. */
  routes(): JobRoute[] {
    const declared = this.declaredJobs();
    const subscribers = this.methods(EVENT_SUBSCRIBER_METADATA);
    const events = declared.filter((job) => job.event);
    const dispatchers = events.map((event) => this.dispatcher(event, subscribers.filter((s) => s.job.name === event.name).sort(byPhase)));
    const { routes, problems } = routeJobs(declared, [...this.methods(JOB_HANDLER_METADATA), ...dispatchers]);
    for (const subscriber of subscribers) {
      if (!events.some((event) => event.name === subscriber.job.name)) {
        problems.push(`${subscriber.where} subscribes to "${subscriber.job.name}", which no module declares as an event`);
      }
    }
    if (problems.length > 0) throw new Error(`Job handlers do not match the declared jobs: ${problems.join('; ')}`);
    return routes;
  }

  /** Runs every subscriber that has not yet run for this event; a failure retries only the rest. */
  private dispatcher(event: JobSpec, subscribers: FoundHandler[]): FoundHandler {
    return {
      job: event,
      where: `subscribers of ${event.name}`,
      processor: async (job) => {
        for (const subscriber of subscribers) {
          const receipt = `${job.idempotencyKey}>${subscriber.where}`;
          if (await this.receipts.has(receipt)) continue;
          await subscriber.processor(job);
          await this.receipts.record(receipt);
        }
      },
    };
  }

  private methods(metadataKey: string): FoundHandler[] {
    return this.discovery.getProviders().flatMap((wrapper) => {
      const instance: unknown = wrapper.instance;
      if (!instance || typeof instance !== 'object' || wrapper.isAlias) return [];
      const prototype = Object.getPrototypeOf(instance) as object;
      return this.scanner.getAllMethodNames(prototype).flatMap((method) => {
        const handle = (instance as Record<string, unknown>)[method] as (job: QueuedJob) => Promise<void>;
        const job = this.reflector.get<JobSpec | undefined>(metadataKey, handle);
        if (!job) return [];
        const processor: JobProcessor = (queued) => handle.call(instance, queued);
        return [{ job, where: `${instance.constructor.name}.${method}`, processor }];
      });
    });
  }
}

const phaseOf = (handler: FoundHandler) => ((handler.job as { phase?: string }).phase === 'index' ? 0 : 1);
const byPhase = (a: FoundHandler, b: FoundHandler) => phaseOf(a) - phaseOf(b) || a.where.localeCompare(b.where);
