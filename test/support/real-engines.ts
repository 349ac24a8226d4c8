/** The real servers a test run may use, each named by the variable that points at it. */
export const REAL_ENGINES = {
  postgres: 'DATABASE_URL',
  redis: 'REDIS_URL',
  meilisearch: 'MEILI_URL',
} as const;

export type RealEngine = keyof typeof REAL_ENGINES;

export function realEngineUrl(engine: RealEngine): string | undefined {
  return process.env[REAL_ENGINES[engine]] || undefined;
}

export function missingRealEngines(): RealEngine[] {
  return (Object.keys(REAL_ENGINES) as RealEngine[]).filter((engine) => !realEngineUrl(engine));
}

/** A name unique to this test file run, usable as a schema, queue prefix or index prefix. */
export function uniqueName(prefix = 't'): string {
  return `${prefix}_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
}
