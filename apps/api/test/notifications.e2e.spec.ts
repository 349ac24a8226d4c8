import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { MatchState, MatchStateChanged } from '@magmatch/matching';
import { Digests, DigestFrequency, Reminders } from '@magmatch/notifications';
import { Outbox } from '@magmatch/messaging';
import { MailCatcher } from '../../../test/support/mail-catcher.js';
import { MODERATOR_ENV, firstMatchOf as firstMatch, openRequirement, publishListing, signInModerator, signUp, type Account } from '../../../test/support/market.js';
import { settled } from '../../../test/support/settled.js';
import { engineProfilesUnderTest, TestApp, type GraphqlResponse } from '../../../test/support/test-app.js';
import { WebhookReceiver } from '../../../test/support/webhook-receiver.js';

const INBOX = `query($unreadOnly: Boolean, $first: Int, $after: String) {
  notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {
    unreadCount pageInfo { hasNextPage endCursor } edges { node { id type title body readAt } }
  }
}`;
const PREFERENCES = `mutation($input: NotificationPreferencesInput!) { updateNotificationPreferences(input: $input) }`;
const ATTEMPTS = 3;

interface Inbox {
  unreadCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: { id: string; type: string; title: string; body: string; readAt: string | null } }[];
}

const codeOf = (response: GraphqlResponse) => response.body.errors?.[0]?.extensions?.code;
const asJob = <P>(payload: P) => ({ id: 'test', name: 'reminder', payload, attempt: 1, idempotencyKey: 'test' });
const DAY_MS = 24 * 60 * 60 * 1000;

