import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { DomainError, DomainErrorCode, type Viewer } from '@magmatch/core';
import { OrganizationsService } from '@magmatch/identity';
import { MatchesService, ScenarioProven } from '@magmatch/matching';
import { Outbox } from '@magmatch/messaging';
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
    private readonly organizations: OrganizationsService,
    private readonly audit: AuditLog,
    private readonly outbox: Outbox,
  ) {}

  async publish(moderator: Viewer, purchaseId: string, caseText: string): Promise<ProvenApplicationEntity & { buyerName: string }> {
    const purchase = await this.purchases.visible(moderator, purchaseId);
    if (!purchase.firstUseAt || purchase.useSucceeded !== true) {
      throw new DomainError(DomainErrorCode.Conflict, 'Only a purchase whose first use the buyer confirmed as a success can be published');
    }
    const { requirement, listing } = await this.matches.get(purchase.matchId);
    if (!requirement.scenario) throw new DomainError(DomainErrorCode.Conflict, "The purchase's requirement names no scenario to prove the material in");
    const entry = await this.entries.manager.transaction(async (manager) => {
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
      const proven = { grade: listing.grade!, form: listing.form, scenario: requirement.scenario! };
      await this.outbox.add(manager, ScenarioProven, proven, { idempotencyKey: `scenario-proven:${purchase.id}` });
      return manager.findOneByOrFail(ProvenApplicationEntity, { id: inserted[0]!.id });
    });
    return (await this.withBuyerNames([entry]))[0]!;
  }

  /** The published entries, newest first, each with its buyer's name. */
  async list(scenario?: string | null): Promise<(ProvenApplicationEntity & { buyerName: string })[]> {
    const entries = await this.entries.find({
      where: scenario ? { scenario: scenario.toUpperCase() } : {},
      order: { publishedAt: 'DESC', id: 'DESC' },
      take: 200,
    });
    return this.withBuyerNames(entries);
  }

  private async withBuyerNames(entries: ProvenApplicationEntity[]): Promise<(ProvenApplicationEntity & { buyerName: string })[]> {
    const buyers = await this.organizations.organizationsByIds([...new Set(entries.map((entry) => entry.buyerId))]);
    const nameOf = new Map(buyers.map((buyer) => [buyer.id, buyer.name]));
    return entries.map((entry) => ({ ...entry, buyerName: nameOf.get(entry.buyerId)! }));
  }
}
