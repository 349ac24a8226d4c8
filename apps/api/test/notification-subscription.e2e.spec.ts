import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { MODERATOR_ENV, publishListing, signInModerator, signUp, type Account } from '../../../test/support/market.js';
import { engineProfilesUnderTest, TestApp } from '../../../test/support/test-app.js';

const SUBSCRIPTION = 'subscription { notificationAdded { id type title } }';

interface Received {
  readonly data?: { notificationAdded: { id: string; type: string; title: string } };
  readonly errors?: { message: string; extensions?: { code?: string } }[];
}

/** The first result of a subscription, or its error. */
function firstResult(client: Client, query: string): { result: Promise<Received>; ready: Promise<void> } {
  let acknowledged: () => void;
  const ready = new Promise<void>((resolve) => (acknowledged = resolve));
  const result = new Promise<Received>((resolve, reject) => {
    const stop = client.subscribe<Received['data']>({ query }, {
      next: (value) => {
        resolve(value as Received);
        stop();
      },
      error: (error) => (Array.isArray(error) ? resolve({ errors: error }) : reject(error)),
      complete: () => undefined,
    });
  });
  // The server subscribes right after the acknowledgement; a moment later the subscription is live.
  client.on('connected', () => setTimeout(acknowledged, 200));
  return { result, ready };
}

for (const profile of engineProfilesUnderTest()) {
  describe(`live notifications over graphql-ws on the ${profile} engines`, () => {
    let app: TestApp;
    let url: string;
    let supplier: Account;
    let moderator: string;
    const clients: Client[] = [];
    const connect = (token?: string) => {
      const client = createClient({ url, webSocketImpl: WebSocket, connectionParams: token ? { authorization: `Bearer ${token}` } : {}, lazy: false });
      clients.push(client);
      return client;
    };

    beforeAll(async () => {
      app = await TestApp.start(profile, MODERATOR_ENV);
      url = await app.listen();
      supplier = await signUp(app, 'SUPPLIER', 0);
      moderator = await signInModerator(app);
    });

    afterAll(async () => {
      await Promise.all(clients.map((client) => client.dispose()));
      await app.close();
    });

    it('pushes a new inbox item to its user as it is added', async () => {
      const { result, ready } = firstResult(connect(supplier.token), SUBSCRIPTION);
      await ready;
      await publishListing(app, supplier.token, moderator, { title: 'AM50A castings for 3C housings' });
      const received = await result;
      expect(received.data?.notificationAdded).toMatchObject({ type: 'REVIEW_DECIDED' });
      expect(received.data?.notificationAdded.title).toContain('已通过审核');
    });

    it('refuses a subscription without an access token', async () => {
      const { result } = firstResult(connect(), SUBSCRIPTION);
      expect((await result).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('carries subscriptions only: a query or a mutation over the socket is refused (they would skip the rate limits)', async () => {
      for (const operation of ['{ me { id } }', 'mutation { rotateWebhookSecret }']) {
        const { result } = firstResult(connect(supplier.token), operation);
        expect((await result).errors).toEqual([
          expect.objectContaining({
            message: 'Only subscriptions travel over this socket: send queries and mutations as HTTP POST /graphql',
            extensions: { code: 'BAD_USER_INPUT' },
          }),
        ]);
      }
    });
  });
}
