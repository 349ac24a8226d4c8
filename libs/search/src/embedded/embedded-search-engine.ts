import MiniSearch from 'minisearch';
import type { FilterCondition, SearchDocument, SearchEngine, SearchIndexSpec, SearchRequest, SearchResult } from '@magmatch/core';
import { assertFilterable } from '../filters.js';
import { synonymMap, tokenize } from '../text/tokens.js';

interface EmbeddedIndex {
  readonly spec: SearchIndexSpec;
  readonly text: MiniSearch<SearchDocument>;
  readonly documents: Map<string, SearchDocument>;
}

/** Meilisearch's typo budget: none below 5 characters, 1 from 5, 2 from 9. */
const typoBudget = (term: string) => (term.length >= 9 ? 2 : term.length >= 5 ? 1 : 0);

/**
 * The in-process search engine used when `MEILI_URL` is unset: MiniSearch over the same tokens, synonyms,
 * typo budget, prefix rule (last word only) and "every word must match" strategy as the Meilisearch adapter.
 * It keeps its indexes in memory; they are rebuilt from the database (see the lib's README).
 */
export class EmbeddedSearchEngine implements SearchEngine {
  readonly engine = 'embedded';
  private readonly indexes = new Map<string, EmbeddedIndex>();

  async ensureIndex(spec: SearchIndexSpec): Promise<void> {
    if (!this.indexes.has(spec.name)) this.indexes.set(spec.name, emptyIndex(spec));
  }

  async replaceAll(spec: SearchIndexSpec, batches: AsyncIterable<readonly SearchDocument[]>): Promise<number> {
    const rebuilt = emptyIndex(spec);
    for await (const batch of batches) add(rebuilt, batch);
    this.indexes.set(spec.name, rebuilt);
    return rebuilt.documents.size;
  }

  async upsert(index: string, documents: readonly SearchDocument[]): Promise<void> {
    add(this.index(index), documents);
  }

  async remove(index: string, ids: readonly string[]): Promise<void> {
    const target = this.index(index);
    for (const id of ids) {
      if (target.documents.delete(id)) target.text.discard(id);
    }
  }

  async search(index: string, request: SearchRequest): Promise<SearchResult> {
    const target = this.index(index);
    const conditions = [...(request.scope ?? []), ...(request.filter ?? [])];
    for (const condition of conditions) assertFilterable(target.spec, condition.field);
    for (const field of request.facets ?? []) assertFilterable(target.spec, field);
    const query = request.query?.trim();
    const ranked = query ? target.text.search(query).map((result) => String(result.id)) : [...target.documents.keys()];
    const matching = ranked
      .map((id) => target.documents.get(id)!)
      .filter((document) => conditions.every((condition) => holds(document, condition)));
    const offset = request.offset ?? 0;
    return {
      ids: matching.slice(offset, offset + (request.limit ?? 20)).map((document) => document.id),
      total: matching.length,
      facets: Object.fromEntries((request.facets ?? []).map((field) => [field, countValues(matching, field)])),
    };
  }

  async count(index: string): Promise<number> {
    return this.indexes.get(index)?.documents.size ?? 0;
  }

  async isHealthy(): Promise<boolean> {
    return true;
  }

  private index(name: string): EmbeddedIndex {
    const index = this.indexes.get(name);
    if (!index) throw new Error(`search index "${name}" does not exist: call ensureIndex first`);
    return index;
  }
}

function emptyIndex(spec: SearchIndexSpec): EmbeddedIndex {
  const synonyms = synonymMap(spec.synonyms ?? []);
  const text = new MiniSearch<SearchDocument>({
    fields: [...spec.searchable],
    storeFields: [],
    tokenize: (value) => tokenize(value, synonyms),
    processTerm: (term) => term,
    extractField: (document, field) => {
      const value = (document as Record<string, unknown>)[field];
      return Array.isArray(value) ? value.join(' ') : value == null ? '' : String(value);
    },
    searchOptions: {
      combineWith: 'AND',
      prefix: (_term, index, terms) => index === terms.length - 1,
      fuzzy: (term) => typoBudget(term),
      boost: Object.fromEntries(spec.searchable.map((field, rank) => [field, spec.searchable.length - rank])),
    },
  });
  return { spec, text, documents: new Map() };
}

function add(index: EmbeddedIndex, documents: readonly SearchDocument[]): void {
  for (const document of documents) {
    if (index.documents.has(document.id)) index.text.discard(document.id);
    index.text.add(document);
    index.documents.set(document.id, document);
  }
}

function valuesOf(document: SearchDocument, field: string): unknown[] {
  const value = document[field];
  return Array.isArray(value) ? value : value == null ? [] : [value];
}

function holds(document: SearchDocument, condition: FilterCondition): boolean {
  const values = valuesOf(document, condition.field);
  switch (condition.op) {
    case 'in':
      return values.some((value) => (condition.values as unknown[]).includes(value));
    case 'all':
      return condition.values.every((wanted) => values.includes(wanted));
    case 'gte':
      return values.some((value) => typeof value === 'number' && value >= condition.value);
    case 'lte':
      return values.some((value) => typeof value === 'number' && value <= condition.value);
  }
}

function countValues(documents: SearchDocument[], field: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const document of documents) {
    for (const value of valuesOf(document, field)) counts[String(value)] = (counts[String(value)] ?? 0) + 1;
  }
  return counts;
}
