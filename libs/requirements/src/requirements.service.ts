import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Not, type EntityManager, type Repository } from 'typeorm';
import { GradeCatalog } from '@magmatch/catalog';
import { DomainError, DomainErrorCode, guardedTransition, keysetPage, type Page, type Viewer } from '@magmatch/core';
import { Outbox } from '@magmatch/messaging';
import { ReviewDesk, stateAfterEdit, type ReviewDecision, type ReviewTarget } from '@magmatch/moderation';
import { RequirementChanged } from './requirement-changed.event.js';
import { requirementContent, type RequirementDraft } from './requirement-content.js';
import { RequirementEntity, RequirementState, Visibility } from './requirement.entity.js';

const REVIEW: ReviewTarget<RequirementEntity> = {
  entity: RequirementEntity,
  noun: 'requirement',
  approvedState: RequirementState.OPEN,
  approvedAt: 'openedAt',
};
const EDITABLE = [RequirementState.DRAFT, RequirementState.PENDING_REVIEW, RequirementState.OPEN, RequirementState.REJECTED];

/** Buyers' requirements: DRAFT → PENDING_REVIEW → OPEN | REJECTED; OPEN → AWARDED | CLOSED | EXPIRED. */
@Injectable()
export class RequirementsService {
  constructor(
    @InjectRepository(RequirementEntity) private readonly requirements: Repository<RequirementEntity>,
    private readonly reviews: ReviewDesk,
    private readonly outbox: Outbox,
    private readonly grades: GradeCatalog,
  ) {}

  async create(buyer: Viewer, draft: RequirementDraft): Promise<RequirementEntity> {
    const buyerId = buyerOrganization(buyer);
    await this.grades.fresh();
    return this.requirements.save(
      this.requirements.create({ ...requirementContent(draft), buyerId, createdBy: buyer.userId, state: RequirementState.DRAFT }),
    );
  }

  /** Replaces the content; an open requirement goes back to review, a rejected one back to draft. */
  async update(buyer: Viewer, id: string, draft: RequirementDraft): Promise<RequirementEntity> {
    const requirement = await this.owned(buyer, id);
    await this.grades.fresh();
    if (!EDITABLE.includes(requirement.state)) {
      throw new DomainError(DomainErrorCode.Conflict, `A requirement that is ${requirement.state} cannot be edited; post a new one`);
    }
    const state = stateAfterEdit(requirement.state, RequirementState.OPEN);
    const backToReview = state === RequirementState.PENDING_REVIEW && requirement.state !== state;
    return guardedTransition(this.requirements, 'requirement', id, [requirement.state], { ...requirementContent(draft), state }, this.changed(id, backToReview));
  }

  async submit(buyer: Viewer, id: string): Promise<RequirementEntity> {
    await this.owned(buyer, id);
    return guardedTransition(this.requirements, 'requirement', id, [RequirementState.DRAFT, RequirementState.REJECTED], {
      state: RequirementState.PENDING_REVIEW,
      rejectionReason: null,
    }, (manager) => this.reviews.requested(manager, REVIEW.noun, id));
  }

  moderate(moderator: Viewer, id: string, decision: ReviewDecision, reason: string | null): Promise<RequirementEntity> {
    return this.reviews.decide(REVIEW, moderator, id, decision, reason, this.changed(id));
  }

  /** The buyer ends an open requirement: AWARDED when it found its supplier, else CLOSED. */
  async close(buyer: Viewer, id: string, outcome: RequirementState.AWARDED | RequirementState.CLOSED): Promise<RequirementEntity> {
    await this.owned(buyer, id);
    return guardedTransition(this.requirements, 'requirement', id, [RequirementState.OPEN], { state: outcome }, this.changed(id));
  }

  /** In the transaction of an award that covers it: an open requirement becomes AWARDED (matching stops). */
  async markAwarded(manager: EntityManager, requirementId: string): Promise<void> {
    const result = await manager
      .createQueryBuilder()
      .update(RequirementEntity)
      .set({ state: RequirementState.AWARDED })
      .where('id = :id AND state = :open', { id: requirementId, open: RequirementState.OPEN })
      .execute();
    if (result.affected) await this.changed(requirementId)(manager);
  }

