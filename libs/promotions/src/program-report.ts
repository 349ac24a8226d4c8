import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { PromotionProgramEntity } from './promotion-program.entity.js';
import { ProgramsService } from './programs.service.js';

export interface ProgramReport {
  readonly program: PromotionProgramEntity;
  readonly applicationsByState: { state: string; count: number; requestedCny: number; grantedCny: number }[];
  readonly committedCny: number;
  readonly grantedCny: number;
  readonly budgetCny: number;
  readonly purchasesByGradeAndScenario: { grade: string; scenario: string | null; purchases: number; tonnes: number; amountCny: number }[];
  readonly firstUses: number;
}

/** What the association reports on a program: applications and money against budget, purchases, first uses. */
@Injectable()
export class ProgramReports {
  constructor(
    private readonly dataSource: DataSource,
    private readonly programs: ProgramsService,
  ) {}

  async report(programId: string): Promise<ProgramReport> {
    const program = await this.programs.get(programId);
    const [applications, purchases, [firstUses]] = await Promise.all([
      this.dataSource.query(
        `SELECT state, count(*)::int AS count, COALESCE(sum(requested_cny), 0)::float8 AS "requestedCny",
                COALESCE(sum(granted_cny) FILTER (WHERE state = 'GRANTED'), 0)::float8 AS "grantedCny"
         FROM promotion_applications WHERE program_id = $1 GROUP BY state ORDER BY state`,
        [programId],
      ),
      this.dataSource.query(
        `SELECT p.grade, r.scenario, count(*)::int AS purchases, sum(p.quantity_tonnes)::float8 AS tonnes, sum(p.amount_cny)::float8 AS "amountCny"
         FROM promotion_applications a JOIN purchases p ON p.id = a.purchase_id
         JOIN matches m ON m.id = p.match_id JOIN requirements r ON r.id = m.requirement_id
         WHERE a.program_id = $1 GROUP BY p.grade, r.scenario ORDER BY p.grade, r.scenario`,
        [programId],
      ),
      this.dataSource.query(
        `SELECT count(*)::int AS count FROM promotion_applications a JOIN purchases p ON p.id = a.purchase_id
         WHERE a.program_id = $1 AND p.first_use_at IS NOT NULL`,
        [programId],
      ),
    ]);
    const granted = (applications as ProgramReport['applicationsByState']).find((row) => row.state === 'GRANTED')?.grantedCny ?? 0;
    return {
      program,
      applicationsByState: applications,
      committedCny: program.committedCny,
      grantedCny: granted,
      budgetCny: program.budgetCny,
      purchasesByGradeAndScenario: purchases,
      firstUses: firstUses.count,
    };
  }

  /** The same report as CSV: one section per table, separated by a blank line. */
  async csv(programId: string): Promise<string> {
    const report = await this.report(programId);
    const rows: (string | number | null)[][] = [
      ['program', 'budget_cny', 'committed_cny', 'granted_cny', 'first_uses'],
      [report.program.name, report.budgetCny, report.committedCny, report.grantedCny, report.firstUses],
      [],
      ['application_state', 'count', 'requested_cny', 'granted_cny'],
      ...report.applicationsByState.map((row) => [row.state, row.count, row.requestedCny, row.grantedCny]),
      [],
      ['grade', 'scenario', 'purchases', 'tonnes', 'amount_cny'],
      ...report.purchasesByGradeAndScenario.map((row) => [row.grade, row.scenario, row.purchases, row.tonnes, row.amountCny]),
    ];
    return rows.map((row) => row.map(csvCell).join(',')).join('\n') + '\n';
  }
}

/**
 * Quotes a cell when it needs it, and defuses text a spreadsheet would run as a formula (=, +, -, @):
 * a program name is moderator input, and the CSV is opened in Excel.
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
