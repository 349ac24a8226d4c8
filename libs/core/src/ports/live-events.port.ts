/**
 * Best-effort messages to whoever listens right now (GraphQL subscriptions): unlike jobs they are not
 * stored, so a listener that is away misses them and reads the stored state instead. Two adapters:
 * Redis pub/sub (reaches every process) and an in-process one (the embedded default, where the API
 * runs the worker).
 */
export interface LiveEvents {
  publish(topic: string, message: unknown): Promise<void>;
  /** Calls `listener` with each message published on `topic` until the returned function is called. */
  subscribe(topic: string, listener: (message: unknown) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

/** Injection token of the {@link LiveEvents} chosen by configuration. */
export const LIVE_EVENTS = Symbol('LIVE_EVENTS');
