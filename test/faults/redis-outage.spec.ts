import { describe, expect, it } from '@jest/globals';
import { waitFor, sleep } from '../support/wait-for.js';
import { faultStackForThisFile } from './support/fault-stack.js';
import { approveListing, deliveryReport, indexedListings, listingsInReview, supplierWatchedBy } from './support/observed-market.js';

const OUTAGE_MS = 10_000;
const APPROVALS = 25;

describe('Redis stops for 10 s while moderators keep approving listings', () => {
  const world = faultStackForThisFile();

  it('accepts every mutation, holds the events in the outbox, and delivers each once after Redis returns', async () => {
    const moderator = await world.stack.moderatorToken();
    const supplier = await supplierWatchedBy(world.stack.client, 1, world.receiver);
    const listings = await listingsInReview(world.stack.client, supplier.token, APPROVALS);

    await world.stack.redis.stop('SIGKILL');
    const outageEnds = Date.now() + OUTAGE_MS;
    const answers = [];
    for (const id of listings) {
      answers.push(await approveListing(world.stack.client, moderator, id));
      await sleep((outageEnds - Date.now()) / (APPROVALS - answers.length + 1));
    }
    expect(await world.stack.readiness()).toEqual({ status: 503, engines: { database: 'up', queue: 'down', search: 'up' } });
    const heldInOutbox = await world.stack.outboxBacklog();
    await sleep(outageEnds - Date.now());
    await world.stack.redis.start();

    expect(answers.map((answer) => answer.body.errors ?? answer.body.data?.moderateListing.state)).toEqual(listings.map(() => 'PUBLISHED'));
    expect(heldInOutbox).toBeGreaterThanOrEqual(APPROVALS);
    await waitFor('every decision delivered to the webhook', () => deliveryReport(world.receiver, 'REVIEW_DECIDED', APPROVALS).lost === 0, 60_000);
    await waitFor('every approved listing indexed', async () => (await indexedListings(world.stack.client)) === APPROVALS, 30_000);
    await waitFor('the outbox drained', async () => (await world.stack.outboxBacklog()) === 0, 30_000);
    await sleep(1_000); // a late duplicate would arrive now

    const report = deliveryReport(world.receiver, 'REVIEW_DECIDED', APPROVALS);
    process.stderr.write(`Redis outage: ${heldInOutbox} events held in the outbox; decisions ${JSON.stringify(report)}\n`);
    expect(report).toEqual({ sent: APPROVALS, delivered: APPROVALS, duplicated: 0, lost: 0 });
    expect(await world.stack.count(`SELECT count(*) FROM notifications WHERE type = 'REVIEW_DECIDED'`)).toBe(APPROVALS);
    expect(await world.stack.readiness()).toEqual({ status: 200, engines: { database: 'up', queue: 'up', search: 'up' } });
    expect(world.stack.errorLogs()).toEqual([]);
    // The outage is logged once by each part that met it (the rate counter, producers, workers, the relay,
    // live pushes), not at every failed attempt. Jobs whose lease lapsed meanwhile ran again (their effects
    // are idempotent) and their first run's "Missing lock" is logged once per job.
    const warnings = world.stack.processes.flatMap((process) => process.warnings()).map((line) => JSON.parse(line) as { msg: string });
    const outageLines = warnings.filter((line) => line.msg.endsWith('failing; retrying quietly until it answers'));
    process.stderr.write(`Redis outage: ${warnings.length} warning lines, ${outageLines.length} of them outage reports\n`);
    expect(outageLines.length).toBeLessThanOrEqual(7);
  });
});
