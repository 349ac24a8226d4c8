import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { FirstBatchCatalogue } from '@magmatch/catalog';
import { OrganizationsService } from '@magmatch/identity';
import { MatchesService } from '@magmatch/matching';
import { PromotionProgramEntity, ProgramState } from './promotion-program.entity.js';
import {
  evaluateRules,
  nextPolicyYear,
  overallOutcome,
  RuleOutcome,
  type EvidenceKind,
  type PolicyYear,
  type PurchaseFacts,
  type RuleEvaluation,
} from './promotion-rules.js';
import type { PurchaseEntity } from './purchase.entity.js';
import { Beneficiary, estimateSubsidy, SubsidyModel } from './subsidy-models.js';

export interface ProgramEligibility {
  readonly program: PromotionProgramEntity;
  readonly outcome: RuleOutcome;
  readonly rules: RuleEvaluation[];
  /** Null when the purchase fails the program. */
  readonly estimatedSubsidyCny: number | null;
  /** The estimate's arithmetic in words; null with it. */
  readonly subsidyExplanation: string | null;
  /** INSURANCE_PREMIUM: the policy year an application now claims. */
  readonly policy: PolicyYear | null;
}

/** What programs have granted this purchase's buyer and supplier in the calendar year of its contract, per program. */
export type GrantedThisYear = Map<string, Record<Beneficiary, number>>;

/** Gathers what is known of a purchase and applies programs' rules to it. */
@Injectable()
export class Eligibility {
  constructor(
    private readonly dataSource: DataSource,
    private readonly firstBatch: FirstBatchCatalogue,
    private readonly matches: MatchesService,
    private readonly organizations: OrganizationsService,
  ) {}

  /**
   * The purchase against `program`. `claimedPolicyId`: the policy year an application being decided claims,
   * judged as that application's own rather than as claimed already.
   */
  async of(purchase: PurchaseEntity, program: PromotionProgramEntity, claimedPolicyId: string | null = null): Promise<ProgramEligibility> {
    const [facts, granted] = await Promise.all([this.facts(purchase), this.grantedThisYear(purchase)]);
    if (!claimedPolicyId) return judge(program, purchase, facts, granted);
    const policies = facts.policies.map((policy) => (policy.id === claimedPolicyId ? { ...policy, claimedIn: policy.claimedIn.filter((id) => id !== program.id) } : policy));
    return judge(program, purchase, { ...facts, policies }, granted, policies.find((policy) => policy.id === claimedPolicyId));
  }

  /** The purchase against every launched program. */
  async forOpenPrograms(purchase: PurchaseEntity): Promise<ProgramEligibility[]> {
    const [facts, granted, programs] = await Promise.all([
      this.facts(purchase),
      this.grantedThisYear(purchase),
      this.dataSource.getRepository(PromotionProgramEntity).find({ where: { state: ProgramState.LAUNCHED }, order: { endsAt: 'ASC', id: 'ASC' } }),
    ]);
    return programs.map((program) => judge(program, purchase, facts, granted));
  }

  /**
   * Per program: the grants to this purchase's buyer and to its supplier for contracts of the same calendar year;
   * read through `manager` inside a transaction that holds the program's lock.
   */
  async grantedThisYear(purchase: PurchaseEntity, manager: EntityManager = this.dataSource.manager): Promise<GrantedThisYear> {
    const rows: { program_id: string; buyer: number; supplier: number }[] = await manager.query(
      `SELECT a.program_id,
              coalesce(sum(a.granted_cny) FILTER (WHERE p.buyer_id = $1), 0)::float8 AS buyer,
              coalesce(sum(a.granted_cny) FILTER (WHERE p.supplier_id = $2), 0)::float8 AS supplier
       FROM promotion_applications a JOIN purchases p ON p.id = a.purchase_id
       WHERE a.state = 'GRANTED' AND date_part('year', p.contract_signed_at) = date_part('year', $3::date)
       GROUP BY a.program_id`,
      [purchase.buyerId, purchase.supplierId, purchase.contractSignedAt],
    );
    return new Map(rows.map((row) => [row.program_id, { BUYER: row.buyer, SUPPLIER: row.supplier }]));
  }

