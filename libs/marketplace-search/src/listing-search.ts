import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { Catalog, GradeCatalog, type MaterialClass, type ProductForm } from '@magmatch/catalog';
import { SEARCH_ENGINE, type FilterCondition, type QueuedJob, type SearchEngine } from '@magmatch/core';
import { OrganizationsService } from '@magmatch/identity';
import { ListingChanged, listingFromSnapshot, ListingReads, ReviewState, type ShownListing } from '@magmatch/listings';
import { OnEvent } from '@magmatch/messaging';
import { ReferenceData } from '@magmatch/trade';
import { LISTINGS_INDEX, LISTINGS_TEXT_VERSION, LISTING_FACETS, listingDocument } from './listings-index.js';

export interface ListingQuery {
  readonly query?: string | null;
  readonly grades?: readonly string[] | null;
  readonly forms?: readonly ProductForm[] | null;
  readonly materialClasses?: readonly MaterialClass[] | null;
  readonly cities?: readonly string[] | null;
  readonly certifications?: readonly string[] | null;
  /** Scenario codes: listings offered for any of them. */
  readonly scenarios?: readonly string[] | null;
  readonly minTensileStrengthMpa?: number | null;
  readonly minElongationPct?: number | null;
  readonly minMonthlyCapacityTonnes?: number | null;
  readonly maxPriceCnyPerTonne?: number | null;
  readonly limit?: number | null;
  readonly offset?: number | null;
}

export interface ListingHits {
  readonly listings: ShownListing[];
  readonly total: number;
  readonly facets: Record<string, Record<string, number>>;
}

/** Listings per read and per index addition during a rebuild. */
const BATCH = 2_000;
const PUBLISHED_ONLY: FilterCondition[] = [{ field: 'state', op: 'in', values: [ReviewState.PUBLISHED] }];

/** Keeps the listings index in step with the database and answers listing searches. */
@Injectable()
export class ListingSearch implements OnApplicationBootstrap {
  private readonly logger = new Logger(ListingSearch.name);

  constructor(
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    private readonly listings: ListingReads,
    private readonly identity: OrganizationsService,
    private readonly grades: GradeCatalog,
    private readonly reference: ReferenceData,
  ) {}

  /**
   * The embedded engine starts empty and is rebuilt. A Meilisearch index whose documents were analysed
   * otherwise (another lexicon, or a release before it) is rebuilt too: their words would not meet today's
   * queries. An empty one next to data is reported.
   */
  async onApplicationBootstrap(): Promise<void> {
    await this.engine.ensureIndex(LISTINGS_INDEX);
    const published = await this.listings.countPublished();
    if (this.engine.engine === 'embedded') {
      await this.reindex();
      return;
    }
    const indexed = await this.engine.count(LISTINGS_INDEX.name);
    if (published > 0 && indexed === 0) {
      this.logger.warn({ published }, 'the listings index is empty but the database is not: run `npm run reindex`');
      return;
    }
    // Facet counts cover every document (a search's total stops at Meilisearch's maxTotalHits).
    const versions = (await this.engine.search(LISTINGS_INDEX.name, { query: '', facets: ['textVersion'], limit: 0 })).facets.textVersion ?? {};
    const current = versions[LISTINGS_TEXT_VERSION] ?? 0;
    if (current < indexed) {
      this.logger.warn({ indexed, current, textVersion: LISTINGS_TEXT_VERSION }, 'listings indexed with another analysis of their text: reindexing');
      await this.reindex();
    }
  }

  /** Reloads the listing and indexes its current state, so a stale or repeated job changes nothing. */
  @OnEvent(ListingChanged, { phase: 'index' })
  async sync(job: QueuedJob<{ listingId: string }>): Promise<void> {
    await this.syncListing(job.payload.listingId);
  }

  private async syncListing(listingId: string): Promise<void> {
    const listing = await this.listings.byId(listingId);
    if (listing?.state === ReviewState.PUBLISHED) {
      // A grade approved in another process since this one read the catalogue gives the document its family and typical values.
      if (listing.grade) await this.grades.stored(listing.grade);
      const [[supplier], prices] = await Promise.all([this.identity.organizationsByIds([listing.supplierId]), this.reference.book()]);
      await this.engine.upsert(LISTINGS_INDEX.name, [listingDocument(listing, supplier ?? null, prices)]);
    } else {
      await this.engine.remove(LISTINGS_INDEX.name, [listingId]);
    }
  }

