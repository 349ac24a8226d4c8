import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, type Repository } from 'typeorm';
import { Catalog, FirstBatchCatalogue, GradeCatalog, isPublicGrade } from '@magmatch/catalog';
import { DomainError, DomainErrorCode, guardedTransition, keysetPage, type Page, type Viewer } from '@magmatch/core';
import { Outbox } from '@magmatch/messaging';
import { AuditLog, ReviewDesk, stateAfterEdit, type ReviewDecision, type ReviewTarget } from '@magmatch/moderation';
import { ListingChanged } from './listing-changed.job.js';
import { listingContent, type ListingDraft } from './listing-content.js';
import { applyListingFilter, type ListingFilter } from './listing-filter.js';
import { ListingEntity, ReviewState } from './listing.entity.js';

export type ListingPage = Page<ListingEntity>;

const REVIEW: ReviewTarget<ListingEntity> = {
  entity: ListingEntity,
  noun: 'listing',
  approvedState: ReviewState.PUBLISHED,
  approvedAt: 'publishedAt',
};
const EDITABLE = [ReviewState.DRAFT, ReviewState.PENDING_REVIEW, ReviewState.PUBLISHED, ReviewState.REJECTED];

/** Listings and their lifecycle: DRAFT → PENDING_REVIEW → PUBLISHED | REJECTED → ARCHIVED. */
@Injectable()
export class ListingsService {
  constructor(
    @InjectRepository(ListingEntity) private readonly listings: Repository<ListingEntity>,
    private readonly reviews: ReviewDesk,
    private readonly outbox: Outbox,
    private readonly grades: GradeCatalog,
    private readonly firstBatch: FirstBatchCatalogue,
    private readonly audit: AuditLog,
  ) {}

  async create(supplier: Viewer, draft: ListingDraft): Promise<ListingEntity> {
    const supplierId = this.supplierOrganization(supplier);
    await this.grades.fresh();
    if (draft.firstBatchEntryId) await this.firstBatch.entry(draft.firstBatchEntryId, 'firstBatchEntryId');
    return this.listings.save(
      this.listings.create({ ...listingContent(draft, supplierId), supplierId, createdBy: supplier.userId, state: ReviewState.DRAFT }),
    );
  }

  /** Replaces the content; a published listing goes back to review, a rejected one back to draft. */
  async update(supplier: Viewer, id: string, draft: ListingDraft): Promise<ListingEntity> {
    const listing = await this.owned(supplier, id);
    await this.grades.fresh();
    if (!EDITABLE.includes(listing.state)) {
      throw new DomainError(DomainErrorCode.Conflict, 'An archived listing cannot be edited; create a new one');
    }
    const state = stateAfterEdit(listing.state, ReviewState.PUBLISHED);
    const backToReview = state === ReviewState.PENDING_REVIEW && listing.state !== state;
    const content = listingContent(draft, listing.supplierId);
    if (state === ReviewState.PENDING_REVIEW) this.refuseUnapprovedGrade(content.grade);
    if (content.firstBatchEntryId) await this.firstBatch.entry(content.firstBatchEntryId, 'firstBatchEntryId');
    // A verification holds for the claim and the material it was checked on.
    const claimChanged = (['firstBatchEntryId', 'grade', 'form', 'materialClass'] as const).some((field) => content[field] !== listing[field]);
    const verification = claimChanged ? { firstBatchVerified: false, firstBatchVerifiedBy: null, firstBatchVerifiedAt: null, firstBatchVerificationNote: null } : {};
    return this.transition(id, [listing.state], { ...content, ...verification, state }, this.changed(id, backToReview));
  }

  /** Sends a draft or rejected listing to review; one on a producer's grade not yet approved waits for the grade. */
  async submit(supplier: Viewer, id: string): Promise<ListingEntity> {
    const listing = await this.owned(supplier, id);
    await this.grades.fresh();
    this.refuseUnapprovedGrade(listing.grade);
    return this.transition(id, [ReviewState.DRAFT, ReviewState.REJECTED], { state: ReviewState.PENDING_REVIEW, rejectionReason: null }, (manager) =>
      this.reviews.requested(manager, REVIEW.noun, id),
    );
  }

