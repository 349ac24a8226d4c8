import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { publishListing, signUp } from '../support/market.js';
import { waitFor } from '../support/wait-for.js';
import { FaultStack } from './support/fault-stack.js';

const SEARCH = `query($input: ListingSearchInput!) { searchListings(input: $input) { totalHits hits { id } } }`;
const LISTINGS = `query { listings(first: 5) { edges { node { id } } } }`;

describe('PostgreSQL restarts under a running API and worker', () => {
  let stack: FaultStack;
  beforeAll(async () => {
    stack = await FaultStack.start();
  });
  afterAll(() => stack?.dispose());

  it('answers SERVICE_UNAVAILABLE while it is down, then recovers its connection pools without a process restart', async () => {
    const moderator = await stack.moderatorToken();
    const supplier = await signUp(stack.client, 'SUPPLIER', 1);
    await publishListing(stack.client, supplier.token, moderator, { titleEn: 'before the restart' });
    expect((await stack.client.graphql(LISTINGS, {}, supplier.token)).body.errors).toBeUndefined();

    await stack.postgres.stop();
    const read = await stack.client.graphql(LISTINGS, {}, supplier.token);
    const write = await stack.client.graphql(`mutation { rotateWebhookSecret }`, {}, supplier.token);
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
    expect(await stack.readiness()).toEqual({ status: 503, engines: { database: 'down', queue: 'up', search: 'up' } });

    await stack.postgres.start();
    await waitFor('the API to answer from the database again', async () => {
      const { body } = await stack.client.graphql(LISTINGS, {}, supplier.token);
      return body.errors === undefined;
    }, 15_000);
    expect(await stack.readiness()).toEqual({ status: 200, engines: { database: 'up', queue: 'up', search: 'up' } });

    // The worker's pool recovered too: a listing approved now reaches the index through it.
    const after = await publishListing(stack.client, supplier.token, moderator, { titleEn: 'after the restart' });
    await waitFor('the new listing in the index', async () => {
      const { body } = await stack.client.graphql<{ searchListings: { hits: { id: string }[] } }>(SEARCH, { input: { query: 'after the restart' } });
      return body.data?.searchListings.hits.some((hit) => hit.id === after) ?? false;
    }, 20_000);
    expect([stack.api.running, stack.worker.running]).toEqual([true, true]);
    expect(stack.errorLogs()).toEqual([]);
  });
});
