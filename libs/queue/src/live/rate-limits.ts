import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { Logger } from '@nestjs/common';
import { OutageLog, type RateDecision, type RateLimit, type RateLimits, type RateUsage } from '@magmatch/core';

const seconds = (durationMs: number) => Math.max(1, Math.ceil(durationMs / 1000));

type LimitOptions = { readonly blockMs?: number };

/** rate-limiter-flexible's options for a limit of the port (it counts in whole seconds). */
const optionsOf = (name: string, points: number, durationMs: number, options: LimitOptions) => ({
  keyPrefix: name,
  points,
  duration: seconds(durationMs),
  ...(options.blockMs ? { blockDuration: seconds(options.blockMs) } : {}),
});

/** A rate-limiter-flexible limiter behind the port: an over-limit answer is a decision, not an error. */
class FlexibleRateLimit implements RateLimit {
  constructor(private readonly limiter: RateLimiterAbstract) {}

  async consume(key: string, points = 1): Promise<RateDecision> {
    try {
      return decision(await this.limiter.consume(key, points), true);
    } catch (refusal) {
      if (refusal instanceof RateLimiterRes) return decision(refusal, false);
      throw refusal;
    }
  }

  async peek(key: string): Promise<RateUsage> {
    const usage = await this.limiter.get(key);
    return { consumed: usage?.consumedPoints ?? 0, msBeforeNext: usage ? Math.max(0, usage.msBeforeNext) : 0 };
  }

  async reset(key: string): Promise<void> {
    await this.limiter.delete(key);
  }
}

const decision = (result: RateLimiterRes, allowed: boolean): RateDecision => ({ allowed, consumed: result.consumedPoints, msBeforeNext: result.msBeforeNext });

/** Counts in this process: enough when one process serves every request (the embedded default). */
export class MemoryRateLimits implements RateLimits {
  limit(name: string, points: number, durationMs: number, options: LimitOptions = {}): RateLimit {
    return new FlexibleRateLimit(new RateLimiterMemory(optionsOf(name, points, durationMs, options)));
  }

  async close(): Promise<void> {}
}

/**
 * Counts in Redis, shared by every process. While Redis does not answer, each process counts in memory
 * (rate-limiter-flexible's insurance limiter), so a Redis outage neither takes the API down nor lifts the limits.
 */
export class RedisRateLimits implements RateLimits {
  private readonly redis: Redis;

  private constructor(
    url: string,
    private readonly prefix: string,
  ) {
    this.redis = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
    const outage = new OutageLog(new Logger('RateLimits'), 'Redis for rate limits (each process counts in memory meanwhile)');
    this.redis.on('error', (error) => outage.failed(error));
    this.redis.on('ready', () => outage.succeeded());
  }

  /** Once Redis answers, or at its first error (counting in memory until it answers): no limit counts its first events apart. */
  static async connect(url: string, prefix: string): Promise<RedisRateLimits> {
    const limits = new RedisRateLimits(url, prefix);
    await new Promise((resolve) => {
      limits.redis.once('ready', resolve);
      limits.redis.once('error', resolve);
    });
    return limits;
  }

  limit(name: string, points: number, durationMs: number, options: LimitOptions = {}): RateLimit {
    const own = optionsOf(name, points, durationMs, options);
    return new FlexibleRateLimit(
      new RateLimiterRedis({ ...own, storeClient: this.redis, keyPrefix: `${this.prefix}:rate:${name}`, rejectIfRedisNotReady: true, insuranceLimiter: new RateLimiterMemory(own) }),
    );
  }

  async close(): Promise<void> {
    this.redis.disconnect();
  }
}