  /**
   * A moderator confirms, against the supplier's evidence (a test report), that the listing is the first-batch
   * catalogue entry it claims; CONFLICT when it claims another entry or none. Audited.
   */
  async verifyFirstBatchClaim(moderator: Viewer, id: string, entryId: string, note: string | null): Promise<ListingEntity> {
    const listing = await this.listings.findOneBy({ id });
    if (!listing) throw notFound(id);
    if (listing.firstBatchEntryId !== entryId) {
      throw new DomainError(DomainErrorCode.Conflict, listing.firstBatchEntryId ? 'The listing claims another first-batch entry' : 'The listing claims no first-batch entry', 'entryId');
    }
    return this.listings.manager.transaction(async (manager) => {
      const { affected } = await manager.update(ListingEntity, { id, firstBatchEntryId: entryId }, {
        firstBatchVerified: true,
        firstBatchVerifiedBy: moderator.userId,
        firstBatchVerifiedAt: new Date(),
        firstBatchVerificationNote: note?.trim() || null,
      });
      if (!affected) throw new DomainError(DomainErrorCode.Conflict, 'The listing changed its first-batch claim meanwhile', 'entryId');
      await this.changed(id)(manager);
      await this.audit.record(manager, {
        actorId: moderator.userId,
        action: 'listing.first-batch-verify',
        subjectType: 'listing',
        subjectId: id,
        before: { firstBatchVerified: listing.firstBatchVerified },
        after: { firstBatchEntryId: entryId, firstBatchVerified: true },
        reason: note?.trim() || null,
      });
      return manager.findOneByOrFail(ListingEntity, { id });
    });
  }

  /** The supplier confirms the price basis assumed for its listing; the price itself is unchanged, so no review. */
  async confirmPriceBasis(supplier: Viewer, id: string): Promise<ListingEntity> {
    const listing = await this.owned(supplier, id);
    if (!listing.priceBasisAssumed) return listing;
    return this.listings.manager.transaction(async (manager) => {
      await manager.update(ListingEntity, { id, priceBasisAssumed: true }, { priceBasisAssumed: false });
      await this.changed(id)(manager);
      return manager.findOneByOrFail(ListingEntity, { id });
    });
  }

  /**
   * Takes `tonnesPerMonth` from the free capacity of a published listing in the caller's transaction, by a
   * conditional UPDATE: concurrent takers can never oversell it. CONFLICT when it has not that much left, or
   * is no longer published.
   */
  async reserveCapacity(manager: EntityManager, listingId: string, tonnesPerMonth: number): Promise<void> {
    const result = await manager
      .createQueryBuilder()
      .update(ListingEntity)
      .set({ committedTonnesPerMonth: () => 'committed_tonnes_per_month + :tonnes' })
      .where('id = :id AND state = :published AND monthly_capacity_tonnes - committed_tonnes_per_month >= :tonnes', {
        id: listingId,
        published: ReviewState.PUBLISHED,
        tonnes: tonnesPerMonth,
      })
      .execute();
    if (result.affected === 0) {
      throw new DomainError(DomainErrorCode.Conflict, `The listing is no longer published, or no longer has ${tonnesPerMonth} t/month of free capacity`);
    }
  }

  async archive(viewer: Viewer, id: string): Promise<ListingEntity> {
    if (viewer.role !== 'MODERATOR') await this.owned(viewer, id);
    return this.transition(id, EDITABLE, { state: ReviewState.ARCHIVED }, this.changed(id));
  }

