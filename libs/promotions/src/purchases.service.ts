import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type Repository } from 'typeorm';
import { ListingReads, materialOf } from '@magmatch/listings';
import { conflictOnDuplicate, DomainError, DomainErrorCode, type Viewer } from '@magmatch/core';
import { MatchState, MatchesService } from '@magmatch/matching';
import { Outbox } from '@magmatch/messaging';
import { QuotesService } from '@magmatch/quotes';
import { priceWords } from '@magmatch/trade';
import { Eligibility } from './eligibility.js';
import { EvidenceDocumentEntity } from './evidence-document.entity.js';
import { EvidenceStore, type IncomingFile } from './evidence-store.js';
import { PurchaseEligible } from './promotion-events.js';
import { EvidenceKind, RuleOutcome } from './promotion-rules.js';
import { InsurancePolicyEntity } from './insurance-policy.entity.js';
import { PurchaseEntity } from './purchase.entity.js';

/** A purchase as the buyer records it: under a deal (whose quantity, amount and date it takes by default), or on an accepted match. */
export interface PurchaseRecord {
  readonly dealId?: string | null;
  readonly matchId?: string | null;
  readonly quantityTonnes?: number | null;
  readonly amountCny?: number | null;
  /** YYYY-MM-DD */
  readonly contractSignedAt?: string | null;
  readonly firstUseAt?: string | null;
}

/** A policy year as its producer records it. */
export interface PolicyDraft {
  readonly policyNumber: string;
  readonly insurer: string;
  readonly premiumCny: number;
  readonly liabilityLimitCny: number;
  /** YYYY-MM-DD */
  readonly periodFrom: string;
  /** YYYY-MM-DD */
  readonly periodTo: string;
}

