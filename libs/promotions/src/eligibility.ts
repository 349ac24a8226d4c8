import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PromotionProgramEntity, ProgramState } from './promotion-program.entity.js';
import {
  evaluateRules,
  overallOutcome,
  subsidyFor,
  RuleOutcome,
  type EvidenceKind,
  type PurchaseFacts,
  type RuleEvaluation,
} from './promotion-rules.js';
import type { PurchaseEntity } from './purchase.entity.js';

export interface ProgramEligibility {
  readonly program: PromotionProgramEntity;
  readonly outcome: RuleOutcome;
  readonly rules: RuleEvaluation[];
  /** Null when the purchase fails the program. */
  readonly estimatedSubsidyCny: number | null;
}

/** Gathers what is known of a purchase and applies programs' rules to it. */
@Injectable()
export class Eligibility {
  constructor(private readonly dataSource: DataSource) {}

  async of(purchase: PurchaseEntity, program: PromotionProgramEntity): Promise<ProgramEligibility> {
    return judge(program, await this.facts(purchase));
  }

  /** The purchase against every launched program. */
  async forOpenPrograms(purchase: PurchaseEntity): Promise<ProgramEligibility[]> {
    const [facts, programs] = await Promise.all([
      this.facts(purchase),
      this.dataSource.getRepository(PromotionProgramEntity).find({ where: { state: ProgramState.LAUNCHED }, order: { endsAt: 'ASC', id: 'ASC' } }),
    ]);
    return programs.map((program) => judge(program, facts));
  }

  async facts(purchase: PurchaseEntity): Promise<PurchaseFacts> {
    const [row]: {
      scenario: string | null;
      first_batch: boolean;
      supplier_city: string | null;
      supplier_region: string | null;
      business_type: string | null;
      others: { contractSignedAt: string; recordedAt: string }[] | null;
      evidence: EvidenceKind[] | null;
    }[] = await this.dataSource.query(
      `SELECT r.scenario, l.first_batch_new_material AS first_batch, s.city AS supplier_city, s.region AS supplier_region,
              b.business_type,
              (SELECT json_agg(json_build_object('contractSignedAt', to_char(o.contract_signed_at, 'YYYY-MM-DD'),
                        'recordedAt', to_char(o.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')))
                FROM purchases o WHERE o.buyer_id = p.buyer_id AND o.grade_family = p.grade_family AND o.id <> p.id) AS others,
              (SELECT array_agg(DISTINCT e.kind) FROM evidence_documents e WHERE e.purchase_id = p.id) AS evidence
       FROM purchases p
       JOIN matches m ON m.id = p.match_id JOIN requirements r ON r.id = m.requirement_id JOIN listings l ON l.id = m.listing_id
       JOIN organizations s ON s.id = p.supplier_id JOIN organizations b ON b.id = p.buyer_id
       WHERE p.id = $1`,
      [purchase.id],
    );
    return {
      contractSignedAt: purchase.contractSignedAt,
      recordedAt: purchase.createdAt.toISOString(),
      amountCny: purchase.amountCny,
      grade: purchase.grade,
      gradeFamily: purchase.gradeFamily,
      scenario: row!.scenario,
      firstBatchNewMaterial: row!.first_batch,
      supplierCity: row!.supplier_city,
      supplierRegion: row!.supplier_region,
      buyerBusinessType: row!.business_type,
      buyerIsSupplier: purchase.buyerId === purchase.supplierId,
      otherPurchasesOfFamily: row!.others ?? [],
      firstUseAt: purchase.firstUseAt,
      deliveryConfirmed: purchase.deliveryConfirmedAt !== null,
      evidence: row!.evidence ?? [],
    };
  }
}

function judge(program: PromotionProgramEntity, facts: PurchaseFacts): ProgramEligibility {
  const rules = evaluateRules(program, facts);
  const outcome = overallOutcome(rules);
  return { program, outcome, rules, estimatedSubsidyCny: outcome === RuleOutcome.FAIL ? null : subsidyFor(program, facts.amountCny) };
}
