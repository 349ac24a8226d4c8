/**
 * Counts events per key in fixed time windows, for rate limits. Redis shares the count between processes
 * (production); the in-process adapter counts per process (the embedded default, one process).
 */
export interface RateCounter {
  /** Counts one event for `key` in the current window of `windowMs`; returns the window's count so far. */
  increment(key: string, windowMs: number): Promise<number>;
}

/** Injection token of the {@link RateCounter} chosen by configuration. */
export const RATE_COUNTER = Symbol('RATE_COUNTER');
