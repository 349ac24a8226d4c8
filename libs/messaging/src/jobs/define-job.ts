import type { JobSpec } from '@magmatch/core';

/** A job name with its payload type and its queueing rules. */
export interface JobDefinition<P> extends JobSpec {
  /** Carries the payload type only; never set. */
  readonly payloadType?: P;
  /** Set for events: any number of `@OnEvent` subscribers instead of one `@JobHandler`. */
  readonly event?: true;
}

const JOB_NAME = /^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+$/;

/**
 * Declares a job. Declare it in the module that owns its handler, and list it in that module's
 * `MessagingModule.forFeature`.
 *
 * @example export const IndexListing = defineJob<{ listingId: string }>('search.index-listing', { queue: 'search' });
 */
export function defineJob<P>(name: string, options: Partial<Omit<JobSpec, 'name'>> = {}): JobDefinition<P> {
  if (!JOB_NAME.test(name)) throw new Error(`job name "${name}" must look like "module.verb-noun"`);
  return Object.freeze({
    name,
    queue: options.queue ?? 'default',
    attempts: options.attempts ?? 5,
    backoffMs: options.backoffMs ?? 1_000,
    concurrency: options.concurrency ?? 4,
  });
}

/**
 * An event is a fact that must reach every subscriber, however long the search engine or a mail server
 * it needs is away: 12 attempts, doubling from 1 s, retry it for about 34 minutes.
 */
const EVENT_ATTEMPTS = 12;

/**
 * Declares an event: something that happened, recorded in the outbox like a job, to which any number of
 * modules subscribe with `@OnEvent`. Each subscriber runs once per event, even when the event is retried
 * because another subscriber failed.
 *
 * @example export const ListingChanged = defineEvent<{ listingId: string }>('listings.listing-changed');
 */
export function defineEvent<P>(name: string, options: Partial<Omit<JobSpec, 'name'>> = {}): JobDefinition<P> {
  return Object.freeze({ ...defineJob<P>(name, { queue: 'events', attempts: EVENT_ATTEMPTS, ...options }), event: true as const });
}
