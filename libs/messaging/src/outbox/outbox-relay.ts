import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { OutageLog, isEngineUnavailable, type JobQueue, type JobSpec } from '@magmatch/core';

export interface OutboxRelayOptions {
  readonly batchSize: number;
  /** Pause between polls when the outbox is empty. */
  readonly idleMs: number;
  /**
   * How long a claimed message stays with one relay. A relay that dies after enqueuing but before
   * marking the message dispatched leaves it to be enqueued again, with the same idempotency key,
   * once the lease runs out.
   */
  readonly leaseMs: number;
}

const DEFAULTS: OutboxRelayOptions = { batchSize: 100, idleMs: 100, leaseMs: 15_000 };

/** The longest pause between polls while the database or the queue cannot be reached. */
const MAX_RETRY_PAUSE_MS = 2_000;

/** After this many refusals of one message for a reason of its own, it is reported as an error. */
const REFUSALS_REPORTED = 10;

/** A message refused for a reason of its own waits 0.1 s × 2^refusals before its next try, at most 5 min. */
const REFUSED_MESSAGE_BASE_DELAY_S = 0.1;
const REFUSED_MESSAGE_MAX_DELAY_S = 300;

interface ClaimedMessage {
  id: string;
  job_name: string;
  payload: unknown;
  idempotency_key: string;
  delay_ms: number;
  relay_attempts: number;
}

/**
 * Moves committed outbox messages to the job queue: claim a batch (short transaction), enqueue each
 * with its idempotency key, then mark them dispatched. No connection is held while enqueuing, so it
 * works on a one-connection embedded database too.
 */
export class OutboxRelay {
  private readonly logger = new Logger(OutboxRelay.name);
  private readonly options: OutboxRelayOptions;
  private running: Promise<void> | undefined;
  private stopping = false;
  private wake: (() => void) | undefined;
  /** Polls in a row that failed because the database or the queue did; logged once per outage. */
  private readonly outage = new OutageLog(this.logger, 'outbox relay (database or job queue)');

  constructor(
    private readonly dataSource: DataSource,
    private readonly queue: JobQueue,
    private readonly specOf: (jobName: string) => JobSpec | undefined,
    options: Partial<OutboxRelayOptions> = {},
  ) {
    this.options = { ...DEFAULTS, ...options };
  }

  start(): void {
    this.stopping = false;
    this.running ??= this.loop();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.wake?.();
    await this.running;
    this.running = undefined;
  }

  /** Relays one batch; returns how many messages it dispatched. */
  async relayBatch(): Promise<number> {
    const claimed = await this.claim();
    const dispatched: string[] = [];
    /** Refused because the queue is unreachable: offered again at the next poll. */
    const released: string[] = [];
    /** Refused for a reason of their own: each waits longer before its next try, so it slows nobody else. */
    const deferred: string[] = [];
    let unreachable: unknown;
    // Enqueued side by side: jobs carry no order (handlers reload the state they act on), and one round
    // trip at a time to Redis would cap a fan-out at the relay.
    await Promise.all(
      claimed.map(async (message) => {
        const spec = this.specOf(message.job_name);
        if (!spec) {
          this.logger.error({ jobName: message.job_name, messageId: message.id }, 'outbox message for an undeclared job');
          return;
        }
        try {
          await this.queue.enqueue(spec, message.payload, {
            idempotencyKey: message.idempotency_key,
            delayMs: message.delay_ms,
          });
          dispatched.push(message.id);
        } catch (error) {
          if (isEngineUnavailable(error)) {
            unreachable ??= error;
            released.push(message.id);
            return;
          }
          deferred.push(message.id);
          if (message.relay_attempts === REFUSALS_REPORTED) {
            this.logger.error({ err: error, messageId: message.id, jobName: message.job_name }, `the job queue refused this outbox message ${REFUSALS_REPORTED} times`);
          }
        }
      }),
    );
    await this.mark(dispatched, released, deferred);
    if (released.length > 0 && dispatched.length === 0) this.outage.failed(unreachable);
    else this.outage.succeeded();
    return dispatched.length;
  }

  private async claim(): Promise<ClaimedMessage[]> {
    return this.dataSource.query(
      `UPDATE outbox_messages SET claimed_until = now() + make_interval(secs => $2::double precision / 1000),
              relay_attempts = relay_attempts + 1
       WHERE id IN (
         SELECT id FROM outbox_messages
         WHERE dispatched_at IS NULL AND (claimed_until IS NULL OR claimed_until < now())
         ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED)
       RETURNING id, job_name, payload, idempotency_key, delay_ms::float8 AS delay_ms, relay_attempts`,
      [this.options.batchSize, this.options.leaseMs],
    ).then(([rows]: [ClaimedMessage[]]) => rows.sort((a, b) => Number(a.id) - Number(b.id)));
  }

  private async mark(dispatched: string[], released: string[], deferred: string[]): Promise<void> {
    if (dispatched.length > 0) {
      await this.dataSource.query(
        `UPDATE outbox_messages SET dispatched_at = now(), claimed_until = NULL WHERE id = ANY($1::bigint[])`,
        [dispatched],
      );
    }
    if (released.length > 0) {
      await this.dataSource.query(`UPDATE outbox_messages SET claimed_until = NULL WHERE id = ANY($1::bigint[])`, [
        released,
      ]);
    }
    if (deferred.length > 0) {
      await this.dataSource.query(
        `UPDATE outbox_messages
         SET claimed_until = now() + make_interval(secs => least($2::double precision * 2 ^ relay_attempts, $3::double precision))
         WHERE id = ANY($1::bigint[])`,
        [deferred, REFUSED_MESSAGE_BASE_DELAY_S, REFUSED_MESSAGE_MAX_DELAY_S],
      );
    }
  }

  private async loop(): Promise<void> {
    while (!this.stopping) {
      let relayed = 0;
      try {
        relayed = await this.relayBatch();
      } catch (error) {
        this.outage.failed(error);
      }
      if (relayed < this.options.batchSize && !this.stopping) await this.pause(this.pauseMs());
    }
  }

  /** The idle pause, doubled for each failed poll in a row up to a ceiling, so an outage is not hammered. */
  private pauseMs(): number {
    if (this.outage.failures === 0) return this.options.idleMs;
    return Math.min(this.options.idleMs * 2 ** this.outage.failures, MAX_RETRY_PAUSE_MS);
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}
