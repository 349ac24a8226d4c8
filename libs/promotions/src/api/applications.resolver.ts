import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { RequireRoles, type Viewer } from '@magmatch/core';
import { CurrentViewer } from '@magmatch/identity';
import { ReviewDecisionEnum, type ReviewDecision } from '@magmatch/moderation';
import { ApplicationsService } from '../applications.service.js';
import type { PromotionApplicationEntity } from '../promotion-application.entity.js';
import { ProgramsService } from '../programs.service.js';
import { PurchasesService } from '../purchases.service.js';
import type { PurchaseEntity } from '../purchase.entity.js';
import { PromotionApplication, PromotionProgram, Purchase } from './promotion.models.js';
import { toProgram } from './programs.resolver.js';

interface ViewerContext {
  req: { viewer: Viewer };
}

type ApplicationParent = PromotionApplicationEntity & Partial<PromotionApplication>;

@Resolver(() => PromotionApplication)
export class ApplicationsResolver {
  constructor(
    private readonly applications: ApplicationsService,
    private readonly programs: ProgramsService,
    private readonly purchases: PurchasesService,
  ) {}

  @RequireRoles('BUYER', 'SELLER')
  @Mutation(() => PromotionApplication, {
    description: "Applies for a program on a purchase that does not fail its rules: the program's beneficiary (the buyer, or the supplier) applies. An insurance-premium program's application claims the oldest policy year not yet claimed.",
  })
  applyForPromotion(
    @CurrentViewer() applicant: Viewer,
    @Args('purchaseId', { type: () => ID }) purchaseId: string,
    @Args('programId', { type: () => ID }) programId: string,
  ): Promise<ApplicationParent> {
    return this.applications.apply(applicant, purchaseId, programId);
  }

  @RequireRoles('MODERATOR')
  @Mutation(() => PromotionApplication, {
    description: 'APPROVE grants (reserving the subsidy from the budget) once every rule passes; REJECT refuses or revokes, with a reason.',
  })
  reviewPromotionApplication(
    @CurrentViewer() moderator: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('decision', { type: () => ReviewDecisionEnum }) decision: ReviewDecision,
    @Args('reason', { type: () => String, nullable: true }) reason?: string | null,
  ): Promise<ApplicationParent> {
    return this.applications.review(moderator, id, decision, reason ?? null);
  }

  @RequireRoles('BUYER', 'SELLER')
  @Mutation(() => PromotionApplication, { description: 'Withdraws your application; a granted one returns its money to the budget.' })
  withdrawPromotionApplication(@CurrentViewer() applicant: Viewer, @Args('id', { type: () => ID }) id: string): Promise<ApplicationParent> {
    return this.applications.withdraw(applicant, id);
  }

  @RequireRoles('BUYER', 'SELLER', 'MODERATOR')
  @Query(() => [PromotionApplication], { description: "The applications on purchases you are party to, either side (a program's, for moderators)." })
  promotionApplications(
    @CurrentViewer() viewer: Viewer,
    @Args('programId', { type: () => ID, nullable: true }) programId?: string | null,
  ): Promise<ApplicationParent[]> {
    return this.applications.list(viewer, programId);
  }

  @ResolveField(() => PromotionProgram)
  async program(@Parent() application: ApplicationParent): Promise<PromotionProgram> {
    return toProgram(await this.programs.get(application.programId));
  }

  @ResolveField(() => Purchase)
  purchase(@Parent() application: ApplicationParent, @Context() context: ViewerContext): Promise<PurchaseEntity> {
    return this.purchases.visible(context.req.viewer, application.purchaseId);
  }
}
