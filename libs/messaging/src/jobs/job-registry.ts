import { Injectable } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import type { JobProcessor, JobSpec, QueuedJob } from '@magmatch/core';
import { JobDeclarations } from './job-declarations.js';
import { JOB_HANDLER_METADATA } from './job-handler.decorator.js';
import { routeJobs, type FoundHandler, type JobRoute } from './job-routing.js';

/** Finds the declared jobs and the `@JobHandler` methods of every module loaded in this process. */
@Injectable()
export class JobRegistry {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  declaredJobs(): JobSpec[] {
    return this.discovery
      .getProviders()
      .map((wrapper) => wrapper.instance)
      .filter((instance): instance is JobDeclarations => instance instanceof JobDeclarations)
      .flatMap((declarations) => declarations.jobs);
  }

  /** One route per declared job; throws, listing every problem, when the jobs and handlers do not pair up. */
  routes(): JobRoute[] {
    const { routes, problems } = routeJobs(this.declaredJobs(), this.handlers());
    if (problems.length > 0) throw new Error(`Job handlers do not match the declared jobs: ${problems.join('; ')}`);
    return routes;
  }

  private handlers(): FoundHandler[] {
    return this.discovery.getProviders().flatMap((wrapper) => {
      const instance: unknown = wrapper.instance;
      if (!instance || typeof instance !== 'object' || wrapper.isAlias) return [];
      const prototype = Object.getPrototypeOf(instance) as object;
      return this.scanner.getAllMethodNames(prototype).flatMap((method) => {
        const handle = (instance as Record<string, unknown>)[method] as (job: QueuedJob) => Promise<void>;
        const job = this.reflector.get<JobSpec | undefined>(JOB_HANDLER_METADATA, handle);
        if (!job) return [];
        const processor: JobProcessor = (queued) => handle.call(instance, queued);
        return [{ job, where: `${instance.constructor.name}.${method}`, processor }];
      });
    });
  }
}
