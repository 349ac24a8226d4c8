import { Meilisearch } from 'meilisearch';
import type { SearchEngine } from '@magmatch/core';

/** Meilisearch behind the {@link SearchEngine} port. */
export class MeilisearchEngine implements SearchEngine {
  readonly engine = 'meilisearch';
  private readonly client: Meilisearch;

  constructor(host: string, apiKey: string) {
    this.client = new Meilisearch({ host, apiKey });
  }

  async isHealthy(): Promise<boolean> {
    try {
      return (await this.client.health()).status === 'available';
    } catch {
      return false;
    }
  }
}
