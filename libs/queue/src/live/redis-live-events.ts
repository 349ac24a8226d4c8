import { EventEmitter } from 'node:events';
import { Redis } from 'ioredis';
import type { LiveEvents } from '@magmatch/core';

/**
 * Live events over Redis pub/sub, so a notification written by a worker reaches the API process that
 * holds the subscriber's WebSocket. One connection publishes, one (opened at the first subscription)
 * listens for every topic of this process.
 */
export class RedisLiveEvents implements LiveEvents {
  private readonly publisher: Redis;
  private subscriber: Redis | null = null;
  private connected: Promise<void> | null = null;
  private readonly local = new EventEmitter().setMaxListeners(0);

  constructor(
    private readonly url: string,
    private readonly prefix: string,
  ) {
    this.publisher = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: true });
    // Failures reach the caller of publish; both connections reconnect (and resubscribe) by themselves.
    this.publisher.on('error', () => undefined);
  }

  async publish(topic: string, message: unknown): Promise<void> {
    await this.connection();
    await this.publisher.publish(this.channel(topic), JSON.stringify(message));
  }

  async subscribe(topic: string, listener: (message: unknown) => void): Promise<() => Promise<void>> {
    const subscriber = this.listening();
    const channel = this.channel(topic);
    if (this.local.listenerCount(channel) === 0) await subscriber.subscribe(channel);
    this.local.on(channel, listener);
    return async () => {
      this.local.off(channel, listener);
      if (this.local.listenerCount(channel) === 0) await subscriber.unsubscribe(channel);
    };
  }

  async close(): Promise<void> {
    this.local.removeAllListeners();
    this.publisher.disconnect();
    this.subscriber?.disconnect();
  }

  /** Connects once; a failed first connection is dropped so that a later publish tries again. */
  private connection(): Promise<void> {
    this.connected ??= this.publisher.connect().catch((error: unknown) => {
      this.connected = null;
      this.publisher.disconnect();
      throw error;
    });
    return this.connected;
  }

  private listening(): Redis {
    if (!this.subscriber) {
      this.subscriber = new Redis(this.url, { maxRetriesPerRequest: null });
      this.subscriber.on('error', () => undefined);
      this.subscriber.on('message', (channel: string, message: string) => this.local.emit(channel, JSON.parse(message)));
    }
    return this.subscriber;
  }

  private channel(topic: string): string {
    return `${this.prefix}:live:${topic}`;
  }
}
