import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MODERATOR_ENV, signInModerator, signUp } from '../../../test/support/market.js';
import { engineProfilesUnderTest, TestApp } from '../../../test/support/test-app.js';

const DASHBOARD = '/admin/queues';

// Bull Board needs BullMQ: without the real engines (a newcomer's `npm test`) this suite is skipped, and the
// test setup's banner says which engines were missing.
const onRealEngines = engineProfilesUnderTest().includes('real');

(onRealEngines ? describe : describe.skip)('the queue dashboard on BullMQ (real engines)', () => {
  const profile = 'real';
  let app: TestApp;
  let moderator: string;
  let supplier: string;

  beforeAll(async () => {
    app = await TestApp.start(profile, MODERATOR_ENV);
    moderator = await signInModerator(app);
    supplier = (await signUp(app, 'SUPPLIER', 0)).token;
  });

  afterAll(async () => {
    await app.close();
  });

  it('is closed to anonymous callers and to other roles', async () => {
    expect((await app.http().get(DASHBOARD)).status).toBe(401);
    expect((await app.http().get(DASHBOARD).set('authorization', 'Bearer not-a-token')).status).toBe(401);
    expect((await app.http().get(DASHBOARD).set('authorization', `Bearer ${supplier}`)).status).toBe(403);
    expect((await app.http().get(`${DASHBOARD}/api/queues`).set('authorization', `Bearer ${supplier}`)).status).toBe(403);
  });

  it('shows moderators every queue, with a bearer token or the cookie', async () => {
    const page = await app.http().get(DASHBOARD).set('authorization', `Bearer ${moderator}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('<title>Bull Dashboard</title>');
    const api = await app.http().get(`${DASHBOARD}/api/queues`).set('cookie', `magmatch_access_token=${moderator}`);
    expect(api.status).toBe(200);
    const names = (api.body as { queues: { name: string }[] }).queues.map((queue) => queue.name);
    expect(names).toEqual(expect.arrayContaining(['deliveries', 'events', 'notifications']));
  });
});

describe('the queue dashboard on the embedded queue', () => {
  it('does not exist: queueStats serves that mode', async () => {
    const app = await TestApp.start('embedded', MODERATOR_ENV);
    try {
      const moderator = await signInModerator(app);
      expect((await app.http().get(DASHBOARD).set('authorization', `Bearer ${moderator}`)).status).toBe(404);
      const stats = await app.graphql<{ queueStats: { queue: string }[] }>(`{ queueStats { queue waiting active failed dead } }`, {}, moderator);
      expect(stats.body.data!.queueStats.map((queue) => queue.queue)).toEqual(expect.arrayContaining(['events', 'deliveries']));
    } finally {
      await app.close();
    }
  });
});
