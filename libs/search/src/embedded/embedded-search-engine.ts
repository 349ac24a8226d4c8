import type { SearchEngine } from '@magmatch/core';

/** The in-process search engine used when `MEILI_URL` is unset. It lives in this process, so it is up while the process is. */
export class EmbeddedSearchEngine implements SearchEngine {
  readonly engine = 'embedded';

  async isHealthy(): Promise<boolean> {
    return true;
  }
}
