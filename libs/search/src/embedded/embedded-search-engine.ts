import MiniSearch, { type Query } from 'minisearch';
import type { FilterCondition, SearchDocument, SearchEngine, SearchIndexSpec, SearchRequest, SearchResult } from '@magmatch/core';
import { assertFilterable } from '../filters.js';
import { analyzedDocument, TextAnalyzer, wordsOf } from '../text/analyzer.js';
import { transpositions, typoBudget, typosBetween } from '../text/typos.js';

interface EmbeddedIndex {
  readonly spec: SearchIndexSpec;
  readonly analyzer: TextAnalyzer;
  readonly text: MiniSearch<Record<string, unknown>>;
  readonly documents: Map<string, SearchDocument>;
}

/**
 * The in-process search engine used when `MEILI_URL` is unset. It indexes the words of the shared analyzer,
 * as the Meilisearch adapter does, and applies Meilisearch's rules to them: every word required, the typo
 * budget with transpositions counted as one and first-letter typos as two, a prefix for the last word,
 * vocabulary words exact; results by fewest typos, then the index's order, then id. MiniSearch finds the
 * candidates; the rules are checked on what it found. Indexes live in memory and are rebuilt from the database.
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
    const matching = textMatches(target, request.query ?? '')
      .filter(({ document }) => conditions.every((condition) => holds(document, condition)))
      .sort(byRelevance(target.spec));
    const offset = request.offset ?? 0;
    const page = matching.slice(offset, offset + (request.limit ?? 20)).map(({ document }) => document);
    return {
      ids: page.map((document) => document.id),
      documents: page.map((document) => Object.fromEntries((request.retrieve ?? []).filter((field) => field in document).map((field) => [field, document[field]]))),
      total: matching.length,
      facets: Object.fromEntries((request.facets ?? []).map((field) => [field, countValues(matching.map(({ document }) => document), field)])),
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

interface Match {
  readonly document: SearchDocument;
  readonly typos: number;
}

/** The documents whose words meet every word of `query`, with the typos each cost; every document for no words. */
function textMatches(index: EmbeddedIndex, query: string): Match[] {
  const words = index.analyzer.queryWords(query);
  if (words.length === 0) return [...index.documents.values()].map((document) => ({ document, typos: 0 }));
  const exact = index.analyzer.exactWords;
  const last = words.length - 1;
  const tree: Query = { combineWith: 'AND', queries: words.map((word, at) => (exact.has(word) ? { queries: [word], fuzzy: false, prefix: false } : candidates(word, at === last))) };
  const exactFields = new Set((index.spec.exact ?? []).map(wordsOf));
  return index.text.search(tree).flatMap((result) => {
    // A term found only in attributes without typo tolerance (the grade) counts only when it is the word itself.
    const typosFor = (word: string, prefix: boolean) => (term: string) =>
      exact.has(word) || result.match[term]!.every((field) => exactFields.has(field)) ? (term === word ? 0 : Infinity) : typosBetween(word, term, prefix);
    const typos = words.reduce((total, word, at) => total + Math.min(...result.terms.map(typosFor(word, at === last && !exact.has(word)))), 0);
    return Number.isFinite(typos) ? [{ document: index.documents.get(String(result.id))!, typos }] : [];
  });
}

/** What MiniSearch should find for one word: within its budget, or one swap of neighbours away and then within what is left. */
function candidates(word: string, prefix: boolean): Query {
  const budget = typoBudget(word);
  const swapped = budget > 0 ? transpositions(word) : [];
  return {
    combineWith: 'OR',
    queries: [{ queries: [word], fuzzy: budget || false, prefix }, ...(swapped.length ? [{ queries: swapped, combineWith: 'OR', fuzzy: budget - 1 || false, prefix }] : [])],
  } as Query;
}

/** Fewest typos first, then the index's order (documents without the field last), then id. */
function byRelevance(spec: SearchIndexSpec) {
  const order = spec.order;
  return (a: Match, b: Match): number => {
    if (a.typos !== b.typos) return a.typos - b.typos;
    if (order) {
      const [x, y] = [a.document[order.field], b.document[order.field]];
      if (x != null && y == null) return -1;
      if (x == null && y != null) return 1;
      if (x != null && y != null && x !== y) return (x < y ? -1 : 1) * (order.direction === 'asc' ? 1 : -1);
    }
    return a.document.id < b.document.id ? -1 : a.document.id > b.document.id ? 1 : 0;
  };
}

function emptyIndex(spec: SearchIndexSpec): EmbeddedIndex {
  const text = new MiniSearch<Record<string, unknown>>({
    fields: spec.searchable.map(wordsOf),
    storeFields: [],
    tokenize: (value) => value.split(' ').filter(Boolean),
    processTerm: (term) => term,
  });
  return { spec, analyzer: new TextAnalyzer(spec), text, documents: new Map() };
}

function add(index: EmbeddedIndex, documents: readonly SearchDocument[]): void {
  for (const document of documents) {
    if (index.documents.has(document.id)) index.text.discard(document.id);
    index.text.add(analyzedDocument(index.spec, index.analyzer, document));
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
