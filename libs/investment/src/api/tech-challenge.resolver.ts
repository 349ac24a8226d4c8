import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { byKeys, type LoaderDefinition, pageSize, Public, RequestLoaders, RequireRoles, type Viewer } from '@magmatch/core';
import { CurrentViewer, IdentityLoaders, OptionalViewer, Organization } from '@magmatch/identity';
import { ExpertDirectory } from '../expert-directory.js';
import type { ExpertEntity } from '../expert.entity.js';
import { TechChallenges, type ExpertCandidate } from '../tech-challenges.js';
import { toExpert } from './expert-view.js';
import { Expert } from './investment.models.js';
import { ChallengeCandidate, TechChallenge, TechChallengeInput } from './tech-challenge.models.js';

/** Technology challenges (揭榜挂帅): posted by organisations, read by anyone, applied to through the association. */
@Resolver(() => TechChallenge)
export class TechChallengeResolver {
  private readonly expertById: LoaderDefinition<string, ExpertEntity>;

  constructor(
    private readonly challenges: TechChallenges,
    talent: ExpertDirectory,
    private readonly identityLoaders: IdentityLoaders,
  ) {
    this.expertById = { name: 'investment.expertById', batch: async (ids) => byKeys(ids, await talent.byIds(ids)) };
  }

  @Public()
  @Query(() => [TechChallenge], { description: "Technology challenges, newest first, with the reader's organisation's own drafts; at most 500 (100 by default)." })
  techChallenges(@OptionalViewer() viewer: Viewer | null, @Args('first', { type: () => Int, nullable: true }) first?: number | null): Promise<TechChallenge[]> {
    return this.challenges.list(viewer, pageSize(first, 100, 500));
  }

  @Public()
  @Query(() => TechChallenge, { description: "One technology challenge. NOT_FOUND for another organisation's draft." })
  techChallenge(@OptionalViewer() viewer: Viewer | null, @Args('id', { type: () => ID }) id: string): Promise<TechChallenge> {
    return this.challenges.visible(viewer, id);
  }

  @RequireRoles('SELLER', 'BUYER')
  @Mutation(() => TechChallenge, { description: "Posts a technical problem as a DRAFT of the caller's organisation; openTechChallenge makes it public." })
  createTechChallenge(@CurrentViewer() owner: Viewer, @Args('input') input: TechChallengeInput): Promise<TechChallenge> {
    return this.challenges.create(owner, input);
  }

  @RequireRoles('SELLER', 'BUYER')
  @Mutation(() => TechChallenge, { description: 'Rewrites a DRAFT or OPEN challenge of the caller’s organisation. CONFLICT once awarded or closed.' })
  updateTechChallenge(@CurrentViewer() owner: Viewer, @Args('id', { type: () => ID }) id: string, @Args('input') input: TechChallengeInput): Promise<TechChallenge> {
    return this.challenges.update(owner, id, input);
  }

  @RequireRoles('SELLER', 'BUYER')
  @Mutation(() => TechChallenge, { description: 'Opens a DRAFT to everyone, and tells the association. BAD_USER_INPUT (deadline) once its deadline has passed.' })
  openTechChallenge(@CurrentViewer() owner: Viewer, @Args('id', { type: () => ID }) id: string): Promise<TechChallenge> {
    return this.challenges.open(owner, id);
  }

  @RequireRoles('SELLER', 'BUYER')
  @Mutation(() => TechChallenge, { description: 'Closes an OPEN challenge without an award.' })
  closeTechChallenge(@CurrentViewer() owner: Viewer, @Args('id', { type: () => ID }) id: string): Promise<TechChallenge> {
    return this.challenges.close(owner, id);
  }

  @RequireRoles('SELLER', 'BUYER')
  @Mutation(() => TechChallenge, { description: 'Awards an OPEN challenge to an expert who applied (CONFLICT otherwise); the association is told, to tell the expert.' })
  awardTechChallenge(@CurrentViewer() owner: Viewer, @Args('id', { type: () => ID }) id: string, @Args('expertId', { type: () => ID }) expertId: string): Promise<TechChallenge> {
    return this.challenges.award(owner, id, expertId);
  }

  @RequireRoles('MODERATOR')
  @Mutation(() => ChallengeCandidate, {
    description:
      "Records an expert's application to an OPEN challenge up to its deadline, on the expert's behalf (experts hold no accounts). Moderators only. " +
      'The owner is told and may then see the contact the expert consented to share. CONFLICT when the expert applied already or applications are closed.',
  })
  async applyToTechChallenge(
    @CurrentViewer() moderator: Viewer,
    @Args('challengeId', { type: () => ID }) challengeId: string,
    @Args('expertId', { type: () => ID }) expertId: string,
    @Args('proposal', { type: () => String, nullable: true }) proposal?: string | null,
  ): Promise<ChallengeCandidate> {
    return toCandidate(await this.challenges.apply(moderator, challengeId, expertId, proposal), true);
  }

  @ResolveField(() => Organization)
  async owner(@Parent() challenge: TechChallenge, @Context('loaders') loaders: RequestLoaders): Promise<Organization> {
    const organization = await loaders.load(this.identityLoaders.organizationById, challenge.ownerId);
    if (!organization) throw new Error(`technology challenge ${challenge.id} has no owner ${challenge.ownerId}`);
    return organization;
  }

  @ResolveField(() => [ChallengeCandidate], { description: 'To the owner and moderators (empty for everyone else): experts whose fields touch the challenge, and every applicant, best fit first.' })
  async candidates(@Parent() challenge: TechChallenge, @OptionalViewer() viewer: Viewer | null): Promise<ChallengeCandidate[]> {
    if (!viewer) return [];
    const candidates = await this.challenges.candidates(viewer, challenge);
    return candidates.map((candidate) => toCandidate(candidate, viewer.role === 'MODERATOR' || candidate.application !== null));
  }

  @ResolveField(() => Expert, {
    nullable: true,
    description: 'The applicant it was awarded to, to signed-in users (as the talent database is); the contact to moderators and the owner only.',
  })
  async awardedTo(@Parent() challenge: TechChallenge, @OptionalViewer() viewer: Viewer | null, @Context('loaders') loaders: RequestLoaders): Promise<Expert | null> {
    if (!challenge.awardedExpertId || !viewer) return null;
    const expert = await loaders.load(this.expertById, challenge.awardedExpertId);
    return expert ? toExpert(expert, viewer.role === 'MODERATOR' || viewer.organizationId === challenge.ownerId) : null;
  }
}

function toCandidate(candidate: ExpertCandidate, contactShown: boolean): ChallengeCandidate {
  return {
    expert: toExpert(candidate.expert, contactShown),
    score: candidate.score,
    reasons: [...candidate.reasons],
    appliedAt: candidate.application?.appliedAt ?? null,
    proposal: candidate.application?.proposal ?? null,
  };
}
