import { afterEach, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { AppProcess, freePort } from '../support/process.js';
import { isolatedDatabase } from '../support/test-database.js';
import { realEngineUrl, uniqueName } from '../support/real-engines.js';

const HEALTH = { query: '{ health { database { engine up } queue { engine up } search { engine up } } }' };

async function health(port: number) {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(HEALTH),
  });
  return (await response.json()) as { data: { health: Record<string, { engine: string; up: boolean }> } };
}

describe('starting MagMatch as a process', () => {
  const cleanups: (() => Promise<unknown>)[] = [];

  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it.each([
    ['DATABASE_URL', 'postgres//missing-colon', 'is not a valid URL'],
    ['DATABASE_URL', 'mongodb://127.0.0.1/x', 'unknown engine "mongodb"'],
    ['REDIS_URL', 'http://127.0.0.1:6379', 'unknown engine "http"'],
  ])('exits at once with one line when %s is %s', async (variable, value, problem) => {
    const app = AppProcess.start('api', { [variable]: value, JWT_SECRET: 'x'.repeat(32) });
    expect(await app.exited()).toBe(1);
    expect(app.output.trim().split('\n')).toEqual([expect.stringContaining(`MagMatch cannot start: ${variable}: ${problem}`)]);
  });

  it('runs on the embedded engines with no configuration, keeps its data across a restart and stops cleanly', async () => {
    const database = await isolatedDatabase('pglite');
    cleanups.push(() => database.dispose());
    const port = await freePort();
    const env = { DATA_DIR: database.dataDir, PORT: String(port) };

    const first = AppProcess.start('api', env);
    cleanups.push(() => first.stop('SIGKILL'));
    await first.waitForLog('MagMatch API ready');
    expect((await health(port)).data.health).toEqual({
      database: { engine: 'pglite', up: true },
      queue: { engine: 'embedded', up: true },
      search: { engine: 'embedded', up: true },
    });
    expect(await first.stop()).toBe(0);
    expect(first.errorLogs()).toEqual([]);

    // Leave a mark in the stopped database, then check the next start sees it and keeps its secret.
    const pglite = await PGlite.create({ dataDir: join(database.dataDir, 'pglite') });
    await pglite.query(`INSERT INTO job_receipts (idempotency_key) VALUES ('restart-marker')`);
    const migrations = await pglite.query<{ n: number }>(`SELECT count(*)::int AS n FROM migrations`);
    await pglite.close();

    const second = AppProcess.start('api', env);
    cleanups.push(() => second.stop('SIGKILL'));
    await second.waitForLog('MagMatch API ready');
    expect((await health(port)).data.health.database).toEqual({ engine: 'pglite', up: true });
    expect(await second.stop()).toBe(0);

    const reopened = await PGlite.create({ dataDir: join(database.dataDir, 'pglite') });
    const marker = await reopened.query(`SELECT 1 FROM job_receipts WHERE idempotency_key = 'restart-marker'`);
    const migrationsAfter = await reopened.query<{ n: number }>(`SELECT count(*)::int AS n FROM migrations`);
    await reopened.close();
    expect(marker.rows).toHaveLength(1);
    expect(migrationsAfter.rows[0]!.n).toBe(migrations.rows[0]!.n);
  });

  const postgres = realEngineUrl('postgres');
  const redis = realEngineUrl('redis');
  if (postgres && redis) {
    it('uses PostgreSQL and BullMQ when their URLs are set, in the API and in a separate worker', async () => {
      const schema = uniqueName();
      const database = await isolatedDatabase('postgres');
      cleanups.push(() => database.dispose());
      const [port, workerPort] = [await freePort(), await freePort()];
      const env = {
        DATABASE_URL: postgres,
        DATABASE_SCHEMA: database.config.schema,
        REDIS_URL: redis,
        QUEUE_PREFIX: schema,
        JWT_SECRET: 'a-test-secret-that-is-long-enough-for-signing',
        PORT: String(port),
        WORKER_HEALTH_PORT: String(workerPort),
        DATA_DIR: database.dataDir,
      };
      const api = AppProcess.start('api', { ...env, API_RUNS_WORKER: 'false' });
      cleanups.push(() => api.stop('SIGKILL'));
      await api.waitForLog('MagMatch API ready');
      expect(api.output).toContain('"database":"postgres postgres://');
      expect(api.output).toContain('"queue":"bullmq redis://');
      expect((await health(port)).data.health).toMatchObject({
        database: { engine: 'postgres', up: true },
        queue: { engine: 'bullmq', up: true },
      });

      const worker = AppProcess.start('worker', env);
      cleanups.push(() => worker.stop('SIGKILL'));
      await worker.waitForLog('MagMatch worker ready');
      expect(worker.output).toContain('"msg":"worker started"');
      const ready = await fetch(`http://127.0.0.1:${workerPort}/ready`);
      expect(ready.status).toBe(200);
      expect(await fetch(`http://127.0.0.1:${workerPort}/graphql`, { method: 'POST' }).then((r) => r.status)).toBe(404);

      expect(await worker.stop()).toBe(0);
      expect(worker.output).toContain('"msg":"worker stopped"');
      expect(await api.stop()).toBe(0);
      expect([...api.errorLogs(), ...worker.errorLogs()]).toEqual([]);
    });
  }
});
