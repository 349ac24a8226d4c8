import { describe, expect, it } from '@jest/globals';
import { openRequirement, signUp } from '../support/market.js';
import { sleep, waitFor } from '../support/wait-for.js';
import { faultStackForThisFile } from './support/fault-stack.js';
import { approveListing, deliveryReport, indexedListings, listingsInReview, supplierWatchedBy } from './support/observed-market.js';

const REQUIREMENTS = 15;
const LISTINGS = 50;
const PAIRS = REQUIREMENTS * LISTINGS;

describe('the worker is killed (SIGKILL) while it indexes listings, computes matches and fans out their notices', () => {
  const world = faultStackForThisFile();

  type Progress = Awaited<ReturnType<typeof progress>>;
  const progress = async () => ({
    indexed: await indexedListings(world.stack.client),
    matches: await world.stack.count(`SELECT count(*) FROM matches`),
    proposedEvents: await world.stack.count(`SELECT count(*) FROM outbox_messages WHERE job_name = 'matching.match-proposed'`),
    inbox: await world.stack.count(`SELECT count(*) FROM notifications WHERE type = 'MATCH_PROPOSED'`),
  });

  it('completes every result after a restart, with nothing stored or announced twice', async () => {
    const moderator = await world.stack.moderatorToken();
    const supplier = await supplierWatchedBy(world.stack.client, 1, world.receiver, { digest: 'INSTANT' });
    const buyer = await signUp(world.stack.client, 'BUYER', 2);
    for (let n = 0; n < REQUIREMENTS; n += 1) await openRequirement(world.stack.client, buyer.token, moderator, { title: `Seat frames, lot ${n}` });
    const listings = await listingsInReview(world.stack.client, supplier.token, LISTINGS);
    await waitFor('the outbox drained', async () => (await world.stack.outboxBacklog()) === 0, 30_000);

    await Promise.all(listings.map((id) => approveListing(world.stack.client, moderator, id)));
    // Killed twice: once while matches are being computed and listings indexed, once while notices fan out.
    const kills = [];
    for (const [what, reached] of [
      ['a fifth of the matches stored', (now: Progress) => now.matches >= PAIRS / 5],
      ['a quarter of the inbox items written', (now: Progress) => now.inbox >= PAIRS / 2],
    ] as const) {
      await waitFor(what, async () => reached(await progress()), 60_000);
      await world.stack.worker.stop('SIGKILL');
      kills.push({ ...(await progress()), webhookCalls: world.receiver.accepted('MATCH_PROPOSED').length });
      await world.stack.startWorker();
    }
    expect(kills[0]!.matches).toBeLessThan(PAIRS);
    expect(kills[1]!.inbox).toBeLessThan(2 * PAIRS);

    await waitFor('every pair matched and announced', async () => {
      const now = await progress();
      return now.matches === PAIRS && now.inbox === 2 * PAIRS && deliveryReport(world.receiver, 'MATCH_PROPOSED', PAIRS).lost === 0;
    }, 120_000);
    await sleep(1_000); // a late duplicate would arrive now

    const report = deliveryReport(world.receiver, 'MATCH_PROPOSED', PAIRS);
    process.stderr.write(`worker SIGKILL: at the kills ${JSON.stringify(kills)}; after the restart ${JSON.stringify(await progress())}; webhook ${JSON.stringify(report)}\n`);
    expect(await progress()).toEqual({ indexed: LISTINGS, matches: PAIRS, proposedEvents: PAIRS, inbox: 2 * PAIRS });
    // Stored results are exactly once; only a webhook call in flight at the kill may go out again, under its key.
    expect(report).toEqual({ sent: PAIRS, delivered: PAIRS, duplicated: expect.any(Number), lost: 0 });
    expect(report.duplicated).toBeLessThanOrEqual(16);
    expect(world.stack.errorLogs()).toEqual([]);
  });
});
