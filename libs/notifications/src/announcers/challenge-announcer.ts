import { Injectable } from '@nestjs/common';
import type { QueuedJob } from '@magmatch/core';
import { OrganizationsService } from '@magmatch/identity';
import { ExpertDirectory, TechChallengeApplied, TechChallengeAwarded, TechChallengeOpened, TechChallenges, expertFit } from '@magmatch/investment';
import { OnEvent } from '@magmatch/messaging';
import { NotificationFanOut } from '../fan-out.js';
import { NotificationType } from '../notification-type.js';
import { Recipients } from '../recipients.js';

/**
 * Technology challenges through the notification centre: the association hears when one opens (with how many
 * of its experts fit) and when one is awarded (to tell the expert, who holds no account); the owner hears of
 * each application. Notices name no expert: an expert's record is deleted on request, and stored notices and
 * sent e-mails would keep it; readers find the expert on the challenge.
 */
@Injectable()
export class ChallengeAnnouncer {
  constructor(
    private readonly challenges: TechChallenges,
    private readonly talent: ExpertDirectory,
    private readonly organizations: OrganizationsService,
    private readonly recipients: Recipients,
    private readonly fanOut: NotificationFanOut,
  ) {}

  @OnEvent(TechChallengeOpened)
  async onOpened(job: QueuedJob<{ challengeId: string }>): Promise<void> {
    const story = await this.story(job.payload.challengeId);
    if (!story) return;
    const { challenge } = story;
    const candidates = (await this.challenges.fits(challenge.fields)).filter((fit) => fit.score > 0).length;
    await this.fanOut.announce(`tech-challenge:${challenge.id}:opened`, NotificationType.CHALLENGE_OPENED, [
      {
        userIds: await this.recipients.moderators(),
        params: {
          ...story.params,
          fields: challenge.fields.join(', '),
          candidates: String(candidates),
          ...(challenge.rewardCny ? { rewardCny: String(challenge.rewardCny) } : {}),
          ...(challenge.deadline ? { deadline: challenge.deadline } : {}),
        },
      },
    ]);
  }

  @OnEvent(TechChallengeApplied)
  async onApplied(job: QueuedJob<{ challengeId: string; expertId: string }>): Promise<void> {
    const story = await this.story(job.payload.challengeId, job.payload.expertId);
    if (!story?.expert) return;
    const score = expertFit(story.challenge.fields, story.expert.fields).score;
    await this.fanOut.announce(`tech-challenge:${story.challenge.id}:applied:${story.expert.id}`, NotificationType.CHALLENGE_APPLIED, [
      { userIds: await this.recipients.ofOrganization(story.challenge.ownerId), params: { ...story.params, score: `${Math.round(score * 100)}%` } },
    ]);
  }

  @OnEvent(TechChallengeAwarded)
  async onAwarded(job: QueuedJob<{ challengeId: string; expertId: string }>): Promise<void> {
    const story = await this.story(job.payload.challengeId, job.payload.expertId);
    if (!story?.expert) return;
    await this.fanOut.announce(`tech-challenge:${story.challenge.id}:awarded`, NotificationType.CHALLENGE_AWARDED, [{ userIds: await this.recipients.moderators(), params: story.params }]);
  }

  /** The challenge, its expert if named, and the words every template of theirs takes; null when the challenge is gone. */
  private async story(challengeId: string, expertId?: string) {
    const challenge = await this.challenges.byId(challengeId);
    if (!challenge) return null;
    const [[owner], [expert]] = await Promise.all([this.organizations.organizationsByIds([challenge.ownerId]), expertId ? this.talent.byIds([expertId]) : Promise.resolve([])]);
    return { challenge, expert, params: { challengeId, challenge: challenge.title, owner: owner?.name ?? '' } };
  }
}
