import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { DomainError, DomainErrorCode, type Viewer } from '@magmatch/core';
import { Outbox } from '@magmatch/messaging';
import { AuditLog } from './audit-log.js';
import { ReviewDecided, ReviewRequested } from './review-events.js';

export type ReviewDecision = 'APPROVE' | 'REJECT';

/** Something that waits in a review queue: a listing, a requirement. */
export interface Reviewable extends ObjectLiteral {
  id: string;
  state: string;
  rejectionReason: string | null;
}

export interface ReviewTarget<T extends Reviewable> {
  readonly entity: EntityTarget<T>;
  /** For messages and audit actions: "listing", "requirement". */
  readonly noun: string;
  /** The state an approval moves to (PUBLISHED, OPEN). */
  readonly approvedState: T['state'];
  /** The timestamp an approval sets. */
  readonly approvedAt: keyof T & string;
}

/**
 * A moderator's decision on something waiting for review: it moves to the approved state or to REJECTED
 * with a reason its owner sees, and the decision is written to the audit log in the same transaction
 * (as is whatever `also` records, such as outbox jobs), with the `ReviewDecided` event that tells its owner.
 */
@Injectable()
export class ReviewDesk {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    private readonly outbox: Outbox,
  ) {}

  /** Records, in the transaction of a submission, that a moderator has review work. */
  async requested(manager: EntityManager, noun: string, id: string): Promise<void> {
    await this.outbox.add(manager, ReviewRequested, { subjectType: noun, subjectId: id });
  }

  async decide<T extends Reviewable>(
    target: ReviewTarget<T>,
    moderator: Viewer,
    id: string,
    decision: ReviewDecision,
    reason: string | null,
    also?: (manager: EntityManager) => Promise<void>,
  ): Promise<T> {
    const why = reason?.trim() || null;
    if (decision === 'REJECT' && !why) {
      throw new DomainError(DomainErrorCode.InvalidInput, `reason is required to reject a ${target.noun}: its owner sees it`, 'reason');
    }
    return this.dataSource.transaction(async (manager) => {
      const before = await manager.findOne(target.entity, { where: { id } as never, lock: { mode: 'pessimistic_write' } });
      if (!before) throw new DomainError(DomainErrorCode.NotFound, `No ${target.noun} has id ${id}`, 'id');
      if (before.state !== 'PENDING_REVIEW') {
        throw new DomainError(DomainErrorCode.Conflict, `Only a ${target.noun} waiting for review can be moderated; this one is ${before.state}`);
      }
      const approved = decision === 'APPROVE';
      const changes = approved
        ? { state: target.approvedState, rejectionReason: null, [target.approvedAt]: new Date() }
        : { state: 'REJECTED', rejectionReason: why };
      await manager.update(target.entity, { id } as never, changes as never);
      await this.audit.record(manager, {
        actorId: moderator.userId,
        action: `${target.noun}.${approved ? 'approve' : 'reject'}`,
        subjectType: target.noun,
        subjectId: id,
        before: { state: before.state },
        after: { state: changes.state },
        reason: why,
      });
      await this.outbox.add(manager, ReviewDecided, { subjectType: target.noun, subjectId: id, decision });
      await also?.(manager);
      return { ...before, ...changes } as T;
    });
  }
}

/** Where an edit leaves something reviewed: a live one goes back to review, a rejected one back to draft. */
export function stateAfterEdit<S extends string>(state: S, liveState: S): S {
  if (state === liveState) return 'PENDING_REVIEW' as S;
  if (state === 'REJECTED') return 'DRAFT' as S;
  return state;
}
