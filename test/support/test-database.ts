import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import type { DatabaseConfig } from '@magmatch/core';
import { EmbeddedPostgres, dataSourceOptions, openDataSource } from '@magmatch/database';
import { realEngineUrl, uniqueName } from './real-engines.js';

export type DatabaseEngine = DatabaseConfig['engine'];

/** PGlite always; PostgreSQL too when DATABASE_URL is set. */
export function databaseEnginesUnderTest(): DatabaseEngine[] {
  if (realEngineUrl('postgres') && onlyRealEngines()) return ['postgres'];
  return realEngineUrl('postgres') ? ['pglite', 'postgres'] : ['pglite'];
}

/**
 * `MAGMATCH_TEST_ONLY_REAL_ENGINES=1`: suites that run once per engine skip the embedded one. CI sets it for
 * its real-engine run, after the newcomer's run of the same commit has run them all on the embedded engines.
 */
export function onlyRealEngines(): boolean {
  return process.env.MAGMATCH_TEST_ONLY_REAL_ENGINES === '1';
}

/** Where a test's own, empty database lives; `dispose` removes it. */
export interface IsolatedDatabase {
  readonly config: DatabaseConfig;
  /** The DATA_DIR to run the app with (holds the PGlite copy in embedded mode). */
  readonly dataDir: string;
  dispose(): Promise<void>;
}

/** A fresh PGlite directory copied from the template, or a fresh schema on the real PostgreSQL. */
export async function isolatedDatabase(engine: DatabaseEngine): Promise<IsolatedDatabase> {
  const dataDir = await mkdtemp(join(tmpdir(), 'magmatch-test-'));
  if (engine === 'pglite') {
    const pgliteDir = join(dataDir, 'pglite');
    await cp(pgliteTemplate(), pgliteDir, { recursive: true });
    return {
      config: { engine: 'pglite', dataDir: pgliteDir, schema: 'public' },
      dataDir,
      dispose: () => rm(dataDir, { recursive: true, force: true }),
    };
  }
  const url = realEngineUrl('postgres')!;
  const schema = uniqueName();
  return {
    config: { engine: 'postgres', url, schema },
    dataDir,
    async dispose() {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await client.end();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** A migrated database with a TypeORM DataSource, for tests below the application. */
export interface TestDataSource {
  readonly engine: DatabaseEngine;
  readonly dataSource: DataSource;
  close(): Promise<void>;
}

export async function openTestDataSource(engine: DatabaseEngine): Promise<TestDataSource> {
  const database = await isolatedDatabase(engine);
  const server = database.config.engine === 'pglite' ? await EmbeddedPostgres.start(database.config.dataDir) : undefined;
  const dataSource = await openDataSource(dataSourceOptions(database.config, server?.url), true);
  return {
    engine,
    dataSource,
    async close() {
      await dataSource.destroy();
      await server?.stop();
      await database.dispose();
    },
  };
}

/** The initialised PGlite directory made by the global setup; copying it opens in ~1.5 s instead of ~10 s. */
function pgliteTemplate(): string {
  const template = process.env.MAGMATCH_PGLITE_TEMPLATE;
  if (!template) throw new Error('MAGMATCH_PGLITE_TEMPLATE is unset: run the tests through `npm test`');
  return template;
}
