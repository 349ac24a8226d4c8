import { Redis } from 'ioredis';
import type { RateCounter } from '@magmatch/core';

/** Counts in this process, in windows aligned like the Redis ones: enough when one process serves every request. */
export class InProcessRateCounter implements RateCounter {
  private readonly windows = new Map<string, { endsAt: number; count: number }>();

  async increment(key: string, windowMs: number): Promise<number> {
    const now = Date.now();
    const window = this.windows.get(key);
    if (!window || window.endsAt <= now) {
      if (this.windows.size > 100_000) this.forgetEnded(now);
      this.windows.set(key, { endsAt: (Math.floor(now / windowMs) + 1) * windowMs, count: 1 });
      return 1;
    }
    window.count += 1;
    return window.count;
  }

  private forgetEnded(now: number): void {
    for (const [key, window] of this.windows) if (window.endsAt <= now) this.windows.delete(key);
  }
}

/** Counts in Redis, shared by every API process: INCR, and the window's expiry set by its first event. */
export class RedisRateCounter implements RateCounter {
  private readonly redis: Redis;

  constructor(
    url: string,
    private readonly prefix: string,
  ) {
    this.redis = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: true });
    this.redis.on('error', () => undefined);
  }

  async increment(key: string, windowMs: number): Promise<number> {
    if (this.redis.status === 'wait') await this.redis.connect().catch(() => undefined);
    const bucket = `${this.prefix}:rate:${key}:${Math.floor(Date.now() / windowMs)}`;
    const [[, count]] = (await this.redis.multi().incr(bucket).pexpire(bucket, windowMs).exec()) as [[null, number]];
    return count;
  }

  close(): void {
    this.redis.disconnect();
  }
}
