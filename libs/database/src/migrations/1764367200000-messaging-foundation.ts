import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The transactional outbox, the embedded job queue and the receipts that make job effects idempotent. */
export class MessagingFoundation1764367200000 implements MigrationInterface {
  name = 'MessagingFoundation1764367200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE outbox_messages (
        id bigserial PRIMARY KEY,
        job_name text NOT NULL,
        payload jsonb NOT NULL,
        idempotency_key text NOT NULL UNIQUE,
        delay_ms integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        claimed_until timestamptz,
        relay_attempts integer NOT NULL DEFAULT 0,
        dispatched_at timestamptz
      )`);
    await queryRunner.query(
      `CREATE INDEX outbox_messages_pending ON outbox_messages (id) WHERE dispatched_at IS NULL`,
    );
    await queryRunner.query(`
      CREATE TABLE queue_jobs (
        id bigserial PRIMARY KEY,
        queue text NOT NULL,
        name text NOT NULL,
        payload jsonb NOT NULL,
        idempotency_key text NOT NULL UNIQUE,
        state text NOT NULL DEFAULT 'waiting'
          CHECK (state IN ('waiting', 'active', 'completed', 'failed')),
        attempts_made integer NOT NULL DEFAULT 0,
        max_attempts integer NOT NULL,
        backoff_ms integer NOT NULL,
        run_at timestamptz NOT NULL DEFAULT now(),
        locked_until timestamptz,
        lock_token uuid,
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz
      )`);
    await queryRunner.query(
      `CREATE INDEX queue_jobs_runnable ON queue_jobs (queue, run_at, id) WHERE state = 'waiting'`,
    );
    await queryRunner.query(
      `CREATE INDEX queue_jobs_leased ON queue_jobs (locked_until) WHERE state = 'active'`,
    );
    await queryRunner.query(`
      CREATE TABLE queue_schedules (
        key text PRIMARY KEY,
        queue text NOT NULL,
        name text NOT NULL,
        payload jsonb NOT NULL,
        every_ms integer NOT NULL CHECK (every_ms > 0),
        max_attempts integer NOT NULL,
        backoff_ms integer NOT NULL,
        next_run_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE job_receipts (
        idempotency_key text PRIMARY KEY,
        completed_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE job_receipts`);
    await queryRunner.query(`DROP TABLE queue_schedules`);
    await queryRunner.query(`DROP TABLE queue_jobs`);
    await queryRunner.query(`DROP TABLE outbox_messages`);
  }
}
