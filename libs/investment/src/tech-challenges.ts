import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { DomainError, DomainErrorCode, type Viewer } from '@magmatch/core';
import { Outbox } from '@magmatch/messaging';
import { TechChallengeApplied, TechChallengeAwarded, TechChallengeOpened } from './challenge-events.js';
import { ExpertDirectory } from './expert-directory.js';
import type { ExpertEntity } from './expert.entity.js';
import { expertFit, type FitReason } from './expert-fit.js';
import { invalid, lockedRow, optionalText, requiredText, wordList } from './investment-records.js';
import { ChallengeApplicationEntity, TechChallengeEntity, type ChallengeState } from './tech-challenge.entity.js';

/** What an organisation writes of its problem. */
export interface TechChallengeDraft {
  readonly title: string;
  readonly description?: string | null;
  /** The fields of work it needs, in the trade's words, Chinese or English. */
  readonly fields: readonly string[];
  /** CNY, above 0. */
  readonly rewardCny?: number | null;
  /** The last day applications are taken, YYYY-MM-DD, today or later. */
  readonly deadline?: string | null;
}

/** An expert set against a challenge: how well their fields cover it, and their application if they made one. */
export interface ExpertCandidate {
  readonly expert: ExpertEntity;
  /** 0..1 */
  readonly score: number;
  readonly reasons: readonly FitReason[];
  readonly application: ChallengeApplicationEntity | null;
}

const today = () => new Date().toISOString().slice(0, 10);

/**
 * Technology challenges (揭榜挂帅): an organisation posts a problem (DRAFT, then OPEN to all), experts are set
 * against it by their fields (`expertFit`), the association records the applications of the experts (who hold
 * no accounts) and the owner awards one applicant, or closes the challenge. Each step that someone must hear
 * of commits with its event.
 */
@Injectable()
export class TechChallenges {
  constructor(
    @InjectRepository(TechChallengeEntity) private readonly challenges: Repository<TechChallengeEntity>,
    @InjectRepository(ChallengeApplicationEntity) private readonly applications: Repository<ChallengeApplicationEntity>,
    private readonly talent: ExpertDirectory,
    private readonly outbox: Outbox,
  ) {}

  /** Newest first: every challenge past its draft, and the reader's organisation's own drafts. */
  list(viewer: Viewer | null, first: number): Promise<TechChallengeEntity[]> {
    const query = this.challenges.createQueryBuilder('challenge').where(`challenge.state <> 'DRAFT'`).orderBy('challenge.created_at', 'DESC').addOrderBy('challenge.id', 'ASC').take(first);
    if (viewer?.organizationId) query.orWhere('challenge.owner_id = :owner', { owner: viewer.organizationId });
    return query.getMany();
  }

  /** NOT_FOUND for an unknown challenge and for another organisation's draft. */
  async visible(viewer: Viewer | null, id: string): Promise<TechChallengeEntity> {
    const challenge = await this.challenges.findOneBy({ id });
    if (!challenge || (challenge.state === 'DRAFT' && challenge.ownerId !== viewer?.organizationId)) throw new DomainError(DomainErrorCode.NotFound, `No technology challenge has id ${id}`, 'id');
    return challenge;
  }

  /** For announcers: the challenge, whatever its state; null when gone. */
  byId(id: string): Promise<TechChallengeEntity | null> {
    return this.challenges.findOneBy({ id });
  }

  /** A DRAFT of the poster's organisation. */
  async create(owner: Viewer, draft: TechChallengeDraft): Promise<TechChallengeEntity> {
    if (!owner.organizationId) throw new DomainError(DomainErrorCode.NotPermitted, 'Only a member of an organisation can post a technology challenge');
    return this.challenges.save(this.challenges.create({ ...checked(draft), ownerId: owner.organizationId, createdBy: owner.userId, state: 'DRAFT', awardedExpertId: null }));
  }

  /** Rewrites a DRAFT or OPEN challenge of the owner's; CONFLICT once it is awarded or closed. */
  async update(owner: Viewer, id: string, draft: TechChallengeDraft): Promise<TechChallengeEntity> {
    return this.challenges.manager.transaction(async (manager) => {
      await this.owned(manager, owner, id, ['DRAFT', 'OPEN'], 'changed');
      await manager.update(TechChallengeEntity, { id }, checked(draft));
      return manager.findOneByOrFail(TechChallengeEntity, { id });
    });
  }

  /** DRAFT → OPEN: public, and the association told. BAD_USER_INPUT when its deadline has passed. */
  async open(owner: Viewer, id: string): Promise<TechChallengeEntity> {
    return this.step(owner, id, ['DRAFT'], 'opened', 'OPEN', async (manager, challenge) => {
      if (challenge.deadline && challenge.deadline < today()) throw invalid('deadline', `the deadline ${challenge.deadline} has passed: set a new one with updateTechChallenge before opening`);
      await this.outbox.add(manager, TechChallengeOpened, { challengeId: id }, { idempotencyKey: `tech-challenge:${id}:opened` });
    });
  }

  /** OPEN → CLOSED, without an award. */
  close(owner: Viewer, id: string): Promise<TechChallengeEntity> {
    return this.step(owner, id, ['OPEN'], 'closed', 'CLOSED');
  }

  /** OPEN → AWARDED to an expert who applied; the association told, to tell the expert. */
  async award(owner: Viewer, id: string, expertId: string): Promise<TechChallengeEntity> {
    return this.step(owner, id, ['OPEN'], 'awarded', 'AWARDED', async (manager) => {
      const applied = await manager.findOneBy(ChallengeApplicationEntity, { challengeId: id, expertId });
      if (!applied) throw new DomainError(DomainErrorCode.Conflict, `Expert ${expertId} has not applied to this challenge: award it to one of its applicants`, 'expertId');
      await manager.update(TechChallengeEntity, { id }, { awardedExpertId: expertId });
      await this.outbox.add(manager, TechChallengeAwarded, { challengeId: id, expertId }, { idempotencyKey: `tech-challenge:${id}:awarded` });
    });
  }

