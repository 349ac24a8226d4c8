import type { Logger } from '@nestjs/common';

/**
 * Logs an outage once: its first failure at warn level and its end at info level, with how many failures
 * came in between. Without it a Redis that is down for ten seconds wrote some 600 warnings.
 */
export class OutageLog {
  private failuresSinceUp = 0;

  constructor(
    private readonly logger: Logger,
    private readonly what: string,
  ) {}

  /** Failures since the last success: 0 while the dependency answers. */
  get failures(): number {
    return this.failuresSinceUp;
  }

  failed(error: unknown): void {
    if (this.failuresSinceUp === 0) this.logger.warn({ err: error }, `${this.what}: failing; retrying quietly until it answers`);
    this.failuresSinceUp += 1;
  }

  succeeded(): void {
    if (this.failuresSinceUp === 0) return;
    this.logger.log({ failures: this.failuresSinceUp }, `${this.what}: answering again`);
    this.failuresSinceUp = 0;
  }
}
