import { Injectable } from '@nestjs/common';
import { OrganizationsService } from '@magmatch/identity';
import { ListingReads } from '@magmatch/listings';
import { MatchStatistics } from '@magmatch/matching';
import { PurchasesService } from '@magmatch/promotions';
import { QuoteStatistics } from '@magmatch/quotes';
import { RequirementReads } from '@magmatch/requirements';
import { requirementProgress, type RequirementProgress, type StockFacts } from './market-figures.js';

/**
 * Gathers what the market figures are computed from, through the read functions each owning module exports:
 * the one place that combines several domains' reads.
 */
@Injectable()
export class MarketFacts {
  constructor(
    private readonly listings: ListingReads,
    private readonly requirements: RequirementReads,
    private readonly organizations: OrganizationsService,
    private readonly matchStatistics: MatchStatistics,
    private readonly quoteStatistics: QuoteStatistics,
    private readonly purchases: PurchasesService,
  ) {}

  /** Published capacity, open demand, clusters and which open requirements have a live match, now. */
  async stock(): Promise<StockFacts> {
    const [capacity, demand, clusterOf] = await Promise.all([this.listings.publishedCapacity(), this.requirements.openDemand(), this.organizations.clusters()]);
    const progress = await this.matchStatistics.progressOf(demand.map((requirement) => requirement.id));
    const servedBy = new Map([...progress].filter(([, { live }]) => live).map(([id, { liveSupplierIds }]) => [id, liveSupplierIds]));
    return { capacity, demand, clusterOf, servedBy };
  }

  /** How far every requirement that has opened got; `clusterOf` places its buyer. */
  async progress(clusterOf: ReadonlyMap<string, string | null>): Promise<RequirementProgress[]> {
    const opened = await this.requirements.opened();
    const ids = opened.map((requirement) => requirement.id);
    const [matches, { quoted, awarded }, purchasedMatches] = await Promise.all([
      this.matchStatistics.progressOf(ids),
      this.quoteStatistics.progressOf(ids),
      this.purchases.purchasedMatches(),
    ]);
    const requirementOf = await this.matchStatistics.requirementsOfMatches(purchasedMatches.map((purchase) => purchase.matchId));
    const purchased = new Map<string, boolean>();
    for (const { matchId, firstUsed } of purchasedMatches) {
      const requirementId = requirementOf.get(matchId);
      if (requirementId) purchased.set(requirementId, (purchased.get(requirementId) ?? false) || firstUsed);
    }
    return requirementProgress({ opened, clusterOf, matches, quoted, awarded, purchased });
  }

  /** The median hours suppliers (of `cluster`, or all) took to answer the matches they answered from `start` to `end`. */
  async medianSupplierResponseHours(start: Date, end: Date, cluster: string | null): Promise<number | null> {
    const members = cluster === null ? null : [...(await this.organizations.clusters())].filter(([, value]) => value === cluster).map(([id]) => id);
    return this.matchStatistics.medianMatchAnswerHours(start, end, members);
  }
}
