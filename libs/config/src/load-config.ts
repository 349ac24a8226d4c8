import { join, resolve } from 'node:path';
import {
  LOG_LEVELS,
  type AppConfig,
  type DatabaseConfig,
  type JwtSecretSource,
  type HttpConfig,
  type LogLevel,
  type NotificationsConfig,
  type QueueConfig,
  type SearchConfig,
} from './app-config.js';
import { ConfigError } from './config.error.js';

type Env = Readonly<Record<string, string | undefined>>;

const MIN_JWT_SECRET_LENGTH = 32;
const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Reads and validates the environment. Throws a {@link ConfigError} naming the first bad variable,
 * so the process can exit with one line instead of a stack trace.
 *
 * An engine URL that is absent selects the embedded default for that port; its scheme names the engine.
 */
export function loadConfig(env: Env = process.env): AppConfig {
  const dataDir = resolve(text(env, 'DATA_DIR') ?? '.data');
  const database = databaseConfig(env, dataDir);
  const nodeEnv = oneOf(env, 'NODE_ENV', ['development', 'production', 'test'] as const, 'development');
  const apiRunsWorker = bool(env, 'API_RUNS_WORKER', true);
  if (!apiRunsWorker && database.engine === 'pglite') {
    throw new ConfigError(
      'API_RUNS_WORKER',
      'must be true with the embedded database: no separate worker can share it (set DATABASE_URL to split them)',
    );
  }
  return {
    nodeEnv,
    port: portNumber(env, 'PORT', 3000),
    workerHealthPort: portNumber(env, 'WORKER_HEALTH_PORT', 3001),
    logLevel: oneOf<LogLevel>(env, 'LOG_LEVEL', LOG_LEVELS, 'info'),
    dataDir,
    database,
    migrationsRun: bool(env, 'MIGRATIONS_RUN', true),
    queue: queueConfig(env),
    search: searchConfig(env),
    jwtSecret: jwtSecret(env, database, dataDir),
    bootstrapModerator: bootstrapModerator(env),
    apiRunsWorker,
    notifications: notificationsConfig(env, dataDir),
    http: httpConfig(env),
  };
}

function httpConfig(env: Env): HttpConfig {
  const origins = (text(env, 'CORS_ORIGINS') ?? '').split(',').map((origin) => origin.trim()).filter(Boolean);
  for (const origin of origins) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = undefined;
    }
    if (!parsed || !['http:', 'https:'].includes(parsed.protocol) || parsed.origin !== origin) {
      throw new ConfigError('CORS_ORIGINS', `"${origin}" is not an origin like https://app.example.com (scheme, host, optional port; no path)`);
    }
  }
  return {
    corsOrigins: origins,
    rateLimitPerMinute: positiveInteger(env, 'RATE_LIMIT_PER_MINUTE', 600),
    rateLimitPerAccountPerMinute: positiveInteger(env, 'RATE_LIMIT_PER_ACCOUNT_PER_MINUTE', 300),
  };
}

function notificationsConfig(env: Env, dataDir: string): NotificationsConfig {
  return {
    smtpUrl: engineUrl(env, 'SMTP_URL', ['smtp:', 'smtps:'])?.href ?? null,
    mailDir: join(dataDir, 'outbox-mail'),
    mailFrom: text(env, 'MAIL_FROM') ?? 'MagMatch <notifications@magmatch.local>',
    webhookAllowPrivate: bool(env, 'WEBHOOK_ALLOW_PRIVATE', false),
    webhookTimeoutMs: positiveInteger(env, 'WEBHOOK_TIMEOUT_MS', 5_000),
    deliveryAttempts: positiveInteger(env, 'DELIVERY_ATTEMPTS', 6),
    deliveryBackoffMs: positiveInteger(env, 'DELIVERY_BACKOFF_MS', 30_000),
    fanOutBatchSize: positiveInteger(env, 'FAN_OUT_BATCH_SIZE', 500),
    emailsPerSecond: positiveInteger(env, 'EMAILS_PER_SECOND', 20),
    webhooksPerSecond: positiveInteger(env, 'WEBHOOKS_PER_SECOND', 200),
  };
}

function databaseConfig(env: Env, dataDir: string): DatabaseConfig {
  const schema = identifier(env, 'DATABASE_SCHEMA', 'public');
  const url = engineUrl(env, 'DATABASE_URL', ['postgres:', 'postgresql:']);
  return url
    ? { engine: 'postgres', url: url.href, schema }
    : { engine: 'pglite', dataDir: join(dataDir, 'pglite'), schema };
}

