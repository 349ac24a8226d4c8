/**
 * What an index holds and how it is searched; declared once per index, applied by `ensureIndex`.
 * Attribute names here are the only ones a filter or facet may use.
 */
export interface SearchIndexSpec {
  readonly name: string;
  /** Text attributes, most important first. */
  readonly searchable: readonly string[];
  readonly filterable: readonly string[];
  /** Attributes matched exactly (no typo tolerance), e.g. alloy grade codes. */
  readonly exact?: readonly string[];
  /** Codes that mean the same; each list maps to its first code (e.g. ['AZ91D', 'AZ91', 'MgAl9Zn1']). */
  readonly synonyms?: readonly (readonly string[])[];
  /** The trade's vocabulary: words that mean the same (zh and en), broader entries, compounds and their parts. */
  readonly vocabulary?: readonly VocabularyEntry[];
  /** Words neither engine requires (function words, filler). */
  readonly stopWords?: readonly string[];
  /** Among results with as few typos, this order, then `id`; also the order of a search without text. */
  readonly order?: { readonly field: string; readonly direction: 'asc' | 'desc' };
}

/** One entry of a search vocabulary, named by its first term. */
export interface VocabularyEntry {
  /** Words that mean the same, the indexed one first. */
  readonly terms: readonly string[];
  /** Entries (by first term) a document with this one also belongs to: a tube is an extrusion. */
  readonly broader?: readonly string[];
  /** A compound read as the entries (by first term) it is made of. */
  readonly parts?: readonly string[];
}

/** A document: an `id` and flat attributes (strings, numbers, booleans, string arrays). */
export type SearchDocument = { readonly id: string } & Readonly<Record<string, string | number | boolean | null | readonly string[]>>;

/** One condition on a filterable attribute; every condition of a filter must hold. */
export type FilterCondition =
  | { readonly field: string; readonly op: 'in'; readonly values: readonly (string | number | boolean)[] }
  | { readonly field: string; readonly op: 'all'; readonly values: readonly string[] }
  | { readonly field: string; readonly op: 'gte' | 'lte'; readonly value: number };

export interface SearchRequest {
  readonly query?: string;
  /** Conditions the caller chose (user input). */
  readonly filter?: readonly FilterCondition[];
  /**
   * Conditions the server imposes (visibility); kept apart so no user value can widen them.
   */
  readonly scope?: readonly FilterCondition[];
  readonly facets?: readonly string[];
  readonly limit?: number;
  readonly offset?: number;
  /** Attributes to return with each hit (in `SearchResult.documents`), so a result can be shown from the index alone. */
  readonly retrieve?: readonly string[];
}

export interface SearchResult {
  /** Ids, best first. */
  readonly ids: string[];
  /** Per id, in the same order, the attributes `retrieve` asked for, those the document holds. */
  readonly documents: readonly Readonly<Record<string, unknown>>[];
  readonly total: number;
  /** Per facet attribute, the number of matching documents for each value. */
  readonly facets: Record<string, Record<string, number>>;
}

/**
 * The search engine port. Two adapters implement it — Meilisearch (production) and an in-process engine
 * (the embedded default) — and both pass `libs/search/src/search-engine.contract.ts`.
 *
 * @example
 * await search.ensureIndex(LISTINGS_INDEX);
 * await search.upsert('listings', [{ id, title: '镁合金压铸件', grade: 'AZ91D' }]);
 * const { ids } = await search.search('listings', { query: 'die casting', filter: [{ field: 'grade', op: 'in', values: ['AZ91D'] }] });
 */
export interface SearchEngine {
  /** `meilisearch` or `embedded`; shown by health checks and the start-up log. */
  readonly engine: string;
  /** Creates the index if needed and applies its settings; idempotent. */
  ensureIndex(spec: SearchIndexSpec): Promise<void>;
  /** Adds or replaces documents; searchable when the promise resolves. */
  upsert(index: string, documents: readonly SearchDocument[]): Promise<void>;
  /**
   * Rebuilds an index from scratch with `batches` and puts it in place at once: searches during the
   * rebuild see the old content, never an empty or partial index. Returns the number of documents.
   */
  replaceAll(spec: SearchIndexSpec, batches: AsyncIterable<readonly SearchDocument[]>): Promise<number>;
  /** Removes documents; unknown ids are ignored. */
  remove(index: string, ids: readonly string[]): Promise<void>;
  search(index: string, request: SearchRequest): Promise<SearchResult>;
  /** How many documents the index holds. */
  count(index: string): Promise<number>;
  /** True when the engine answers. */
  isHealthy(): Promise<boolean>;
}

/** Injection token of the {@link SearchEngine} chosen by configuration. */
export const SEARCH_ENGINE = Symbol('SEARCH_ENGINE');