  /**
   * Records, for the association, an expert's application to an OPEN challenge up to its deadline; the owner is
   * told, and may then see the expert's contact. CONFLICT when the expert applied already or applications are closed.
   */
  async apply(moderator: Viewer, id: string, expertId: string, proposal: string | null | undefined): Promise<ExpertCandidate> {
    const text = optionalText(proposal, 'proposal', 4000);
    return this.challenges.manager.transaction(async (manager) => {
      const challenge = await lockedRow(manager, TechChallengeEntity, id, 'technology challenge', 'challengeId');
      if (challenge.state !== 'OPEN') throw new DomainError(DomainErrorCode.Conflict, `The challenge is ${challenge.state}: only an OPEN challenge takes applications`, 'challengeId');
      if (challenge.deadline && challenge.deadline < today()) throw new DomainError(DomainErrorCode.Conflict, `Applications closed on ${challenge.deadline}`, 'challengeId');
      const [expert] = await this.talent.byIds([expertId], manager);
      if (!expert) throw new DomainError(DomainErrorCode.NotFound, `No expert has id ${expertId}`, 'expertId');
      if (await manager.findOneBy(ChallengeApplicationEntity, { challengeId: id, expertId })) {
        throw new DomainError(DomainErrorCode.Conflict, `${expert.name} has applied to this challenge already`, 'expertId');
      }
      const application = await manager.save(manager.create(ChallengeApplicationEntity, { challengeId: id, expertId, proposal: text, recordedBy: moderator.userId }));
      await this.outbox.add(manager, TechChallengeApplied, { challengeId: id, expertId }, { idempotencyKey: `tech-challenge:${id}:applied:${expertId}` });
      return { expert, ...expertFit(challenge.fields, expert.fields), application };
    });
  }

  /**
   * For the owner and moderators (others get none): the experts whose fields touch the challenge's, and every
   * applicant, best fit first, applicants first among equals.
   */
  async candidates(viewer: Viewer, challenge: Pick<TechChallengeEntity, 'id' | 'ownerId' | 'fields'>): Promise<ExpertCandidate[]> {
    if (viewer.role !== 'MODERATOR' && viewer.organizationId !== challenge.ownerId) return [];
    const applications = new Map((await this.applications.findBy({ challengeId: challenge.id })).map((application) => [application.expertId, application]));
    return (await this.fits(challenge.fields))
      .map((fit) => ({ ...fit, application: applications.get(fit.expert.id) ?? null }))
      .filter((candidate) => candidate.score > 0 || candidate.application)
      .sort((a, b) => b.score - a.score || Number(!!b.application) - Number(!!a.application) || a.expert.name.localeCompare(b.expert.name));
  }

  /** Every expert of the talent database set against `fields`, unsorted. */
  async fits(fields: readonly string[]): Promise<Omit<ExpertCandidate, 'application'>[]> {
    return (await this.talent.all()).map((expert) => ({ expert, ...expertFit(fields, expert.fields) }));
  }

  /** In one transaction: the owner's challenge in one of `from`, moved to `to` after `also`. */
  private step(owner: Viewer, id: string, from: readonly ChallengeState[], verb: string, to: ChallengeState, also?: (manager: EntityManager, challenge: TechChallengeEntity) => Promise<void>) {
    return this.challenges.manager.transaction(async (manager) => {
      const challenge = await this.owned(manager, owner, id, from, verb);
      await also?.(manager, challenge);
      await manager.update(TechChallengeEntity, { id }, { state: to });
      return manager.findOneByOrFail(TechChallengeEntity, { id });
    });
  }

  /** Locked: NOT_FOUND for another organisation's draft, FORBIDDEN for its open challenge, CONFLICT outside `states`. */
  private async owned(manager: EntityManager, owner: Viewer, id: string, states: readonly ChallengeState[], verb: string): Promise<TechChallengeEntity> {
    const challenge = await lockedRow(manager, TechChallengeEntity, id, 'technology challenge');
    if (challenge.ownerId !== owner.organizationId) {
      if (challenge.state === 'DRAFT') throw new DomainError(DomainErrorCode.NotFound, `No technology challenge has id ${id}`, 'id');
      throw new DomainError(DomainErrorCode.NotPermitted, 'Only the organisation that posted a technology challenge can change it', 'id');
    }
    if (!states.includes(challenge.state)) throw new DomainError(DomainErrorCode.Conflict, `The challenge is ${challenge.state}: only a ${states.join(' or ')} challenge can be ${verb}`, 'id');
    return challenge;
  }
}

function checked(draft: TechChallengeDraft): Pick<TechChallengeEntity, 'title' | 'description' | 'fields' | 'rewardCny' | 'deadline'> {
  const fields = wordList(draft.fields, 'input.fields', 10);
  if (fields.length === 0) throw invalid('input.fields', 'input.fields needs at least one field of work, e.g. "腐蚀防护" or "die casting"');
  if (draft.rewardCny != null && !(draft.rewardCny > 0)) throw invalid('input.rewardCny', 'input.rewardCny must be above 0 (CNY), or left empty');
  if (draft.deadline && draft.deadline < today()) throw invalid('input.deadline', `input.deadline ${draft.deadline} has passed: the last day to apply must be today or later`);
  return {
    title: requiredText(draft.title ?? '', 'input.title', 200),
    description: optionalText(draft.description, 'input.description', 4000),
    fields,
    rewardCny: draft.rewardCny ?? null,
    deadline: draft.deadline ?? null,
  };
}
