import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type EntityManager, type Repository } from 'typeorm';
import { Catalog, FirstBatchCatalogue, PUBLIC_READER } from '@magmatch/catalog';
import { DomainError, DomainErrorCode, guardedTransition, type Viewer } from '@magmatch/core';
import { OrganizationsService } from '@magmatch/identity';
import { Outbox } from '@magmatch/messaging';
import { AuditLog } from '@magmatch/moderation';
import { RequirementReads } from '@magmatch/requirements';
import { PromotionLaunched } from './promotion-events.js';
import { ProgramLevel, ProgramState, PromotionProgramEntity } from './promotion-program.entity.js';
import { isTrader, type PromotionKind, type PromotionRules } from './promotion-rules.js';
import { Beneficiary, SubsidyModel } from './subsidy-models.js';

export interface ProgramDraft {
  readonly name: string;
  readonly kind: PromotionKind;
  readonly level?: ProgramLevel | null;
  readonly legalBasis?: string | null;
  readonly rules: PromotionRules;
  /** PERCENT_OF_PURCHASE to the BUYER when not given. */
  readonly subsidyModel?: SubsidyModel | null;
  readonly beneficiary?: Beneficiary | null;
  readonly subsidyPct?: number | null;
  readonly premiumSharePct?: number | null;
  readonly maxPremiumRatePct?: number | null;
  readonly maxLiabilityMultiple?: number | null;
  readonly maxYears?: number | null;
  readonly subsidyPerTonneCny?: number | null;
  readonly fixedAmountCny?: number | null;
  readonly annualCapCny?: number | null;
  /** The first-batch edition the program follows; by default the one in force on each contract date. */
  readonly firstBatchEditionId?: string | null;
  readonly capPerPurchaseCny: number;
  readonly budgetCny: number;
  readonly startsAt: Date;
  readonly endsAt: Date;
}

/** Programs: drafted and edited by moderators, launched (which tells eligible buyers), closed. */
@Injectable()
export class ProgramsService {
  constructor(
    @InjectRepository(PromotionProgramEntity) private readonly programs: Repository<PromotionProgramEntity>,
    private readonly audit: AuditLog,
    private readonly outbox: Outbox,
    private readonly firstBatch: FirstBatchCatalogue,
    private readonly organizations: OrganizationsService,
    private readonly requirements: RequirementReads,
  ) {}

  async create(moderator: Viewer, draft: ProgramDraft): Promise<PromotionProgramEntity> {
    await this.checkEdition(draft);
    const program = this.programs.create({ ...terms(draft), state: ProgramState.DRAFT, rulesVersion: 1, committedCny: 0, createdBy: moderator.userId });
    return this.programs.manager.transaction(async (manager) => {
      const saved = await manager.save(program);
      await this.record(manager, moderator, 'program.create', saved, null);
      return saved;
    });
  }

  /** Edits a program that has not been launched; its rules get a new version. */
  async update(moderator: Viewer, id: string, draft: ProgramDraft): Promise<PromotionProgramEntity> {
    const current = await this.get(id);
    await this.checkEdition(draft);
    return guardedTransition(this.programs, 'program', id, [ProgramState.DRAFT], { ...terms(draft), rulesVersion: current.rulesVersion + 1 }, (manager) =>
      this.record(manager, moderator, 'program.update', current, null),
    );
  }

  async launch(moderator: Viewer, id: string): Promise<PromotionProgramEntity> {
    const program = await this.get(id);
    if (program.endsAt <= new Date()) {
      throw new DomainError(DomainErrorCode.Conflict, `This program's window ended on ${program.endsAt.toISOString()}; edit it before launching`);
    }
    return guardedTransition(this.programs, 'program', id, [ProgramState.DRAFT], { state: ProgramState.LAUNCHED, launchedAt: new Date() }, async (manager) => {
      await this.record(manager, moderator, 'program.launch', program, null);
      await this.outbox.add(manager, PromotionLaunched, { programId: id }, { idempotencyKey: `program-launched:${id}` });
    });
  }

  async close(moderator: Viewer, id: string, reason: string | null): Promise<PromotionProgramEntity> {
    const program = await this.get(id);
    return guardedTransition(this.programs, 'program', id, [ProgramState.LAUNCHED], { state: ProgramState.CLOSED }, (manager) =>
      this.record(manager, moderator, 'program.close', program, reason),
    );
  }

  /** Moderators see every program; others the launched and closed ones. */
  list(viewer: Viewer): Promise<PromotionProgramEntity[]> {
    const states = viewer.role === 'MODERATOR' ? Object.values(ProgramState) : [ProgramState.LAUNCHED, ProgramState.CLOSED];
    return this.programs.find({ where: { state: In(states) }, order: { startsAt: 'DESC', id: 'ASC' } });
  }

  async get(id: string): Promise<PromotionProgramEntity> {
    const program = await this.programs.findOneBy({ id });
    if (!program) throw new DomainError(DomainErrorCode.NotFound, `No program has id ${id}`, 'id');
    return program;
  }

