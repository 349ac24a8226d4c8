import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { DomainError, DomainErrorCode, type Viewer } from '@magmatch/core';
import { MatchesService } from '@magmatch/matching';
import { AuditLog } from '@magmatch/moderation';
import { ProvenApplicationEntity } from './proven-application.entity.js';
import { PurchasesService } from './purchases.service.js';

/**
 * The replication list of mature applications (复制推广清单): moderators publish a purchase whose first use
 * the buyer confirmed as a success; the list is public, and matching gives proven pairs a small boost.
 */
@Injectable()
export class ReplicationList {
  constructor(
    @InjectRepository(ProvenApplicationEntity) private readonly entries: Repository<ProvenApplicationEntity>,
    private readonly purchases: PurchasesService,
    private readonly matches: MatchesService,
    private readonly audit: AuditLog,
  ) {}

  async publish(moderator: Viewer, purchaseId: string, caseText: string): Promise<ProvenApplicationEntity & { buyerName: string }> {
    const purchase = await this.purchases.visible(moderator, purchaseId);
    if (!purchase.firstUseAt || purchase.useSucceeded !== true) {
      throw new DomainError(DomainErrorCode.Conflict, 'Only a purchase whose first use the buyer confirmed as a success can be published');
    }
    const { requirement, listing } = await this.matches.get(purchase.matchId);
    if (!requirement.scenario) throw new DomainError(DomainErrorCode.Conflict, "The purchase's requirement names no scenario to prove the material in");
    return this.entries.manager.transaction(async (manager) => {
      const inserted: { id: string }[] = await manager.query(
        `INSERT INTO proven_applications (purchase_id, grade, form, scenario, buyer_id, case_text, published_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (purchase_id) DO NOTHING RETURNING id`,
        [purchase.id, listing.grade, listing.form, requirement.scenario, purchase.buyerId, caseText.trim(), moderator.userId],
      );
      if (inserted.length === 0) throw new DomainError(DomainErrorCode.Conflict, 'This purchase is already on the replication list');
      await this.audit.record(manager, {
        actorId: moderator.userId,
        action: 'replication-list.publish',
        subjectType: 'purchase',
        subjectId: purchase.id,
        before: null,
        after: { grade: listing.grade, form: listing.form, scenario: requirement.scenario },
        reason: null,
      });
      const [buyer]: { name: string }[] = await manager.query(`SELECT name FROM organizations WHERE id = $1`, [purchase.buyerId]);
      return { ...(await manager.findOneByOrFail(ProvenApplicationEntity, { id: inserted[0]!.id })), buyerName: buyer!.name };
    });
  }

  /** The published entries, newest first, each with its buyer's name. */
  async list(scenario?: string | null): Promise<(ProvenApplicationEntity & { buyerName: string })[]> {
    const query = this.entries
      .createQueryBuilder('entry')
      .innerJoin('organizations', 'buyer', 'buyer.id = entry.buyer_id')
      .addSelect('buyer.name', 'buyer_name')
      .orderBy('entry.published_at', 'DESC')
      .addOrderBy('entry.id', 'DESC')
      .take(200);
    if (scenario) query.where('entry.scenario = :scenario', { scenario: scenario.toUpperCase() });
    const { entities, raw } = await query.getRawAndEntities<{ buyer_name: string }>();
    return entities.map((entity, index) => ({ ...entity, buyerName: raw[index]!.buyer_name }));
  }
}
