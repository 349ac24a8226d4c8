import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type Repository } from 'typeorm';
import { materialOf } from '@magmatch/listings';
import { DomainError, DomainErrorCode, type Viewer } from '@magmatch/core';
import { MatchState, MatchesService } from '@magmatch/matching';
import { Outbox } from '@magmatch/messaging';
import { Eligibility } from './eligibility.js';
import { EvidenceDocumentEntity } from './evidence-document.entity.js';
import { EvidenceStore, type IncomingFile } from './evidence-store.js';
import { PurchaseEligible } from './promotion-events.js';
import { RuleOutcome, type EvidenceKind } from './promotion-rules.js';
import { PurchaseEntity } from './purchase.entity.js';

export interface PurchaseRecord {
  readonly matchId: string;
  readonly quantityTonnes: number;
  readonly amountCny: number;
  readonly contractSignedAt: string;
  readonly firstUseAt?: string | null;
}

/**
 * Purchases recorded by buyers on accepted matches, confirmed by suppliers, with their first use and
 * evidence. Recording one evaluates it against every open program and tells both sides where it may qualify.
 */
@Injectable()
export class PurchasesService {
  constructor(
    @InjectRepository(PurchaseEntity) private readonly purchases: Repository<PurchaseEntity>,
    @InjectRepository(EvidenceDocumentEntity) private readonly documents: Repository<EvidenceDocumentEntity>,
    private readonly matches: MatchesService,
    private readonly eligibility: Eligibility,
    private readonly evidence: EvidenceStore,
    private readonly outbox: Outbox,
  ) {}

  async record(buyer: Viewer, record: PurchaseRecord): Promise<PurchaseEntity> {
    const { match, requirement, listing } = await this.matches.get(record.matchId);
    if (requirement.buyerId !== buyer.organizationId) throw new DomainError(DomainErrorCode.NotFound, `No match of yours has id ${record.matchId}`, 'matchId');
    if (match.state !== MatchState.ACCEPTED) {
      throw new DomainError(DomainErrorCode.Conflict, `A purchase is recorded on an ACCEPTED match; this one is ${match.state}`);
    }
    if (record.firstUseAt && record.firstUseAt < record.contractSignedAt) {
      throw new DomainError(DomainErrorCode.InvalidInput, 'firstUseAt cannot be before contractSignedAt', 'firstUseAt');
    }
    const purchase = await this.purchases.save(
      this.purchases.create({
        matchId: match.id,
        buyerId: requirement.buyerId,
        supplierId: listing.supplierId,
        grade: materialOf(listing).name,
        gradeFamily: materialOf(listing).family,
        quantityTonnes: record.quantityTonnes,
        amountCny: record.amountCny,
        contractSignedAt: record.contractSignedAt,
        firstUseAt: record.firstUseAt ?? null,
        recordedBy: buyer.userId,
      }),
    );
    const candidates = (await this.eligibility.forOpenPrograms(purchase)).filter((result) => result.outcome !== RuleOutcome.FAIL);
    if (candidates.length > 0) {
      await this.purchases.manager.transaction(async (manager) => {
        for (const { program, outcome } of candidates) {
          await this.outbox.add(manager, PurchaseEligible, { purchaseId: purchase.id, programId: program.id, outcome }, {
            idempotencyKey: `purchase-eligible:${purchase.id}:${program.id}`,
          });
        }
      });
    }
    return purchase;
  }

  async confirmDelivery(supplier: Viewer, id: string): Promise<PurchaseEntity> {
    const purchase = await this.visible(supplier, id);
    if (purchase.supplierId !== supplier.organizationId) throw notYours();
    await this.purchases.update({ id }, { deliveryConfirmedAt: purchase.deliveryConfirmedAt ?? new Date() });
    return this.purchases.findOneByOrFail({ id });
  }

  /** The buyer records the acceptance report's date and whether the first use went well. */
  async recordFirstUse(buyer: Viewer, id: string, firstUseAt: string, succeeded: boolean): Promise<PurchaseEntity> {
    const purchase = await this.visible(buyer, id);
    if (purchase.buyerId !== buyer.organizationId) throw notYours();
    if (firstUseAt < purchase.contractSignedAt) throw new DomainError(DomainErrorCode.InvalidInput, 'firstUseAt cannot be before the contract date', 'firstUseAt');
    await this.purchases.update({ id }, { firstUseAt, useSucceeded: succeeded });
    return this.purchases.findOneByOrFail({ id });
  }

  /** Stores a file for the buyer's own purchase; the upload is read only once the purchase is known to be theirs. */
  async attachEvidence(buyer: Viewer, id: string, kind: EvidenceKind, upload: () => Promise<IncomingFile>): Promise<EvidenceDocumentEntity> {
    const purchase = await this.visible(buyer, id);
    if (purchase.buyerId !== buyer.organizationId) throw notYours();
    const file = await this.evidence.store(upload);
    try {
      return await this.documents.save(this.documents.create({ ...file, purchaseId: id, kind, uploadedBy: buyer.userId }));
    } catch (error) {
      await this.evidence.discard(file);
      throw error;
    }
  }

  documentsOf(purchaseId: string): Promise<EvidenceDocumentEntity[]> {
    return this.documents.find({ where: { purchaseId }, order: { uploadedAt: 'ASC', id: 'ASC' } });
  }

  /** Purchases of the viewer's organisation (as buyer or supplier), newest first; every purchase for moderators. */
  mine(viewer: Viewer): Promise<PurchaseEntity[]> {
    if (viewer.role === 'MODERATOR') return this.purchases.find({ order: { createdAt: 'DESC', id: 'DESC' }, take: 200 });
    return this.purchases.find({
      where: [{ buyerId: viewer.organizationId! }, { supplierId: viewer.organizationId! }],
      order: { createdAt: 'DESC', id: 'DESC' },
      take: 200,
    });
  }

  /** A purchase whoever asks: for internal callers (the notification centre) that act for the system. */
  async get(id: string): Promise<PurchaseEntity> {
    const purchase = await this.purchases.findOneBy({ id });
    if (!purchase) throw new DomainError(DomainErrorCode.NotFound, `No purchase has id ${id}`, 'id');
    return purchase;
  }

  /** A purchase its buyer, its supplier or a moderator may see; NOT_FOUND for anyone else. */
  async visible(viewer: Viewer, id: string): Promise<PurchaseEntity> {
    const purchase = await this.purchases.findOneBy({ id });
    const party = purchase && (viewer.role === 'MODERATOR' || [purchase.buyerId, purchase.supplierId].includes(viewer.organizationId ?? ''));
    if (!purchase || !party) throw new DomainError(DomainErrorCode.NotFound, `No purchase of yours has id ${id}`, 'id');
    return purchase;
  }
}

const notYours = () => new DomainError(DomainErrorCode.NotPermitted, "This is the other party's step on this purchase");
