import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Public, RequireRoles, type RequestWithViewer } from '@magmatch/core';
import { ReviewDecisionEnum } from '@magmatch/moderation';
import { Catalog, readerOf } from '../catalog.js';
import { TEMPERS } from '../data/reference.js';
import type { GradeStatus as GradeStatusValue, MaterialClass as MaterialClassValue } from '../data/grades.js';
import { GradeCatalog } from '../grades/grade-catalog.js';
import { GradeProposals } from '../grades/grade-proposals.js';
import { AlloyGrade, Certification, GradeStatus, MaterialClass, ProposeGradeInput, ResolvedDesignation, Scenario, toAlloyGrade } from './catalog.models.js';

/** How long a read of the catalogue may lag a change made by another process: one revision check per second, not per request. */
const READERS_LAG_MS = 1_000;

/** The catalogue, readable by anyone; producers propose their own grades, moderators review them. */
@Resolver()
export class CatalogResolver {
  constructor(
    private readonly catalog: GradeCatalog,
    private readonly proposals: GradeProposals,
  ) {}

  @Public()
  @Query(() => [AlloyGrade])
  async alloyGrades(@Context('req') req: RequestWithViewer): Promise<AlloyGrade[]> {
    await this.catalog.fresh(READERS_LAG_MS);
    return Catalog.gradesWhere({}, readerOf(req.viewer)).map(toAlloyGrade);
  }

  @Public()
  @Query(() => AlloyGrade, { nullable: true, description: 'The grade a typed name means: "az91", "EN-MC21120" → AZ91D.' })
  async resolveGrade(@Context('req') req: RequestWithViewer, @Args('name') name: string): Promise<AlloyGrade | null> {
    await this.catalog.fresh(READERS_LAG_MS);
    const grade = Catalog.resolveGrade(name, readerOf(req.viewer));
    return grade ? toAlloyGrade(grade) : null;
  }

  @Public()
  @Query(() => ResolvedDesignation, {
    description: 'How a designation as typed is read: "AM60B-F" → AM60B + temper F; "MDC1D" → AZ91D (JIS H 5303); full-width and Chinese punctuation allowed.',
  })
  async resolveDesignation(@Context('req') req: RequestWithViewer, @Args('text') text: string): Promise<ResolvedDesignation> {
    await this.catalog.fresh(READERS_LAG_MS);
    const reading = Catalog.readDesignation(text, readerOf(req.viewer));
    return { ...reading, grade: reading.grade ? toAlloyGrade(reading.grade) : null };
  }

  @Public()
  @Query(() => [AlloyGrade], { description: "The grades of the catalogue, of one material class and status if given; a producer's grade awaiting approval only for its producer and moderators." })
  async grades(
    @Context('req') req: RequestWithViewer,
    @Args('materialClass', { type: () => MaterialClass, nullable: true }) materialClass?: MaterialClassValue,
    @Args('status', { type: () => GradeStatus, nullable: true }) status?: GradeStatusValue,
  ): Promise<AlloyGrade[]> {
    await this.catalog.fresh(READERS_LAG_MS);
    return Catalog.gradesWhere({ materialClass, status }, readerOf(req.viewer)).map(toAlloyGrade);
  }

  @RequireRoles('SELLER')
  @Mutation(() => AlloyGrade, {
    description:
      "Proposes your organisation's own grade (e.g. a first-batch material). You may name it in draft listings at once; they can be submitted once a moderator approves the grade.",
  })
  async proposeGrade(@Context('req') req: RequestWithViewer, @Args('input') input: ProposeGradeInput): Promise<AlloyGrade> {
    return toAlloyGrade(await this.proposals.propose(req.viewer!, input));
  }

  @RequireRoles('MODERATOR')
  @Mutation(() => AlloyGrade, { description: 'Approves a proposed grade into the catalogue (PROPRIETARY, its producer\'s) or rejects it with a reason. Moderators only.' })
  async reviewGradeProposal(
    @Context('req') req: RequestWithViewer,
    @Args('code') code: string,
    @Args('decision', { type: () => ReviewDecisionEnum }) decision: ReviewDecisionEnum,
    @Args('reason', { type: () => String, nullable: true }) reason?: string | null,
  ): Promise<AlloyGrade> {
    return toAlloyGrade(await this.proposals.review(req.viewer!, code, decision, reason ?? null));
  }

  @Public()
  @Query(() => [Scenario])
  scenarios(): Scenario[] {
    return Catalog.scenarios.map((s) => ({ ...s, usualGrades: [...s.usualGrades], usualCertifications: [...s.usualCertifications], excludes: [...s.excludes] }));
  }

  @Public()
  @Query(() => [String], { description: 'Temper designations (ASTM B296): F, O, H24, T5, T6…' })
  tempers(): string[] {
    return [...TEMPERS];
  }

  @Public()
  @Query(() => [Certification])
  certifications(): Certification[] {
    return [...Catalog.certifications];
  }
}
