import { describe, expect, it } from '@jest/globals';
import { ConfigError } from './config.error.js';
import { loadConfig } from './load-config.js';

const SECRET = 'a-secret-of-at-least-thirty-two-characters';

describe('loadConfig', () => {
  it('chooses every embedded engine when no engine URL is set', () => {
    const config = loadConfig({ DATA_DIR: '/srv/magmatch' });
    expect(config.database).toEqual({ engine: 'pglite', dataDir: '/srv/magmatch/pglite', schema: 'public' });
    expect(config.queue.engine).toBe('embedded');
    expect(config.search.engine).toBe('embedded');
    expect(config.jwtSecret).toEqual({ kind: 'generated', file: '/srv/magmatch/jwt-secret' });
    expect(config).toMatchObject({ port: 3000, migrationsRun: true, logLevel: 'info', apiRunsWorker: true });
  });

  it('chooses PostgreSQL, BullMQ and Meilisearch from their URLs', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test',
      REDIS_URL: 'redis://127.0.0.1:6379',
      MEILI_URL: 'http://127.0.0.1:7700/',
      MEILI_MASTER_KEY: 'key',
      JWT_SECRET: SECRET,
      MIGRATIONS_RUN: 'false',
    });
    expect(config.database).toMatchObject({ engine: 'postgres', url: 'postgres://postgres@127.0.0.1:5432/test' });
    expect(config.queue).toMatchObject({ engine: 'bullmq', url: 'redis://127.0.0.1:6379' });
    expect(config.search).toMatchObject({ engine: 'meilisearch', url: 'http://127.0.0.1:7700', apiKey: 'key' });
    expect(config.migrationsRun).toBe(false);
  });

  it('reads the notification channels and queue lease, with defaults for each', () => {
    expect(loadConfig({ DATA_DIR: '/srv/magmatch' }).notifications).toMatchObject({
      smtpUrl: null,
      mailDir: '/srv/magmatch/outbox-mail',
      webhookAllowPrivate: false,
      deliveryAttempts: 6,
      fanOutBatchSize: 500,
    });
    const config = loadConfig({ SMTP_URL: 'smtp://mail.example:2525', WEBHOOK_ALLOW_PRIVATE: 'true', DELIVERY_ATTEMPTS: '3', QUEUE_LEASE_MS: '5000' });
    expect(config.notifications).toMatchObject({ smtpUrl: 'smtp://mail.example:2525', webhookAllowPrivate: true, deliveryAttempts: 3 });
    expect(config.queue.leaseMs).toBe(5_000);
  });

  it.each([
    [{ SMTP_URL: 'http://mail.example' }, 'SMTP_URL: unknown engine "http" (expected smtp:// or smtps://)'],
    [{ DELIVERY_ATTEMPTS: '0' }, 'DELIVERY_ATTEMPTS: must be a whole number of at least 1, got "0"'],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL: is not a valid URL (expected postgres://host:port/...)'],
    [{ DATABASE_URL: 'mysql://db:3306/x' }, 'DATABASE_URL: unknown engine "mysql" (expected postgres:// or postgresql://)'],
    [{ REDIS_URL: 'memcached://cache' }, 'REDIS_URL: unknown engine "memcached" (expected redis:// or rediss://)'],
    [{ MEILI_URL: 'http://127.0.0.1:7700' }, 'MEILI_MASTER_KEY: is required when MEILI_URL is set'],
    [{ PORT: '80000' }, 'PORT: must be a port number from 0 to 65535, got "80000"'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL: must be one of fatal, error, warn, info, debug, trace, silent, got "loud"'],
    [{ MIGRATIONS_RUN: 'maybe' }, 'MIGRATIONS_RUN: must be true or false, got "maybe"'],
    [{ JWT_SECRET: 'short' }, 'JWT_SECRET: must be at least 32 characters long'],
    [{ QUEUE_PREFIX: 'Robert"); DROP' }, 'QUEUE_PREFIX: must be lower-case letters, digits and underscores, got "Robert"); DROP"'],
  ])('refuses %j with a message naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(new ConfigError(message.split(':')[0]!, message.slice(message.indexOf(':') + 2)));
  });

  it('refuses a production database without JWT_SECRET rather than generating one', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://db/magmatch' })).toThrow(
      'JWT_SECRET: is required when DATABASE_URL points at a production database',
    );
  });

  it('refuses to run the embedded database without the in-process worker', () => {
    expect(() => loadConfig({ API_RUNS_WORKER: 'false' })).toThrow(/^API_RUNS_WORKER: must be true with the embedded database/);
  });
});
