import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The notification centre: per-user preferences, the in-app inbox, one row per e-mail or webhook delivery
 * (its unique key is what makes a delivery happen once), fan-out progress and webhook signing secrets;
 * and outbox delays long enough for reminders.
 */
export class Notifications1764388800000 implements MigrationInterface {
  name = 'Notifications1764388800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Reminders wait weeks or months: more milliseconds than an integer holds (~24.8 days).
    await queryRunner.query(`ALTER TABLE outbox_messages ALTER COLUMN delay_ms TYPE bigint`);
    await queryRunner.query(`
      CREATE TABLE notification_preferences (
        user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
        channels text[] NOT NULL DEFAULT '{IN_APP,EMAIL}',
        digest text NOT NULL DEFAULT 'DAILY' CHECK (digest IN ('INSTANT', 'DAILY', 'WEEKLY')),
        muted_types text[] NOT NULL DEFAULT '{}',
        email text,
        webhook_url text,
        language text NOT NULL DEFAULT 'zh' CHECK (language IN ('zh', 'en')),
        updated_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE webhook_secrets (
        organization_id uuid PRIMARY KEY REFERENCES organizations (id) ON DELETE CASCADE,
        secret text NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        type text NOT NULL,
        title text NOT NULL,
        body text NOT NULL,
        data jsonb NOT NULL DEFAULT '{}',
        idempotency_key text NOT NULL UNIQUE,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        read_at timestamptz(3)
      )`);
    await queryRunner.query(`CREATE INDEX notifications_inbox ON notifications (user_id, created_at DESC, id DESC)`);
    await queryRunner.query(`CREATE INDEX notifications_unread ON notifications (user_id) WHERE read_at IS NULL`);
    await queryRunner.query(`
      CREATE TABLE notification_deliveries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        idempotency_key text NOT NULL UNIQUE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        channel text NOT NULL CHECK (channel IN ('EMAIL', 'WEBHOOK')),
        address text NOT NULL,
        type text NOT NULL,
        title text NOT NULL,
        body text NOT NULL,
        data jsonb NOT NULL DEFAULT '{}',
        state text NOT NULL CHECK (state IN ('PENDING', 'DEFERRED', 'DIGESTED', 'SENT', 'DEAD')),
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        digest_id uuid REFERENCES notification_deliveries (id),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        sent_at timestamptz(3)
      )`);
    await queryRunner.query(`CREATE INDEX notification_deliveries_deferred ON notification_deliveries (user_id, channel) WHERE state = 'DEFERRED'`);
    await queryRunner.query(`CREATE INDEX notification_deliveries_dead ON notification_deliveries (updated_at DESC) WHERE state = 'DEAD'`);
    await queryRunner.query(`
      CREATE TABLE notification_fan_outs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        idempotency_key text NOT NULL UNIQUE,
        type text NOT NULL,
        recipients integer NOT NULL,
        batches integer NOT NULL,
        batches_done integer NOT NULL DEFAULT 0 CHECK (batches_done <= batches),
        notified integer NOT NULL DEFAULT 0,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        completed_at timestamptz(3)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['notification_fan_outs', 'notification_deliveries', 'notifications', 'webhook_secrets', 'notification_preferences']) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
    await queryRunner.query(`ALTER TABLE outbox_messages ALTER COLUMN delay_ms TYPE integer`);
  }
}