  /**
   * Rebuilds the index from every published listing, in batches, and swaps it in at once. Listings changed
   * while it ran are synced again afterwards, so no write made during the rebuild is lost.
   */
  async reindex(progress: (done: number, total: number) => void = () => undefined): Promise<number> {
    const startedAt = new Date();
    await this.grades.fresh();
    const total = await this.listings.countPublished();
    const indexed = await this.engine.replaceAll(LISTINGS_INDEX, this.publishedBatches(total, progress));
    for (const id of await this.listings.changedSince(startedAt)) await this.syncListing(id);
    return indexed;
  }

  /** Published listings in id order, a batch at a time; keyset paging keeps each batch as cheap as the first. */
  private async *publishedBatches(total: number, progress: (done: number, total: number) => void) {
    let done = 0;
    let after = '00000000-0000-0000-0000-000000000000';
    const prices = await this.reference.book();
    for (;;) {
      const batch = await this.listings.publishedBatch(after, BATCH);
      if (batch.length === 0) return;
      const suppliers = await this.identity.organizationsByIds([...new Set(batch.map((listing) => listing.supplierId))]);
      const byId = new Map(suppliers.map((supplier) => [supplier.id, supplier]));
      yield batch.map((listing) => listingDocument(listing, byId.get(listing.supplierId) ?? null, prices));
      done += batch.length;
      after = batch.at(-1)!.id;
      progress(Math.min(done, total), total);
    }
  }

  /**
   * Published listings as the index holds them (their read model, kept by `ListingChanged`): one light
   * statement tells which hits are still published and in which version; a hit no longer published is left
   * out, and one changed since it was indexed (or indexed by an older release, without its listing) is read
   * from the database.
   */
  async search(query: ListingQuery): Promise<ListingHits> {
    const result = await this.engine.search(LISTINGS_INDEX.name, {
      query: query.query ?? undefined,
      scope: PUBLISHED_ONLY,
      filter: conditionsOf(query),
      facets: [...LISTING_FACETS],
      limit: query.limit ?? 20,
      offset: query.offset ?? 0,
      retrieve: ['listing'],
    });
    const current = await this.listings.publishedVersions(result.ids);
    const stored = new Map(
      result.ids.flatMap((id, index) => {
        const snapshot = result.documents[index]?.listing;
        const listing = typeof snapshot === 'string' ? listingFromSnapshot(snapshot) : null;
        return listing && listing.updatedAt.getTime() === current.get(id) ? [[id, listing] as const] : [];
      }),
    );
    const stale = result.ids.filter((id) => current.has(id) && !stored.has(id));
    const read = new Map((stale.length ? await this.listings.publishedByIds(stale) : []).map((row) => [row.id, row]));
    return {
      listings: result.ids.map((id) => stored.get(id) ?? read.get(id)).filter((listing): listing is ShownListing => listing !== undefined),
      total: result.total,
      facets: result.facets,
    };
  }
}

function conditionsOf(query: ListingQuery): FilterCondition[] {
  const conditions: FilterCondition[] = [];
  if (query.grades?.length) {
    const grades = query.grades.map((typed) => Catalog.publicGradeCode(typed, 'grades'));
    conditions.push({ field: 'grade', op: 'in', values: grades });
  }
  if (query.forms?.length) conditions.push({ field: 'form', op: 'in', values: [...query.forms] });
  if (query.materialClasses?.length) conditions.push({ field: 'materialClass', op: 'in', values: [...query.materialClasses] });
  if (query.cities?.length) conditions.push({ field: 'city', op: 'in', values: [...query.cities] });
  if (query.certifications?.length) {
    const codes = query.certifications.map((code) => Catalog.certification(code)?.code ?? code);
    conditions.push({ field: 'certifications', op: 'all', values: codes });
  }
  if (query.scenarios?.length) conditions.push({ field: 'scenarios', op: 'in', values: query.scenarios.map((code) => Catalog.scenarioCode(code, 'scenarios')) });
  if (query.minTensileStrengthMpa != null) conditions.push({ field: 'tensile', op: 'gte', value: query.minTensileStrengthMpa });
  if (query.minElongationPct != null) conditions.push({ field: 'elongation', op: 'gte', value: query.minElongationPct });
  if (query.minMonthlyCapacityTonnes != null) conditions.push({ field: 'capacity', op: 'gte', value: query.minMonthlyCapacityTonnes });
  if (query.maxPriceCnyPerTonne != null) conditions.push({ field: 'priceMin', op: 'lte', value: query.maxPriceCnyPerTonne });
  return conditions;
}
