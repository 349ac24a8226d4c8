import { Args, Query, Resolver } from '@nestjs/graphql';
import { DateScalar, Public, RequireRoles } from '@magmatch/core';
import { MarketMonitor } from '../market-monitor.js';
import { MarketReport } from '../market-report.js';
import { MarketOverview, PriceSeries } from './monitoring.models.js';

/** Industry monitoring: moderators see the market and its rows; the price series is public. */
@Resolver()
export class MonitoringResolver {
  constructor(
    private readonly monitor: MarketMonitor,
    private readonly report: MarketReport,
  ) {}

  @RequireRoles('MODERATOR')
  @Query(() => MarketOverview, { description: 'The market over a period, whole or of one cluster. Moderators only. BAD_USER_INPUT for a period ending after today or starting after it ends.' })
  marketOverview(
    @Args('from', { type: () => DateScalar, nullable: true }) from?: string | null,
    @Args('to', { type: () => DateScalar, nullable: true }) to?: string | null,
    @Args('cluster', { type: () => String, nullable: true, description: 'e.g. Chizhou–Qingyang; the whole market when not given.' }) cluster?: string | null,
  ): Promise<MarketOverview> {
    return this.monitor.overview({ from, to, cluster });
  }

  @Public()
  @Query(() => PriceSeries, { description: 'A reference series with the daily medians of quotes and deals of its grade and form (by default the last 90 days). NOT_FOUND for an unknown series.' })
  priceSeries(
    @Args('series') series: string,
    @Args('from', { type: () => DateScalar, nullable: true }) from?: string | null,
    @Args('to', { type: () => DateScalar, nullable: true }) to?: string | null,
  ): Promise<PriceSeries> {
    return this.monitor.priceSeries(series, from, to);
  }

  @RequireRoles('MODERATOR')
  @Query(() => String, { description: 'The market report as CSV (RFC 4180): the overview\'s tables, then capacity rows and open requirements naming organisations. Moderators only.' })
  marketReportCsv(
    @Args('from', { type: () => DateScalar, nullable: true }) from?: string | null,
    @Args('to', { type: () => DateScalar, nullable: true }) to?: string | null,
    @Args('cluster', { type: () => String, nullable: true }) cluster?: string | null,
  ): Promise<string> {
    return this.report.csv({ from, to, cluster });
  }

  @RequireRoles('MODERATOR')
  @Query(() => String, { description: 'The market report as an Excel workbook (.xlsx), base64-encoded: one sheet per table of marketReportCsv. Moderators only.' })
  async marketReportXlsx(
    @Args('from', { type: () => DateScalar, nullable: true }) from?: string | null,
    @Args('to', { type: () => DateScalar, nullable: true }) to?: string | null,
    @Args('cluster', { type: () => String, nullable: true }) cluster?: string | null,
  ): Promise<string> {
    return (await this.report.xlsx({ from, to, cluster })).toString('base64');
  }
}
