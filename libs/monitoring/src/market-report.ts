import { Injectable } from '@nestjs/common';
import { csvOf, xlsxOf, type SheetTable } from '@magmatch/core';
import { OrganizationsService } from '@magmatch/identity';
import { demandFamily, NO_CLUSTER, type Quantity, type StockFacts } from './market-figures.js';
import { MarketMonitor, type MarketFilter, type MarketOverview } from './market-monitor.js';
import { marketPeriod } from './market-period.js';
import { MarketSnapshots } from './market-snapshots.js';

/** One table of the report: a section of the CSV, a sheet of the workbook. */
export type ReportTable = SheetTable;

/**
 * The market report for the association (moderators): the overview's tables and, for a period ending today, the
 * rows they add up — published capacity per supplier and material, open requirements — naming organisations.
 * A report ending today takes a new snapshot first, so its tables and rows are one reading of the market; a
 * past day's snapshot keeps no rows.
 */
@Injectable()
export class MarketReport {
  constructor(
    private readonly monitor: MarketMonitor,
    private readonly snapshots: MarketSnapshots,
    private readonly organizations: OrganizationsService,
  ) {}

  async tables(filter: MarketFilter): Promise<ReportTable[]> {
    const endsToday = marketPeriod(filter.from, filter.to).to === new Date().toISOString().slice(0, 10);
    const stock = endsToday ? await this.snapshots.take() : null;
    const overview = await this.monitor.overview(filter);
    return stock ? [...overviewTables(overview), ...(await this.rowTables(overview, stock))] : overviewTables(overview);
  }

  private async rowTables(overview: MarketOverview, stock: StockFacts): Promise<ReportTable[]> {
    const names = new Map((await this.organizations.organizationsByIds([...new Set([...stock.capacity.map((row) => row.supplierId), ...stock.demand.map((row) => row.buyerId)])])).map((organization) => [organization.id, organization.name]));
    const inCluster = (id: string) => overview.cluster === null || stock.clusterOf.get(id) === overview.cluster;
    const clusterOf = (id: string) => stock.clusterOf.get(id) ?? NO_CLUSTER.label;
    return [
      {
        name: 'Capacity rows',
        header: ['supplier', 'cluster', 'material_class', 'material', 'family', 'listings', 'capacity_t_per_month', 'committed_t_per_month'],
        rows: stock.capacity
          .filter((row) => inCluster(row.supplierId))
          .map((row) => [names.get(row.supplierId) ?? row.supplierId, clusterOf(row.supplierId), row.materialClass, row.material, row.family, row.listings, row.monthlyCapacityTonnes, row.committedTonnesPerMonth]),
      },
      {
        name: 'Open requirements',
        header: ['requirement_id', 'title', 'buyer', 'cluster', 'scenario', 'balance_key', 'quantity_t_per_month', 'live_match'],
        rows: stock.demand
          .filter((row) => inCluster(row.buyerId))
          .map((row) => [row.id, row.title, names.get(row.buyerId) ?? row.buyerId, clusterOf(row.buyerId), row.scenario, demandFamily(row), row.quantityTonnesPerMonth, stock.servedBy.has(row.id) ? 'yes' : 'no']),
      },
    ];
  }

  /** The report as CSV: one section per table, each headed by its name, separated by a blank line. */
  async csv(filter: MarketFilter): Promise<string> {
    const tables = await this.tables(filter);
    return csvOf(tables.flatMap((table, index) => [...(index ? [[]] : []), [`# ${table.name}`], [...table.header], ...table.rows]));
  }

  /** The report as an Excel workbook, one sheet per table. */
  async xlsx(filter: MarketFilter): Promise<Buffer> {
    return xlsxOf(await this.tables(filter));
  }
}

/** The overview's figures as tables. */
export function overviewTables(overview: MarketOverview): ReportTable[] {
  const quantities = (name: string, rows: readonly Quantity[]): ReportTable => ({
    name,
    header: ['key', 'label', 'tonnes_per_month', 'count'],
    rows: rows.map((row) => [row.key, row.label, row.tonnesPerMonth, row.count]),
  });
  return [
    {
      name: 'Overview',
      header: ['from', 'to', 'cluster', 'snapshot_day', 'median_hours_to_first_match', 'median_supplier_response_hours', 'slag_offered_t', 'slag_contracted_t', 'slag_rate_pct', 'scrap_offered_t', 'scrap_contracted_t', 'scrap_rate_pct'],
      rows: [
        [
          overview.from,
          overview.to,
          overview.cluster ?? 'all',
          overview.snapshotDay,
          overview.medianHoursToFirstMatch,
          overview.medianSupplierResponseHours,
          overview.slagUtilisation.offeredTonnes,
          overview.slagUtilisation.contractedTonnes,
          overview.slagUtilisation.ratePct,
          overview.scrapRecycling.offeredTonnes,
          overview.scrapRecycling.contractedTonnes,
          overview.scrapRecycling.ratePct,
        ],
      ],
    },
    quantities('Capacity by grade', overview.capacityByGrade),
    quantities('Capacity by cluster', overview.capacityByCluster),
    quantities('Demand by scenario', overview.demandByScenario),
    {
      name: 'Balance',
      header: ['key', 'demand_t_per_month', 'free_capacity_t_per_month', 'unmatched_requirements'],
      rows: overview.balance.map((row) => [row.key, row.demandTonnesPerMonth, row.capacityTonnesPerMonth, row.unmatchedRequirements]),
    },
    { name: 'Funnel', header: ['step', 'requirements'], rows: overview.funnel.map((row) => [row.step, row.count]) },
  ];
}