for (const profile of engineProfilesUnderTest()) {
  describe(`the notification centre on the ${profile} engines`, () => {
    let app: TestApp;
    let mail: MailCatcher;
    let receiver: WebhookReceiver;
    let supplier: Account;
    let buyer: Account;
    let moderator: string;

    const inboxOf = async (token: string, variables: Record<string, unknown> = {}) => {
      const response = await app.graphql<{ notifications: Inbox }>(INBOX, variables, token);
      if (!response.body.data) throw new Error(JSON.stringify(response.body));
      return response.body.data.notifications;
    };
    const itemsOf = async (token: string, type: string) => (await inboxOf(token, { first: 100 })).edges.filter(({ node }) => node.type === type);
    const firstMatchOf = (requirementId: string) => firstMatch(app, requirementId, buyer.token);

    beforeAll(async () => {
      mail = await MailCatcher.start();
      receiver = await WebhookReceiver.start();
      app = await TestApp.start(profile, {
        ...MODERATOR_ENV,
        SMTP_URL: mail.url,
        WEBHOOK_ALLOW_PRIVATE: 'true',
        DELIVERY_ATTEMPTS: String(ATTEMPTS),
        DELIVERY_BACKOFF_MS: '50',
      });
      supplier = await signUp(app, 'SUPPLIER', 0);
      buyer = await signUp(app, 'BUYER', 1);
      moderator = await signInModerator(app);
      await app.graphql(PREFERENCES, { input: { channels: ['IN_APP', 'WEBHOOK'], webhookUrl: receiver.url, language: 'EN' } }, supplier.token);
      receiver.secret = (await app.graphql<{ rotateWebhookSecret: string }>(`mutation { rotateWebhookSecret }`, {}, supplier.token)).body.data!.rotateWebhookSecret;
      await app.graphql(PREFERENCES, { input: { channels: ['IN_APP', 'EMAIL'], language: 'EN' } }, buyer.token);
    });

    afterAll(async () => {
      await app.close();
      await mail.close();
      await receiver.close();
    });

    it('tells each side of an endorsed match once: inbox items, one e-mail, one signed webhook call, and never twice', async () => {
      await publishListing(app, supplier.token, moderator, { title: 'AM60B seat frame castings' });
      const requirementId = await openRequirement(app, buyer.token, moderator, { title: 'Seat frames for the 2027 SUV' });
      const matchId = await firstMatchOf(requirementId);
      expect((await app.graphql(`mutation($id: ID!) { endorseMatch(id: $id) { id } }`, { id: matchId }, moderator)).body.errors).toBeUndefined();
      await settled(app);

      expect(await itemsOf(buyer.token, 'MATCH_ENDORSED')).toHaveLength(1);
      const [supplierItem] = await itemsOf(supplier.token, 'MATCH_ENDORSED');
      expect(supplierItem!.node.title).toBe('Endorsed by the association: Seat frames for the 2027 SUV');
      const endorsedMails = mail.to('buyer1@market.example').filter((message) => message.headers.get('x-magmatch-type') === 'MATCH_ENDORSED');
      expect(endorsedMails).toHaveLength(1);
      expect(endorsedMails[0]!.subject).toBe('Endorsed by the association: Seat frames for the 2027 SUV');
      expect(endorsedMails[0]!.text).toContain('AM60B seat frame castings');
      const endorsedCalls = receiver.accepted('MATCH_ENDORSED');
      expect(endorsedCalls).toHaveLength(1);
      expect(endorsedCalls[0]).toMatchObject({ verified: true, payload: { data: { matchId } } });
      expect(endorsedMails[0]!.headers.get('x-magmatch-delivery')).toMatch(/:EMAIL$/);

      // The requirement is anonymous: nothing the supplier receives names the buyer.
      const buyerName = 'Hefei Auto Parts #1';
      expect(JSON.stringify(await inboxOf(supplier.token, { first: 100 }))).not.toContain(buyerName);
      expect(JSON.stringify(receiver.calls)).not.toContain(buyerName);

      // The same event again, as a re-run relay would record it under another key: nothing new reaches anyone.
      const dataSource = app.app.get(DataSource);
      await dataSource.transaction((manager) =>
        app.app.get(Outbox).add(manager, MatchStateChanged, { matchId, state: MatchState.ENDORSED }, { idempotencyKey: 'replayed-endorsement' }),
      );
      await settled(app);
      expect(await itemsOf(buyer.token, 'MATCH_ENDORSED')).toHaveLength(1);
      expect(await itemsOf(supplier.token, 'MATCH_ENDORSED')).toHaveLength(1);
      expect(mail.to('buyer1@market.example').filter((message) => message.headers.get('x-magmatch-type') === 'MATCH_ENDORSED')).toHaveLength(1);
      expect(receiver.accepted('MATCH_ENDORSED')).toHaveLength(1);
    });

    it('retries a receiver that fails twice with backoff and delivers to it exactly once', async () => {
      receiver.answerNext(500, 503);
      const before = receiver.calls.length;
      await publishListing(app, supplier.token, moderator, { title: 'AZ31B sheet for e-bike frames', grade: 'az31', form: 'SHEET', scenarios: [] });
      await settled(app);
      const calls = receiver.calls.slice(before).filter((call) => call.payload.type === 'REVIEW_DECIDED');
      expect(calls.map((call) => call.status)).toEqual([500, 503, 200]);
      expect(new Set(calls.map((call) => call.deliveryKey)).size).toBe(1);
      expect(calls[2]!.payload.title).toBe('Your listing was approved');
    });

    it('leaves a delivery DEAD after the configured attempts, for a moderator to see and retry', async () => {
      receiver.answerNext(...Array(ATTEMPTS).fill(500));
      const listingId = await publishListing(app, supplier.token, moderator, { title: 'ZK60 extrusions', grade: 'zk60', form: 'EXTRUSION', scenarios: [] });
      await settled(app);
      const dead = await app.graphql<{ deadNotificationDeliveries: { id: string; state: string; attempts: number; lastError: string; title: string }[] }>(
        `{ deadNotificationDeliveries { id state attempts lastError title } }`,
        {},
        moderator,
      );
      const [delivery] = dead.body.data!.deadNotificationDeliveries;
      expect(delivery).toMatchObject({ state: 'DEAD', attempts: ATTEMPTS, lastError: 'the receiver answered HTTP 500', title: 'Your listing was approved' });
      expect(receiver.calls.filter((call) => call.payload.data.subjectId === listingId)).toHaveLength(ATTEMPTS);
      const stats = await app.graphql<{ queueStats: { queue: string; dead: number }[] }>(`{ queueStats { queue dead } }`, {}, moderator);
      expect(stats.body.data!.queueStats.find((queue) => queue.queue === 'deliveries')).toMatchObject({ dead: 1 });

      const retried = await app.graphql(`mutation($id: ID!) { retryNotificationDelivery(id: $id) { state attempts } }`, { id: delivery!.id }, moderator);
      expect(retried.body.data).toEqual({ retryNotificationDelivery: { state: 'PENDING', attempts: 0 } });
      await settled(app);
      expect(receiver.accepted().filter((call) => call.payload.data.subjectId === listingId)).toHaveLength(1);
      const again = await app.graphql(`mutation($id: ID!) { retryNotificationDelivery(id: $id) { id } }`, { id: delivery!.id }, moderator);
      expect(codeOf(again)).toBe('CONFLICT');
    });

    it("gathers a DAILY user's matches into one digest instead of one message each", async () => {
      const digestBuyer = await signUp(app, 'BUYER', 2);
      await app.graphql(PREFERENCES, { input: { channels: ['IN_APP', 'EMAIL'], digest: 'DAILY', language: 'EN' } }, digestBuyer.token);
      for (const line of ['second', 'third']) await publishListing(app, supplier.token, moderator, { title: `AM60B seat frames from the ${line} line` });
      await openRequirement(app, digestBuyer.token, moderator, { title: 'Seat frames, second source', quantityTonnesPerMonth: 5 });
      await settled(app);
      const proposed = await itemsOf(digestBuyer.token, 'MATCH_PROPOSED');
      expect(proposed.length).toBeGreaterThanOrEqual(2);
      expect(mail.to('buyer2@market.example').filter((message) => message.headers.get('x-magmatch-type') === 'MATCH_PROPOSED')).toEqual([]);

      await app.app.get(Digests).send(DigestFrequency.DAILY);
      await settled(app);
      const digests = mail.to('buyer2@market.example').filter((message) => message.headers.get('x-magmatch-type') === 'DIGEST');
      expect(digests).toHaveLength(1);
      expect(digests[0]!.subject).toBe(`MagMatch digest: ${proposed.length} new notifications`);
      for (const { node } of proposed) expect(digests[0]!.text).toContain(node.title);
      expect(await app.app.get(Digests).send(DigestFrequency.DAILY)).toBe(0);
    });

    it('pages the inbox, counts unread items and marks only your own read', async () => {
      const all = await inboxOf(supplier.token, { first: 100 });
      expect(all.unreadCount).toBe(all.edges.length);
      const firstPage = await inboxOf(supplier.token, { first: 2 });
      const secondPage = await inboxOf(supplier.token, { first: 2, after: firstPage.pageInfo.endCursor });
      expect([...firstPage.edges, ...secondPage.edges].map(({ node }) => node.id)).toEqual(all.edges.slice(0, 4).map(({ node }) => node.id));

      const [mine, other] = [firstPage.edges[0]!.node.id, (await inboxOf(buyer.token)).edges[0]!.node.id];
      const marked = await app.graphql(`mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`, { ids: [mine, other] }, supplier.token);
      expect(marked.body.data).toEqual({ markNotificationsRead: 1 });
      expect((await inboxOf(supplier.token, { first: 100 })).unreadCount).toBe(all.unreadCount - 1);
      expect((await inboxOf(supplier.token, { unreadOnly: true, first: 100 })).edges.map(({ node }) => node.id)).not.toContain(mine);
      expect((await inboxOf(buyer.token, { unreadOnly: true, first: 100 })).edges.map(({ node }) => node.id)).toContain(other);
    });

    it('respects muted types and refuses preferences that could never deliver', async () => {
      const muted = await signUp(app, 'BUYER', 3);
      await app.graphql(PREFERENCES, { input: { mutedTypes: ['MATCH_PROPOSED'] } }, muted.token);
      await openRequirement(app, muted.token, moderator, { title: 'Muted seat frames', quantityTonnesPerMonth: 5 });
      await settled(app);
      expect(await itemsOf(muted.token, 'MATCH_PROPOSED')).toEqual([]);
      expect(await itemsOf(muted.token, 'REVIEW_DECIDED')).toHaveLength(1);

      const refusals = await Promise.all([
        app.graphql(PREFERENCES, { input: { channels: ['WEBHOOK'], webhookUrl: null } }, muted.token),
        app.graphql(PREFERENCES, { input: { webhookUrl: 'ftp://files.example/hook' } }, muted.token),
        app.graphql(PREFERENCES, { input: { mutedTypes: ['EVERYTHING'] } }, muted.token),
        app.graphql(PREFERENCES, { input: { email: 'not an address' } }, muted.token),
      ]);
      expect(refusals.map(codeOf)).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT']);
      expect(refusals[1]!.body.errors![0]!.message).toBe('webhookUrl must be an http:// or https:// URL');
    });

    it('schedules reminders with the change that makes them due, and drops them once their cause is gone', async () => {
      const reminders = app.app.get(Reminders);
      // Far enough ahead that the delay outgrows a 32-bit integer of milliseconds.
      const neededBy = new Date(Date.now() + 60 * DAY_MS).toISOString().slice(0, 10);
      const dueId = await openRequirement(app, buyer.token, moderator, { title: 'Seat frames due soon', neededBy, quantityTonnesPerMonth: 3 });
      const closedId = await openRequirement(app, buyer.token, moderator, { title: 'Seat frames no longer needed', neededBy, quantityTonnesPerMonth: 3 });
      await settled(app);
      const [scheduled] = await app.app.get(DataSource).query(
        `SELECT delay_ms FROM outbox_messages WHERE job_name = 'notifications.remind-needed-by' AND payload->>'requirementId' = $1`,
        [dueId],
      );
      expect(Number(scheduled.delay_ms)).toBeGreaterThan(56 * DAY_MS);
      expect(Number(scheduled.delay_ms)).toBeLessThanOrEqual(57 * DAY_MS);

      await app.graphql(`mutation($id: ID!) { closeRequirement(id: $id, outcome: CLOSED) { id } }`, { id: closedId }, buyer.token);
      await reminders.remindNeededBy(asJob({ requirementId: dueId, neededBy }));
      await reminders.remindNeededBy(asJob({ requirementId: closedId, neededBy }));
      await settled(app);
      const due = await itemsOf(buyer.token, 'NEEDED_BY_NEAR');
      expect(due.map(({ node }) => node.title)).toEqual(['Needed soon: Seat frames due soon']);

      const matchIds = await Promise.all([dueId, closedId].map(firstMatchOf));
      await app.graphql(`mutation($id: ID!) { respondToMatch(id: $id, interested: false) { id } }`, { id: matchIds[1] }, supplier.token);
      for (const matchId of matchIds) await reminders.remindUnanswered(asJob({ matchId }));
      await settled(app);
      const unanswered = await itemsOf(supplier.token, 'MATCH_UNANSWERED');
      expect(unanswered.map(({ node }) => node.title)).toEqual(['Waiting for your answer: Seat frames due soon']);
    });
  });
}
