import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { csvOf, type CsvCell } from '@magmatch/core';
import { OrganizationsService } from '@magmatch/identity';
import { MatchStatistics } from '@magmatch/matching';
import { RequirementReads } from '@magmatch/requirements';
import type { PromotionProgramEntity } from './promotion-program.entity.js';
import { Beneficiary, paymentWords } from './subsidy-models.js';
import { ProgramsService } from './programs.service.js';

export interface ProgramReport {
  readonly program: PromotionProgramEntity;
  readonly applicationsByState: { state: string; count: number; requestedCny: number; grantedCny: number }[];
  readonly committedCny: number;
  readonly grantedCny: number;
  readonly budgetCny: number;
  readonly purchasesByGradeAndScenario: { grade: string; scenario: string | null; purchases: number; tonnes: number; amountCny: number }[];
  readonly firstUses: number;
  /** What the program pays and to whom, in words: "80 % of the first-batch insurance premium, to the supplier". */
  readonly subsidyTerms: string;
  /** Granted money per beneficiary and calendar year of the contracts: what the annual caps are held to. */
  readonly grantsByBeneficiary: { organization: string; year: number; grants: number; grantedCny: number }[];
  /** INSURANCE_PREMIUM: the policy years claimed by live applications, and their premiums. */
  readonly policyYearsClaimed: number;
  readonly premiumsClaimedCny: number;
}

/** What the association reports on a program: applications and money against budget, purchases, first uses. */
@Injectable()
export class ProgramReports {
  constructor(
    private readonly dataSource: DataSource,
    private readonly programs: ProgramsService,
    private readonly matchStatistics: MatchStatistics,
    private readonly requirements: RequirementReads,
    private readonly organizations: OrganizationsService,
  ) {}

  async report(programId: string): Promise<ProgramReport> {
    const program = await this.programs.get(programId);
    const beneficiaryColumn = program.beneficiary === Beneficiary.SUPPLIER ? 'p.supplier_id' : 'p.buyer_id';
    const [applications, purchases, [firstUses], grants, [policies]] = await Promise.all([
      this.dataSource.query(
        `SELECT state, count(*)::int AS count, COALESCE(sum(requested_cny), 0)::float8 AS "requestedCny",
                COALESCE(sum(granted_cny) FILTER (WHERE state = 'GRANTED'), 0)::float8 AS "grantedCny"
         FROM promotion_applications WHERE program_id = $1 GROUP BY state ORDER BY state`,
        [programId],
      ),
      this.purchasesByGradeAndScenario(programId),
      this.dataSource.query(
        `SELECT count(*)::int AS count FROM promotion_applications a JOIN purchases p ON p.id = a.purchase_id
         WHERE a.program_id = $1 AND p.first_use_at IS NOT NULL`,
        [programId],
      ),
      this.dataSource.query(
        `SELECT ${beneficiaryColumn} AS "beneficiaryId", date_part('year', p.contract_signed_at)::int AS year, count(*)::int AS grants, sum(a.granted_cny)::float8 AS "grantedCny"
         FROM promotion_applications a JOIN purchases p ON p.id = a.purchase_id
         WHERE a.program_id = $1 AND a.state = 'GRANTED' GROUP BY 1, 2`,
        [programId],
      ) as Promise<{ beneficiaryId: string; year: number; grants: number; grantedCny: number }[]>,
      this.dataSource.query(
        `SELECT count(*)::int AS count, coalesce(sum(i.premium_cny), 0)::float8 AS premiums
         FROM promotion_applications a JOIN insurance_policies i ON i.id = a.policy_id
         WHERE a.program_id = $1 AND a.state IN ('PENDING', 'GRANTED')`,
        [programId],
      ),
    ]);
    const granted = (applications as ProgramReport['applicationsByState']).find((row) => row.state === 'GRANTED')?.grantedCny ?? 0;
    const beneficiaries = await this.organizations.organizationsByIds([...new Set(grants.map((row) => row.beneficiaryId))]);
    const nameOf = new Map(beneficiaries.map((organization) => [organization.id, organization.name]));
    const grantsByBeneficiary = grants
      .map(({ beneficiaryId, ...row }) => ({ organization: nameOf.get(beneficiaryId) ?? '', ...row }))
      .sort((a, b) => a.year - b.year || a.organization.localeCompare(b.organization));
    return {
      program,
      applicationsByState: applications,
      committedCny: program.committedCny,
      grantedCny: granted,
      budgetCny: program.budgetCny,
      purchasesByGradeAndScenario: purchases,
      firstUses: firstUses.count,
      subsidyTerms: paymentWords(program).en,
      grantsByBeneficiary,
      policyYearsClaimed: policies.count,
      premiumsClaimedCny: policies.premiums,
    };
  }