function queueConfig(env: Env): QueueConfig {
  const prefix = identifier(env, 'QUEUE_PREFIX', 'magmatch');
  const url = engineUrl(env, 'REDIS_URL', ['redis:', 'rediss:']);
  const leaseMs = positiveInteger(env, 'QUEUE_LEASE_MS', 30_000);
  return url ? { engine: 'bullmq', url: url.href, prefix, leaseMs } : { engine: 'embedded', prefix, leaseMs };
}

function searchConfig(env: Env): SearchConfig {
  const indexPrefix = identifier(env, 'SEARCH_INDEX_PREFIX', 'magmatch');
  const url = engineUrl(env, 'MEILI_URL', ['http:', 'https:']);
  if (!url) return { engine: 'embedded', indexPrefix };
  const apiKey = text(env, 'MEILI_MASTER_KEY');
  if (!apiKey) throw new ConfigError('MEILI_MASTER_KEY', 'is required when MEILI_URL is set');
  return { engine: 'meilisearch', url: url.href.replace(/\/$/, ''), apiKey, indexPrefix };
}

function jwtSecret(env: Env, database: DatabaseConfig, dataDir: string): JwtSecretSource {
  const value = text(env, 'JWT_SECRET');
  if (value !== undefined) {
    if (value.length < MIN_JWT_SECRET_LENGTH) {
      throw new ConfigError('JWT_SECRET', `must be at least ${MIN_JWT_SECRET_LENGTH} characters long`);
    }
    return { kind: 'given', value };
  }
  if (database.engine === 'postgres') {
    throw new ConfigError('JWT_SECRET', 'is required when DATABASE_URL points at a production database');
  }
  return { kind: 'generated', file: join(dataDir, 'jwt-secret') };
}

function bootstrapModerator(env: Env): AppConfig['bootstrapModerator'] {
  const email = text(env, 'BOOTSTRAP_MODERATOR_EMAIL');
  const password = text(env, 'BOOTSTRAP_MODERATOR_PASSWORD');
  if (!email && !password) return null;
  if (!email) throw new ConfigError('BOOTSTRAP_MODERATOR_EMAIL', 'is required with BOOTSTRAP_MODERATOR_PASSWORD');
  if (!password) throw new ConfigError('BOOTSTRAP_MODERATOR_PASSWORD', 'is required with BOOTSTRAP_MODERATOR_EMAIL');
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) throw new ConfigError('BOOTSTRAP_MODERATOR_EMAIL', 'is not an e-mail address');
  if (password.length < 10) throw new ConfigError('BOOTSTRAP_MODERATOR_PASSWORD', 'must be at least 10 characters long');
  return { email: email.toLowerCase(), password };
}

function text(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

function engineUrl(env: Env, name: string, schemes: readonly string[]): URL | undefined {
  const value = text(env, name);
  if (value === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(name, `is not a valid URL (expected ${schemes[0]}//host:port/...)`);
  }
  if (!schemes.includes(url.protocol)) {
    const engine = url.protocol.replace(/:$/, '');
    throw new ConfigError(name, `unknown engine "${engine}" (expected ${schemes.map((s) => `${s}//`).join(' or ')})`);
  }
  if (!url.hostname) throw new ConfigError(name, 'has no host');
  return url;
}

function positiveInteger(env: Env, name: string, fallback: number): number {
  const value = text(env, name);
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isSafeInteger(number) || number < 1) throw new ConfigError(name, `must be a whole number of at least 1, got "${value}"`);
  return number;
}

function portNumber(env: Env, name: string, fallback: number): number {
  const value = text(env, name);
  if (value === undefined) return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(name, `must be a port number from 0 to 65535, got "${value}"`);
  }
  return port;
}

function bool(env: Env, name: string, fallback: boolean): boolean {
  const value = text(env, name)?.toLowerCase();
  if (value === undefined) return fallback;
  if (['true', '1', 'yes'].includes(value)) return true;
  if (['false', '0', 'no'].includes(value)) return false;
  throw new ConfigError(name, `must be true or false, got "${value}"`);
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const value = text(env, name);
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new ConfigError(name, `must be one of ${allowed.join(', ')}, got "${value}"`);
}

function identifier(env: Env, name: string, fallback: string): string {
  const value = text(env, name) ?? fallback;
  if (!IDENTIFIER.test(value)) {
    throw new ConfigError(name, `must be lower-case letters, digits and underscores, got "${value}"`);
  }
  return value;
}
