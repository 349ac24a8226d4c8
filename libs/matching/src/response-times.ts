import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

/** What was answered: a match (by its supplier) or a step of a quote (by the other side). */
export type AnsweredSubject = 'match' | 'quote';

export interface Answer {
  readonly organizationId: string;
  readonly subject: AnsweredSubject;
  readonly subjectId: string;
  /** When the question was put: the match proposed, the quote or counter-offer made. */
  readonly askedAt: Date;
  readonly answeredAt: Date;
}

/** An organisation's record of answering: median hours over what it answered; null before any. */
export interface ResponseRecord {
  readonly medianHours: number | null;
  readonly answered: number;
}

/**
 * The response log (table `response_times`): one row per question an organisation answered — a match its
 * supplier answered, a quote or counter-offer the other side answered — written in the transaction of the
 * answer. Only the first answer to a question counts.
 */
@Injectable()
export class ResponseTimes {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(manager: EntityManager, answer: Answer): Promise<void> {
    await manager.query(
      `INSERT INTO response_times (organization_id, subject, subject_id, asked_at, answered_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (organization_id, subject, subject_id, asked_at) DO NOTHING`,
      [answer.organizationId, answer.subject, answer.subjectId, answer.askedAt, answer.answeredAt],
    );
  }

  /** Per organisation of `organizationIds` that answered anything: the median hours to answer, one decimal. */
  async of(organizationIds: readonly string[]): Promise<Map<string, ResponseRecord>> {
    if (organizationIds.length === 0) return new Map();
    const rows: { organization_id: string; median_hours: number; answered: number }[] = await this.dataSource.query(
      `SELECT organization_id, percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM answered_at - asked_at) / 3600) AS median_hours,
              count(*)::int AS answered
       FROM response_times WHERE organization_id = ANY($1::uuid[]) GROUP BY organization_id`,
      [organizationIds],
    );
    return new Map(rows.map((row) => [row.organization_id, { medianHours: Math.round(Number(row.median_hours) * 10) / 10, answered: row.answered }]));
  }
}
