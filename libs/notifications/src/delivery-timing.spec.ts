import { describe, expect, it } from '@jest/globals';
import { backoffWithJitter } from './deliveries.js';
import { RateLimiter } from './rate-limiter.js';

describe('delivery timing', () => {
  it('backs off exponentially, each wait a random point in the upper half of its step', () => {
    for (const failures of [1, 2, 3, 6]) {
      const waits = Array.from({ length: 200 }, () => backoffWithJitter(1_000, failures));
      const ceiling = 1_000 * 2 ** (failures - 1);
      expect(Math.min(...waits)).toBeGreaterThanOrEqual(ceiling / 2);
      expect(Math.max(...waits)).toBeLessThanOrEqual(ceiling);
      expect(new Set(waits).size).toBeGreaterThan(50);
    }
  });

  it('lets a burst of one second through, then spaces calls to the configured rate', async () => {
    const limiter = new RateLimiter(50);
    const started = Date.now();
    for (let call = 0; call < 75; call += 1) await limiter.take();
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(450);
    expect(elapsed).toBeLessThan(1_500);
  });
});