  /**
   * The buyer organisations a launch is announced to: end users (not traders) with a requirement in one of
   * the program's scenarios, or any requirement when it names none.
   */
  async eligibleBuyers(programId: string): Promise<string[]> {
    const program = await this.get(programId);
    const buyers = await this.organizations.organizationsByIds(await this.requirements.buyersWithSubmitted(program.rules.scenarios ?? []));
    return buyers
      .filter((buyer) => buyer.capabilities.includes('BUY') && !isTrader(buyer.businessType))
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
      .map((buyer) => buyer.id);
  }

  private async checkEdition(draft: ProgramDraft): Promise<void> {
    if (!draft.firstBatchEditionId) return;
    if (!(await this.firstBatch.editions()).some((edition) => edition.id === draft.firstBatchEditionId)) {
      throw new DomainError(DomainErrorCode.InvalidInput, 'firstBatchEditionId names no published first-batch edition (see firstBatchEditions)', 'firstBatchEditionId');
    }
  }

  private record(manager: EntityManager, moderator: Viewer, action: string, program: PromotionProgramEntity, reason: string | null) {
    return this.audit.record(manager, {
      actorId: moderator.userId,
      action,
      subjectType: 'program',
      subjectId: program.id,
      before: { state: program.state },
      after: { name: program.name, budgetCny: program.budgetCny, rules: program.rules },
      reason,
    });
  }
}

/** Validates a draft's terms and resolves its grades to canonical codes (equivalent designations accepted). */
function terms(draft: ProgramDraft): Partial<PromotionProgramEntity> {
  if (draft.endsAt <= draft.startsAt) throw new DomainError(DomainErrorCode.InvalidInput, 'endsAt must be after startsAt', 'endsAt');
  const grades = draft.rules.grades?.map((grade) => {
    const resolved = Catalog.resolveGrade(grade, PUBLIC_READER);
    if (!resolved) throw new DomainError(DomainErrorCode.InvalidInput, `rules.grades: "${grade}" is not a known grade or designation`, 'rules.grades');
    return resolved.code;
  });
  for (const scenario of draft.rules.scenarios ?? []) {
    if (!Catalog.scenario(scenario)) throw new DomainError(DomainErrorCode.InvalidInput, `rules.scenarios: "${scenario}" is not a known scenario`, 'rules.scenarios');
  }
  const { minAmountCny: min, maxAmountCny: max } = draft.rules;
  if (min !== undefined && max !== undefined && min > max) {
    throw new DomainError(DomainErrorCode.InvalidInput, 'rules.minAmountCny must not exceed rules.maxAmountCny', 'rules.minAmountCny');
  }
  return {
    name: draft.name.trim(),
    kind: draft.kind,
    level: draft.level ?? ProgramLevel.PROVINCIAL,
    legalBasis: draft.legalBasis?.trim() || null,
    rules: withoutEmpty({ ...draft.rules, grades: grades && [...new Set(grades)], scenarios: draft.rules.scenarios?.map((s) => s.toUpperCase()) }),
    ...subsidyTermsOf(draft),
    firstBatchEditionId: draft.firstBatchEditionId ?? null,
    capPerPurchaseCny: draft.capPerPurchaseCny,
    budgetCny: draft.budgetCny,
    startsAt: draft.startsAt,
    endsAt: draft.endsAt,
  };
}

/** The parameters each model needs; BAD_USER_INPUT naming a missing one. Parameters of other models are dropped. */
const MODEL_PARAMETERS = {
  PERCENT_OF_PURCHASE: ['subsidyPct'],
  INSURANCE_PREMIUM: ['premiumSharePct', 'maxPremiumRatePct', 'maxLiabilityMultiple', 'maxYears'],
  PER_TONNE: ['subsidyPerTonneCny'],
  FIXED_AMOUNT: ['fixedAmountCny'],
} as const satisfies Record<SubsidyModel, readonly (keyof ProgramDraft)[]>;

type ModelParameter = (typeof MODEL_PARAMETERS)[SubsidyModel][number];

function subsidyTermsOf(draft: ProgramDraft): Pick<PromotionProgramEntity, 'subsidyModel' | 'beneficiary' | 'annualCapCny' | ModelParameter> {
  const model = draft.subsidyModel ?? SubsidyModel.PERCENT_OF_PURCHASE;
  const own: readonly ModelParameter[] = MODEL_PARAMETERS[model];
  const missing = own.find((parameter) => draft[parameter] == null);
  if (missing) throw new DomainError(DomainErrorCode.InvalidInput, `${missing} is required for a ${model} program`, missing);
  const parameter = (name: ModelParameter) => (own.includes(name) ? (draft[name] ?? null) : null);
  return {
    subsidyModel: model,
    beneficiary: draft.beneficiary ?? Beneficiary.BUYER,
    subsidyPct: parameter('subsidyPct'),
    premiumSharePct: parameter('premiumSharePct'),
    maxPremiumRatePct: parameter('maxPremiumRatePct'),
    maxLiabilityMultiple: parameter('maxLiabilityMultiple'),
    maxYears: parameter('maxYears'),
    subsidyPerTonneCny: parameter('subsidyPerTonneCny'),
    fixedAmountCny: parameter('fixedAmountCny'),
    annualCapCny: draft.annualCapCny ?? null,
  };
}

function withoutEmpty(rules: PromotionRules): PromotionRules {
  return Object.fromEntries(Object.entries(rules).filter(([, value]) => value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0))) as PromotionRules;
}
