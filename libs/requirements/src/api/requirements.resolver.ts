import { Args, Context, Float, ID, Int, Mutation, Parent, Query, ResolveField, Resolver, registerEnumType } from '@nestjs/graphql';
import { AlloyGrade, Catalog, GradeCatalog, TemplateExclusion, toAlloyGrade, typicalFallsShort } from '@magmatch/catalog';
import { RequestLoaders, RequireRoles, pageSize, type Page, type Viewer } from '@magmatch/core';
import { CurrentViewer, IdentityLoaders, Organization } from '@magmatch/identity';
import { ReviewDecisionEnum } from '@magmatch/moderation';
import { assumedBasisNote, TradeLoaders } from '@magmatch/trade';
import { RequirementState, type RequirementEntity } from '../requirement.entity.js';
import { RequirementsService, seesBuyerSide } from '../requirements.service.js';
import { CreateRequirementInput } from './requirement.inputs.js';
import { Requirement, RequirementConnection } from './requirement.models.js';

enum RequirementOutcome {
  AWARDED = 'AWARDED',
  CLOSED = 'CLOSED',
}
registerEnumType(RequirementOutcome, { name: 'RequirementOutcome' });

@Resolver(() => Requirement)
export class RequirementsResolver {
  constructor(
    private readonly service: RequirementsService,
    private readonly identityLoaders: IdentityLoaders,
    private readonly grades: GradeCatalog,
    private readonly tradeLoaders: TradeLoaders,
  ) {}

