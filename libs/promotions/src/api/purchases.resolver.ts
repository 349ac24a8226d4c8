import type { FileUpload } from 'graphql-upload/processRequest.mjs';
import GraphQLUpload from 'graphql-upload/GraphQLUpload.mjs';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DateScalar, RequireRoles, type Viewer } from '@magmatch/core';
import { CurrentViewer } from '@magmatch/identity';
import { Match, MatchesService, toMatch } from '@magmatch/matching';
import { Deal, QuotesService } from '@magmatch/quotes';
import { Eligibility } from '../eligibility.js';
import { EvidenceKind } from '../promotion-rules.js';
import type { PurchaseEntity } from '../purchase.entity.js';
import { PurchasesService } from '../purchases.service.js';
import { InsurancePolicyInput, RecordPurchaseInput } from './promotion.inputs.js';
import { EvidenceDocument, InsurancePolicy, ProgramEligibility, Purchase } from './promotion.models.js';
import { toProgram } from './programs.resolver.js';

interface ViewerContext {
  req: { viewer: Viewer };
}

/** The purchase rows behind `Purchase`: field resolvers fill in the match, evidence and eligibility. */
type PurchaseParent = PurchaseEntity & Partial<Purchase>;

@Resolver(() => Purchase)
export class PurchasesResolver {
  constructor(
    private readonly purchases: PurchasesService,
    private readonly matches: MatchesService,
    private readonly eligibilities: Eligibility,
    private readonly quotes: QuotesService,
  ) {}

  @RequireRoles('BUYER')
  @Mutation(() => Purchase, { description: 'Records a purchase on one of your ACCEPTED matches; it is evaluated against every open program.' })
  recordPurchase(@CurrentViewer() buyer: Viewer, @Args('input') input: RecordPurchaseInput): Promise<PurchaseParent> {
    return this.purchases.record(buyer, input);
  }

  @RequireRoles('SELLER')
  @Mutation(() => Purchase, { description: 'The insured producer (the supplier) records a policy year of the quality and liability insurance it bought for the user.' })
  recordInsurancePolicy(
    @CurrentViewer() supplier: Viewer,
    @Args('purchaseId', { type: () => ID }) purchaseId: string,
    @Args('input') input: InsurancePolicyInput,
  ): Promise<PurchaseParent> {
    return this.purchases.recordInsurancePolicy(supplier, purchaseId, input);
  }

  @RequireRoles('SELLER')
  @Mutation(() => Purchase, { description: 'The supplier confirms it delivered this purchase.' })
  confirmPurchaseDelivery(@CurrentViewer() supplier: Viewer, @Args('id', { type: () => ID }) id: string): Promise<PurchaseParent> {
    return this.purchases.confirmDelivery(supplier, id);
  }

  @RequireRoles('BUYER')
  @Mutation(() => Purchase, { description: "Records the first use (the acceptance report's date) and whether it went well." })
  recordFirstUse(
    @CurrentViewer() buyer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('firstUseAt', { type: () => DateScalar }) firstUseAt: string,
    @Args('succeeded') succeeded: boolean,
  ): Promise<PurchaseParent> {
    return this.purchases.recordFirstUse(buyer, id, firstUseAt, succeeded);
  }

  @RequireRoles('BUYER', 'SELLER')
  @Mutation(() => EvidenceDocument, {
    description:
      'Attaches a PDF, PNG or JPEG (at most 5 MiB, recognised by its content) to your purchase: the supplier its INSURANCE_POLICY and TEST_REPORT, ' +
      'the buyer every other kind. `file` travels as a ' +
      'GraphQL multipart request (https://github.com/jaydenseric/graphql-multipart-request-spec) with the header ' +
      '`apollo-require-preflight: true`.',
  })
  async attachPurchaseEvidence(
    @CurrentViewer() party: Viewer,
    @Args('purchaseId', { type: () => ID }) purchaseId: string,
    @Args('kind', { type: () => EvidenceKind }) kind: EvidenceKind,
    @Args({ name: 'file', type: () => GraphQLUpload }) file: Promise<FileUpload>,
  ): Promise<EvidenceDocument> {
    return this.purchases.attachEvidence(party, purchaseId, kind, async () => {
      const upload = await file;
      return { fileName: upload.filename, content: upload.createReadStream() };
    });
  }

  @Query(() => Purchase, { description: 'One purchase, for its buyer, its supplier or a moderator.' })
  purchase(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<PurchaseParent> {
    return this.purchases.visible(viewer, id);
  }

  @Query(() => [Purchase], { description: "Your organisation's purchases, as buyer or supplier (every one for moderators)." })
  myPurchases(@CurrentViewer() viewer: Viewer): Promise<PurchaseParent[]> {
    return this.purchases.mine(viewer);
  }

  @ResolveField(() => Match)
  async match(@Parent() purchase: PurchaseParent, @Context() context: ViewerContext): Promise<Match> {
    return toMatch(context.req.viewer, await this.matches.get(purchase.matchId));
  }

  @ResolveField(() => Deal, { nullable: true, description: 'The deal the purchase was made under, if awarded on the platform.' })
  async deal(@Parent() purchase: PurchaseParent, @Context() context: ViewerContext): Promise<Deal | null> {
    return purchase.dealId ? this.quotes.deal(context.req.viewer, purchase.dealId) : null;
  }

  @ResolveField(() => [InsurancePolicy], { description: 'The policy years the insured producer recorded, oldest first.' })
  insurancePolicies(@Parent() purchase: PurchaseParent): Promise<InsurancePolicy[]> {
    return this.purchases.policiesOf(purchase.id);
  }

  @ResolveField(() => [EvidenceDocument])
  evidence(@Parent() purchase: PurchaseParent): Promise<EvidenceDocument[]> {
    return this.purchases.documentsOf(purchase.id);
  }

  @ResolveField(() => [ProgramEligibility])
  async eligibility(@Parent() purchase: PurchaseParent): Promise<ProgramEligibility[]> {
    return (await this.eligibilities.forOpenPrograms(purchase)).map((result) => ({ ...result, program: toProgram(result.program) }));
  }
}
