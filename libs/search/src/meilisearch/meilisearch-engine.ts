import { Meilisearch, type EnqueuedTaskPromise } from 'meilisearch';
import type { SearchDocument, SearchEngine, SearchIndexSpec, SearchRequest, SearchResult } from '@magmatch/core';
import { assertFilterable, meilisearchFilter } from '../filters.js';
import { canonicalizeCodes, synonymMap } from '../text/tokens.js';

/**
 * Meilisearch behind the {@link SearchEngine} port. Index names carry the configured prefix; writes wait
 * for their task, so a document is searchable when `upsert` resolves.
 */
export class MeilisearchEngine implements SearchEngine {
  readonly engine = 'meilisearch';
  private readonly client: Meilisearch;
  private readonly specs = new Map<string, { spec: SearchIndexSpec; synonyms: Map<string, string> }>();

  constructor(
    host: string,
    apiKey: string,
    private readonly indexPrefix: string,
  ) {
    // Compressed responses cost ~40 ms per search here (see shared/design/stack.md): ask for none.
    this.client = new Meilisearch({ host, apiKey, requestInit: { headers: { 'accept-encoding': 'identity' } } });
  }

  async ensureIndex(spec: SearchIndexSpec): Promise<void> {
    await this.createWithSettings(this.uid(spec.name), spec);
    this.specs.set(spec.name, { spec, synonyms: synonymMap(spec.synonyms ?? []) });
  }

  /** Builds a staging index with settings first, fills it, then swaps it with the live one in one task. */
  async replaceAll(spec: SearchIndexSpec, batches: AsyncIterable<readonly SearchDocument[]>): Promise<number> {
    await this.ensureIndex(spec);
    const live = this.uid(spec.name);
    const staging = `${live}_rebuild_${Date.now()}`;
    let count = 0;
    const additions: EnqueuedTaskPromise[] = [];
    try {
      await this.createWithSettings(staging, spec);
      // Enqueued without waiting for each: Meilisearch merges consecutive additions into one indexing
      // batch. Waiting for every 500 documents made a 100k rebuild ~10× slower than one bulk import.
      for await (const batch of batches) {
        if (batch.length === 0) continue;
        const addition = this.client.index(staging).addDocuments(this.canonical(spec.name, batch));
        additions.push(addition);
        await addition;
        count += batch.length;
      }
      for (const addition of additions) await settled(addition);
      await settled(this.client.swapIndexes([{ indexes: [live, staging], rename: false }]));
    } finally {
      await settled(this.client.deleteIndex(staging), ['index_not_found']);
    }
    return count;
  }

  async upsert(index: string, documents: readonly SearchDocument[]): Promise<void> {
    if (documents.length === 0) return;
    await settled(this.client.index(this.uid(index)).addDocuments(this.canonical(index, documents)));
  }

  async remove(index: string, ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await settled(this.client.index(this.uid(index)).deleteDocuments([...ids]));
  }

  async search(index: string, request: SearchRequest): Promise<SearchResult> {
    const { spec, synonyms } = this.setup(index);
    for (const field of request.facets ?? []) assertFilterable(spec, field);
    const filter = meilisearchFilter(spec, [...(request.scope ?? []), ...(request.filter ?? [])]);
    const query = canonicalizeCodes(request.query?.trim() ?? '', synonyms);
    const response = await this.client.index(this.uid(index)).search(query, {
      filter,
      facets: request.facets ? [...request.facets] : undefined,
      limit: request.limit ?? 20,
      offset: request.offset ?? 0,
      attributesToRetrieve: ['id'],
      matchingStrategy: 'all',
    });
    return {
      ids: response.hits.map((hit) => String(hit.id)),
      total: response.estimatedTotalHits ?? response.hits.length,
      facets: Object.fromEntries(
        (request.facets ?? []).map((field) => [field, { ...(response.facetDistribution?.[field] ?? {}) }]),
      ),
    };
  }

  async count(index: string): Promise<number> {
    try {
      return (await this.client.index(this.uid(index)).getStats()).numberOfDocuments;
    } catch {
      return 0;
    }
  }

  async isHealthy(): Promise<boolean> {
    try {
      return (await this.client.health()).status === 'available';
    } catch {
      return false;
    }
  }

  private async createWithSettings(uid: string, spec: SearchIndexSpec): Promise<void> {
    await settled(this.client.createIndex(uid, { primaryKey: 'id' }), ['index_already_exists']);
    await settled(
      this.client.index(uid).updateSettings({
        searchableAttributes: [...spec.searchable],
        filterableAttributes: [...spec.filterable],
        synonyms: synonymsOf(spec.synonyms ?? []),
        typoTolerance: { disableOnAttributes: [...(spec.exact ?? [])] },
      }),
    );
  }

  /** Codes renamed to their canonical synonym in searchable text, as the embedded engine does. */
  private canonical(index: string, documents: readonly SearchDocument[]): Record<string, unknown>[] {
    const { spec, synonyms } = this.setup(index);
    return documents.map((document) => {
      const copy: Record<string, unknown> = { ...document };
      for (const field of spec.searchable) {
        if (typeof copy[field] === 'string') copy[field] = canonicalizeCodes(copy[field], synonyms);
      }
      return copy;
    });
  }

  private uid(name: string): string {
    return `${this.indexPrefix}_${name}`;
  }

  private setup(name: string) {
    const setup = this.specs.get(name);
    if (!setup) throw new Error(`search index "${name}" is not set up: call ensureIndex first`);
    return setup;
  }
}

/**
 * How long a write may wait for its Meilisearch task. The client's 5 s default was exceeded on a loaded
 * 2-core machine while the server was still working through the queue; a task that is slow is not failed.
 */
const TASK_TIMEOUT_MS = 60_000;
/** How often a task is polled: the client's 50 ms default alone was a fifth of the index lag p50. */
const TASK_POLL_MS = 10;

/** Waits for a Meilisearch task and fails unless it succeeded (or failed with one of `tolerated`). */
async function settled(task: EnqueuedTaskPromise, tolerated: string[] = []): Promise<void> {
  const done = await task.waitTask({ timeout: TASK_TIMEOUT_MS, interval: TASK_POLL_MS });
  if (done.status === 'succeeded') return;
  if (done.error && tolerated.includes(done.error.code)) return;
  throw new Error(`Meilisearch task ${done.uid} ${done.status}: ${done.error?.message ?? 'no detail'}`);
}

/** Meilisearch synonyms are per word: every word of a list maps to all the others. */
function synonymsOf(lists: readonly (readonly string[])[]): Record<string, string[]> {
  const synonyms: Record<string, string[]> = {};
  for (const list of lists) {
    for (const word of list) synonyms[word] = list.filter((other) => other !== word);
  }
  return synonyms;
}