  /** A moderator publishes or rejects a listing waiting for review; the supplier sees the reason. */
  moderate(moderator: Viewer, id: string, decision: ReviewDecision, reason: string | null): Promise<ListingEntity> {
    return this.reviews.decide(REVIEW, moderator, id, decision, reason, this.changed(id));
  }

  /** Only a public grade goes to review and onto the market: a producer's grade must be approved first. */
  private refuseUnapprovedGrade(code: string | null): void {
    const grade = code ? Catalog.resolveGrade(code) : undefined;
    if (!grade || isPublicGrade(grade)) return;
    const why = grade.status === 'PROPOSED' ? "awaits the association's approval: the listing can be submitted once the grade is approved" : `was not approved (${grade.retiredNote}): choose another grade`;
    throw new DomainError(DomainErrorCode.Conflict, `grade ${grade.code} ${why}`, 'grade');
  }

  /** A published listing for anyone; any other state only for its supplier and moderators. */
  async visible(viewer: Viewer | null, id: string): Promise<ListingEntity> {
    const listing = await this.listings.findOneBy({ id });
    if (!listing || !canSee(viewer, listing)) throw notFound(id);
    return listing;
  }

  /** Published listings that pass `filter`, newest first. */
  published(first: number, after?: string | null, filter: ListingFilter = {}): Promise<ListingPage> {
    const query = this.listings.createQueryBuilder('listing').where('listing.state = :state', { state: ReviewState.PUBLISHED });
    applyListingFilter(query, filter);
    return keysetPage(query, 'publishedAt', first, after);
  }

  /** A supplier's own listings in every state, newest first. */
  mine(supplier: Viewer, first: number, after?: string | null): Promise<ListingPage> {
    const query = this.listings
      .createQueryBuilder('listing')
      .where('listing.supplier_id = :supplierId', { supplierId: this.supplierOrganization(supplier) });
    return keysetPage(query, 'createdAt', first, after);
  }

  /** Listings waiting for a moderator, newest first. */
  reviewQueue(first: number, after?: string | null): Promise<ListingPage> {
    const query = this.listings.createQueryBuilder('listing').where('listing.state = :state', { state: ReviewState.PENDING_REVIEW });
    return keysetPage(query, 'updatedAt', first, after);
  }

  private async owned(supplier: Viewer, id: string): Promise<ListingEntity> {
    const listing = await this.listings.findOneBy({ id });
    if (!listing || !canSee(supplier, listing)) throw notFound(id);
    if (listing.supplierId !== supplier.organizationId) {
      throw new DomainError(DomainErrorCode.NotPermitted, 'This listing belongs to another supplier');
    }
    return listing;
  }

  private transition(
    id: string,
    from: readonly ReviewState[],
    changes: Partial<ListingEntity>,
    also?: (manager: EntityManager) => Promise<void>,
  ): Promise<ListingEntity> {
    return guardedTransition(this.listings, 'listing', id, from, changes, also);
  }

  /**
   * Records, in the transaction of a change, that the search index must look at the listing again (it keeps
   * what a search result shows, so every change of a shown field calls this), and that moderators have it to
   * review when the change sent it back to review.
   */
  private changed(listingId: string, backToReview = false) {
    return async (manager: EntityManager) => {
      await this.outbox.add(manager, ListingChanged, { listingId });
      if (backToReview) await this.reviews.requested(manager, REVIEW.noun, listingId);
    };
  }

  private supplierOrganization(supplier: Viewer): string {
    if (!supplier.organizationId) throw new DomainError(DomainErrorCode.NotPermitted, 'Only a supplier organisation can hold listings');
    return supplier.organizationId;
  }
}

function canSee(viewer: Viewer | null, listing: ListingEntity): boolean {
  return (
    listing.state === ReviewState.PUBLISHED ||
    viewer?.role === 'MODERATOR' ||
    (viewer !== null && viewer.organizationId === listing.supplierId)
  );
}

const notFound = (id: string) => new DomainError(DomainErrorCode.NotFound, `No listing has id ${id}`, 'id');
