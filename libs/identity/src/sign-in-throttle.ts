import { Inject, Injectable } from '@nestjs/common';
import { RATE_LIMITS, RateLimitedError, type RateLimit, type RateLimits } from '@magmatch/core';

/** After this many failures, each further attempt waits, longer each time. */
export const SLOW_AFTER_FAILURES = 3;
/** The failure that locks the address, for FAILURE_WINDOW_MS from then on. */
export const LOCK_AFTER_FAILURES = 10;
/** Failures count within this window from the first; a lock lasts as long. */
export const FAILURE_WINDOW_MS = 15 * 60 * 1000;
const MAX_DELAY_MS = 1_000;

/**
 * Slows and then locks sign-in per e-mail address, whether or not an account has that address, so the
 * answers say nothing about which accounts exist. A success clears the address's failures. The failures are
 * counted by the RateLimits port (Redis in production, shared by every API process; memory in the embedded
 * default).
 */
@Injectable()
export class SignInThrottle {
  private readonly failures: RateLimit;

  constructor(@Inject(RATE_LIMITS) limits: RateLimits) {
    this.failures = limits.limit('sign-in-failures', LOCK_AFTER_FAILURES - 1, FAILURE_WINDOW_MS, { blockMs: FAILURE_WINDOW_MS });
  }

  /** Refuses a locked address; otherwise waits as long as its recent failures ask. */
  async beforeAttempt(email: string): Promise<void> {
    const { consumed, msBeforeNext } = await this.failures.peek(email);
    if (consumed >= LOCK_AFTER_FAILURES) {
      const until = new Date(Date.now() + msBeforeNext);
      throw new RateLimitedError(`Too many failed sign-ins for this e-mail address; try again after ${until.toISOString()}`, Math.max(1, Math.ceil(msBeforeNext / 1000)));
    }
    if (consumed >= SLOW_AFTER_FAILURES) {
      const delay = Math.min(MAX_DELAY_MS, 100 * 2 ** (consumed - SLOW_AFTER_FAILURES));
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }

  async failed(email: string): Promise<void> {
    await this.failures.consume(email);
  }

  async succeeded(email: string): Promise<void> {
    await this.failures.reset(email);
  }
}
