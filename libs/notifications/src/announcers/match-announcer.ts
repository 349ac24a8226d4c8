import { Injectable } from '@nestjs/common';
import type { QueuedJob } from '@magmatch/core';
import { MatchProposed, MatchState, MatchStateChanged } from '@magmatch/matching';
import { OnEvent } from '@magmatch/messaging';
import { NotificationFanOut } from '../fan-out.js';
import { NotificationType } from '../notification-type.js';
import { Recipients } from '../recipients.js';
import { MatchStories, matchParams, type MatchStory } from './match-story.js';

/** Tells the buyer and the supplier about their matches: proposed, endorsed, answered, accepted. */
@Injectable()
export class MatchAnnouncer {
  constructor(
    private readonly stories: MatchStories,
    private readonly recipients: Recipients,
    private readonly fanOut: NotificationFanOut,
  ) {}

  @OnEvent(MatchProposed)
  async onProposed(job: QueuedJob<{ matchId: string }>): Promise<void> {
    const story = await this.stories.find(job.payload.matchId);
    if (story) await this.toBothSides(`match-proposed:${story.matchId}`, NotificationType.MATCH_PROPOSED, story);
  }

  @OnEvent(MatchStateChanged)
  async onStateChanged(job: QueuedJob<{ matchId: string; state: MatchState }>): Promise<void> {
    const story = await this.stories.find(job.payload.matchId);
    if (!story) return;
    const key = `match-state:${story.matchId}:${job.payload.state}`;
    switch (job.payload.state) {
      case MatchState.ENDORSED:
        return this.toBothSides(key, NotificationType.MATCH_ENDORSED, story);
      case MatchState.SUPPLIER_INTERESTED:
      case MatchState.SUPPLIER_DECLINED:
        return this.fanOut.announce(key, NotificationType.MATCH_ANSWERED, [
          {
            userIds: await this.recipients.ofOrganization(story.buyerId),
            params: { ...matchParams(story, 'buyer'), interested: String(job.payload.state === MatchState.SUPPLIER_INTERESTED) },
          },
        ]);
      case MatchState.ACCEPTED:
        return this.fanOut.announce(key, NotificationType.INTRODUCTION, [
          {
            userIds: await this.recipients.ofOrganization(story.supplierId),
            params: { ...matchParams(story, 'supplier', true), contact: await this.recipients.contactsOf(story.buyerId) },
          },
        ]);
      default:
        return;
    }
  }

  private async toBothSides(key: string, type: NotificationType, story: MatchStory): Promise<void> {
    await this.fanOut.announce(key, type, [
      { userIds: await this.recipients.ofOrganization(story.buyerId), params: matchParams(story, 'buyer') },
      { userIds: await this.recipients.ofOrganization(story.supplierId), params: matchParams(story, 'supplier') },
    ]);
  }
}
