import { describe, expect, it } from '@jest/globals';
import { request } from 'node:http';
import { connect } from 'node:net';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { publishListing } from '../support/market.js';
import { sleep, waitFor } from '../support/wait-for.js';
import { faultStackForThisFile } from './support/fault-stack.js';
import { approveListing, deliveryReport, listingsInReview, supplierWatchedBy } from './support/observed-market.js';

const CLIENTS = 8;
const SEARCH = JSON.stringify({ query: '{ searchListings(input: { query: "seat frame" }) { totalHits } }' });

interface Outcome {
  readonly id: string;
  readonly startedAt: number;
  readonly endedAt: number;
  /** The HTTP status and whether the body held data, or the socket error. */
  readonly result: { status: number; hasData: boolean } | { error: string };
}

/** One POST on a connection of its own, with its own request id (the API logs the requests it receives). */
function postOnce(url: string, id: string, body: string): Promise<Outcome> {
  const startedAt = Date.now();
  return new Promise((resolve) => {
    const headers = { 'content-type': 'application/json', 'x-request-id': id };
    const call = request(url, { method: 'POST', agent: false, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        let hasData = false;
        try {
          hasData = Boolean((JSON.parse(Buffer.concat(chunks).toString()) as { data?: unknown }).data);
        } catch {
          // a truncated body is reported as no data
        }
        resolve({ id, startedAt, endedAt: Date.now(), result: { status: response.statusCode ?? 0, hasData } });
      });
      response.on('error', (error: NodeJS.ErrnoException) => resolve({ id, startedAt, endedAt: Date.now(), result: { error: error.code ?? error.message } }));
    });
    call.on('error', (error: NodeJS.ErrnoException) => resolve({ id, startedAt, endedAt: Date.now(), result: { error: error.code ?? error.message } }));
    call.end(body);
  });
}

