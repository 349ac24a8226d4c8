import { Injectable } from '@nestjs/common';
import { CHAIN_LINKS, type ChainLink } from '@magmatch/catalog';
import { DomainError, DomainErrorCode } from '@magmatch/core';
import { MarketSnapshots } from '@magmatch/monitoring';
import { EnterpriseDirectory } from './enterprise-directory.js';

/** One link of the chain in one cluster. */
export interface ChainMapCell {
  readonly link: ChainLink;
  readonly cluster: string;
  /** Enterprises of the database in this cluster and link. */
  readonly enterprises: number;
  /** Published monthly capacity of the cluster's suppliers in this link, t/month. */
  readonly capacityTonnesPerMonth: number;
  /** What the cluster's buyers' open requirements ask of this link, t/month. */
  readonly demandTonnesPerMonth: number;
  /** Demand the cluster's own suppliers cannot serve: an open requirement of the link with no live match with a supplier of the cluster, or more demand than their free capacity. */
  readonly gap: boolean;
}

/**
 * The industry chain map per cluster: the enterprises of each link (from the enterprise database) against
 * the capacity and demand on MagMatch (from today's market snapshot, by the cluster its organisations sit in).
 */
@Injectable()
export class ChainMap {
  constructor(
    private readonly enterprises: EnterpriseDirectory,
    private readonly snapshots: MarketSnapshots,
  ) {}

  /** Every cluster's cells, or one cluster's; BAD_USER_INPUT (field `cluster`) for a cluster neither an organisation nor an enterprise names. */
  async cells(cluster?: string | null): Promise<ChainMapCell[]> {
    const [counts, clusters] = await Promise.all([this.enterprises.countsByClusterAndLink(), this.enterprises.knownClusters()]);
    const asked = cluster?.trim();
    if (asked && !clusters.includes(asked)) {
      throw new DomainError(DomainErrorCode.InvalidInput, `no organisation or enterprise is in cluster "${asked}"; the clusters are: ${clusters.join(', ') || 'none yet'}`, 'cluster');
    }
    const today = new Date().toISOString().slice(0, 10);
    const rows = [];
    for (const name of asked ? [asked] : clusters) {
      const { stock } = await this.snapshots.stockOn(today, name);
      const figures = new Map((stock.chainLinks ?? []).map((figure) => [figure.link, figure]));
      for (const link of CHAIN_LINKS) {
        const figure = figures.get(link);
        const demand = figure?.demandTonnesPerMonth ?? 0;
        rows.push({
          link,
          cluster: name,
          enterprises: counts.find((count) => count.cluster === name && count.link === link)?.enterprises ?? 0,
          capacityTonnesPerMonth: figure?.capacityTonnesPerMonth ?? 0,
          demandTonnesPerMonth: demand,
          gap: demand > 0 && ((figure?.unmatchedRequirements ?? 0) > 0 || (figure?.freeCapacityTonnesPerMonth ?? 0) < demand),
        });
      }
    }
    return rows;
  }
}
