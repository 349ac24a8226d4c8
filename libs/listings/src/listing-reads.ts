import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, MoreThan, MoreThanOrEqual, type Repository } from 'typeorm';
import type { MaterialClass } from '@magmatch/catalog';
import { ListingEntity, ReviewState } from './listing.entity.js';

/** Published capacity of one supplier in one grade (or grade-less class, e.g. scrap or slag), in t/month. */
export interface CapacityRow {
  readonly supplierId: string;
  readonly materialClass: MaterialClass;
  /** Null for scrap and by-products, which are listed without an alloy grade. */
  readonly grade: string | null;
  /** For by-products, the kind (e.g. REDUCTION_SLAG); for scrap, the scrap class; otherwise null. */
  readonly kind: string | null;
  readonly listings: number;
  readonly monthlyCapacityTonnes: number;
  readonly committedTonnesPerMonth: number;
}

/**
 * The listings table's rows for other modules: by id, in batches for the search index, and in aggregate
 * for matching and monitoring. Callers check that their reader may see what they show.
 */
@Injectable()
export class ListingReads {
  constructor(@InjectRepository(ListingEntity) private readonly listings: Repository<ListingEntity>) {}

  /** Listings by id in any state: for callers that have checked the reader may see them (a quote's, a deal's). */
  byIds(ids: readonly string[]): Promise<ListingEntity[]> {
    return ids.length ? this.listings.findBy({ id: In([...ids]) }) : Promise.resolve([]);
  }

  async byId(id: string): Promise<ListingEntity | null> {
    return (await this.byIds([id]))[0] ?? null;
  }

  /** Those of `ids` that are published, in no particular order. */
  publishedByIds(ids: readonly string[]): Promise<ListingEntity[]> {
    return ids.length ? this.listings.findBy({ id: In([...ids]), state: ReviewState.PUBLISHED }) : Promise.resolve([]);
  }

  countPublished(): Promise<number> {
    return this.listings.countBy({ state: ReviewState.PUBLISHED });
  }

  /** Up to `size` published listings after `afterId`, in id order: keyset batches, each as cheap as the first. */
  publishedBatch(afterId: string, size: number): Promise<ListingEntity[]> {
    return this.listings.find({ where: { state: ReviewState.PUBLISHED, id: MoreThan(afterId) }, order: { id: 'ASC' }, take: size });
  }

  /** Ids of the listings changed at or after `since`, in any state. */
  async changedSince(since: Date): Promise<string[]> {
    return (await this.listings.find({ where: { updatedAt: MoreThanOrEqual(since) }, select: { id: true } })).map(({ id }) => id);
  }

  /** The supplier of each of `supplierIds`' listings: listing id → supplier id. */
  async suppliersOfListings(supplierIds: readonly string[]): Promise<Map<string, string>> {
    if (supplierIds.length === 0) return new Map();
    const rows = await this.listings.find({ where: { supplierId: In([...supplierIds]) }, select: { id: true, supplierId: true } });
    return new Map(rows.map((row) => [row.id, row.supplierId]));
  }

  /** Ids of the listings (in any state) of `grade` in `form`. */
  async idsOfGradeAndForm(grade: string, form: string): Promise<string[]> {
    return (await this.listings.find({ where: { grade, form: form as ListingEntity['form'] }, select: { id: true } })).map(({ id }) => id);
  }

  /** Published capacity per supplier, class, grade and kind: a few thousand rows even at 100k listings. */
  async publishedCapacity(): Promise<CapacityRow[]> {
    const rows: { supplier_id: string; material_class: MaterialClass; grade: string | null; kind: string | null; listings: number; capacity: number; committed: number }[] =
      await this.listings.query(
        `SELECT supplier_id, material_class, grade, coalesce(by_product->>'kind', scrap->>'scrapClass') AS kind, count(*)::int AS listings,
                sum(monthly_capacity_tonnes)::float8 AS capacity, sum(committed_tonnes_per_month)::float8 AS committed
         FROM listings WHERE state = $1 GROUP BY 1, 2, 3, 4`,
        [ReviewState.PUBLISHED],
      );
    return rows.map((row) => ({
      supplierId: row.supplier_id,
      materialClass: row.material_class,
      grade: row.grade,
      kind: row.kind,
      listings: row.listings,
      monthlyCapacityTonnes: row.capacity,
      committedTonnesPerMonth: row.committed,
    }));
  }
}
