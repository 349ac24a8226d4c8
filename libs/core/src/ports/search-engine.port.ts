/**
 * The search engine port. Two adapters implement it: Meilisearch (production) and an in-process
 * engine (the embedded default).
 */
export interface SearchEngine {
  /** `meilisearch` or `embedded`; shown by health checks and the start-up log. */
  readonly engine: string;
  /** True when the engine answers. */
  isHealthy(): Promise<boolean>;
}

/** Injection token of the {@link SearchEngine} chosen by configuration. */
export const SEARCH_ENGINE = Symbol('SEARCH_ENGINE');
