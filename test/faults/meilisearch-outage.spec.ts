import { describe, expect, it } from '@jest/globals';
import { publishListing } from '../support/market.js';
import { sleep, waitFor } from '../support/wait-for.js';
import { faultStackForThisFile } from './support/fault-stack.js';
import { approveListing, indexedListings, listingsInReview, supplierWatchedBy } from './support/observed-market.js';

/** Longer than the 15 s a job's default five attempts last: only an event's longer retries outlast it. */
const OUTAGE_MS = 20_000;
const APPROVALS = 10;

describe('Meilisearch stops for 20 s while listings are approved', () => {
  const world = faultStackForThisFile();

  it('keeps accepting writes, reports search not ready, and catches the index up once it is back', async () => {
    const moderator = await world.stack.moderatorToken();
    const supplier = await supplierWatchedBy(world.stack.client, 1, world.receiver);
    await publishListing(world.stack.client, supplier.token, moderator, { titleEn: 'indexed before the outage' });
    await waitFor('the first listing indexed', async () => (await indexedListings(world.stack.client)) === 1, 15_000);
    const listings = await listingsInReview(world.stack.client, supplier.token, APPROVALS);

    await world.stack.meilisearch.stop();
    const outageEnds = Date.now() + OUTAGE_MS;
    const answers = await Promise.all(listings.map((id) => approveListing(world.stack.client, moderator, id)));
    expect(answers.map((answer) => answer.body.errors ?? answer.body.data?.moderateListing.state)).toEqual(listings.map(() => 'PUBLISHED'));
    expect(await world.stack.readiness()).toEqual({ status: 503, engines: { database: 'up', queue: 'up', search: 'down' } });
    const search = await world.stack.client.graphql(`query { searchListings(input: { query: "seat frame" }) { totalHits } }`);
    expect(search.body.errors?.map((error) => [error.message, error.extensions?.code])).toEqual([
      ['MagMatch cannot reach one of its servers right now. Try again in a minute.', 'SERVICE_UNAVAILABLE'],
    ]);
    // Everything that does not need the index goes on: the supplier hears about each decision.
    await waitFor('the decisions notified during the outage', () => world.receiver.accepted('REVIEW_DECIDED').length === APPROVALS + 1, 20_000);
    await sleep(outageEnds - Date.now());
    await world.stack.meilisearch.start();

    const caughtUpAfter = Date.now();
    await waitFor('the index to catch up', async () => (await indexedListings(world.stack.client)) === APPROVALS + 1, 60_000);
    process.stderr.write(`Meilisearch outage: ${APPROVALS} approvals during ${OUTAGE_MS / 1000} s; index complete ${Date.now() - caughtUpAfter} ms after the restart\n`);
    expect(await world.stack.readiness()).toEqual({ status: 200, engines: { database: 'up', queue: 'up', search: 'up' } });
    expect(await world.stack.count(`SELECT count(*) FROM listings WHERE state = 'PUBLISHED'`)).toBe(APPROVALS + 1);
    expect(world.stack.errorLogs()).toEqual([]);
  });
});
