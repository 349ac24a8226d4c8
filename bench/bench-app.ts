import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { loadConfig, type AppConfig } from '@magmatch/core';
import { WorkerModule } from '../apps/worker/src/worker.module.js';
import { DemoMarketModule } from '../seeds/demo-market.seeder.js';

/** `embedded`: PGlite, the database queue, the in-process index. `real`: PostgreSQL, BullMQ, Meilisearch (when set). */
export type Engines = 'embedded' | 'real';

export const BENCH_SECRET = 'a-benchmark-secret-that-is-long-enough';

/** A throwaway data directory (embedded) or schema and prefixes (real), and the environment naming them. */
export interface BenchEnvironment {
  readonly engines: Engines;
  readonly env: Record<string, string>;
  dispose(): Promise<void>;
}

export async function benchEnvironment(engines: Engines): Promise<BenchEnvironment> {
  const dataDir = await mkdtemp(join(tmpdir(), 'magmatch-bench-'));
  const schema = `bench_${Date.now()}`;
  const env: Record<string, string> = {
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    JWT_SECRET: BENCH_SECRET,
    ...(engines === 'real'
      ? {
          DATABASE_URL: process.env.DATABASE_URL!,
          DATABASE_SCHEMA: schema,
          REDIS_URL: process.env.REDIS_URL!,
          QUEUE_PREFIX: schema,
          ...(process.env.MEILI_URL ? { MEILI_URL: process.env.MEILI_URL, MEILI_MASTER_KEY: process.env.MEILI_MASTER_KEY ?? '', SEARCH_INDEX_PREFIX: schema } : {}),
        }
      : {}),
  };
  return {
    engines,
    env,
    async dispose() {
      if (engines === 'real') {
        const { default: pg } = await import('pg');
        const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
        await client.connect();
        await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
        await client.end();
      }
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export interface BenchApp {
  readonly app: INestApplicationContext;
  readonly config: AppConfig;
  close(): Promise<void>;
}

/** The worker's modules (jobs consumed in this process) in a bench environment. */
export async function startBenchApp(environment: BenchEnvironment, env: Record<string, string> = {}): Promise<BenchApp> {
  const config = loadConfig({ ...environment.env, ...env });
  const app = await NestFactory.createApplicationContext(
    { module: class Bench {}, imports: [WorkerModule.forRoot(config, BENCH_SECRET), DemoMarketModule] },
    { logger: ['error', 'warn'] },
  );
  return { app, config, close: () => app.close() };
}

/** The engine sets to measure: always embedded; real when the URLs it needs are set. */
export function enginesToMeasure(needs: readonly ('DATABASE_URL' | 'REDIS_URL' | 'MEILI_URL')[]): Engines[] {
  const missing = needs.filter((name) => !process.env[name]);
  if (missing.length === 0) return ['embedded', 'real'];
  log(`real engines skipped: set ${missing.join(', ')}`);
  return ['embedded'];
}

export const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! * 10) / 10;
};

export const median = (values: number[]) => percentile(values, 50);

/** How long `work` took, in milliseconds. */
export async function elapsedMs(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

export const log = (message: string) => process.stdout.write(`${message}\n`);

/** A progress printer that says where it is at most once a second (and at the end). */
export function progressPrinter(prefix: string) {
  let last = 0;
  return (what: string, done: number, total: number) => {
    if (done === total || Date.now() - last > 1_000) {
      log(`${prefix} ${what}: ${done}/${total}`);
      last = Date.now();
    }
  };
}

/** Prints the table and writes `bench/results/<name>-<date>.json`. */
export async function report(name: string, results: object[]): Promise<void> {
  console.table(results);
  await mkdir(join(process.cwd(), 'bench', 'results'), { recursive: true });
  const file = join(process.cwd(), 'bench', 'results', `${name}-${new Date().toISOString().slice(0, 10)}.json`);
  await writeFile(file, JSON.stringify({ date: new Date().toISOString(), results }, null, 2));
  log(`written to ${file}`);
}

/** One benchmark: `run` returns the rows of its table. `smoke` runs it at tiny sizes to check it still works. */
export interface Bench {
  readonly name: string;
  readonly about: string;
  run(options: { smoke: boolean }): Promise<object[]>;
}

/** Starts a built entry point; with BENCH_PROFILE_DIR set, MagMatch's processes write CPU profiles there. */
export function start(script: string, env: Record<string, string>, processes: ChildProcess[]): ChildProcess {
  const profile = process.env.BENCH_PROFILE_DIR && !script.includes('baseline') ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`] : [];
  const child = spawn(process.execPath, [...profile, join(process.cwd(), script)], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
  processes.push(child);
  return child;
}

/** Waits until `url` answers 200 (a POST sends a GraphQL `__typename` query). */
export async function ready(url: string, method = 'GET', timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const status = await fetch(url, { method, headers: { 'content-type': 'application/json' }, body: method === 'POST' ? '{"query":"{__typename}"}' : undefined })
      .then((response) => response.status)
      .catch(() => 0);
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${url} not ready after ${timeoutMs} ms`);
}
