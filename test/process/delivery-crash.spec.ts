import { afterEach, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { AppProcess, freePort } from '../support/process.js';
import { realEngineUrl, uniqueName } from '../support/real-engines.js';
import { openTestDataSource, type TestDataSource } from '../support/test-database.js';
import { waitFor } from '../support/wait-for.js';
import { WebhookReceiver } from '../support/webhook-receiver.js';

const RECIPIENTS = 1_000;
const BATCH = 500;
const SECRET = 'whsec_crash-test';
const postgresUrl = realEngineUrl('postgres');
const redisUrl = realEngineUrl('redis');
const queues: [string, string | undefined][] = [['the database queue', undefined], ...(redisUrl ? [['BullMQ', redisUrl] as [string, string]] : [])];

/** 1,000 users who want in-app items and webhook calls, and an announcement to all of them queued in batches. */
async function queueAnnouncement(dataSource: DataSource, webhookUrl: string): Promise<void> {
  const [{ id: organizationId }] = await dataSource.query(
    `INSERT INTO organizations (name, type, capabilities, credit_code) VALUES ('Crash-test buyer', 'BUYER', ARRAY['BUY'], '91340100MA2TXYQ4XF') RETURNING id`,
  );
  const users: { id: string }[] = await dataSource.query(
    `INSERT INTO users (email, password_hash, role, organization_id)
     SELECT 'reader' || n || '@crash.example', 'unused', 'BUYER', $1 FROM generate_series(1, $2::int) AS n RETURNING id`,
    [organizationId, RECIPIENTS],
  );
  await dataSource.query(
    `INSERT INTO notification_preferences (user_id, channels, webhook_url) SELECT id, '{IN_APP,WEBHOOK}', $2 FROM users WHERE organization_id = $1`,
    [organizationId, webhookUrl],
  );
  await dataSource.query(`INSERT INTO webhook_secrets (organization_id, secret) VALUES ($1, $2)`, [organizationId, SECRET]);
  const [{ id: fanOutId }] = await dataSource.query(
    `INSERT INTO notification_fan_outs (idempotency_key, type, recipients, batches) VALUES ('crash-test', 'REVIEW_DECIDED', $1, $2) RETURNING id`,
    [RECIPIENTS, RECIPIENTS / BATCH],
  );
  for (let batch = 0; batch < RECIPIENTS / BATCH; batch += 1) {
    const payload = {
      fanOutId,
      type: 'REVIEW_DECIDED',
      params: { subjectType: 'listing', subjectId: 'crash-test', decision: 'APPROVE', title: 'Crash-test listing' },
      userIds: users.slice(batch * BATCH, (batch + 1) * BATCH).map((user) => user.id),
    };
    await dataSource.query(`INSERT INTO outbox_messages (job_name, payload, idempotency_key) VALUES ('notifications.notify-batch', $1, $2)`, [
      JSON.stringify(payload),
      `notify-batch:${fanOutId}:${batch}`,
    ]);
  }
}

(postgresUrl ? describe : describe.skip)('a worker killed in the middle of 1,000 deliveries', () => {
  const cleanups: (() => Promise<unknown>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it.each(queues)('finishes them all after a restart, each once, on %s', async (queueName, queueUrl) => {
    const database: TestDataSource = await openTestDataSource('postgres');
    cleanups.push(() => database.close());
    const receiver = await WebhookReceiver.start();
    cleanups.push(() => receiver.close());
    receiver.secret = SECRET;
    receiver.latencyMs = 5;
    const [{ schema }] = await database.dataSource.query(`SELECT current_schema() AS schema`);
    const env = {
      DATABASE_URL: postgresUrl!,
      DATABASE_SCHEMA: schema,
      ...(queueUrl ? { REDIS_URL: queueUrl } : {}),
      QUEUE_PREFIX: uniqueName(),
      QUEUE_LEASE_MS: '2000',
      JWT_SECRET: 'crash-test-secret-that-is-long-enough-to-sign',
      WEBHOOK_ALLOW_PRIVATE: 'true',
      DELIVERY_BACKOFF_MS: '100',
      LOG_LEVEL: 'warn',
    };
    const startWorker = async () => {
      const worker = AppProcess.start('worker', { ...env, WORKER_HEALTH_PORT: String(await freePort()), LOG_LEVEL: 'info' });
      cleanups.push(() => worker.stop('SIGKILL'));
      await worker.waitForLog('MagMatch worker ready');
      return worker;
    };

    const first = await startWorker();
    await queueAnnouncement(database.dataSource, receiver.url);
    await waitFor('a third of the deliveries', () => receiver.accepted().length >= RECIPIENTS / 3, 60_000);
    await first.stop('SIGKILL');
    const beforeRestart = receiver.accepted().length;

    const second = await startWorker();
    const counts = async () => {
      const [row] = await database.dataSource.query(
        `SELECT count(*) FILTER (WHERE state = 'SENT')::int AS sent, count(*) FILTER (WHERE state <> 'SENT')::int AS other,
                (SELECT count(*)::int FROM notifications) AS inbox, (SELECT batches_done FROM notification_fan_outs) AS batches
         FROM notification_deliveries`,
      );
      return row as { sent: number; other: number; inbox: number; batches: number };
    };
    await waitFor('every delivery to be sent', async () => (await counts()).sent === RECIPIENTS, 90_000);
    await second.stop();

    expect(await counts()).toEqual({ sent: RECIPIENTS, other: 0, inbox: RECIPIENTS, batches: RECIPIENTS / BATCH });
    const accepted = receiver.accepted();
    const distinct = new Set(accepted.map((call) => call.deliveryKey));
    expect(distinct.size).toBe(RECIPIENTS);
    expect(accepted.every((call) => call.verified)).toBe(true);
    // Only a call in flight at the kill can arrive twice, under its same key; the receiver drops it by that key.
    const resent = accepted.length - distinct.size;
    expect(resent).toBeLessThanOrEqual(16);
    process.stderr.write(`crash test (${queueName}): ${beforeRestart} delivered before SIGKILL, ${RECIPIENTS} after restart, ${resent} resent in-flight calls\n`);
    expect(second.errorLogs()).toEqual([]);
  }, 180_000);
});
