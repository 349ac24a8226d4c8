import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { JOB_QUEUE, type JobQueue, type JobSpec } from '@magmatch/core';
import { NotificationFanOut, NotificationType, DeliverNotification } from '@magmatch/notifications';
import { BullMqJobQueue, DatabaseJobQueue } from '@magmatch/queue';
import { WebhookReceiver } from '../test/support/webhook-receiver.js';
import { enginesToMeasure, log, report, startBenchApp, type Engines } from './bench-app.js';

/**
 * Notification fan-out throughput on each queue adapter: an announcement to N users (in batches of
 * FAN_OUT_BATCH_SIZE) delivered in-app only, then to N users with a webhook on a local receiver, next to
 * the adapter's own ceiling (N no-op jobs at the delivery queue's concurrency).
 * Usage: npm run bench -- fan-out [recipients=10000]
 */
const RECIPIENTS = Number(process.argv[2] ?? 10_000);
const SECRET = 'whsec_bench';

interface Figures {
  engines: string;
  recipients: number;
  inAppPerSecond: number;
  webhookPerSecond: number;
  noOpJobsPerSecond: number;
  inAppVsNoOp: number;
}

async function run(engines: Engines): Promise<Figures> {
  const receiver = await WebhookReceiver.start();
  receiver.secret = SECRET;
  // The rate limit is a safety for real receivers; here it would measure itself.
  const bench = await startBenchApp(engines, { WEBHOOK_ALLOW_PRIVATE: 'true', WEBHOOKS_PER_SECOND: '1000000' });
  try {
    const dataSource = bench.app.get(DataSource);
    const fanOut = bench.app.get(NotificationFanOut);
    const inAppUsers = await createUsers(dataSource, 'inapp', ['IN_APP'], null);
    const webhookUsers = await createUsers(dataSource, 'webhook', ['WEBHOOK'], receiver.url);

    log(`[${engines}] in-app announcement to ${RECIPIENTS} users…`);
    const inAppSeconds = await timed(async () => {
      await fanOut.announce(`bench-in-app-${Date.now()}`, NotificationType.REVIEW_REQUESTED, [{ userIds: inAppUsers, params: params() }]);
      await until(engines, 'in-app items', async () => count(dataSource, `SELECT count(*) FROM notifications`));
    });

    log(`[${engines}] webhook announcement to ${RECIPIENTS} users…`);
    const webhookSeconds = await timed(async () => {
      await fanOut.announce(`bench-webhook-${Date.now()}`, NotificationType.MATCH_ENDORSED, [{ userIds: webhookUsers, params: params() }]);
      await until(engines, 'webhook deliveries', async () => count(dataSource, `SELECT count(*) FROM notification_deliveries WHERE state = 'SENT'`));
    });
    if (receiver.accepted().length < RECIPIENTS || receiver.calls.some((call) => !call.verified)) throw new Error('the receiver did not get every signed call');

    const noOpPerSecond = await noOpThroughput(engines, bench.app.get<JobQueue>(JOB_QUEUE), dataSource);
    const inAppPerSecond = Math.round(RECIPIENTS / inAppSeconds);
    return {
      engines,
      recipients: RECIPIENTS,
      inAppPerSecond,
      webhookPerSecond: Math.round(RECIPIENTS / webhookSeconds),
      noOpJobsPerSecond: noOpPerSecond,
      inAppVsNoOp: Math.round((inAppPerSecond / noOpPerSecond) * 100) / 100,
    };
  } finally {
    await bench.close();
    await receiver.close();
  }
}

const params = () => ({ subjectType: 'listing', subjectId: 'bench', title: 'Benchmark listing', organization: 'Bench', requirement: 'Bench', listing: 'Bench', supplier: 'Bench' });

async function createUsers(dataSource: DataSource, label: string, channels: string[], webhookUrl: string | null): Promise<string[]> {
  const [{ id: organizationId }] = await dataSource.query(
    `INSERT INTO organizations (name, type, credit_code) VALUES ($1, 'BUYER', $2) RETURNING id`,
    [`Bench ${label}`, `bench-${label}-${Date.now()}`],
  );
  const users: { id: string }[] = await dataSource.query(
    `INSERT INTO users (email, password_hash, role, organization_id)
     SELECT $1 || n || '@bench.example', 'unused', 'BUYER', $2 FROM generate_series(1, $3::int) AS n RETURNING id`,
    [label, organizationId, RECIPIENTS],
  );
  await dataSource.query(
    `INSERT INTO notification_preferences (user_id, channels, webhook_url, digest) SELECT id, $2, $3, 'INSTANT' FROM users WHERE organization_id = $1`,
    [organizationId, channels, webhookUrl],
  );
  await dataSource.query(`INSERT INTO webhook_secrets (organization_id, secret) VALUES ($1, $2)`, [organizationId, SECRET]);
  return users.map((user) => user.id);
}

async function count(dataSource: DataSource, sql: string): Promise<number> {
  const [row] = await dataSource.query(sql);
  return Number(row.count);
}

/** Polls until `progress` reaches RECIPIENTS, printing it every second. */
async function until(engines: Engines, what: string, progress: () => Promise<number>): Promise<void> {
  let lastPrinted = 0;
  for (;;) {
    const done = await progress();
    if (done >= RECIPIENTS) return;
    if (Date.now() - lastPrinted > 1_000) {
      log(`[${engines}]   ${what}: ${done}/${RECIPIENTS}`);
      lastPrinted = Date.now();
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function timed(work: () => Promise<void>): Promise<number> {
  const started = performance.now();
  await work();
  return (performance.now() - started) / 1000;
}

/** The same adapter, on its own queue name, running empty jobs at the delivery queue's concurrency. */
async function noOpThroughput(engines: Engines, appQueue: JobQueue, dataSource: DataSource): Promise<number> {
  const queue = appQueue instanceof BullMqJobQueue ? new BullMqJobQueue(process.env.REDIS_URL!, `bench_noop_${Date.now()}`) : new DatabaseJobQueue(dataSource);
  const spec: JobSpec = { name: 'bench.no-op', queue: 'bench-no-op', attempts: 1, backoffMs: 1, concurrency: DeliverNotification.concurrency };
  let done = 0;
  queue.register(spec, async () => {
    done += 1;
  });
  log(`[${engines}] ${RECIPIENTS} no-op jobs…`);
  for (let i = 0; i < RECIPIENTS; i += 1) await queue.enqueue(spec, {});
  const seconds = await timed(async () => {
    await queue.start();
    await until(engines, 'no-op jobs', async () => done);
  });
  await queue.stop(1_000);
  return Math.round(RECIPIENTS / seconds);
}

const results: Figures[] = [];
for (const engines of enginesToMeasure(['DATABASE_URL', 'REDIS_URL'])) results.push(await run(engines));
await report('fan-out', results);
process.exit(0);
