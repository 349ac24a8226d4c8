import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { JOB_QUEUE, type JobQueue } from '@magmatch/core';
import { JobHandler, defineJob } from '@magmatch/messaging';
import { MarketFacts } from './market-facts.js';
import { FUNNEL_STEPS, marketStock, type MarketFlow, type MarketStock, type RequirementProgress, type StockFacts } from './market-figures.js';
import { periodInstants, type MarketPeriod } from './market-period.js';

/** Takes today's market snapshot: capacity and demand as they stand, for the whole market and each cluster, and each requirement's progress. */
export const TakeMarketSnapshot = defineJob<Record<string, never>>('monitoring.take-snapshot', { queue: 'maintenance', attempts: 3, concurrency: 1 });

const EVERY_HOUR = 60 * 60 * 1000;
/** Today's snapshot is read as it is; once older than this, a read also asks the job for a new one. */
export const SNAPSHOT_MAX_AGE_MS = 15 * 60 * 1000;
/** The whole market's row; a cluster's row has its name. */
const WHOLE_MARKET = '';
/** Progress rows written per statement. */
const PROGRESS_BATCH = 2_000;

/** The stock of a day, and the snapshot it comes from (null day: no snapshot that early). */
export interface StockOnDay {
  readonly day: string | null;
  readonly takenAt: Date | null;
  readonly stock: MarketStock;
}

const EMPTY: MarketStock = {
  capacityByGrade: [],
  capacityByCluster: [],
  demandByScenario: [],
  balance: [],
  slagUtilisation: { offeredTonnes: 0, contractedTonnes: 0, ratePct: null },
  scrapRecycling: { offeredTonnes: 0, contractedTonnes: 0, ratePct: null },
};

/**
 * Daily market snapshots (table `market_snapshots`, one row per UTC day and cluster, the stock figures as JSON)
 * and each opened requirement's progress (table `requirement_progress`). The hourly maintenance job replaces
 * today's, so each day keeps its late state when the market moves on; the overview reads them instead of
 * adding up every listing and requirement at each request. A change to `MarketStock`'s shape needs a
 * migration of the stored figures.
 */