  /** The program's applied purchases per grade and scenario (the scenario of the requirement each was matched to). */
  private async purchasesByGradeAndScenario(programId: string): Promise<ProgramReport['purchasesByGradeAndScenario']> {
    const purchases: { grade: string; matchId: string; tonnes: number; amountCny: number }[] = await this.dataSource.query(
      `SELECT p.grade, p.match_id AS "matchId", p.quantity_tonnes::float8 AS tonnes, p.amount_cny::float8 AS "amountCny"
       FROM promotion_applications a JOIN purchases p ON p.id = a.purchase_id WHERE a.program_id = $1`,
      [programId],
    );
    const requirementOf = await this.matchStatistics.requirementsOfMatches([...new Set(purchases.map((purchase) => purchase.matchId))]);
    const scenarioOf = new Map((await this.requirements.byIds([...new Set(requirementOf.values())])).map((requirement) => [requirement.id, requirement.scenario]));
    const rows = new Map<string, ProgramReport['purchasesByGradeAndScenario'][number]>();
    for (const purchase of purchases) {
      const scenario = scenarioOf.get(requirementOf.get(purchase.matchId)!) ?? null;
      const key = `${purchase.grade}|${scenario}`;
      const row = rows.get(key) ?? { grade: purchase.grade, scenario, purchases: 0, tonnes: 0, amountCny: 0 };
      rows.set(key, { ...row, purchases: row.purchases + 1, tonnes: row.tonnes + purchase.tonnes, amountCny: row.amountCny + purchase.amountCny });
    }
    return [...rows.values()].sort((a, b) => a.grade.localeCompare(b.grade) || (a.scenario ?? '\uffff').localeCompare(b.scenario ?? '\uffff'));
  }

  /**
   * The same report as CSV (RFC 4180, written by csv-stringify): one section per table, separated by a blank
   * line; text a spreadsheet would run as a formula is defused.
   */
  async csv(programId: string): Promise<string> {
    const report = await this.report(programId);
    const rows: CsvCell[][] = [
      ['program', 'subsidy_model', 'pays', 'budget_cny', 'committed_cny', 'granted_cny', 'first_uses', 'policy_years_claimed', 'premiums_claimed_cny'],
      [report.program.name, report.program.subsidyModel, report.subsidyTerms, report.budgetCny, report.committedCny, report.grantedCny, report.firstUses, report.policyYearsClaimed, report.premiumsClaimedCny],
      [],
      ['beneficiary', 'year', 'grants', 'granted_cny'],
      ...report.grantsByBeneficiary.map((row) => [row.organization, row.year, row.grants, row.grantedCny]),
      [],
      ['application_state', 'count', 'requested_cny', 'granted_cny'],
      ...report.applicationsByState.map((row) => [row.state, row.count, row.requestedCny, row.grantedCny]),
      [],
      ['grade', 'scenario', 'purchases', 'tonnes', 'amount_cny'],
      ...report.purchasesByGradeAndScenario.map((row) => [row.grade, row.scenario, row.purchases, row.tonnes, row.amountCny]),
    ];
    return csvOf(rows);
  }
}
