import { Injectable } from '@nestjs/common';
import { DomainError, DomainErrorCode } from '@magmatch/core';
import { ListingReads } from '@magmatch/listings';
import { QuoteStatistics } from '@magmatch/quotes';
import { ReferenceData } from '@magmatch/trade';
import { MarketFacts } from './market-facts.js';
import { marketFlow, median, type MarketFlow, type MarketStock } from './market-figures.js';
import { marketPeriod, periodInstants, type MarketPeriod } from './market-period.js';
import { MarketSnapshots } from './market-snapshots.js';

/** The association's view of the market over a period: stock on its last day, flow over its days. */
export interface MarketOverview extends MarketStock, MarketFlow, MarketPeriod {
  readonly cluster: string | null;
  /** The snapshot day the stock figures are of (the last on or before `to`); null when there is none. */
  readonly snapshotDay: string | null;
  readonly snapshotTakenAt: Date | null;
  readonly medianSupplierResponseHours: number | null;
}

export interface PricePoint {
  /** YYYY-MM-DD */
  readonly date: string;
  readonly cnyPerTonneVatIncluded: number;
}

/** A reference series against the prices quoted and agreed for its grade and form. */
export interface PriceSeries {
  readonly series: string;
  readonly grade: string | null;
  readonly form: string;
  readonly points: PricePoint[];
  /** Per day with at least MIN_PRICES_PER_DAY quotes: their median, in CNY/t incl. VAT at the latest rates. */
  readonly quotes: PricePoint[];
  /** Per day with at least MIN_PRICES_PER_DAY deals: their median, in CNY/t incl. VAT at the award's rates. */
  readonly deals: PricePoint[];
}

/** A day's quotes or deals are shown only when there are this many: no single party's price can be read off a public median. */
export const MIN_PRICES_PER_DAY = 3;

/** Market overview and price series for the association: the read side of monitoring. */
@Injectable()
export class MarketMonitor {
  constructor(
    private readonly facts: MarketFacts,
    private readonly snapshots: MarketSnapshots,
    private readonly reference: ReferenceData,
    private readonly listings: ListingReads,
    private readonly quotes: QuoteStatistics,
  ) {}

  /** BAD_USER_INPUT for a period `marketPeriod` refuses. */
  async overview(filter: { from?: string | null; to?: string | null; cluster?: string | null }): Promise<MarketOverview> {
    const period = marketPeriod(filter.from, filter.to);
    const cluster = filter.cluster?.trim() || null;
    const { start, end } = periodInstants(period);
    const [stock, { medianSupplierResponseHours, ...flow }] = await Promise.all([this.snapshots.stockOn(period.to, cluster), this.facts.flow(start, end, cluster)]);
    return {
      ...period,
      cluster,
      snapshotDay: stock.day,
      snapshotTakenAt: stock.takenAt,
      ...stock.stock,
      ...marketFlow(flow),
      medianSupplierResponseHours,
    };
  }

  /**
   * A reference series over the period (by default the last 90 days) with the daily medians of the quotes and
   * deals on listings of its grade and form (days with fewer than MIN_PRICES_PER_DAY left out). NOT_FOUND for a
   * series never recorded; names no party.
   */
  async priceSeries(series: string, from?: string | null, to?: string | null): Promise<PriceSeries> {
    const period = marketPeriod(from, to);
    const reference = await this.reference.seriesInCny(series, period.from, period.to);
    if (!reference) throw new DomainError(DomainErrorCode.NotFound, `No reference series is named "${series}" (see referencePrices)`, 'series');
    const listingIds = reference.grade ? await this.listings.idsOfGradeAndForm(reference.grade, reference.form) : [];
    const [traded, book] = await Promise.all([this.quotes.pricesOn(listingIds, period.from, period.to), this.reference.book()]);
    return {
      series: series.trim(),
      grade: reference.grade,
      form: reference.form,
      points: reference.points.map(({ date, cnyPerTonneVatIncluded }) => ({ date, cnyPerTonneVatIncluded })),
      quotes: dailyMedians(traded.quotes.map((quote) => ({ day: quote.day, value: book.cnyPerTonne(quote.price) }))),
      deals: dailyMedians(traded.deals.map((deal) => ({ day: deal.day, value: deal.cnyPerTonneVatIncluded }))),
    };
  }
}

function dailyMedians(values: readonly { day: string; value: number | null }[]): PricePoint[] {
  const byDay = new Map<string, number[]>();
  for (const { day, value } of values) if (value !== null) byDay.set(day, [...(byDay.get(day) ?? []), value]);
  return [...byDay]
    .filter(([, prices]) => prices.length >= MIN_PRICES_PER_DAY)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, prices]) => ({ date, cnyPerTonneVatIncluded: Math.round(median(prices)!) }));
}
