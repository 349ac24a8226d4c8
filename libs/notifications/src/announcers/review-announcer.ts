import { Injectable } from '@nestjs/common';
import { GradeProposals } from '@magmatch/catalog';
import type { QueuedJob } from '@magmatch/core';
import { OrganizationsService } from '@magmatch/identity';
import { ListingReads } from '@magmatch/listings';
import { OnEvent } from '@magmatch/messaging';
import { ReviewDecided, ReviewRequested, type ReviewDecision, type ReviewSubject } from '@magmatch/moderation';
import { RequirementReads } from '@magmatch/requirements';
import { NotificationFanOut } from '../fan-out.js';
import { NotificationType } from '../notification-type.js';
import { Recipients } from '../recipients.js';

interface Subject {
  readonly title: string;
  readonly ownerId: string;
  readonly rejectionReason: string | null;
}

/** Tells moderators about review work, and owners about the decision on what they submitted. */
@Injectable()
export class ReviewAnnouncer {
  /** Each reviewed noun, read through the module that owns it. */
  private readonly subjects: Record<string, (id: string) => Promise<Subject | null>>;

  constructor(
    listings: ListingReads,
    requirements: RequirementReads,
    proposals: GradeProposals,
    private readonly organizations: OrganizationsService,
    private readonly recipients: Recipients,
    private readonly fanOut: NotificationFanOut,
  ) {
    this.subjects = {
      listing: async (id) => subjectOf(await listings.byId(id), (listing) => listing.supplierId),
      requirement: async (id) => subjectOf(await requirements.byId(id), (requirement) => requirement.buyerId),
      'grade proposal': async (id) => subjectOf(await proposals.byId(id), (proposal) => proposal.ownerId),
    };
  }

  @OnEvent(ReviewRequested)
  async onRequested(job: QueuedJob<ReviewSubject>): Promise<void> {
    const subject = await this.subject(job.payload);
    if (!subject) return;
    const [owner] = await this.organizations.organizationsByIds([subject.ownerId]);
    await this.fanOut.announce(`review-requested:${job.idempotencyKey}`, NotificationType.REVIEW_REQUESTED, [
      {
        userIds: await this.recipients.moderators(),
        params: { subjectType: job.payload.subjectType, subjectId: job.payload.subjectId, title: subject.title, organization: owner?.name ?? '' },
      },
    ]);
  }

  @OnEvent(ReviewDecided)
  async onDecided(job: QueuedJob<ReviewSubject & { decision: ReviewDecision }>): Promise<void> {
    const subject = await this.subject(job.payload);
    if (!subject) return;
    const { subjectType, subjectId, decision } = job.payload;
    await this.fanOut.announce(`review-decided:${job.idempotencyKey}`, NotificationType.REVIEW_DECIDED, [
      {
        userIds: await this.recipients.ofOrganization(subject.ownerId),
        params: { subjectType, subjectId, decision, title: subject.title, ...(decision === 'REJECT' && subject.rejectionReason ? { reason: subject.rejectionReason } : {}) },
      },
    ]);
  }

  private subject({ subjectType, subjectId }: ReviewSubject): Promise<Subject | null> {
    return this.subjects[subjectType]?.(subjectId) ?? Promise.resolve(null);
  }
}

function subjectOf<T extends { title: string; rejectionReason: string | null }>(row: T | null, ownerOf: (row: T) => string): Subject | null {
  return row && { title: row.title, ownerId: ownerOf(row), rejectionReason: row.rejectionReason };
}
