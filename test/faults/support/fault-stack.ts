import { afterAll, beforeAll } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { MODERATOR_ENV, signInModerator } from '../../support/market.js';
import { AppProcess, HttpGraphqlClient, freePort } from '../../support/process.js';
import { WebhookReceiver } from '../../support/webhook-receiver.js';
import { PrivateMeilisearch, PrivatePostgres, PrivateRedis } from './private-servers.js';

/**
 * MagMatch as production runs it — an API process and a worker process on PostgreSQL, BullMQ on Redis and
 * Meilisearch — on servers of its own, so a test can stop any of them.
 */
export class FaultStack {
  readonly client: HttpGraphqlClient;
  /** A pool straight to the database, to count what reached it. */
  readonly sql: pg.Pool;
  api!: AppProcess;
  worker!: AppProcess;
  /** Every process started, stopped ones included: their logs are checked at the end. */
  readonly processes: AppProcess[] = [];
  private readonly env: Record<string, string>;

  private constructor(
    readonly postgres: PrivatePostgres,
    readonly redis: PrivateRedis,
    readonly meilisearch: PrivateMeilisearch,
    private readonly apiPort: number,
    private readonly dataDir: string,
    extraEnv: Record<string, string>,
  ) {
    this.client = new HttpGraphqlClient(`http://127.0.0.1:${apiPort}`);
    this.sql = new pg.Pool({ connectionString: postgres.url, max: 2 });
    this.sql.on('error', () => undefined);
    this.env = {
      DATABASE_URL: postgres.url,
      REDIS_URL: redis.url,
      MEILI_URL: meilisearch.url,
      MEILI_MASTER_KEY: meilisearch.masterKey,
      DATA_DIR: dataDir,
      JWT_SECRET: 'fault-test-secret-that-is-long-enough-to-sign',
      WEBHOOK_ALLOW_PRIVATE: 'true',
      DELIVERY_BACKOFF_MS: '100',
      QUEUE_LEASE_MS: '2000',
      RATE_LIMIT_PER_MINUTE: '1000000',
      RATE_LIMIT_PER_ACCOUNT_PER_MINUTE: '1000000',
      LOG_LEVEL: 'info',
      ...MODERATOR_ENV,
      ...extraEnv,
    };
  }

  /** Starts everything, or removes whatever did start and fails. */
  static async start(extraEnv: Record<string, string> = {}): Promise<FaultStack> {
    const servers = await Promise.allSettled([PrivatePostgres.start(), PrivateRedis.start(), PrivateMeilisearch.start()]);
    const [postgres, redis, meilisearch] = servers;
    if (postgres.status !== 'fulfilled' || redis.status !== 'fulfilled' || meilisearch.status !== 'fulfilled') {
      await Promise.all(servers.map((server) => (server.status === 'fulfilled' ? server.value.dispose() : undefined)));
      throw servers.find((server) => server.status === 'rejected')!.reason;
    }
    const stack = new FaultStack(postgres.value, redis.value, meilisearch.value, await freePort(), await mkdtemp(join(tmpdir(), 'magmatch-faults-')), extraEnv);
    try {
      await stack.startApi();
      await stack.startWorker();
      return stack;
    } catch (error) {
      await stack.dispose();
      throw error;
    }
  }

  get apiUrl(): string {
    return this.client.baseUrl;
  }

  async startApi(): Promise<AppProcess> {
    this.api = this.spawn('api', { PORT: String(this.apiPort), API_RUNS_WORKER: 'false' });
    await this.api.waitForLog('MagMatch API ready');
    return this.api;
  }

  async startWorker(): Promise<AppProcess> {
    this.worker = this.spawn('worker', { WORKER_HEALTH_PORT: String(await freePort()) });
    await this.worker.waitForLog('MagMatch worker ready');
    return this.worker;
  }

  moderatorToken(): Promise<string> {
    return signInModerator(this.client);
  }

  /** `/ready` as a load balancer sees it. */
  async readiness(): Promise<{ status: number; engines: Record<string, string> }> {
    const response = await fetch(`${this.apiUrl}/ready`);
    const body = (await response.json()) as { info?: Record<string, { status: string }>; error?: Record<string, { status: string }> };
    const engines = Object.fromEntries(Object.entries({ ...body.info, ...body.error }).map(([name, { status }]) => [name, status]));
    return { status: response.status, engines };
  }

  /** The one number a `SELECT count(*) …` returns. */
  async count(sql: string, parameters: unknown[] = []): Promise<number> {
    const { rows } = await this.sql.query<Record<string, unknown>>(sql, parameters);
    return Number(Object.values(rows[0] ?? {})[0] ?? 0);
  }

  /** Events committed but not yet handed to the job queue. */
  outboxBacklog(): Promise<number> {
    return this.count(`SELECT count(*) FROM outbox_messages WHERE dispatched_at IS NULL`);
  }

  /** Error and fatal log lines of every process this stack ran. */
  errorLogs(): string[] {
    return this.processes.flatMap((process) => process.errorLogs());
  }

  async dispose(): Promise<void> {
    await Promise.all(this.processes.map((process) => process.stop('SIGKILL')));
    await this.sql.end();
    await Promise.all([this.postgres.dispose(), this.redis.dispose(), this.meilisearch.dispose()]);
    await rm(this.dataDir, { recursive: true, force: true });
  }

  private spawn(entry: 'api' | 'worker', env: Record<string, string>): AppProcess {
    const started = AppProcess.start(entry, { ...this.env, ...env });
    this.processes.push(started);
    return started;
  }
}

/**
 * A stack and a webhook receiver for the tests of one file: started before them, removed after them.
 * Read `stack` and `receiver` inside the tests, once they exist.
 */
export function faultStackForThisFile(): { stack: FaultStack; receiver: WebhookReceiver } {
  const context = {} as { stack: FaultStack; receiver: WebhookReceiver };
  beforeAll(async () => {
    context.receiver = await WebhookReceiver.start();
    context.stack = await FaultStack.start();
  });
  afterAll(async () => {
    await context.stack?.dispose();
    await context.receiver?.close();
  });
  return context;
}
