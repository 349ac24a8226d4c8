import { Injectable } from '@nestjs/common';
import { OrganizationsService } from '@magmatch/identity';
import { ListingReads } from '@magmatch/listings';
import { MatchStatistics } from '@magmatch/matching';
import { PurchasesService } from '@magmatch/promotions';
import { QuoteStatistics } from '@magmatch/quotes';
import { RequirementReads } from '@magmatch/requirements';
import type { FlowFacts, StockFacts } from './market-figures.js';

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
    const matched = new Set([...progress].filter(([, { live }]) => live).map(([id]) => id));
    return { capacity, demand, clusterOf, matched };
  }

  /**
   * How the requirements opened from `from` to `to` got on (those of buyers in `cluster`, or all), and the median
   * hours suppliers (in `cluster`, or all) took to answer a match in the period.
   */
  async flow(from: Date, to: Date, cluster: string | null): Promise<FlowFacts & { medianSupplierResponseHours: number | null }> {
    const clusterOf = cluster === null ? null : await this.organizations.clusters();
    const members = clusterOf && [...clusterOf].filter(([, value]) => value === cluster).map(([id]) => id);
    const inCluster = members && new Set(members);
    const opened = (await this.requirements.openedBetween(from, to)).filter((requirement) => !inCluster || inCluster.has(requirement.buyerId));
    const ids = opened.map((requirement) => requirement.id);
    const [matches, { quoted, awarded }, purchasedMatches, medianSupplierResponseHours] = await Promise.all([
      this.matchStatistics.progressOf(ids),
      this.quoteStatistics.progressOf(ids),
      this.purchases.purchasedMatches(),
      this.matchStatistics.medianMatchAnswerHours(from, to, members),
    ]);
    const requirementOf = await this.matchStatistics.requirementsOfMatches(purchasedMatches.map((purchase) => purchase.matchId));
    const purchased = new Map<string, boolean>();
    for (const { matchId, firstUsed } of purchasedMatches) {
      const requirementId = requirementOf.get(matchId);
      if (requirementId) purchased.set(requirementId, (purchased.get(requirementId) ?? false) || firstUsed);
    }
    return { opened, matches, quoted, awarded, purchased, medianSupplierResponseHours };
  }
}