  /**
   * Per buyer of `buyerIds` with closed requirements: the share of them that ended AWARDED (of AWARDED, CLOSED and
   * EXPIRED), in percent, one decimal, and how many were closed.
   */
  async awardRates(buyerIds: readonly string[]): Promise<Map<string, { pct: number; closed: number }>> {
    if (buyerIds.length === 0) return new Map();
    const rows: { buyer_id: string; pct: number; closed: number }[] = await this.requirements.query(
      `SELECT buyer_id, round(100.0 * count(*) FILTER (WHERE state = 'AWARDED') / count(*), 1)::float8 AS pct, count(*)::int AS closed
       FROM requirements WHERE buyer_id = ANY($1::uuid[]) AND state IN ('AWARDED', 'CLOSED', 'EXPIRED') GROUP BY buyer_id`,
      [buyerIds],
    );
    return new Map(rows.map((row) => [row.buyer_id, { pct: row.pct, closed: row.closed }]));
  }

  /** In the caller's transaction: the requirement, locked until it commits; CONFLICT unless it is OPEN. */
  async lockOpen(manager: EntityManager, id: string): Promise<RequirementEntity> {
    const requirement = await manager.getRepository(RequirementEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!requirement) throw notFound(id);
    if (requirement.state !== RequirementState.OPEN) throw new DomainError(DomainErrorCode.Conflict, `The requirement is ${requirement.state}: it takes no more awards`);
    return requirement;
  }

  /** Those of `ids` that are not OPEN, with their state. */
  async notOpen(ids: readonly string[]): Promise<{ id: string; state: RequirementState }[]> {
    if (ids.length === 0) return [];
    return this.requirements.find({ where: { id: In([...ids]), state: Not(RequirementState.OPEN) }, select: { id: true, state: true } });
  }

  /**
   * Records, in the transaction of a change, that matching must look at the requirement again, and that
   * moderators have it to review when the change sent it back to review.
   */
  private changed(requirementId: string, backToReview = false) {
    return async (manager: EntityManager) => {
      await this.outbox.add(manager, RequirementChanged, { requirementId });
      if (backToReview) await this.reviews.requested(manager, REVIEW.noun, requirementId);
    };
  }

  /** Its buyer and moderators see a requirement in any state; others an open one that is not MATCHED_ONLY. */
  async visible(viewer: Viewer, id: string): Promise<RequirementEntity> {
    const requirement = await this.requirements.findOneBy({ id });
    if (!requirement || !canSee(viewer, requirement)) throw notFound(id);
    return requirement;
  }

  /** Open requirements any signed-in user may see, newest first. */
  open(first: number, after?: string | null): Promise<Page<RequirementEntity>> {
    const query = this.requirements
      .createQueryBuilder('requirement')
      .where('requirement.state = :state', { state: RequirementState.OPEN })
      .andWhere('requirement.visibility <> :hidden', { hidden: Visibility.MATCHED_ONLY });
    return keysetPage(query, 'openedAt', first, after);
  }

  mine(buyer: Viewer, first: number, after?: string | null): Promise<Page<RequirementEntity>> {
    const query = this.requirements
      .createQueryBuilder('requirement')
      .where('requirement.buyer_id = :buyerId', { buyerId: buyerOrganization(buyer) });
    return keysetPage(query, 'createdAt', first, after);
  }

  reviewQueue(first: number, after?: string | null): Promise<Page<RequirementEntity>> {
    const query = this.requirements
      .createQueryBuilder('requirement')
      .where('requirement.state = :state', { state: RequirementState.PENDING_REVIEW });
    return keysetPage(query, 'updatedAt', first, after);
  }

  private async owned(buyer: Viewer, id: string): Promise<RequirementEntity> {
    const requirement = await this.requirements.findOneBy({ id });
    if (!requirement || !canSee(buyer, requirement)) throw notFound(id);
    if (requirement.buyerId !== buyer.organizationId) {
      throw new DomainError(DomainErrorCode.NotPermitted, 'This requirement belongs to another buyer');
    }
    return requirement;
  }
}

/** Whether `viewer` may see the buyer's confidential parts: the target price and, when anonymous, who they are. */
export function seesBuyerSide(viewer: Viewer, requirement: RequirementEntity): boolean {
  return viewer.role === 'MODERATOR' || viewer.organizationId === requirement.buyerId;
}

function canSee(viewer: Viewer, requirement: RequirementEntity): boolean {
  if (seesBuyerSide(viewer, requirement)) return true;
  return requirement.state === RequirementState.OPEN && requirement.visibility !== Visibility.MATCHED_ONLY;
}

function buyerOrganization(buyer: Viewer): string {
  if (!buyer.organizationId) throw new DomainError(DomainErrorCode.NotPermitted, 'Only a buyer organisation can post requirements');
  return buyer.organizationId;
}

const notFound = (id: string) => new DomainError(DomainErrorCode.NotFound, `No requirement has id ${id}`, 'id');
