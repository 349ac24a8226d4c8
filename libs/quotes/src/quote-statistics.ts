import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Price } from '@magmatch/trade';

/** A supplier's offer (its quote or a revision of it) on a day (YYYY-MM-DD, UTC). Never a buyer's counter-offer. */
export interface OfferedPrice {
  readonly day: string;
  readonly listingId: string;
  readonly supplierId: string;
  readonly price: Price;
}

/** A deal signed on a day, in CNY/t incl. VAT at the award's rates (null where it could not be converted). */
export interface AgreedPrice {
  readonly day: string;
  readonly listingId: string;
  readonly supplierId: string;
  readonly buyerId: string;
  readonly cnyPerTonneVatIncluded: number | null;
}

/** Aggregate reads of quotes and deals for other modules (monitoring). Names no party. */
@Injectable()
export class QuoteStatistics {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Of `requirementIds`: those that received a quote, and those with a deal. */
  async progressOf(requirementIds: readonly string[]): Promise<{ quoted: Set<string>; awarded: Set<string> }> {
    if (requirementIds.length === 0) return { quoted: new Set(), awarded: new Set() };
    const [quoted, awarded]: { requirement_id: string }[][] = await Promise.all([
      this.dataSource.query(`SELECT DISTINCT requirement_id FROM quotes WHERE requirement_id = ANY($1::uuid[])`, [requirementIds]),
      this.dataSource.query(`SELECT DISTINCT requirement_id FROM deals WHERE requirement_id = ANY($1::uuid[])`, [requirementIds]),
    ]);
    return { quoted: new Set(quoted!.map((row) => row.requirement_id)), awarded: new Set(awarded!.map((row) => row.requirement_id)) };
  }

  /** Every offer suppliers made from `from` to `to` (days, inclusive, UTC): each quote and each supplier's revision, on its own day. */
  offeredBetween(from: string, to: string): Promise<OfferedPrice[]> {
    return this.dataSource.query(
      `SELECT to_char((revision->>'at')::timestamptz AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day, q.listing_id AS "listingId", q.supplier_id AS "supplierId",
              revision->'price' AS price
       FROM quotes q CROSS JOIN LATERAL jsonb_array_elements(q.revisions) AS revision
       WHERE revision->>'by' = 'SUPPLIER' AND (revision->>'at')::timestamptz >= $1::date AND (revision->>'at')::timestamptz < $2::date + 1`,
      [from, to],
    );
  }

  /** Every deal signed from `from` to `to` (days, inclusive, UTC). */
  agreedBetween(from: string, to: string): Promise<AgreedPrice[]> {
    return this.dataSource.query(
      `SELECT to_char(signed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day, listing_id AS "listingId", supplier_id AS "supplierId", buyer_id AS "buyerId",
              cny_per_tonne_vat_included AS "cnyPerTonneVatIncluded"
       FROM deals WHERE signed_at >= $1::date AND signed_at < $2::date + 1`,
      [from, to],
    );
  }
}