/** A connection opened now whose request is written only when `send` is called; resolves with the raw answer. */
function connectionSendingLater(url: string, body: string) {
  const { hostname, port } = new URL(url);
  const socket = connect(Number(port), hostname);
  const chunks: Buffer[] = [];
  socket.on('data', (chunk: Buffer) => chunks.push(chunk));
  const answer = new Promise<string>((resolve) => {
    socket.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    socket.on('close', () => resolve(Buffer.concat(chunks).toString()));
  });
  const connected = new Promise((resolve) => socket.once('connect', resolve));
  const send = () =>
    socket.write(
      `POST /graphql HTTP/1.1\r\nHost: ${hostname}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  return { connected, send, answer };
}

describe('SIGTERM', () => {
  const world = faultStackForThisFile();

  it('to the API under load: every request it received is answered, then it exits 0 without error logs', async () => {
    const moderator = await world.stack.moderatorToken();
    const supplier = await supplierWatchedBy(world.stack.client, 1, world.receiver);
    await publishListing(world.stack.client, supplier.token, moderator);
    // An open subscription must not hold the shutdown up: the server closes it with 1001 "going away".
    const subscriber = createClient({
      url: `${world.stack.apiUrl.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${supplier.token}` },
      lazy: false,
      retryAttempts: 0,
      onNonLazyError: () => undefined,
    });
    const subscriptionClosed = new Promise<number>((resolve) => subscriber.on('closed', (event) => resolve((event as { code: number }).code)));
    subscriber.subscribe({ query: 'subscription { notificationAdded { id } }' }, { next: () => undefined, error: () => undefined, complete: () => undefined });
    await new Promise((resolve) => subscriber.on('connected', resolve));

    const outcomes: Outcome[] = [];
    let refused = false;
    let sent = 0;
    const load = async () => {
      while (!refused) {
        const outcome = await postOnce(`${world.stack.apiUrl}/graphql`, `load-${(sent += 1)}`, SEARCH);
        outcomes.push(outcome);
        if ('error' in outcome.result && outcome.result.error === 'ECONNREFUSED') refused = true;
      }
    };
    const clients = Array.from({ length: CLIENTS }, load);
    await waitFor('load to build up', () => outcomes.length >= 100, 30_000);
    const slowClient = connectionSendingLater(world.stack.apiUrl, SEARCH);
    await slowClient.connected;
    await sleep(200);
    const sigtermAt = Date.now();
    const stopped = world.stack.api.stop('SIGTERM');
    await world.stack.api.waitForLog('"msg":"stopping"');
    slowClient.send();
    const exitCode = await stopped;
    const exitedAt = Date.now();
    await Promise.all(clients);

    // Connections still in the kernel's accept queue when the listener closes are reset without reaching
    // MagMatch, like refused ones: a client or load balancer retries both. Whatever it received, it answered.
    const received = new Set([...world.stack.api.output.matchAll(/"id":"(load-\d+)"/g)].map((match) => match[1]));
    const answeredInFull = (outcome: Outcome) => 'status' in outcome.result && outcome.result.status === 200 && outcome.result.hasData;
    const inFlight = outcomes.filter((outcome) => received.has(outcome.id) && outcome.startedAt < sigtermAt && outcome.endedAt >= sigtermAt);
    const notReceived = outcomes.filter((outcome) => !received.has(outcome.id));
    process.stderr.write(
      `API SIGTERM: ${outcomes.length} requests, ${received.size} received and answered, ${inFlight.length} of them in flight at the signal; ` +
        `${notReceived.length} never reached the API (${notReceived.map((outcome) => ('error' in outcome.result ? outcome.result.error : outcome.result.status)).join(', ')}); ` +
        `exited ${exitCode} after ${exitedAt - sigtermAt} ms\n`,
    );
    expect(outcomes.filter((outcome) => received.has(outcome.id) && !answeredInFull(outcome))).toEqual([]);
    expect(inFlight.length).toBeGreaterThan(0);
    // A connection accepted before the signal whose request came once the API was stopping is answered too.
    expect(await slowClient.answer).toMatch(/^HTTP\/1\.1 200 OK\r\n[\s\S]*"data":{"searchListings":{"totalHits":\d+}}/);
    expect(notReceived.map((outcome) => ('error' in outcome.result ? outcome.result.error : 'answered'))).toEqual(
      notReceived.map(() => expect.stringMatching(/^(ECONNREFUSED|ECONNRESET)$/)),
    );
    expect(exitCode).toBe(0);
    expect(exitedAt - sigtermAt).toBeLessThan(10_000);
    expect(await subscriptionClosed).toBe(1001);
    expect(world.stack.api.errorLogs()).toEqual([]);
    await subscriber.dispose();
  });

  it('to the worker during webhook calls: it finishes or hands back its jobs, exits 0, and nothing is lost or sent twice', async () => {
    await world.stack.startApi();
    const moderator = await world.stack.moderatorToken();
    const supplier = await supplierWatchedBy(world.stack.client, 2, world.receiver);
    const listings = await listingsInReview(world.stack.client, supplier.token, 30);
    world.receiver.latencyMs = 1_000;
    const before = world.receiver.accepted('REVIEW_DECIDED').length;
    await Promise.all(listings.map((id) => approveListing(world.stack.client, moderator, id)));
    await waitFor('the first decisions delivered', () => world.receiver.accepted('REVIEW_DECIDED').length >= before + 3, 30_000);

    const sigtermAt = Date.now();
    const exitCode = await world.stack.worker.stop('SIGTERM');
    const stoppedAfterMs = Date.now() - sigtermAt;
    const deliveredAtStop = world.receiver.accepted('REVIEW_DECIDED').length - before;
    expect(exitCode).toBe(0);
    expect(world.stack.worker.errorLogs()).toEqual([]);

    await world.stack.startWorker();
    await waitFor('every decision delivered', () => world.receiver.accepted('REVIEW_DECIDED').length - before >= listings.length, 60_000);
    // Counted with the decision of the first test, delivered to the same world.receiver.
    const report = deliveryReport(world.receiver, 'REVIEW_DECIDED', before + listings.length);
    process.stderr.write(`worker SIGTERM: stopped after ${stoppedAfterMs} ms with ${deliveredAtStop} of ${listings.length} delivered; after a restart ${JSON.stringify(report)}\n`);
    expect(report).toEqual({ sent: before + listings.length, delivered: before + listings.length, duplicated: 0, lost: 0 });
    expect(world.stack.errorLogs()).toEqual([]);
  });
});
