import { describe, expect, it } from '@jest/globals';
import { defineJob } from './define-job.js';
import { routeJobs } from './job-routing.js';

const IndexListing = defineJob('search.index-listing');
const SendDigest = defineJob('notifications.send-digest');
const handler = (job: { name: string }, where: string) => ({
  job: defineJob(job.name),
  where,
  processor: async () => undefined,
});

describe('routeJobs', () => {
  it('pairs each declared job with its one handler', () => {
    const { routes, problems } = routeJobs([IndexListing, SendDigest], [
      handler(IndexListing, 'SearchIndexer.index'),
      handler(SendDigest, 'Digests.send'),
    ]);
    expect(problems).toEqual([]);
    expect(routes.map((route) => route.job.name)).toEqual(['search.index-listing', 'notifications.send-digest']);
  });

  it('reports a job without a handler, a job with two, and a handler nobody declared', () => {
    const Orphan = defineJob('matching.recompute');
    const { problems } = routeJobs([IndexListing, SendDigest], [
      handler(IndexListing, 'SearchIndexer.index'),
      handler(IndexListing, 'LegacyIndexer.index'),
      handler(Orphan, 'Matcher.recompute'),
    ]);
    expect(problems).toEqual([
      'job "search.index-listing" has 2 handlers: SearchIndexer.index, LegacyIndexer.index',
      'job "notifications.send-digest" has no handler',
      'job "matching.recompute" has a handler (Matcher.recompute) but no module declares it',
    ]);
  });

  it('refuses job names that do not say which module they belong to', () => {
    expect(() => defineJob('reindex')).toThrow('job name "reindex" must look like "module.verb-noun"');
  });
});
