import type { JobProcessor, JobSpec } from '@magmatch/core';

export interface FoundHandler {
  readonly job: JobSpec;
  /** `Class.method`, for messages. */
  readonly where: string;
  readonly processor: JobProcessor;
}

export interface JobRoute {
  readonly job: JobSpec;
  readonly processor: JobProcessor;
}

/**
 * Pairs every declared job with its one handler. Returns every problem found, so start-up can refuse
 * to run with a job that nobody processes, that two handlers would process, or that nobody declared.
 */
export function routeJobs(
  declared: readonly JobSpec[],
  handlers: readonly FoundHandler[],
): { routes: JobRoute[]; problems: string[] } {
  const problems: string[] = [];
  const specs = new Map<string, JobSpec>();
  for (const job of declared) {
    const known = specs.get(job.name);
    if (known && JSON.stringify(known) !== JSON.stringify(job)) {
      problems.push(`job "${job.name}" is declared twice with different options`);
    }
    specs.set(job.name, job);
  }
  const handlersByName = new Map<string, FoundHandler[]>();
  for (const handler of handlers) {
    handlersByName.set(handler.job.name, [...(handlersByName.get(handler.job.name) ?? []), handler]);
  }
  const routes: JobRoute[] = [];
  for (const [name, job] of specs) {
    const found = handlersByName.get(name) ?? [];
    if (found.length === 0) problems.push(`job "${name}" has no handler`);
    if (found.length > 1) {
      problems.push(`job "${name}" has ${found.length} handlers: ${found.map((h) => h.where).join(', ')}`);
    }
    if (found.length === 1) routes.push({ job, processor: found[0]!.processor });
  }
  for (const [name, found] of handlersByName) {
    if (!specs.has(name)) problems.push(`job "${name}" has a handler (${found[0]!.where}) but no module declares it`);
  }
  return { routes, problems };
}
