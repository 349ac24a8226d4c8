import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Price } from '@magmatch/trade';

/** Prices offered and agreed on some listings in a period, each on its day (YYYY-MM-DD). */
export interface TradedPrices {
  /** Every quote made in the period, at its current price. */
  readonly quotes: { readonly day: string; readonly price: Price }[];
  /** Every deal signed in the period, in CNY/t incl. VAT at the award's rates (null where it could not be converted). */
  readonly deals: { readonly day: string; readonly cnyPerTonneVatIncluded: number | null }[];
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

  /** Quotes made and deals signed on `listingIds` from `from` to `to` (days, inclusive, UTC). */
  async pricesOn(listingIds: readonly string[], from: string, to: string): Promise<TradedPrices> {
    if (listingIds.length === 0) return { quotes: [], deals: [] };
    const [quotes, deals] = await Promise.all([
      this.dataSource.query(
        `SELECT to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day, price FROM quotes
         WHERE listing_id = ANY($1::uuid[]) AND created_at >= $2::date AND created_at < $3::date + 1 ORDER BY created_at`,
        [listingIds, from, to],
      ),
      this.dataSource.query(
        `SELECT to_char(signed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day, cny_per_tonne_vat_included AS "cnyPerTonneVatIncluded" FROM deals
         WHERE listing_id = ANY($1::uuid[]) AND signed_at >= $2::date AND signed_at < $3::date + 1 ORDER BY signed_at`,
        [listingIds, from, to],
      ),
    ]);
    return { quotes, deals };
  }
}
