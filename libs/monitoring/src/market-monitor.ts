import { Injectable } from '@nestjs/common';
import { DomainError, DomainErrorCode } from '@magmatch/core';
import { OrganizationsService } from '@magmatch/identity';
import { ListingReads } from '@magmatch/listings';
import { QuoteStatistics } from '@magmatch/quotes';
import { ReferenceData } from '@magmatch/trade';
import { MarketFacts } from './market-facts.js';
import { median, type MarketFlow, type MarketStock } from './market-figures.js';
import { marketPeriod, periodInstants, type MarketPeriod } from './market-period.js';
import { MarketSnapshots } from './market-snapshots.js';

export interface MarketFilter {
  readonly from?: string | null;
  readonly to?: string | null;
  readonly cluster?: string | null;
}

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
  /** Per day with offers from at least MIN_PARTIES_PER_DAY suppliers: the median of their offers (quotes and revisions), in CNY/t incl. VAT at the latest rates. */
  readonly quotes: PricePoint[];
  /** Per day with deals of at least MIN_PARTIES_PER_DAY suppliers and as many buyers: their median, in CNY/t incl. VAT at the award's rates. */
  readonly deals: PricePoint[];
}

/** A day's prices are shown only when this many different parties gave them: no one party's price can be read off a public median. */
export const MIN_PARTIES_PER_DAY = 3;

/** Market overview and price series for the association: the read side of monitoring. */
@Injectable()
export class MarketMonitor {
  constructor(
    private readonly facts: MarketFacts,
    private readonly snapshots: MarketSnapshots,
    private readonly organizations: OrganizationsService,
    private readonly reference: ReferenceData,
    private readonly listings: ListingReads,
    private readonly quotes: QuoteStatistics,
  ) {}

  /** BAD_USER_INPUT for a period `marketPeriod` refuses, or a cluster no organisation names (field `cluster`). */
  async overview(filter: MarketFilter): Promise<MarketOverview> {
    const period = marketPeriod(filter.from, filter.to);
    const cluster = await this.checkedCluster(filter.cluster);
    const { start, end } = periodInstants(period);
    // The stock first: reading today's may take the snapshot the flow is then read from.
    const stock = await this.snapshots.stockOn(period.to, cluster);
    const [flow, medianSupplierResponseHours] = await Promise.all([this.snapshots.flowOf(period, cluster), this.facts.medianSupplierResponseHours(start, end, cluster)]);
    return { ...period, cluster, snapshotDay: stock.day, snapshotTakenAt: stock.takenAt, ...stock.stock, ...flow, medianSupplierResponseHours };
  }

  private async checkedCluster(typed: string | null | undefined): Promise<string | null> {
    const cluster = typed?.trim() || null;
    if (cluster === null) return null;
    const known = [...new Set([...(await this.organizations.clusters()).values()].filter((value): value is string => value !== null))].sort();
    if (known.includes(cluster)) return cluster;
    throw new DomainError(DomainErrorCode.InvalidInput, `no organisation is in cluster "${cluster}"; the clusters are: ${known.join(', ') || 'none yet'}`, 'cluster');
  }

  /**
   * A reference series over the period (by default the last 90 days) with the daily medians of suppliers' offers
   * and of deals on listings of its grade and form; a day with fewer than MIN_PARTIES_PER_DAY suppliers (and,
   * for deals, buyers) is left out, and a buyer's counter-offer never counts. NOT_FOUND for a series never
   * recorded; names no party.
   */
  async priceSeries(series: string, from?: string | null, to?: string | null): Promise<PriceSeries> {
    const period = marketPeriod(from, to);
    const reference = await this.reference.seriesInCny(series, period.from, period.to);
    if (!reference) throw new DomainError(DomainErrorCode.NotFound, `No reference series is named "${series}" (see referencePrices)`, 'series');
    const { grade, form } = reference;
    const points = reference.points.map(({ date, cnyPerTonneVatIncluded }) => ({ date, cnyPerTonneVatIncluded }));
    if (!grade) return { series: series.trim(), grade, form, points, quotes: [], deals: [] };
    const [offers, deals, book] = await Promise.all([this.quotes.offeredBetween(period.from, period.to), this.quotes.agreedBetween(period.from, period.to), this.reference.book()]);
    const ofSeries = await this.listings.ofGradeAndForm([...new Set([...offers, ...deals].map((price) => price.listingId))], grade, form);
    return {
      series: series.trim(),
      grade,
      form,
      points,
      quotes: dailyMedians(offers.filter((offer) => ofSeries.has(offer.listingId)).map((offer) => ({ day: offer.day, value: book.cnyPerTonne(offer.price), parties: [offer.supplierId] }))),
      deals: dailyMedians(deals.filter((deal) => ofSeries.has(deal.listingId)).map((deal) => ({ day: deal.day, value: deal.cnyPerTonneVatIncluded, parties: [deal.supplierId, deal.buyerId] }))),
    };
  }
}

/** Per day, the median of its prices, for days where each side of the `parties` counts MIN_PARTIES_PER_DAY different organisations. */
function dailyMedians(values: readonly { day: string; value: number | null; parties: readonly string[] }[]): PricePoint[] {
  const byDay = new Map<string, { prices: number[]; sides: Set<string>[] }>();
  for (const { day, value, parties } of values) {
    if (value === null) continue;
    const entry = byDay.get(day) ?? { prices: [], sides: parties.map(() => new Set<string>()) };
    entry.prices.push(value);
    parties.forEach((party, side) => entry.sides[side]!.add(party));
    byDay.set(day, entry);
  }
  return [...byDay]
    .filter(([, { sides }]) => sides.every((side) => side.size >= MIN_PARTIES_PER_DAY))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, { prices }]) => ({ date, cnyPerTonneVatIncluded: Math.round(median(prices)!) }));
}
