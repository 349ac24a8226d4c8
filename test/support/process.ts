import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import type { GraphqlClient, GraphqlResponse } from './test-app.js';
import { waitFor } from './wait-for.js';

export { freePort } from './global-setup.js';

/** A built MagMatch entry point (`npm test` builds first) running as its own process. */
export class AppProcess {
  output = '';

  private constructor(private readonly child: ChildProcessWithoutNullStreams) {
    child.stdout.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
  }

  static start(entry: 'api' | 'worker', env: Record<string, string>): AppProcess {
    const main = join(process.cwd(), 'dist', 'apps', entry, 'src', 'main.js');
    const child = spawn(process.execPath, [main], { env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'info', ...env } });
    return new AppProcess(child);
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Resolves with the exit code, or the signal that ended the process. */
  exited(): Promise<number | NodeJS.Signals | null> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) {
      return Promise.resolve(this.child.exitCode ?? this.child.signalCode);
    }
    return new Promise((resolve) => this.child.once('exit', (code, signal) => resolve(code ?? signal)));
  }

  async waitForLog(text: string, timeoutMs = 60_000): Promise<void> {
    await waitFor(`"${text}" in the process output:\n${this.output}`, () => this.output.includes(text) || this.child.exitCode !== null || this.child.signalCode !== null, timeoutMs);
    if (!this.output.includes(text)) throw new Error(`process exited before logging "${text}":\n${this.output}`);
  }

  /** JSON log lines at level warn (40). */
  warnings(): string[] {
    return this.output.split('\n').filter((line) => line.includes('"level":40'));
  }

  /** JSON log lines at level error (50) or fatal (60). */
  errorLogs(): string[] {
    return this.output.split('\n').filter((line) => /"level":(50|60)/.test(line));
  }

  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<number | NodeJS.Signals | null> {
    const exit = this.exited();
    this.child.kill(signal);
    return exit;
  }
}

/** GraphQL over HTTP to an API process, as a client would call it. */
export class HttpGraphqlClient implements GraphqlClient {
  constructor(readonly baseUrl: string) {}

  async graphql<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GraphqlResponse<T>> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: (await response.json()) as GraphqlResponse<T>['body'] };
  }
}
