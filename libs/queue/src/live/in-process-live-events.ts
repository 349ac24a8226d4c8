import { EventEmitter } from 'node:events';
import type { LiveEvents } from '@magmatch/core';

/** Live events within one process: enough when the API runs the worker, as in embedded mode. */
export class InProcessLiveEvents implements LiveEvents {
  private readonly emitter = new EventEmitter().setMaxListeners(0);

  async publish(topic: string, message: unknown): Promise<void> {
    this.emitter.emit(topic, message);
  }

  async subscribe(topic: string, listener: (message: unknown) => void): Promise<() => Promise<void>> {
    this.emitter.on(topic, listener);
    return async () => {
      this.emitter.off(topic, listener);
    };
  }

  async close(): Promise<void> {
    this.emitter.removeAllListeners();
  }
}
