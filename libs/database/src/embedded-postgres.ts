import { mkdir, open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/**
 * PostgreSQL's settings for one embedded session. Its shared buffers live in the WebAssembly memory, which
 * never shrinks: PostgreSQL's default of 128 MB held about 100 MB more of the process than 16 MB does
 * (reopening a database: 289 MB against 185 MB resident), for a cache the operating system's file cache
 * already provides under PGlite's files.
 */
const LEAN_SETTINGS = ['-c', 'shared_buffers=16MB'];

/**
 * PostgreSQL compiled to WebAssembly (PGlite), kept in a data directory and served on a loopback
 * port, so the application reaches it with the same `pg` driver, SQL and migrations as a real server.
 *
 * PGlite has one session: the socket server admits one connection, and the pool must not exceed it.
 */
export class EmbeddedPostgres {
  static readonly maxConnections = 1;
  private static readonly openInThisProcess = new Set<string>();

  private constructor(
    private readonly db: PGlite,
    private readonly server: PGLiteSocketServer,
    private readonly dataDir: string,
    private readonly lockFile: string,
  ) {}

  /** Opens (or on first use, initialises: ~10 s) the database in `dataDir` and serves it. */
  static async start(dataDir: string): Promise<EmbeddedPostgres> {
    await mkdir(dataDir, { recursive: true });
    if (EmbeddedPostgres.openInThisProcess.has(dataDir)) {
      throw new Error(`the embedded database ${dataDir} is already open in this process`);
    }
    const lockFile = `${dataDir}.lock`;
    await takeLock(lockFile);
    EmbeddedPostgres.openInThisProcess.add(dataDir);
    try {
      const db = await PGlite.create({ dataDir, startParams: [...PGlite.defaultStartParams, ...LEAN_SETTINGS] });
      const server = new PGLiteSocketServer({
        db,
        host: '127.0.0.1',
        port: 0,
        maxConnections: EmbeddedPostgres.maxConnections,
      });
      await server.start();
      return new EmbeddedPostgres(db, server, dataDir, lockFile);
    } catch (error) {
      EmbeddedPostgres.openInThisProcess.delete(dataDir);
      await rm(lockFile, { force: true });
      throw error;
    }
  }

  /** A `postgres://` URL of the loopback server. */
  get url(): string {
    return `postgres://postgres@${this.server.getServerConn()}/postgres`;
  }

  async stop(): Promise<void> {
    await this.server.stop();
    await this.db.close();
    EmbeddedPostgres.openInThisProcess.delete(this.dataDir);
    await rm(this.lockFile, { force: true });
  }
}

/**
 * PGlite would corrupt a data directory that two processes write: refuse a second opener. A lock left
 * by a process that is gone (or that had our pid, as in a restarted container) is stale.
 */
async function takeLock(lockFile: string): Promise<void> {
  try {
    const handle = await open(lockFile, 'wx');
    await handle.writeFile(String(process.pid));
    await handle.close();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const owner = Number(await readFile(lockFile, 'utf8'));
    if (isRunning(owner)) {
      throw new Error(`the embedded database ${join(lockFile, '..')} is in use by process ${owner}`);
    }
    await rm(lockFile, { force: true });
    await takeLock(lockFile);
  }
}

function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
