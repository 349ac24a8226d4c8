import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { QueuedJob } from '@magmatch/core';
import { OnEvent } from '@magmatch/messaging';
import { ReviewDecided, ReviewRequested, type ReviewDecision, type ReviewSubject } from '@magmatch/moderation';
import { NotificationFanOut } from '../fan-out.js';
import { NotificationType } from '../notification-type.js';
import { Recipients } from '../recipients.js';

/** Where each reviewed noun lives and which column names its owner. */
const SUBJECTS: Record<string, { table: string; owner: string }> = {
  listing: { table: 'listings', owner: 'supplier_id' },
  requirement: { table: 'requirements', owner: 'buyer_id' },
  'grade proposal': { table: 'grade_proposals', owner: 'owner_id' },
};

interface Subject {
  readonly title: string;
  readonly ownerId: string;
  readonly ownerName: string;
  readonly rejectionReason: string | null;
}

/** Tells moderators about review work, and owners about the decision on what they submitted. */
@Injectable()
export class ReviewAnnouncer {
  constructor(
    private readonly dataSource: DataSource,
    private readonly recipients: Recipients,
    private readonly fanOut: NotificationFanOut,
  ) {}

  @OnEvent(ReviewRequested)
  async onRequested(job: QueuedJob<ReviewSubject>): Promise<void> {
    const subject = await this.subject(job.payload);
    if (!subject) return;
    await this.fanOut.announce(`review-requested:${job.idempotencyKey}`, NotificationType.REVIEW_REQUESTED, [
      {
        userIds: await this.recipients.moderators(),
        params: { subjectType: job.payload.subjectType, subjectId: job.payload.subjectId, title: subject.title, organization: subject.ownerName },
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

  private async subject({ subjectType, subjectId }: ReviewSubject): Promise<Subject | null> {
    const where = SUBJECTS[subjectType];
    if (!where) return null;
    const [row]: Subject[] = await this.dataSource.query(
      `SELECT s.title, s.${where.owner} AS "ownerId", o.name AS "ownerName", s.rejection_reason AS "rejectionReason"
       FROM ${where.table} s JOIN organizations o ON o.id = s.${where.owner} WHERE s.id = $1`,
      [subjectId],
    );
    return row ?? null;
  }
}