  async facts(purchase: PurchaseEntity): Promise<PurchaseFacts> {
    const [{ requirement, listing }, parties, own] = await Promise.all([
      this.matches.get(purchase.matchId),
      this.organizations.organizationsByIds([purchase.supplierId, purchase.buyerId]),
      this.ownFacts(purchase),
    ]);
    const supplier = parties.find((party) => party.id === purchase.supplierId);
    const buyer = parties.find((party) => party.id === purchase.buyerId);
    return {
      contractSignedAt: purchase.contractSignedAt,
      recordedAt: purchase.createdAt.toISOString(),
      amountCny: purchase.amountCny,
      grade: purchase.grade,
      gradeFamily: purchase.gradeFamily,
      scenario: requirement.scenario,
      firstBatchNewMaterial: listing.firstBatchNewMaterial,
      firstBatch: listing.firstBatchEntryId
        ? { ...(await this.firstBatch.claim(listing.firstBatchEntryId, purchase.contractSignedAt)), verified: listing.firstBatchVerified }
        : null,
      supplierCity: supplier?.city ?? null,
      supplierRegion: supplier?.region ?? null,
      buyerBusinessType: buyer?.businessType ?? null,
      buyerIsSupplier: purchase.buyerId === purchase.supplierId,
      otherPurchasesOfFamily: own.others ?? [],
      firstUseAt: purchase.firstUseAt,
      deliveryConfirmed: purchase.deliveryConfirmedAt !== null,
      evidence: own.evidence ?? [],
      policies: own.policies ?? [],
    };
  }

  /** What promotions' own tables say of the purchase: the buyer's other purchases of the family, evidence, policy years. */
  private async ownFacts(purchase: PurchaseEntity) {
    const [row]: {
      others: { contractSignedAt: string; recordedAt: string }[] | null;
      evidence: EvidenceKind[] | null;
      policies: PolicyYear[] | null;
    }[] = await this.dataSource.query(
      `SELECT
              (SELECT json_agg(json_build_object('contractSignedAt', to_char(o.contract_signed_at, 'YYYY-MM-DD'),
                        'recordedAt', to_char(o.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')))
                FROM purchases o WHERE o.buyer_id = p.buyer_id AND o.grade_family = p.grade_family AND o.id <> p.id) AS others,
              (SELECT array_agg(DISTINCT e.kind) FROM evidence_documents e WHERE e.purchase_id = p.id) AS evidence,
              (SELECT json_agg(json_build_object('id', i.id, 'policyNumber', i.policy_number, 'premiumCny', i.premium_cny,
                        'liabilityLimitCny', i.liability_limit_cny, 'periodFrom', to_char(i.period_from, 'YYYY-MM-DD'),
                        'periodTo', to_char(i.period_to, 'YYYY-MM-DD'),
                        'claimedIn', coalesce((SELECT json_agg(a.program_id) FROM promotion_applications a
                                               WHERE a.policy_id = i.id AND a.state IN ('PENDING', 'GRANTED')), '[]'::json))
                        ORDER BY i.period_from, i.id)
                 FROM insurance_policies i WHERE i.purchase_id = p.id) AS policies
       FROM purchases p WHERE p.id = $1`,
      [purchase.id],
    );
    return row!;
  }
}

/** The program's rules applied to the purchase, and — unless it fails — the subsidy it would get, explained. */
function judge(program: PromotionProgramEntity, purchase: PurchaseEntity, facts: PurchaseFacts, granted: GrantedThisYear, claimed?: PolicyYear): ProgramEligibility {
  const rules = evaluateRules(program, facts);
  const outcome = overallOutcome(rules);
  const policy = program.subsidyModel === SubsidyModel.INSURANCE_PREMIUM ? (claimed ?? nextPolicyYear(program, facts)) : null;
  if (outcome === RuleOutcome.FAIL) return { program, outcome, rules, estimatedSubsidyCny: null, subsidyExplanation: null, policy };
  const estimate = estimateSubsidy(program, purchase, policy, granted.get(program.id)?.[program.beneficiary] ?? 0);
  return { program, outcome, rules, estimatedSubsidyCny: estimate.amountCny, subsidyExplanation: estimate.explanation, policy };
}
