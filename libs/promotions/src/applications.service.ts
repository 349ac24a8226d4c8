import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type EntityManager, type Repository } from 'typeorm';
import { DomainError, DomainErrorCode, type Viewer } from '@magmatch/core';
import { Outbox } from '@magmatch/messaging';
import { AuditLog, type ReviewDecision } from '@magmatch/moderation';
import { Eligibility } from './eligibility.js';
import { ApplicationDecided } from './promotion-events.js';
import { ApplicationState, PromotionApplicationEntity } from './promotion-application.entity.js';
import { ProgramState, PromotionProgramEntity } from './promotion-program.entity.js';
import { RuleOutcome } from './promotion-rules.js';
import type { PurchaseEntity } from './purchase.entity.js';
import { Beneficiary, estimateSubsidy, SubsidyModel } from './subsidy-models.js';
import { PurchasesService } from './purchases.service.js';

const { PENDING, GRANTED, REJECTED, WITHDRAWN } = ApplicationState;

/**
 * Applications for a program's subsidy. Granting reserves the amount from the program's budget by a
 * conditional UPDATE in the decision's transaction (and a CHECK stands behind it), so concurrent grants
 * can never commit more than the budget; rejecting or withdrawing a granted application releases it.
 */
@Injectable()
export class ApplicationsService {
  constructor(
    @InjectRepository(PromotionApplicationEntity) private readonly applications: Repository<PromotionApplicationEntity>,
    @InjectRepository(PromotionProgramEntity) private readonly programs: Repository<PromotionProgramEntity>,
    private readonly purchases: PurchasesService,
    private readonly eligibility: Eligibility,
    private readonly audit: AuditLog,
    private readonly outbox: Outbox,
  ) {}

  /** The program's beneficiary on the purchase (its buyer, or its supplier) applies; the other party sees it. */
  async apply(applicant: Viewer, purchaseId: string, programId: string): Promise<PromotionApplicationEntity> {
    const purchase = await this.purchases.visible(applicant, purchaseId);
    const program = await this.programs.findOneBy({ id: programId });
    if (!program || program.state !== ProgramState.LAUNCHED) {
      throw new DomainError(DomainErrorCode.NotFound, `No open program has id ${programId}`, 'programId');
    }
    if (beneficiaryOf(purchase, program.beneficiary) !== applicant.organizationId) {
      throw new DomainError(DomainErrorCode.NotPermitted, `"${program.name}" pays the ${program.beneficiary.toLowerCase()}: only the purchase's ${program.beneficiary.toLowerCase()} may apply`);
    }
    const result = await this.eligibility.of(purchase, program);
    if (result.outcome === RuleOutcome.FAIL) {
      const failed = result.rules.filter((rule) => rule.outcome === RuleOutcome.FAIL).map((rule) => `${rule.rule}: ${rule.detail}`);
      throw new DomainError(DomainErrorCode.Conflict, `This purchase does not qualify for "${program.name}": ${failed.join('; ')}`);
    }
    if (program.subsidyModel === SubsidyModel.INSURANCE_PREMIUM && !result.policy) {
      throw new DomainError(DomainErrorCode.Conflict, 'No recorded policy year is left to claim: record the policy of the year you claim for (recordInsurancePolicy), then apply');
    }
    const inserted: { id: string }[] = await this.applications.query(
      `INSERT INTO promotion_applications (program_id, purchase_id, policy_id, requested_cny, explanation) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (program_id, purchase_id, (coalesce(policy_id, '00000000-0000-0000-0000-000000000000'::uuid))) WHERE state IN ('PENDING', 'GRANTED')
       DO NOTHING RETURNING id`,
      [programId, purchaseId, result.policy?.id ?? null, result.estimatedSubsidyCny, result.subsidyExplanation],
    );
    if (inserted.length === 0) {
      throw new DomainError(DomainErrorCode.Conflict, result.policy ? `Policy ${result.policy.policyNumber} is claimed in this program already` : 'You have already applied to this program for this purchase');
    }
    return this.applications.findOneByOrFail({ id: inserted[0]!.id });
  }

  /** APPROVE grants a PENDING application whose every rule passes; REJECT refuses a pending one or revokes a grant. */
  async review(moderator: Viewer, id: string, decision: ReviewDecision, reason: string | null): Promise<PromotionApplicationEntity> {
    const application = await this.get(id);
    const why = reason?.trim() || null;
    if (decision === 'REJECT') {
      if (!why) throw new DomainError(DomainErrorCode.InvalidInput, 'reason is required to reject an application: the buyer sees it', 'reason');
      return this.end(moderator, application, [PENDING, GRANTED], REJECTED, why);
    }
    const purchase = await this.purchases.visible(moderator, application.purchaseId);
    const program = await this.programs.findOneByOrFail({ id: application.programId });
    const result = await this.eligibility.of(purchase, program, application.policyId);
    if (result.outcome !== RuleOutcome.PASS) {
      const open = result.rules.filter((rule) => rule.outcome !== RuleOutcome.PASS).map((rule) => `${rule.rule}: ${rule.detail}`);
      throw new DomainError(DomainErrorCode.Conflict, `Not every rule passes yet: ${open.join('; ')}`);
    }
    return this.applications.manager.transaction(async (manager) => {
      // Grants of a program take turns, so the beneficiary's annual cap is read and spent by one at a time.
      await manager.findOne(PromotionProgramEntity, { where: { id: program.id }, lock: { mode: 'pessimistic_write' } });
      const granted = (await this.eligibility.grantedThisYear(purchase, manager)).get(program.id)?.[program.beneficiary] ?? 0;
      const { amountCny: amount, explanation } = estimateSubsidy(program, purchase, result.policy, granted);
      if (amount <= 0) throw new DomainError(DomainErrorCode.Conflict, `Nothing is left to grant: ${explanation}`);
      await this.move(manager, application, [PENDING], { state: GRANTED, grantedCny: amount, explanation, reason: why, decidedBy: moderator.userId, decidedAt: new Date() });
      const reserved = await manager.query(
        `UPDATE promotion_programs SET committed_cny = committed_cny + $2, updated_at = now()
         WHERE id = $1 AND state = 'LAUNCHED' AND committed_cny + $2 <= budget_cny RETURNING committed_cny`,
        [program.id, amount],
      );
      if (reserved[0].length === 0) {
        throw new DomainError(DomainErrorCode.Conflict, `The program's budget cannot cover CNY ${amount} more (or the program is closed)`);
      }
      await this.decided(manager, moderator, application, 'application.grant', { state: GRANTED, grantedCny: amount }, why);
      return manager.findOneByOrFail(PromotionApplicationEntity, { id });
    });
  }

