import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { MatchState } from './match.entity.js';

/** How far a requirement's matches got. */
export interface RequirementMatchProgress {
  /** When its first match was stored. */
  readonly firstMatchAt: Date;
  /** Whether a moderator endorsed any of them. */
  readonly endorsed: boolean;
  /** Whether any is still live: not dismissed, not declined by its supplier. */
  readonly live: boolean;
  /** The suppliers of the live ones. */
  readonly liveSupplierIds: string[];
}

/** Every state a match reaches by its supplier's answer, or after it. */
const ANSWERED = [MatchState.SUPPLIER_INTERESTED, MatchState.SUPPLIER_DECLINED, MatchState.ACCEPTED, MatchState.CLOSED];
const DEAD = [MatchState.DISMISSED, MatchState.SUPPLIER_DECLINED];

/** Aggregate reads of the matches table (and the response log) for other modules: matching's scoring, monitoring. */
@Injectable()
export class MatchStatistics {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Per supplier of `supplierIds`: the matches it answered, of those answered or older than `windowDays`. */
  async answeredBySuppliers(supplierIds: readonly string[], windowDays: number): Promise<Map<string, { answered: number; due: number }>> {
    if (supplierIds.length === 0) return new Map();
    const rows: { supplier_id: string; answered: number; due: number }[] = await this.dataSource.query(
      `SELECT supplier_id, count(*) FILTER (WHERE state = ANY($3::text[]))::int AS answered, count(*)::int AS due
       FROM matches
       WHERE supplier_id = ANY($1::uuid[]) AND (state = ANY($3::text[]) OR created_at < now() - make_interval(days => $2))
       GROUP BY supplier_id`,
      [supplierIds, windowDays, ANSWERED],
    );
    return new Map(rows.map((row) => [row.supplier_id, { answered: row.answered, due: row.due }]));
  }

  /** For each of `requirementIds` with a match: when its first match came, whether one was endorsed, whether one is live. */
  async progressOf(requirementIds: readonly string[]): Promise<Map<string, RequirementMatchProgress>> {
    if (requirementIds.length === 0) return new Map();
    const rows: { requirement_id: string; first_match_at: Date; endorsed: boolean; live_suppliers: string[] }[] = await this.dataSource.query(
      `SELECT requirement_id, min(created_at) AS first_match_at, bool_or(endorsed_at IS NOT NULL) AS endorsed,
              coalesce(array_agg(DISTINCT supplier_id) FILTER (WHERE state <> ALL($2::text[])), '{}') AS live_suppliers
       FROM matches WHERE requirement_id = ANY($1::uuid[]) GROUP BY requirement_id`,
      [requirementIds, DEAD],
    );
    return new Map(
      rows.map((row) => [row.requirement_id, { firstMatchAt: new Date(row.first_match_at), endorsed: row.endorsed, live: row.live_suppliers.length > 0, liveSupplierIds: row.live_suppliers }]),
    );
  }

  /** The requirement of each of `matchIds`: match id → requirement id. */
  async requirementsOfMatches(matchIds: readonly string[]): Promise<Map<string, string>> {
    if (matchIds.length === 0) return new Map();
    const rows: { id: string; requirement_id: string }[] = await this.dataSource.query(`SELECT id, requirement_id FROM matches WHERE id = ANY($1::uuid[])`, [matchIds]);
    return new Map(rows.map((row) => [row.id, row.requirement_id]));
  }

  /**
   * The median hours suppliers took to answer the matches they answered from `from` to `to` (of the suppliers
   * `supplierIds`, or all when null), one decimal; null when none.
   */
  async medianMatchAnswerHours(from: Date, to: Date, supplierIds: readonly string[] | null): Promise<number | null> {
    const [row]: { median_hours: number | null }[] = await this.dataSource.query(
      `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM answered_at - asked_at) / 3600) AS median_hours
       FROM response_times WHERE subject = 'match' AND answered_at BETWEEN $1 AND $2 AND ($3::uuid[] IS NULL OR organization_id = ANY($3::uuid[]))`,
      [from, to, supplierIds],
    );
    return row?.median_hours == null ? null : Math.round(Number(row.median_hours) * 10) / 10;
  }
}
