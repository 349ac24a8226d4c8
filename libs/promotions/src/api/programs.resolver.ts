import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RequireRoles, withoutNulls, type Viewer } from '@magmatch/core';
import { CurrentViewer } from '@magmatch/identity';
import { ProgramReports } from '../program-report.js';
import { ProgramState, type PromotionProgramEntity } from '../promotion-program.entity.js';
import { ProgramsService, type ProgramDraft } from '../programs.service.js';
import { CreatePromotionProgramInput } from './promotion.inputs.js';
import { ProgramReport, PromotionProgram } from './promotion.models.js';

@Resolver(() => PromotionProgram)
export class ProgramsResolver {
  constructor(
    private readonly programs: ProgramsService,
    private readonly reports: ProgramReports,
  ) {}

  @Query(() => [PromotionProgram], { description: 'Launched and closed programs; moderators also see drafts.' })
  async promotionPrograms(@CurrentViewer() viewer: Viewer): Promise<PromotionProgram[]> {
    return (await this.programs.list(viewer)).map(toProgram);
  }

  @RequireRoles('MODERATOR')
  @Mutation(() => PromotionProgram, { description: 'Drafts a program. Moderators only.' })
  async createPromotionProgram(@CurrentViewer() moderator: Viewer, @Args('input') input: CreatePromotionProgramInput): Promise<PromotionProgram> {
    return toProgram(await this.programs.create(moderator, toDraft(input)));
  }

  @RequireRoles('MODERATOR')
  @Mutation(() => PromotionProgram, { description: 'Replaces the terms of a program not launched yet; its rules get a new version.' })
  async updatePromotionProgram(
    @CurrentViewer() moderator: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: CreatePromotionProgramInput,
  ): Promise<PromotionProgram> {
    return toProgram(await this.programs.update(moderator, id, toDraft(input)));
  }

  @RequireRoles('MODERATOR')
  @Mutation(() => PromotionProgram, { description: 'Opens a program and tells eligible buyers. Moderators only.' })
  async launchPromotionProgram(@CurrentViewer() moderator: Viewer, @Args('id', { type: () => ID }) id: string): Promise<PromotionProgram> {
    return toProgram(await this.programs.launch(moderator, id));
  }

  @RequireRoles('MODERATOR')
  @Mutation(() => PromotionProgram, { description: 'Closes a launched program: no new applications. Moderators only.' })
  async closePromotionProgram(
    @CurrentViewer() moderator: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { type: () => String, nullable: true }) reason?: string | null,
  ): Promise<PromotionProgram> {
    return toProgram(await this.programs.close(moderator, id, reason?.trim() || null));
  }

  @RequireRoles('MODERATOR')
  @Query(() => ProgramReport, { description: 'Applications, money against budget, purchases by grade and scenario, first uses.' })
  async programReport(@Args('id', { type: () => ID }) id: string): Promise<ProgramReport> {
    const report = await this.reports.report(id);
    return { ...report, program: toProgram(report.program) };
  }

  @RequireRoles('MODERATOR')
  @Query(() => String, { description: 'The program report as CSV.' })
  programReportCsv(@Args('id', { type: () => ID }) id: string): Promise<string> {
    return this.reports.csv(id);
  }
}

export function toProgram(entity: PromotionProgramEntity): PromotionProgram {
  return { ...entity, subsidyPct: entity.subsidyPct ?? 0, launched: entity.state !== ProgramState.DRAFT };
}

function toDraft(input: CreatePromotionProgramInput): ProgramDraft {
  return { ...input, rules: withoutNulls(input.rules) };
}