@Injectable()
export class MarketSnapshots implements OnApplicationBootstrap {
  private readonly logger = new Logger(MarketSnapshots.name);
  /** The snapshot this process is taking, if any: concurrent callers share it. */
  private taking: Promise<StockFacts> | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly facts: MarketFacts,
    @Inject(JOB_QUEUE) private readonly queue: JobQueue,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.repeat(TakeMarketSnapshot, {}, { key: TakeMarketSnapshot.name, everyMs: EVERY_HOUR });
  }

  @JobHandler(TakeMarketSnapshot)
  async onTakeSnapshot(): Promise<void> {
    const started = Date.now();
    const facts = await this.take();
    this.logger.log({ listings: facts.capacity.reduce((sum, row) => sum + row.listings, 0), openRequirements: facts.demand.length, ms: Date.now() - started }, 'market snapshot taken');
  }

  /** Takes (or retakes) today's snapshot of the whole market, of every cluster with an organisation, and of every requirement's progress; returns the facts it read. */
  take(): Promise<StockFacts> {
    this.taking ??= this.takeNow().finally(() => (this.taking = null));
    return this.taking;
  }

  /**
   * The stock on `day` (YYYY-MM-DD, UTC) of the whole market (`cluster` null) or a cluster: for today, today's
   * snapshot (taken now if there is none yet; one older than SNAPSHOT_MAX_AGE_MS is read as it is while the job
   * takes a new one); for an earlier day, the last snapshot on or before it; empty figures when there is none
   * that early, or when the cluster had no organisation then.
   */
  async stockOn(day: string, cluster: string | null): Promise<StockOnDay> {
    let snapshot = await this.latestOnOrBefore(day);
    if (day === today() && snapshot?.day !== day) {
      await this.take();
      snapshot = await this.latestOnOrBefore(day);
    } else if (day === today() && Date.now() - snapshot!.takenAt.getTime() > SNAPSHOT_MAX_AGE_MS) {
      await this.queue.enqueue(TakeMarketSnapshot, {}, { idempotencyKey: `market-snapshot:${Math.floor(Date.now() / SNAPSHOT_MAX_AGE_MS)}` });
    }
    if (!snapshot) return { day: null, takenAt: null, stock: EMPTY };
    const [row]: { figures: MarketStock; taken_at: Date }[] = await this.dataSource.query(
      `SELECT figures, taken_at FROM market_snapshots WHERE day = $1 AND cluster = $2`,
      [snapshot.day, cluster ?? WHOLE_MARKET],
    );
    return { day: snapshot.day, takenAt: row ? new Date(row.taken_at) : snapshot.takenAt, stock: row?.figures ?? EMPTY };
  }

  /** The funnel and the median hours to a first match of the requirements opened in `period` (of buyers in `cluster`, or all), from the last snapshot. */
  async flowOf(period: MarketPeriod, cluster: string | null): Promise<MarketFlow> {
    const { start, end } = periodInstants(period);
    const [row]: Record<string, number | null>[] = await this.dataSource.query(
      `SELECT count(*)::int AS "OPENED", count(*) FILTER (WHERE matched)::int AS "MATCHED", count(*) FILTER (WHERE endorsed)::int AS "ENDORSED",
              count(*) FILTER (WHERE quoted)::int AS "QUOTED", count(*) FILTER (WHERE awarded)::int AS "AWARDED",
              count(*) FILTER (WHERE purchased)::int AS "PURCHASED", count(*) FILTER (WHERE first_used)::int AS "FIRST_USED",
              percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM first_match_at - opened_at) / 3600) AS median_hours
       FROM requirement_progress WHERE opened_at BETWEEN $1 AND $2 AND ($3::text IS NULL OR buyer_cluster = $3)`,
      [start, end, cluster],
    );
    const medianHours = row!.median_hours;
    return {
      funnel: FUNNEL_STEPS.map((step) => ({ step, count: row![step] ?? 0 })),
      medianHoursToFirstMatch: medianHours == null ? null : Math.round(Number(medianHours) * 10) / 10,
    };
  }

  private async takeNow(): Promise<StockFacts> {
    const day = today();
    const facts = await this.facts.stock();
    const progress = await this.facts.progress(facts.clusterOf);
    const clusters = [...new Set([...facts.clusterOf.values()].filter((cluster): cluster is string => cluster !== null))];
    const rows = [WHOLE_MARKET, ...clusters].map((cluster) => ({ cluster, figures: marketStock(facts, cluster || null) }));
    await this.dataSource.query(
      `INSERT INTO market_snapshots (day, cluster, figures, taken_at)
       SELECT $1::date, cluster, figures, now() FROM jsonb_to_recordset($2::jsonb) AS row (cluster text, figures jsonb)
       ON CONFLICT (day, cluster) DO UPDATE SET figures = excluded.figures, taken_at = excluded.taken_at`,
      [day, JSON.stringify(rows)],
    );
    for (let index = 0; index < progress.length; index += PROGRESS_BATCH) await this.saveProgress(progress.slice(index, index + PROGRESS_BATCH));
    return facts;
  }

  private saveProgress(rows: readonly RequirementProgress[]): Promise<unknown> {
    return this.dataSource.query(
      `INSERT INTO requirement_progress (requirement_id, buyer_cluster, opened_at, matched, first_match_at, endorsed, quoted, awarded, purchased, first_used, refreshed_at)
       SELECT "requirementId", "buyerCluster", "openedAt", matched, "firstMatchAt", endorsed, quoted, awarded, purchased, "firstUsed", now()
       FROM jsonb_to_recordset($1::jsonb) AS row ("requirementId" uuid, "buyerCluster" text, "openedAt" timestamptz, matched boolean, "firstMatchAt" timestamptz,
                                                  endorsed boolean, quoted boolean, awarded boolean, purchased boolean, "firstUsed" boolean)
       ON CONFLICT (requirement_id) DO UPDATE SET buyer_cluster = excluded.buyer_cluster, opened_at = excluded.opened_at, matched = excluded.matched,
         first_match_at = excluded.first_match_at, endorsed = excluded.endorsed, quoted = excluded.quoted, awarded = excluded.awarded,
         purchased = excluded.purchased, first_used = excluded.first_used, refreshed_at = excluded.refreshed_at`,
      [JSON.stringify(rows)],
    );
  }

  private async latestOnOrBefore(day: string): Promise<{ day: string; takenAt: Date } | null> {
    const [row]: { day: string; taken_at: Date }[] = await this.dataSource.query(
      `SELECT to_char(day, 'YYYY-MM-DD') AS day, taken_at FROM market_snapshots WHERE cluster = $1 AND day <= $2::date ORDER BY day DESC LIMIT 1`,
      [WHOLE_MARKET, day],
    );
    return row ? { day: row.day, takenAt: new Date(row.taken_at) } : null;
  }
}

const today = () => new Date().toISOString().slice(0, 10);
