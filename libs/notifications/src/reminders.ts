import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { QueuedJob } from '@magmatch/core';
import { MatchProposed } from '@magmatch/matching';
import { JobHandler, OnEvent, Outbox } from '@magmatch/messaging';
import { RequirementChanged, RequirementReads, RequirementState } from '@magmatch/requirements';
import { MatchStories, matchParams } from './announcers/match-story.js';
import { NotificationFanOut } from './fan-out.js';
import { RemindNeededBy, RemindUnansweredMatch } from './notification-jobs.js';
import { NotificationType } from './notification-type.js';
import { Recipients } from './recipients.js';
import { DAY_MS } from './days.js';

export const NEEDED_BY_NOTICE_DAYS = 3;
export const UNANSWERED_AFTER_DAYS = 5;

/**
 * Reminders are delayed jobs, recorded in the outbox with the change that makes them due. A reminder
 * checks when it fires that the state which caused it still holds (the requirement still open with the
 * same needed-by date; the match still unanswered), so a change in between cancels it.
 */
@Injectable()
export class Reminders {
  constructor(
    private readonly dataSource: DataSource,
    private readonly requirements: RequirementReads,
    private readonly outbox: Outbox,
    private readonly stories: MatchStories,
    private readonly recipients: Recipients,
    private readonly fanOut: NotificationFanOut,
  ) {}

  @OnEvent(RequirementChanged)
  async scheduleNeededBy(job: QueuedJob<{ requirementId: string }>): Promise<void> {
    const requirement = await this.openRequirement(job.payload.requirementId);
    if (!requirement?.neededBy) return;
    const remindAt = Date.parse(`${requirement.neededBy}T00:00:00Z`) - NEEDED_BY_NOTICE_DAYS * DAY_MS;
    await this.dataSource.transaction((manager) =>
      this.outbox.add(manager, RemindNeededBy, { requirementId: requirement.id, neededBy: requirement.neededBy! }, {
        idempotencyKey: `remind-needed-by:${requirement.id}:${requirement.neededBy}`,
        delayMs: Math.max(0, remindAt - Date.now()),
      }),
    );
  }

  @OnEvent(MatchProposed)
  async scheduleUnanswered(job: QueuedJob<{ matchId: string }>): Promise<void> {
    await this.dataSource.transaction((manager) =>
      this.outbox.add(manager, RemindUnansweredMatch, job.payload, {
        idempotencyKey: `remind-unanswered:${job.payload.matchId}`,
        delayMs: UNANSWERED_AFTER_DAYS * DAY_MS,
      }),
    );
  }

  @JobHandler(RemindNeededBy)
  async remindNeededBy(job: QueuedJob<{ requirementId: string; neededBy: string }>): Promise<void> {
    const requirement = await this.openRequirement(job.payload.requirementId);
    if (requirement?.neededBy !== job.payload.neededBy) return;
    await this.fanOut.announce(`needed-by:${requirement.id}:${requirement.neededBy}`, NotificationType.NEEDED_BY_NEAR, [
      {
        userIds: await this.recipients.ofOrganization(requirement.buyerId),
        params: { requirementId: requirement.id, requirement: requirement.title, neededBy: requirement.neededBy },
      },
    ]);
  }

  @JobHandler(RemindUnansweredMatch)
  async remindUnanswered(job: QueuedJob<{ matchId: string }>): Promise<void> {
    const story = await this.stories.find(job.payload.matchId);
    if (!story || !['PROPOSED', 'ENDORSED'].includes(story.state)) return;
    await this.fanOut.announce(`unanswered:${story.matchId}`, NotificationType.MATCH_UNANSWERED, [
      {
        userIds: await this.recipients.ofOrganization(story.supplierId),
        params: { ...matchParams(story, 'supplier'), days: String(UNANSWERED_AFTER_DAYS) },
      },
    ]);
  }

  private async openRequirement(id: string) {
    const requirement = await this.requirements.byId(id);
    return requirement?.state === RequirementState.OPEN ? requirement : null;
  }
}
