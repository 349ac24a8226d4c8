import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, MoreThan, MoreThanOrEqual, type Repository } from 'typeorm';
import type { ByProductDetails, ByProductKind, MaterialClass, ProductForm, ScrapDetails } from '@magmatch/catalog';
import { materialOf } from './listing-material.js';
import { ListingEntity, ReviewState } from './listing.entity.js';

/** Published capacity of one supplier in one material, in t/month. */
export interface CapacityRow {
  readonly supplierId: string;
  readonly materialClass: MaterialClass;
  /** The material as `materialOf` names it: a grade ("AZ91D"), scrap by family ("AM scrap"), a by-product by kind ("reduction slag"). */
  readonly material: string;
  /** Its family: a grade's ("AZ", "Pure Mg"), or as `material` for scrap and by-products. */
  readonly family: string;
  /** By-products only: the kind, e.g. REDUCTION_SLAG. */
  readonly byProductKind: ByProductKind | null;
  readonly form: ProductForm;
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

  /** Of `ids`, those published, with the time each last changed (ms): what a search checks its index's listings against, in one light statement. */
  async publishedVersions(ids: readonly string[]): Promise<Map<string, number>> {
    if (ids.length === 0) return new Map();
    const rows: { id: string; updated_at: Date }[] = await this.listings.query(`SELECT id, updated_at FROM listings WHERE id = ANY($1) AND state = $2`, [[...ids], ReviewState.PUBLISHED]);
    return new Map(rows.map((row) => [row.id, row.updated_at.getTime()]));
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

  /** Those of `ids` (in any state) of `grade` in `form`. */
  async ofGradeAndForm(ids: readonly string[], grade: string, form: string): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await this.listings.find({ where: { id: In([...ids]), grade, form: form as ListingEntity['form'] }, select: { id: true } });
    return new Set(rows.map(({ id }) => id));
  }

  /** Published capacity per supplier, material and form: a few thousand rows even at 100k listings. */
  async publishedCapacity(): Promise<CapacityRow[]> {
    const rows: {
      supplier_id: string;
      material_class: MaterialClass;
      grade: string | null;
      alloy_family: string | null;
      by_product_kind: ByProductKind | null;
      form: ProductForm;
      listings: number;
      capacity: number;
      committed: number;
    }[] = await this.listings.query(
      `SELECT supplier_id, material_class, CASE WHEN scrap IS NULL THEN grade END AS grade, scrap->>'alloyFamily' AS alloy_family,
              by_product->>'kind' AS by_product_kind, form, count(*)::int AS listings,
              sum(monthly_capacity_tonnes)::float8 AS capacity, sum(committed_tonnes_per_month)::float8 AS committed
       FROM listings WHERE state = $1 GROUP BY 1, 2, 3, 4, 5, 6`,
      [ReviewState.PUBLISHED],
    );
    return rows.map((row) => {
      const scrap = row.material_class === 'SCRAP' ? ({ alloyFamily: row.alloy_family } as ScrapDetails) : null;
      const byProduct = row.by_product_kind ? ({ kind: row.by_product_kind } as ByProductDetails) : null;
      const { name, family } = materialOf({ grade: row.grade, scrap, byProduct });
      return {
        supplierId: row.supplier_id,
        materialClass: row.material_class,
        material: name,
        family,
        byProductKind: row.by_product_kind,
        form: row.form,
        listings: row.listings,
        monthlyCapacityTonnes: row.capacity,
        committedTonnesPerMonth: row.committed,
      };
    });
  }
}
