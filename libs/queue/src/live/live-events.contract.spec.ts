import { afterEach, describe, expect, it } from '@jest/globals';
import type { LiveEvents } from '@magmatch/core';
import { InProcessLiveEvents } from './in-process-live-events.js';
import { RedisLiveEvents } from './redis-live-events.js';
import { realEngineUrl, uniqueName } from '../../../../test/support/real-engines.js';
import { waitFor } from '../../../../test/support/wait-for.js';

const redisUrl = realEngineUrl('redis');
const adapters: [string, () => LiveEvents][] = [
  ['in-process', () => new InProcessLiveEvents()],
  ...(redisUrl ? [['Redis pub/sub', () => new RedisLiveEvents(redisUrl, uniqueName())] as [string, () => LiveEvents]] : []),
];

for (const [name, create] of adapters) {
  describe(`live events: ${name}`, () => {
    let live: LiveEvents;
    afterEach(async () => live.close());

    it('delivers a message to the listeners of its topic only, until they unsubscribe', async () => {
      live = create();
      const alice: unknown[] = [];
      const bob: unknown[] = [];
      const stopAlice = await live.subscribe('user:alice', (message) => alice.push(message));
      await live.subscribe('user:bob', (message) => bob.push(message));
      await live.publish('user:alice', { notificationId: 'n1' });
      await waitFor('alice to hear', async () => alice.length === 1, 2_000);
      expect(alice).toEqual([{ notificationId: 'n1' }]);

      await stopAlice();
      await live.publish('user:alice', { notificationId: 'n2' });
      await live.publish('user:bob', { notificationId: 'n3' });
      await waitFor('bob to hear', async () => bob.length === 1, 2_000);
      expect(bob).toEqual([{ notificationId: 'n3' }]);
      expect(alice).toHaveLength(1);
    });
  });
}
