import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { CHAIN_LINKS, chainLinkNamed, type ChainLink } from '@magmatch/catalog';
import type { Viewer } from '@magmatch/core';
import { AuditLog } from '@magmatch/moderation';
import { EnterpriseEntity } from './enterprise.entity.js';
import { InvestmentProjectEntity, PROJECT_STAGES, type ProjectStage } from './investment-project.entity.js';
import { EnterpriseDirectory } from './enterprise-directory.js';
import { auditChange, clusterNamed, invalid, lockedRow, oneNamed, optionalText, requiredText, wordList } from './investment-records.js';
import { listCell, listOut, numberCell, type Column, type RecordSheet } from './record-sheets.js';

export interface InvestmentProjectDraft {
  readonly name: string;
  readonly chainLink: ChainLink;
  readonly city?: string | null;
  readonly cluster?: string | null;
  /** CNY, above 0 */
  readonly investmentCny?: number | null;
  readonly stage: ProjectStage;
  /** What it seeks: capital, land, partners, technology… */
  readonly seeking?: readonly string[] | null;
  /** The enterprise behind it; left as it is when undefined (a spreadsheet row has no such column). */
  readonly enterpriseId?: string | null;
}

type ProjectValues = Omit<InvestmentProjectEntity, 'id' | 'recordedBy' | 'createdAt' | 'updatedAt' | 'enterpriseId'> & { enterpriseId?: string | null };


const COLUMNS: readonly Column<InvestmentProjectDraft>[] = [
  { header: 'name', field: 'name', read: (text) => text, write: (project: InvestmentProjectEntity) => project.name },
  { header: 'chain_link', field: 'chainLink', read: (text) => chainLinkNamed(text) ?? text, write: (project: InvestmentProjectEntity) => project.chainLink },
  { header: 'city', field: 'city', write: (project: InvestmentProjectEntity) => project.city },
  { header: 'cluster', field: 'cluster', write: (project: InvestmentProjectEntity) => project.cluster },
  { header: 'investment_cny', field: 'investmentCny', read: numberCell, write: (project: InvestmentProjectEntity) => project.investmentCny },
  { header: 'stage', field: 'stage', read: (text) => text.trim().toUpperCase().replace(/[\s-]+/g, '_'), write: (project: InvestmentProjectEntity) => project.stage },
  { header: 'seeking', field: 'seeking', read: listCell, write: (project: InvestmentProjectEntity) => listOut(project.seeking) },
];

/**
 * Investment projects (table `investment_projects`), kept by moderators with every write in the audit log;
 * public to read. In spreadsheets a row is the same project as a record with its name.
 */
@Injectable()
export class InvestmentProjects implements RecordSheet<InvestmentProjectDraft, ProjectValues, InvestmentProjectEntity> {
  readonly name = 'Investment projects';
  readonly columns = COLUMNS;

  constructor(
    @InjectRepository(InvestmentProjectEntity) private readonly projects: Repository<InvestmentProjectEntity>,
    private readonly audit: AuditLog,
    private readonly enterprises: EnterpriseDirectory,
  ) {}

  /** Newest first, of a link if given. */
  list(filter: { link?: ChainLink | null; first: number }): Promise<InvestmentProjectEntity[]> {
    return this.projects.find({ where: filter.link ? { chainLink: filter.link } : {}, order: { createdAt: 'DESC', id: 'DESC' }, take: filter.first });
  }

  all(): Promise<InvestmentProjectEntity[]> {
    return this.projects.find({ order: { name: 'ASC', id: 'ASC' } });
  }

  async create(moderator: Viewer, draft: InvestmentProjectDraft): Promise<InvestmentProjectEntity> {
    const values = await this.validate(draft);
    return this.projects.manager.transaction((manager) => this.save(manager, moderator, values, null));
  }

  async update(moderator: Viewer, id: string, draft: InvestmentProjectDraft): Promise<InvestmentProjectEntity> {
    const values = await this.validate(draft);
    return this.projects.manager.transaction(async (manager) => this.save(manager, moderator, values, await lockedRow(manager, InvestmentProjectEntity, id, 'investment project')));
  }

  async remove(moderator: Viewer, id: string): Promise<boolean> {
    return this.projects.manager.transaction(async (manager) => {
      const before = await lockedRow(manager, InvestmentProjectEntity, id, 'investment project');
      await manager.delete(InvestmentProjectEntity, { id });
      await auditChange(this.audit, manager, moderator, 'investment project', 'investment-project.remove', id, before, null);
      return true;
    });
  }

  async validate(draft: InvestmentProjectDraft): Promise<ProjectValues> {
    if (draft.investmentCny != null && !(Number.isFinite(draft.investmentCny) && draft.investmentCny > 0)) throw invalid('input.investmentCny', `investmentCny must be a number above 0 CNY, got ${draft.investmentCny}`);
    if (!CHAIN_LINKS.includes(draft.chainLink)) throw invalid('input.chainLink', `chainLink ${draft.chainLink || '(empty)'} is no link of the chain (${CHAIN_LINKS.join(', ')}, or their Chinese names)`);
    if (!PROJECT_STAGES.includes(draft.stage)) throw invalid('input.stage', `stage ${draft.stage || '(empty)'} is not one of ${PROJECT_STAGES.join(', ')}`);
    const enterpriseId = draft.enterpriseId;
    if (enterpriseId && !(await this.projects.manager.existsBy(EnterpriseEntity, { id: enterpriseId }))) throw invalid('input.enterpriseId', `no enterprise has id ${enterpriseId}`);
    return {
      name: requiredText(draft.name ?? '', 'input.name', 200),
      chainLink: draft.chainLink,
      city: optionalText(draft.city, 'input.city', 100),
      cluster: clusterNamed(draft.cluster, await this.enterprises.knownClusters()),
      investmentCny: draft.investmentCny ?? null,
      stage: draft.stage,
      seeking: wordList(draft.seeking, 'input.seeking'),
      ...(enterpriseId !== undefined ? { enterpriseId } : {}),
    };
  }

  keyOf(values: ProjectValues): string {
    return values.name.toLowerCase();
  }

  async saveAll(moderator: Viewer, rows: readonly ProjectValues[]): Promise<void> {
    await this.projects.manager.transaction(async (manager) => {
      for (const values of rows) {
        const existing = await oneNamed(manager, InvestmentProjectEntity, values.name, 'investment project');
        await this.save(manager, moderator, values, existing);
      }
    });
  }

  private async save(manager: EntityManager, moderator: Viewer, values: ProjectValues, before: InvestmentProjectEntity | null): Promise<InvestmentProjectEntity> {
    const id = before
      ? (await manager.update(InvestmentProjectEntity, { id: before.id }, values), before.id)
      : (await manager.save(manager.create(InvestmentProjectEntity, { ...values, recordedBy: moderator.userId }))).id;
    await auditChange(this.audit, manager, moderator, 'investment project', before ? 'investment-project.update' : 'investment-project.create', id, before, values);
    return manager.findOneByOrFail(InvestmentProjectEntity, { id });
  }

}
