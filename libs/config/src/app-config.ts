/** The validated configuration every module reads; built once at boot by {@link loadConfig}. */
export interface AppConfig {
  readonly nodeEnv: 'development' | 'production' | 'test';
  readonly port: number;
  readonly workerHealthPort: number;
  readonly logLevel: LogLevel;
  readonly dataDir: string;
  readonly database: DatabaseConfig;
  readonly migrationsRun: boolean;
  readonly queue: QueueConfig;
  readonly search: SearchConfig;
  readonly jwtSecret: JwtSecretSource;
  /** The first moderator, created at start when no user has that e-mail. */
  readonly bootstrapModerator: { readonly email: string; readonly password: string } | null;
  /** Whether the API process also consumes jobs and relays the outbox (always true in embedded mode). */
  readonly apiRunsWorker: boolean;
  readonly notifications: NotificationsConfig;
  readonly http: HttpConfig;
}

/** What the HTTP edge lets through. */
export interface HttpConfig {
  /** Origins a browser may call the API from (CORS); empty: same origin only. */
  readonly corsOrigins: readonly string[];
  /** Requests per minute one client address may send to /graphql. */
  readonly rateLimitPerMinute: number;
  /** Requests per minute one signed-in account may send to /graphql, from however many addresses. */
  readonly rateLimitPerAccountPerMinute: number;
}

/** How the notification centre reaches people outside the app. */
export interface NotificationsConfig {
  /** `smtp://user:pass@host:port`; without it, e-mails are written as `.eml` files under `mailDir`. */
  readonly smtpUrl: string | null;
  readonly mailDir: string;
  readonly mailFrom: string;
  /** Lets webhooks reach loopback and private addresses (tests and closed networks only). */
  readonly webhookAllowPrivate: boolean;
  readonly webhookTimeoutMs: number;
  /** Tries per e-mail or webhook delivery, the first included, before it is DEAD. */
  readonly deliveryAttempts: number;
  /** The first retry waits about this long (with jitter); each further one twice as long. */
  readonly deliveryBackoffMs: number;
  /** Recipients per fan-out job. */
  readonly fanOutBatchSize: number;
  /** Sends per second per worker process, by channel. */
  readonly emailsPerSecond: number;
  readonly webhooksPerSecond: number;
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export type DatabaseConfig =
  | { readonly engine: 'postgres'; readonly url: string; readonly schema: string }
  | { readonly engine: 'pglite'; readonly dataDir: string; readonly schema: string };

/**
 * `leaseMs`: how long a job whose worker died (or stopped renewing its lock) stays claimed before another
 * worker runs it again. Short leases recover faster after a crash; a handler must never block the event
 * loop for that long.
 */
export type QueueConfig =
  | { readonly engine: 'bullmq'; readonly url: string; readonly prefix: string; readonly leaseMs: number }
  | { readonly engine: 'embedded'; readonly prefix: string; readonly leaseMs: number };

export type SearchConfig =
  | { readonly engine: 'meilisearch'; readonly url: string; readonly apiKey: string; readonly indexPrefix: string }
  | { readonly engine: 'embedded'; readonly indexPrefix: string };

/** A secret given in the environment, or one MagMatch generates once and keeps in `DATA_DIR`. */
export type JwtSecretSource =
  | { readonly kind: 'given'; readonly value: string }
  | { readonly kind: 'generated'; readonly file: string };

export type DatabaseEngine = DatabaseConfig['engine'];
export type QueueEngine = QueueConfig['engine'];
export type SearchEngineName = SearchConfig['engine'];
