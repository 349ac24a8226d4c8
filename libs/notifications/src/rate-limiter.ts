import { RateLimiterMemory, RateLimiterQueue } from 'rate-limiter-flexible';

/**
 * Spaces calls to at most `perSecond` per second in this process (rate-limiter-flexible's queue over a
 * one-second limiter in memory): a burst of one second's worth, then each call waits its turn. Enough to stay
 * under a mail server's or receiver's limit without a shared store.
 */
export class RateLimiter {
  private readonly queue: RateLimiterQueue;

  constructor(perSecond: number) {
    this.queue = new RateLimiterQueue(new RateLimiterMemory({ points: perSecond, duration: 1 }));
  }

  async take(): Promise<void> {
    await this.queue.removeTokens(1);
  }
}