  @Query(() => Requirement, { nullable: true, description: 'An open requirement, or one of your own in any state.' })
  async requirement(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<Requirement> {
    return toRequirement(viewer, await this.service.visible(viewer, id));
  }

  @Query(() => RequirementConnection, { description: 'Open requirements you may see, newest first.' })
  async requirements(
    @CurrentViewer() viewer: Viewer,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<RequirementConnection> {
    return toConnection(viewer, await this.service.open(pageSize(first), after));
  }

  @RequireRoles('BUYER')
  @Query(() => RequirementConnection, { description: "Your organisation's requirements in every state." })
  async myRequirements(
    @CurrentViewer() buyer: Viewer,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<RequirementConnection> {
    return toConnection(buyer, await this.service.mine(buyer, pageSize(first), after));
  }

  @RequireRoles('MODERATOR')
  @Query(() => RequirementConnection, { description: 'Requirements waiting for review. Moderators only.' })
  async requirementReviewQueue(
    @CurrentViewer() moderator: Viewer,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<RequirementConnection> {
    return toConnection(moderator, await this.service.reviewQueue(pageSize(first), after));
  }

  @RequireRoles('BUYER')
  @Mutation(() => Requirement, { description: 'Creates a draft requirement; a scenario pre-fills its minimums.' })
  async createRequirement(@CurrentViewer() buyer: Viewer, @Args('input') input: CreateRequirementInput): Promise<Requirement> {
    return toRequirement(buyer, await this.service.create(buyer, input));
  }

  @RequireRoles('BUYER')
  @Mutation(() => Requirement, { description: 'Replaces the requirement; an open one goes back to review.' })
  async updateRequirement(
    @CurrentViewer() buyer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: CreateRequirementInput,
  ): Promise<Requirement> {
    return toRequirement(buyer, await this.service.update(buyer, id, input));
  }

  @RequireRoles('BUYER')
  @Mutation(() => Requirement)
  async submitRequirement(@CurrentViewer() buyer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<Requirement> {
    return toRequirement(buyer, await this.service.submit(buyer, id));
  }

  @RequireRoles('MODERATOR')
  @Mutation(() => Requirement, { description: 'Opens or rejects a requirement waiting for review. Moderators only.' })
  async moderateRequirement(
    @CurrentViewer() moderator: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('decision', { type: () => ReviewDecisionEnum }) decision: ReviewDecisionEnum,
    @Args('reason', { type: () => String, nullable: true }) reason?: string | null,
  ): Promise<Requirement> {
    return toRequirement(moderator, await this.service.moderate(moderator, id, decision, reason ?? null));
  }

  @RequireRoles('BUYER')
  @Mutation(() => Requirement, { description: 'Ends an open requirement: AWARDED when it found its supplier, else CLOSED.' })
  async closeRequirement(
    @CurrentViewer() buyer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('outcome', { type: () => RequirementOutcome }) outcome: RequirementOutcome,
  ): Promise<Requirement> {
    const state = outcome === RequirementOutcome.AWARDED ? RequirementState.AWARDED : RequirementState.CLOSED;
    return toRequirement(buyer, await this.service.close(buyer, id, state));
  }

  @ResolveField(() => Organization, { nullable: true, description: 'Null to suppliers while the buyer is anonymous.' })
  buyer(@Parent() requirement: Requirement, @Context('loaders') loaders: RequestLoaders): Promise<Organization | null> {
    return requirement.buyerId ? loaders.load(this.identityLoaders.organizationById, requirement.buyerId) : Promise.resolve(null);
  }

  @ResolveField(() => [TemplateExclusion], {
    description: "Usual grades of its scenario that the template's minimums exclude, when the template set any: shown before submitting.",
  })
  templateExcludes(@Parent() requirement: Requirement): TemplateExclusion[] {
    const scenario = requirement.scenario ? Catalog.scenario(requirement.scenario) : undefined;
    const fromTemplate = (constraint: 'minTensileStrengthMpa' | 'minElongationPct') =>
      requirement.templateConstraints.includes(constraint) ? requirement[constraint] : null;
    const minimums = { minTensileStrengthMpa: fromTemplate('minTensileStrengthMpa'), minElongationPct: fromTemplate('minElongationPct') };
    return (scenario?.excludes ?? []).filter(({ grade }) => typicalFallsShort(Catalog.resolveGrade(grade)!, minimums));
  }

  @ResolveField(() => Float, {
    nullable: true,
    description: '`maxPrice` in CNY/t including VAT (null where it cannot be converted). Null unless the reader is the owning buyer or a moderator.',
  })
  async maxPriceCnyPerTonne(@Parent() requirement: Requirement, @Context('loaders') loaders: RequestLoaders): Promise<number | null> {
    if (!requirement.maxPrice) return null;
    return (await loaders.load(this.tradeLoaders.priceBook, 'current'))!.cnyPerTonne(requirement.maxPrice);
  }

  @ResolveField(() => [AlloyGrade])
  async acceptableGrades(@Parent() requirement: Requirement): Promise<AlloyGrade[]> {
    const grades = await Promise.all(requirement.acceptableGradeCodes.map((code) => this.grades.stored(code)));
    return grades.filter((grade) => grade !== undefined).map(toAlloyGrade);
  }
}

/**
 * The one place where a requirement's confidential parts are blanked for readers who may not see them.
 * `introduced`: the reader is a supplier whose match the buyer accepted, so an anonymous buyer is named.
 */
export function toRequirement(viewer: Viewer, entity: RequirementEntity, introduced = false): Requirement {
  const buyerSide = seesBuyerSide(viewer, entity);
  return {
    ...entity,
    acceptableGradeCodes: entity.acceptableGrades,
    ownerId: entity.buyerId,
    buyerId: buyerSide || introduced || entity.visibility !== 'ANONYMOUS' ? entity.buyerId : null,
    maxPrice: buyerSide ? entity.maxPrice : null,
    maxPriceBasisNote: buyerSide && entity.maxPriceBasisAssumed && entity.maxPrice ? assumedBasisNote(entity.maxPrice) : null,
    rejectionReason: buyerSide ? entity.rejectionReason : null,
  };
}

function toConnection(viewer: Viewer, page: Page<RequirementEntity>): RequirementConnection {
  return {
    edges: page.edges.map(({ node, cursor }) => ({ node: toRequirement(viewer, node), cursor })),
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
    totalCount: page.totalCount,
  };
}
