import { describe, expect, it } from '@jest/globals';
import { Redis } from 'ioredis';
import { redisDurabilityProblems } from './redis-durability.js';
import { realEngineUrl } from '../../../../test/support/real-engines.js';

const redisUrl = realEngineUrl('redis');

(redisUrl ? describe : describe.skip)('Redis durability check', () => {
  it('reports what the test server lacks (it runs without persistence) and accepts its noeviction policy', async () => {
    const redis = new Redis(redisUrl!);
    try {
      // CONFIG GET answers name/value pairs in no set order.
      const pairs = (await redis.call('CONFIG', 'GET', 'save', 'appendonly')) as string[];
      const { save, appendonly } = Object.fromEntries(pairs.flatMap((value, index) => (index % 2 === 0 ? [[value, pairs[index + 1]]] : [])));
      const problems = await redisDurabilityProblems(redis);
      expect(problems.some((problem) => problem.startsWith('maxmemory-policy'))).toBe(false);
      expect(problems.includes('persistence is off (no AOF, no RDB snapshots): a Redis restart loses every queued job')).toBe(
        appendonly === 'no' && !save,
      );
    } finally {
      redis.disconnect();
    }
  });
});
