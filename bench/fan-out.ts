import { DataSource } from 'typeorm';
import { JOB_QUEUE, type JobQueue, type JobSpec } from '@magmatch/core';
import { DeliverNotification, NotificationFanOut, NotificationType } from '@magmatch/notifications';
import { BullMqJobQueue, DatabaseJobQueue } from '@magmatch/queue';
import { WebhookReceiver } from '../test/support/webhook-receiver.js';
import { benchEnvironment, elapsedMs, enginesToMeasure, log, startBenchApp, type Bench, type Engines } from './bench-app.js';

const SECRET = 'whsec_bench';

interface Figures {
  engines: string;
  recipients: number;
  inAppPerSecond: number;
  webhookPerSecond: number;
  noOpJobsPerSecond: number;
  inAppVsNoOp: number;
}

const secondsOf = async (work: () => Promise<unknown>) => (await elapsedMs(work)) / 1000;

/**
 * Notification fan-out throughput on each queue adapter: an announcement to N users (in batches of
 * FAN_OUT_BATCH_SIZE) delivered in-app only, then to N users with a webhook on a local receiver, next to
 * the adapter's own ceiling (N no-op jobs at the delivery queue's concurrency).
 */
export const fanOutBench: Bench = {
  name: 'fan-out',
  about: 'notification fan-out to 10,000 recipients, in-app and webhook, next to the no-op ceiling',
  async run({ smoke }) {
    const results: Figures[] = [];
    for (const engines of enginesToMeasure(['DATABASE_URL', 'REDIS_URL'])) results.push(await run(engines, smoke ? 200 : 10_000));
    return results;
  },
};

async function run(engines: Engines, recipients: number): Promise<Figures> {
  const receiver = await WebhookReceiver.start();
  receiver.secret = SECRET;
  const environment = await benchEnvironment(engines);
  // The rate limit is a safety for real receivers; here it would measure itself.
  const bench = await startBenchApp(environment, { WEBHOOK_ALLOW_PRIVATE: 'true', WEBHOOKS_PER_SECOND: '1000000' });
  try {
    const dataSource = bench.app.get(DataSource);
    const fanOut = bench.app.get(NotificationFanOut);
    const inAppUsers = await createUsers(dataSource, 'inapp', recipients, ['IN_APP'], null);
    const webhookUsers = await createUsers(dataSource, 'webhook', recipients, ['WEBHOOK'], receiver.url);
    const until = (what: string, progress: () => Promise<number>) => waitUntil(`[${engines}]   ${what}`, recipients, progress);

    log(`[${engines}] in-app announcement to ${recipients} users…`);
    const inAppSeconds = await secondsOf(async () => {
      await fanOut.announce(`bench-in-app-${Date.now()}`, NotificationType.REVIEW_REQUESTED, [{ userIds: inAppUsers, params: PARAMS }]);
      await until('in-app items', () => count(dataSource, `SELECT count(*) FROM notifications`));
    });

    log(`[${engines}] webhook announcement to ${recipients} users…`);
    const webhookSeconds = await secondsOf(async () => {
      await fanOut.announce(`bench-webhook-${Date.now()}`, NotificationType.MATCH_ENDORSED, [{ userIds: webhookUsers, params: PARAMS }]);
      await until('webhook deliveries', () => count(dataSource, `SELECT count(*) FROM notification_deliveries WHERE state = 'SENT'`));
    });
    if (receiver.accepted().length < recipients || receiver.calls.some((call) => !call.verified)) throw new Error('the receiver did not get every signed call');

    const noOpPerSecond = await noOpThroughput(engines, bench.app.get<JobQueue>(JOB_QUEUE), dataSource, recipients);
    const inAppPerSecond = Math.round(recipients / inAppSeconds);
    return {
      engines,
      recipients,
      inAppPerSecond,
      webhookPerSecond: Math.round(recipients / webhookSeconds),
      noOpJobsPerSecond: noOpPerSecond,
      inAppVsNoOp: Math.round((inAppPerSecond / noOpPerSecond) * 100) / 100,
    };
  } finally {
    await bench.close();
    await environment.dispose();
    await receiver.close();
  }
}

const PARAMS = { subjectType: 'listing', subjectId: 'bench', title: 'Benchmark listing', organization: 'Bench', requirement: 'Bench', listing: 'Bench', supplier: 'Bench' };

async function createUsers(dataSource: DataSource, label: string, recipients: number, channels: string[], webhookUrl: string | null): Promise<string[]> {
  const [{ id: organizationId }] = await dataSource.query(
    `INSERT INTO organizations (name, type, capabilities, credit_code) VALUES ($1, 'BUYER', ARRAY['BUY'], $2) RETURNING id`,
    [`Bench ${label}`, `bench-${label}-${Date.now()}`],
  );
  const users: { id: string }[] = await dataSource.query(
    `INSERT INTO users (email, password_hash, role, organization_id)
     SELECT $1 || n || '@bench.example', 'unused', 'BUYER', $2 FROM generate_series(1, $3::int) AS n RETURNING id`,
    [label, organizationId, recipients],
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

/** Polls until `progress` reaches `target`, printing it every second. */
async function waitUntil(label: string, target: number, progress: () => Promise<number>): Promise<void> {
  let lastPrinted = 0;
  for (;;) {
    const done = await progress();
    if (done >= target) return;
    if (Date.now() - lastPrinted > 1_000) {
      log(`${label}: ${done}/${target}`);
      lastPrinted = Date.now();
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The same adapter, on its own queue name, running empty jobs at the delivery queue's concurrency. */
async function noOpThroughput(engines: Engines, appQueue: JobQueue, dataSource: DataSource, jobs: number): Promise<number> {
  const queue = appQueue instanceof BullMqJobQueue ? new BullMqJobQueue(process.env.REDIS_URL!, `bench_noop_${Date.now()}`) : new DatabaseJobQueue(dataSource);
  const spec: JobSpec = { name: 'bench.no-op', queue: 'bench-no-op', attempts: 1, backoffMs: 1, concurrency: DeliverNotification.concurrency };
  let done = 0;
  queue.register(spec, async () => {
    done += 1;
  });
  log(`[${engines}] ${jobs} no-op jobs…`);
  for (let i = 0; i < jobs; i += 1) await queue.enqueue(spec, {});
  const seconds = await secondsOf(async () => {
    await queue.start();
    await waitUntil(`[${engines}]   no-op jobs`, jobs, async () => done);
  });
  await queue.stop(1_000);
  return Math.round(jobs / seconds);
}
