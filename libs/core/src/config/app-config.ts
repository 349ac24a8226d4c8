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
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export type DatabaseConfig =
  | { readonly engine: 'postgres'; readonly url: string; readonly schema: string }
  | { readonly engine: 'pglite'; readonly dataDir: string; readonly schema: string };

export type QueueConfig =
  | { readonly engine: 'bullmq'; readonly url: string; readonly prefix: string }
  | { readonly engine: 'embedded'; readonly prefix: string };

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
