import { describe, expect, it } from '@jest/globals';
import type { RateLimits } from '@magmatch/core';
import { MemoryRateLimits, RedisRateLimits } from './live/rate-limits.js';
import { realEngineUrl, uniqueName } from '../../../test/support/real-engines.js';

/** What every RateLimits adapter must do: the same answers in memory and in Redis. */
function describeRateLimitsContract(name: string, create: () => RateLimits | Promise<RateLimits>) {
  describe(`rate limits: ${name}`, () => {
    it('lets so many events per key through in a window, refuses the next and says when the window ends', async () => {
      const limits = await create();
      try {
        const limit = limits.limit(uniqueName(), 3, 60_000);
        const answers = [];
        for (let i = 0; i < 5; i += 1) answers.push(await limit.consume('203.0.113.7'));
        expect(answers.map((answer) => [answer.allowed, answer.consumed])).toEqual([[true, 1], [true, 2], [true, 3], [false, 4], [false, 5]]);
        expect(answers[4]!.msBeforeNext).toBeGreaterThan(50_000);
        expect(answers[4]!.msBeforeNext).toBeLessThanOrEqual(60_000);
        expect((await limit.consume('203.0.113.8')).allowed).toBe(true);
        expect(await limit.peek('203.0.113.7')).toEqual({ consumed: 5, msBeforeNext: expect.any(Number) });
        expect(await limit.peek('198.51.100.1')).toEqual({ consumed: 0, msBeforeNext: 0 });
        await limit.reset('203.0.113.7');
        expect((await limit.peek('203.0.113.7')).consumed).toBe(0);
        expect((await limit.consume('203.0.113.7')).allowed).toBe(true);
      } finally {
        await limits.close();
      }
    });

    it('keeps each named limit apart, and counts several points at once', async () => {
      const limits = await create();
      try {
        const prefix = uniqueName();
        const [addresses, accounts] = [limits.limit(`${prefix}-ip`, 2, 60_000), limits.limit(`${prefix}-account`, 2, 60_000)];
        expect((await addresses.consume('same-key', 2)).allowed).toBe(true);
        expect((await addresses.consume('same-key')).allowed).toBe(false);
        expect((await accounts.consume('same-key')).allowed).toBe(true);
      } finally {
        await limits.close();
      }
    });

    it('blocks a key for its block time from the event over the limit', async () => {
      const limits = await create();
      try {
        const limit = limits.limit(uniqueName(), 2, 1_000, { blockMs: 10 * 60_000 });
        for (let i = 0; i < 2; i += 1) expect((await limit.consume('k')).allowed).toBe(true);
        const over = await limit.consume('k');
        expect(over.allowed).toBe(false);
        await new Promise((resolve) => setTimeout(resolve, 1_100));
        const blocked = await limit.peek('k');
        expect(blocked.msBeforeNext).toBeGreaterThan(9 * 60_000);
        expect(blocked.consumed).toBeGreaterThanOrEqual(3);
      } finally {
        await limits.close();
      }
    });

    it('starts a new window once the last one ends', async () => {
      const limits = await create();
      try {
        const limit = limits.limit(uniqueName(), 1, 1_000);
        expect((await limit.consume('k')).allowed).toBe(true);
        expect((await limit.consume('k')).allowed).toBe(false);
        await new Promise((resolve) => setTimeout(resolve, 1_100));
        expect((await limit.consume('k')).allowed).toBe(true);
      } finally {
        await limits.close();
      }
    });
  });
}

describeRateLimitsContract('in memory', () => new MemoryRateLimits());

const redisUrl = realEngineUrl('redis');
if (redisUrl) describeRateLimitsContract('in Redis', () => RedisRateLimits.connect(redisUrl, uniqueName()));

// Nothing listens on port 9 of loopback: Redis is "down" from the start, and the insurance limiter answers.
describeRateLimitsContract('in Redis while it is down (the in-memory insurance)', () => RedisRateLimits.connect('redis://127.0.0.1:9', uniqueName()));
