/** A key's count so far. */
export interface RateUsage {
  /** Events counted for the key in its current window; 0 when none. */
  readonly consumed: number;
  /** Milliseconds until the key's window (or its block) ends and its count starts again; 0 when none. */
  readonly msBeforeNext: number;
}

/** What a limit says of one more event for a key (counted in `consumed`). */
export interface RateDecision extends RateUsage {
  /** Whether the event is within the limit. */
  readonly allowed: boolean;
}

/** At most so many events per key in fixed windows of a duration. */
export interface RateLimit {
  /** Counts one event for `key` (or `points` of them) and says whether it is within the limit. */
  consume(key: string, points?: number): Promise<RateDecision>;
  /** `key`'s count, without counting an event. */
  peek(key: string): Promise<RateUsage>;
  /** Forgets `key`'s count. */
  reset(key: string): Promise<void>;
}

/**
 * Rate limits, by rate-limiter-flexible: in Redis when it is configured (shared by every process, with an
 * in-memory insurance limiter that takes over while Redis is down), else in this process (the embedded
 * default, one process).
 */
export interface RateLimits {
  /**
   * The limit `name` (its keys' namespace): at most `points` events per key in each window of `durationMs`,
   * the window starting at the key's first event. With `blockMs`, the event over the limit blocks the key
   * for that long from then on.
   */
  limit(name: string, points: number, durationMs: number, options?: { readonly blockMs?: number }): RateLimit;
  close(): Promise<void>;
}

/** Injection token of the {@link RateLimits} chosen by configuration. */
export const RATE_LIMITS = Symbol('RATE_LIMITS');
