import { Meilisearch, type EnqueuedTaskPromise } from 'meilisearch';
import type { SearchDocument, SearchEngine, SearchIndexSpec, SearchRequest, SearchResult } from '@magmatch/core';
import { assertFilterable, meilisearchFilter } from '../filters.js';
import { analyzedDocument, TextAnalyzer, wordsOf } from '../text/analyzer.js';

/**
 * Meilisearch behind the {@link SearchEngine} port. Index names carry the configured prefix; writes wait
 * for their task, so a document is searchable when `upsert` resolves.
 */
export class MeilisearchEngine implements SearchEngine {
  readonly engine = 'meilisearch';
  private readonly client: Meilisearch;
  private readonly specs = new Map<string, { spec: SearchIndexSpec; analyzer: TextAnalyzer }>();

  constructor(
    host: string,
    apiKey: string,
    private readonly indexPrefix: string,
  ) {
    // Compressed responses cost ~40 ms per search here (see shared/design/stack.md): ask for none.
    this.client = new Meilisearch({ host, apiKey, requestInit: { headers: { 'accept-encoding': 'identity' } } });
  }

  async ensureIndex(spec: SearchIndexSpec): Promise<void> {
    const analyzer = new TextAnalyzer(spec);
    await this.createWithSettings(this.uid(spec.name), spec, analyzer);
    this.specs.set(spec.name, { spec, analyzer });
  }

  /** Builds a staging index with settings first, fills it, then swaps it with the live one in one task. */
  async replaceAll(spec: SearchIndexSpec, batches: AsyncIterable<readonly SearchDocument[]>): Promise<number> {
    await this.ensureIndex(spec);
    const live = this.uid(spec.name);
    const staging = `${live}_rebuild_${Date.now()}`;
    let count = 0;
    const additions: EnqueuedTaskPromise[] = [];
    try {
      await this.createWithSettings(staging, spec, this.setup(spec.name).analyzer);
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
    const { spec, analyzer } = this.setup(index);
    for (const field of request.facets ?? []) assertFilterable(spec, field);
    const filter = meilisearchFilter(spec, [...(request.scope ?? []), ...(request.filter ?? [])]);
    // A Han character after a Latin word is ignored by Meilisearch's query parsing (镁业 found every 镁
    // listing): characters first. Every word is required, so the order changes only which word may be
    // completed as a prefix, the last: a Latin word, as in the embedded engine (where a character completes
    // only to itself).
    const words = analyzer.queryWords(request.query ?? '');
    const query = [...words.filter(isHan), ...words.filter((word) => !isHan(word))].join(' ');
    const response = await this.client.index(this.uid(index)).search(query, {
      filter,
      sort: spec.order ? [`${spec.order.field}:${spec.order.direction}`, 'id:asc'] : undefined,
      locales: ['cmn'],
      facets: request.facets ? [...request.facets] : undefined,
      limit: request.limit ?? 20,
      offset: request.offset ?? 0,
      attributesToRetrieve: ['id', ...(request.retrieve ?? [])],
      matchingStrategy: 'all',
    });
    return {
      ids: response.hits.map((hit) => String(hit.id)),
      documents: response.hits.map((hit) => Object.fromEntries((request.retrieve ?? []).filter((field) => field in hit).map((field) => [field, hit[field]]))),
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

  /**
   * Settings that make Meilisearch rank as the embedded engine does: the analyzer's words only (no synonyms
   * of its own), vocabulary words and exact attributes without typos, and relevance by words, then typos,
   * then the index's order (proximity, attribute and exactness left out: the embedded engine has none).
   */
  private async createWithSettings(uid: string, spec: SearchIndexSpec, analyzer: TextAnalyzer): Promise<void> {
    await settled(this.client.createIndex(uid, { primaryKey: 'id' }), ['index_already_exists']);
    await settled(
      this.client.index(uid).updateSettings({
        searchableAttributes: spec.searchable.map(wordsOf),
        filterableAttributes: [...spec.filterable],
        sortableAttributes: spec.order ? [spec.order.field, 'id'] : [],
        rankingRules: ['words', 'typo', 'sort'],
        // The words are Chinese characters and Latin words: left to detect the language, a short query of
        // Han characters can be read as Japanese and segmented otherwise than the documents.
        localizedAttributes: [{ attributePatterns: spec.searchable.map(wordsOf), locales: ['cmn'] }],
        synonyms: {},
        typoTolerance: { disableOnAttributes: (spec.exact ?? []).map(wordsOf), disableOnWords: [...analyzer.exactWords] },
      }),
    );
  }

  /** Searchable text as the analyzer's words, as the embedded engine indexes it. */
  private canonical(index: string, documents: readonly SearchDocument[]): Record<string, unknown>[] {
    const { spec, analyzer } = this.setup(index);
    return documents.map((document) => analyzedDocument(spec, analyzer, document));
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

const isHan = (word: string) => /^\p{Script=Han}$/u.test(word);
