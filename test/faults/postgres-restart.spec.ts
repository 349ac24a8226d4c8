import { describe, expect, it } from '@jest/globals';
import { publishListing, signUp } from '../support/market.js';
import { waitFor } from '../support/wait-for.js';
import { faultStackForThisFile } from './support/fault-stack.js';

const SEARCH = `query($input: ListingSearchInput!) { searchListings(input: $input) { totalHits hits { id } } }`;
const LISTINGS = `query { listings(first: 5) { edges { node { id } } } }`;

describe('PostgreSQL restarts under a running API and worker', () => {
  const world = faultStackForThisFile();

  it('answers SERVICE_UNAVAILABLE while it is down, then recovers its connection pools without a process restart', async () => {
    const moderator = await world.stack.moderatorToken();
    const supplier = await signUp(world.stack.client, 'SUPPLIER', 1);
    await publishListing(world.stack.client, supplier.token, moderator, { titleEn: 'before the restart' });
    expect((await world.stack.client.graphql(LISTINGS, {}, supplier.token)).body.errors).toBeUndefined();

    await world.stack.postgres.stop();
    const read = await world.stack.client.graphql(LISTINGS, {}, supplier.token);
    const write = await world.stack.client.graphql(`mutation { rotateWebhookSecret }`, {}, supplier.token);
    for (const { status, body } of [read, write]) {
      expect(status).toBe(200);
      expect(body.errors).toEqual([
        {
          message: 'MagMatch cannot reach one of its servers right now. Try again in a minute.',
          path: expect.any(Array),
          locations: expect.any(Array),
          extensions: { code: 'SERVICE_UNAVAILABLE', requestId: expect.any(String) },
        },
      ]);
    }
    expect(await world.stack.readiness()).toEqual({ status: 503, engines: { database: 'down', queue: 'up', search: 'up' } });

    await world.stack.postgres.start();
    await waitFor('the API to answer from the database again', async () => {
      const { body } = await world.stack.client.graphql(LISTINGS, {}, supplier.token);
      return body.errors === undefined;
    }, 15_000);
    expect(await world.stack.readiness()).toEqual({ status: 200, engines: { database: 'up', queue: 'up', search: 'up' } });

    // The worker's pool recovered too: a listing approved now reaches the index through it. The pools reconnect
    // with backoff; on CI's busy two cores the first indexing after a restart has taken up to ~20 s (the
    // Meilisearch outage suite measures 16 s), so the bound is what recovery needs, not a timing target.
    const after = await publishListing(world.stack.client, supplier.token, moderator, { titleEn: 'after the restart' });
    await waitFor('the new listing in the index', async () => {
      const { body } = await world.stack.client.graphql<{ searchListings: { hits: { id: string }[] } }>(SEARCH, { input: { query: 'after the restart' } });
      return body.data?.searchListings.hits.some((hit) => hit.id === after) ?? false;
    }, 45_000);
    expect([world.stack.api.running, world.stack.worker.running]).toEqual([true, true]);
    expect(world.stack.errorLogs()).toEqual([]);
  });
});