  /** The applicant (the program's beneficiary on the purchase) withdraws. */
  async withdraw(applicant: Viewer, id: string): Promise<PromotionApplicationEntity> {
    const application = await this.get(id);
    const purchase = await this.purchases.visible(applicant, application.purchaseId);
    const program = await this.programs.findOneByOrFail({ id: application.programId });
    if (beneficiaryOf(purchase, program.beneficiary) !== applicant.organizationId) {
      throw new DomainError(DomainErrorCode.NotPermitted, `Only the purchase's ${program.beneficiary.toLowerCase()}, who applied, may withdraw`);
    }
    return this.end(applicant, application, [PENDING, GRANTED], WITHDRAWN, null);
  }

  /** The applications on purchases the viewer's organisation is party to, either side (all of a program's for moderators). */
  list(viewer: Viewer, programId?: string | null): Promise<PromotionApplicationEntity[]> {
    const query = this.applications.createQueryBuilder('application').orderBy('application.created_at', 'DESC').addOrderBy('application.id', 'DESC').take(500);
    if (programId) query.andWhere('application.program_id = :programId', { programId });
    if (viewer.role !== 'MODERATOR') {
      query.andWhere('application.purchase_id IN (SELECT id FROM purchases WHERE buyer_id = :party OR supplier_id = :party)', { party: viewer.organizationId });
    }
    return query.getMany();
  }

  async get(id: string): Promise<PromotionApplicationEntity> {
    const application = await this.applications.findOneBy({ id });
    if (!application) throw new DomainError(DomainErrorCode.NotFound, `No application has id ${id}`, 'id');
    return application;
  }

  /** Ends an application; a granted one gives its money back to the budget in the same transaction. */
  private end(actor: Viewer, application: PromotionApplicationEntity, from: ApplicationState[], to: ApplicationState, reason: string | null) {
    return this.applications.manager.transaction(async (manager) => {
      // The program first, as grants lock it: a revoke racing a grant then waits instead of deadlocking.
      await manager.findOne(PromotionProgramEntity, { where: { id: application.programId }, lock: { mode: 'pessimistic_write' } });
      const before = await this.move(manager, application, from, { state: to, reason, decidedBy: actor.userId, decidedAt: new Date() });
      if (before.state === GRANTED) {
        await manager.query(`UPDATE promotion_programs SET committed_cny = committed_cny - $2, updated_at = now() WHERE id = $1`, [
          application.programId,
          before.grantedCny,
        ]);
      }
      await this.decided(manager, actor, application, `application.${to.toLowerCase()}`, { state: to, released: before.state === GRANTED ? before.grantedCny : 0 }, reason);
      return manager.findOneByOrFail(PromotionApplicationEntity, { id: application.id });
    });
  }

  /** Moves the application out of one of `from` by a conditional UPDATE; returns the row as it was. */
  private async move(manager: EntityManager, application: PromotionApplicationEntity, from: ApplicationState[], changes: Partial<PromotionApplicationEntity>) {
    const before = await manager.findOne(PromotionApplicationEntity, { where: { id: application.id, state: In(from) }, lock: { mode: 'pessimistic_write' } });
    if (!before) {
      const current = await manager.findOneBy(PromotionApplicationEntity, { id: application.id });
      throw new DomainError(DomainErrorCode.Conflict, `This application is ${current?.state ?? 'gone'}; that step needs it to be ${from.join(' or ')}`);
    }
    await manager.update(PromotionApplicationEntity, { id: application.id }, changes);
    return before;
  }

  private async decided(manager: EntityManager, actor: Viewer, application: PromotionApplicationEntity, action: string, after: Record<string, unknown>, reason: string | null) {
    await this.audit.record(manager, { actorId: actor.userId, action, subjectType: 'application', subjectId: application.id, before: { state: application.state }, after, reason });
    if (action !== 'application.withdrawn') {
      await this.outbox.add(manager, ApplicationDecided, { applicationId: application.id }, { idempotencyKey: `application-decided:${application.id}:${action}` });
    }
  }
}

const beneficiaryOf = (purchase: PurchaseEntity, beneficiary: Beneficiary) => (beneficiary === Beneficiary.BUYER ? purchase.buyerId : purchase.supplierId);