/** What a purchase under a deal takes from it; the buyer may record less (the part the purchase covers), never more. */
interface Terms {
  readonly matchId: string;
  readonly listingId: string;
  readonly quantityTonnes: number;
  readonly amountCny: number;
  readonly contractSignedAt: string;
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
    private readonly listings: ListingReads,
    private readonly quotes: QuotesService,
    private readonly eligibility: Eligibility,
    private readonly evidence: EvidenceStore,
    private readonly outbox: Outbox,
  ) {}

  async record(buyer: Viewer, record: PurchaseRecord): Promise<PurchaseEntity> {
    const terms = record.dealId ? await this.dealTerms(buyer, record.dealId, record) : await this.matchTerms(buyer, record);
    if (record.firstUseAt && record.firstUseAt < terms.contractSignedAt) {
      throw new DomainError(DomainErrorCode.InvalidInput, 'firstUseAt cannot be before contractSignedAt', 'firstUseAt');
    }
    const [listing] = await this.listings.byIds([terms.listingId]);
    const purchase = await this.purchases.save(
      this.purchases.create({
        matchId: terms.matchId,
        dealId: record.dealId ?? null,
        buyerId: buyer.organizationId!,
        supplierId: listing!.supplierId,
        grade: materialOf(listing!).name,
        gradeFamily: materialOf(listing!).family,
        quantityTonnes: terms.quantityTonnes,
        amountCny: terms.amountCny,
        contractSignedAt: terms.contractSignedAt,
        firstUseAt: record.firstUseAt ?? null,
        recordedBy: buyer.userId,
      }),
    ).catch(conflictOnDuplicate('A purchase is recorded under this deal already', 'dealId'));
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

  /** A purchase on an ACCEPTED match of the buyer's (a deal agreed off the platform): every figure given. */
  private async matchTerms(buyer: Viewer, record: PurchaseRecord): Promise<Terms> {
    const required = (['matchId', 'quantityTonnes', 'amountCny', 'contractSignedAt'] as const).find((field) => record[field] == null);
    if (required) throw new DomainError(DomainErrorCode.InvalidInput, `${required} is required for a purchase without a dealId`, required);
    const { match, requirement, listing } = await this.matches.get(record.matchId!);
    if (requirement.buyerId !== buyer.organizationId) throw new DomainError(DomainErrorCode.NotFound, `No match of yours has id ${record.matchId}`, 'matchId');
    if (match.state !== MatchState.ACCEPTED) {
      throw new DomainError(DomainErrorCode.Conflict, `A purchase is recorded on an ACCEPTED match; this one is ${match.state}`);
    }
    return { matchId: match.id, listingId: listing.id, quantityTonnes: record.quantityTonnes!, amountCny: record.amountCny!, contractSignedAt: record.contractSignedAt! };
  }

  /**
   * A purchase under a deal of the buyer's (one per deal) takes the deal's listing, its contract date (the day it
   * was signed, or a later one given), its quantity (monthly quantity × months, or one month when the deal names
   * none) and amount (its price in CNY/t including VAT at the award's exchange rates × tonnes); a smaller quantity
   * or amount may be given when the purchase covers less than the deal, never a larger one.
   */
  private async dealTerms(buyer: Viewer, dealId: string, record: PurchaseRecord): Promise<Terms> {
    const deal = await this.quotes.deal(buyer, dealId, 'dealId');
    if (deal.buyerId !== buyer.organizationId) throw new DomainError(DomainErrorCode.NotFound, `No deal of yours has id ${dealId}`, 'dealId');
    if (record.matchId && record.matchId !== deal.matchId) throw new DomainError(DomainErrorCode.InvalidInput, `matchId must be the deal's match (${deal.matchId}) or left out`, 'matchId');
    const dealTonnes = deal.quantityTonnesPerMonth * (deal.months ?? 1);
    const perTonne = deal.cnyPerTonneVatIncluded;
    const quantityTonnes = record.quantityTonnes ?? dealTonnes;
    if (quantityTonnes > dealTonnes) throw new DomainError(DomainErrorCode.InvalidInput, `quantityTonnes ${quantityTonnes} exceeds the deal's ${dealTonnes} t`, 'quantityTonnes');
    if (perTonne == null && record.amountCny == null) {
      throw new DomainError(DomainErrorCode.InvalidInput, `the deal's price (${priceWords(deal.price)}) cannot be turned into CNY: give amountCny`, 'amountCny');
    }
    const dealAmount = perTonne == null ? Infinity : Math.round(perTonne * dealTonnes * 100) / 100;
    const amountCny = record.amountCny ?? Math.round(perTonne! * quantityTonnes * 100) / 100;
    if (amountCny > dealAmount) throw new DomainError(DomainErrorCode.InvalidInput, `amountCny ${amountCny} exceeds the deal's CNY ${dealAmount}`, 'amountCny');
    const signed = deal.signedAt.toISOString().slice(0, 10);
    if (record.contractSignedAt && record.contractSignedAt < signed) {
      throw new DomainError(DomainErrorCode.InvalidInput, `contractSignedAt cannot be before the deal was signed (${signed})`, 'contractSignedAt');
    }
    return { matchId: deal.matchId, listingId: deal.listingId, quantityTonnes, amountCny, contractSignedAt: record.contractSignedAt ?? signed };
  }

  /**
   * The insured producer (the purchase's supplier) records a policy year of the quality and liability insurance
   * it bought for the user; BAD_USER_INPUT for a period not ending after it starts, or lasting more than a year
   * and a day; CONFLICT for a policy number it recorded before.
   */
  async recordInsurancePolicy(supplier: Viewer, purchaseId: string, draft: PolicyDraft): Promise<PurchaseEntity> {
    const purchase = await this.visible(supplier, purchaseId);
    if (purchase.supplierId !== supplier.organizationId) {
      throw new DomainError(DomainErrorCode.NotPermitted, 'Only the insured producer (the purchase\'s supplier) records its policies');
    }
    const days = (Date.parse(draft.periodTo) - Date.parse(draft.periodFrom)) / 86_400_000;
    if (!(days > 0 && days <= 366)) {
      throw new DomainError(DomainErrorCode.InvalidInput, 'input.periodTo must be after input.periodFrom, within a year: record one policy year at a time', 'input.periodTo');
    }
    if (draft.periodFrom < purchase.contractSignedAt) {
      throw new DomainError(DomainErrorCode.InvalidInput, `input.periodFrom cannot be before the contract date ${purchase.contractSignedAt}`, 'input.periodFrom');
    }
    const policies = this.purchases.manager.getRepository(InsurancePolicyEntity);
    const overlapping = (await this.policiesOf(purchaseId)).find((policy) => policy.periodFrom < draft.periodTo && draft.periodFrom < policy.periodTo);
    if (overlapping) {
      throw new DomainError(DomainErrorCode.Conflict, `The period overlaps policy ${overlapping.policyNumber} (${overlapping.periodFrom} to ${overlapping.periodTo}): one policy per year`, 'input.periodFrom');
    }
    await policies
      .save(policies.create({ ...draft, policyNumber: draft.policyNumber.trim(), insurer: draft.insurer.trim(), purchaseId, recordedBy: supplier.userId }))
      .catch(conflictOnDuplicate(`Policy ${draft.policyNumber} is recorded already`, 'input.policyNumber'));
    return purchase;
  }

  /** A purchase's policy years, oldest first. */
  policiesOf(purchaseId: string): Promise<InsurancePolicyEntity[]> {
    return this.purchases.manager.getRepository(InsurancePolicyEntity).find({ where: { purchaseId }, order: { periodFrom: 'ASC', id: 'ASC' } });
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

  /**
   * Stores a document of `kind` for a purchase of the party it belongs to: the supplier's are the insurance
   * policy it bought and its test report; every other kind is the buyer's. The upload is read only once the
   * purchase is known to be the viewer's.
   */
  async attachEvidence(party: Viewer, id: string, kind: EvidenceKind, upload: () => Promise<IncomingFile>): Promise<EvidenceDocumentEntity> {
    const purchase = await this.visible(party, id);
    const owner = SUPPLIER_EVIDENCE.includes(kind) ? purchase.supplierId : purchase.buyerId;
    if (owner !== party.organizationId) {
      throw new DomainError(DomainErrorCode.NotPermitted, `A ${kind} is attached by the purchase's ${SUPPLIER_EVIDENCE.includes(kind) ? 'supplier' : 'buyer'}`, 'kind');
    }
    const file = await this.evidence.store(upload);
    try {
      return await this.documents.save(this.documents.create({ ...file, purchaseId: id, kind, uploadedBy: party.userId }));
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

  /** The match of every recorded purchase, and whether its first use is recorded: for monitoring's funnel. */
  async purchasedMatches(): Promise<{ matchId: string; firstUsed: boolean }[]> {
    const purchases = await this.purchases.find({ select: { matchId: true, firstUseAt: true } });
    return purchases.map((purchase) => ({ matchId: purchase.matchId, firstUsed: purchase.firstUseAt !== null }));
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

/** The documents the supplier attaches: the policy of the insurance it bought for the user, and its test report. */
const SUPPLIER_EVIDENCE: readonly EvidenceKind[] = [EvidenceKind.INSURANCE_POLICY, EvidenceKind.TEST_REPORT];

const notYours = () => new DomainError(DomainErrorCode.NotPermitted, "This is the other party's step on this purchase");
