import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { JOB_QUEUE, type JobQueue } from '@magmatch/core';
import { JobHandler, defineJob } from '@magmatch/messaging';
import { MarketFacts } from './market-facts.js';
import { marketStock, type MarketStock } from './market-figures.js';

/** Takes today's market snapshot: capacity and demand as they stand, for the whole market and each cluster. */
export const TakeMarketSnapshot = defineJob<Record<string, never>>('monitoring.take-snapshot', { queue: 'maintenance', attempts: 3, concurrency: 1 });

const EVERY_HOUR = 60 * 60 * 1000;
/** Today's snapshot is read as long as it is younger than this; an older one is taken again first. */
export const SNAPSHOT_MAX_AGE_MS = 15 * 60 * 1000;
/** The whole market's row; a cluster's row has its name. */
const WHOLE_MARKET = '';

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
 * Daily market snapshots (table `market_snapshots`, one row per UTC day and cluster): the hourly maintenance
 * job keeps today's current, so each day ends with its late state and history stays when the market moves on;
 * the overview reads a snapshot instead of adding up every listing at each request.
 */
@Injectable()
export class MarketSnapshots implements OnApplicationBootstrap {
  private readonly logger = new Logger(MarketSnapshots.name);

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
    const { day, clusters } = await this.take();
    this.logger.log({ day, clusters }, 'market snapshot taken');
  }

  /** Takes (or retakes) today's snapshot of the whole market and of every cluster with an organisation. */
  async take(): Promise<{ day: string; clusters: number }> {
    const facts = await this.facts.stock();
    const clusters = [...new Set([...facts.clusterOf.values()].filter((cluster): cluster is string => cluster !== null))];
    const day = today();
    const rows = [WHOLE_MARKET, ...clusters].map((cluster) => ({ cluster, figures: marketStock(facts, cluster || null) }));
    await this.dataSource.query(
      `INSERT INTO market_snapshots (day, cluster, figures, taken_at)
       SELECT $1::date, cluster, figures, now() FROM jsonb_to_recordset($2::jsonb) AS row (cluster text, figures jsonb)
       ON CONFLICT (day, cluster) DO UPDATE SET figures = excluded.figures, taken_at = excluded.taken_at`,
      [day, JSON.stringify(rows)],
    );
    return { day, clusters: clusters.length };
  }

  /**
   * The stock on `day` (YYYY-MM-DD, UTC) of the whole market (`cluster` null) or a cluster: today's from a snapshot
   * at most SNAPSHOT_MAX_AGE_MS old (taken now if need be); an earlier day's from the last snapshot on or before
   * it; empty figures when there is none that early, or when the cluster had no organisation then.
   */
  async stockOn(day: string, cluster: string | null): Promise<StockOnDay> {
    if (day === today()) {
      const fresh = await this.latestOnOrBefore(day);
      if (!fresh || fresh.day !== day || Date.now() - fresh.takenAt.getTime() > SNAPSHOT_MAX_AGE_MS) await this.take();
    }
    const snapshot = await this.latestOnOrBefore(day);
    if (!snapshot) return { day: null, takenAt: null, stock: EMPTY };
    const [row]: { figures: MarketStock; taken_at: Date }[] = await this.dataSource.query(
      `SELECT figures, taken_at FROM market_snapshots WHERE day = $1 AND cluster = $2`,
      [snapshot.day, cluster ?? WHOLE_MARKET],
    );
    return { day: snapshot.day, takenAt: row ? new Date(row.taken_at) : snapshot.takenAt, stock: row?.figures ?? EMPTY };
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
