import type { AppConfig } from './app-config.js';
import { ConfigError } from './config.error.js';
import { resolveJwtSecret } from './jwt-secret.js';
import { loadConfig } from './load-config.js';

/**
 * Loads the configuration before anything else starts. A bad value ends the process with one line
 * naming the variable, not a stack trace.
 */
export async function bootConfig(): Promise<{ config: AppConfig; jwtSecret: string }> {
  try {
    const config = loadConfig();
    return { config, jwtSecret: await resolveJwtSecret(config.jwtSecret) };
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`MagMatch cannot start: ${error.message}\n`);
    process.exit(1);
  }
}

/** One log line that says which engine serves each port. */
export function describeEngines(config: AppConfig): Record<string, string> {
  return {
    database: config.database.engine === 'postgres' ? `postgres ${redact(config.database.url)}` : `pglite ${config.database.dataDir}`,
    queue: config.queue.engine === 'bullmq' ? `bullmq ${redact(config.queue.url)}` : 'embedded (database tables)',
    search: config.search.engine === 'meilisearch' ? `meilisearch ${config.search.url}` : 'embedded (in-process)',
  };
}

function redact(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.href;
}
