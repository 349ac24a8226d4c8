import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { QueuedJob } from '@magmatch/core';
import { defineEvent, OnEvent } from '@magmatch/messaging';

export interface ProvenPair {
  readonly grade: string;
  readonly form: string;
  readonly scenario: string;
}

/**
 * A grade in a form proved itself in a scenario: the replication list (promotions) published a first use.
 * Matching keeps its own copy of these pairs, so it never reads the replication list's table.
 */
export const ScenarioProven = defineEvent<ProvenPair>('matching.scenario-proven');

/** Grade-and-form → the scenarios it is proven in. */
export type ProvenScenarioMap = Map<string, string[]>;

export const provenKey = ({ grade, form }: { grade: string | null; form: string }) => `${grade ?? ''}|${form}`;

/**
 * Matching's record of proven pairs (table `proven_scenarios`), which gives them a small boost in scoring.
 * Filled from `ScenarioProven` events; storing a pair twice changes nothing.
 */
@Injectable()
export class ProvenScenarios {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @OnEvent(ScenarioProven)
  async onScenarioProven(job: QueuedJob<ProvenPair>): Promise<void> {
    const { grade, form, scenario } = job.payload;
    await this.dataSource.query(`INSERT INTO proven_scenarios (grade, form, scenario) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [grade, form, scenario]);
  }

  /** The scenarios each grade-and-form of `grades` is proven in. */
  async of(grades: readonly (string | null)[]): Promise<ProvenScenarioMap> {
    const named = [...new Set(grades.filter((grade): grade is string => grade !== null))];
    if (named.length === 0) return new Map();
    const rows: { grade: string; form: string; scenarios: string[] }[] = await this.dataSource.query(
      `SELECT grade, form, array_agg(scenario ORDER BY scenario) AS scenarios FROM proven_scenarios WHERE grade = ANY($1::text[]) GROUP BY grade, form`,
      [named],
    );
    return new Map(rows.map((row) => [provenKey(row), row.scenarios]));
  }
}
