import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ArrayContains, In, type EntityManager, type Repository } from 'typeorm';
import { chainLinkNamed, type ChainLink } from '@magmatch/catalog';
import { DomainError, DomainErrorCode, type Viewer } from '@magmatch/core';
import { checkCreditCode, OrganizationsService } from '@magmatch/identity';
import { AuditLog } from '@magmatch/moderation';
import { EnterpriseEntity } from './enterprise.entity.js';
import { auditChange, chainLinks, clusterNamed, invalid, lockedRow, oneNamed, optionalText, requiredText, wordList } from './investment-records.js';
import { listCell, listOut, type Column, type RecordSheet } from './record-sheets.js';

/** What the association records of an enterprise. */
export interface EnterpriseDraft {
  readonly name: string;
  readonly creditCode?: string | null;
  readonly chainLinks: readonly ChainLink[];
  readonly city?: string | null;
  readonly cluster?: string | null;
  /** The MagMatch organisation it is, if it trades here; left as it is when undefined (a spreadsheet row has no such column). */
  readonly organizationId?: string | null;
  readonly tags?: readonly string[] | null;
  readonly products?: readonly string[] | null;
}

type EnterpriseValues = Omit<EnterpriseEntity, 'id' | 'recordedBy' | 'createdAt' | 'updatedAt' | 'organizationId'> & { organizationId?: string | null };


/** The enterprise database's spreadsheet columns (import and export). */
const COLUMNS: readonly Column<EnterpriseDraft>[] = [
  { header: 'name', field: 'name', read: (text) => text, write: (enterprise: EnterpriseEntity) => enterprise.name },
  { header: 'credit_code', field: 'creditCode', write: (enterprise: EnterpriseEntity) => enterprise.creditCode },
  { header: 'chain_links', field: 'chainLinks', read: (text) => listCell(text).map((word) => chainLinkNamed(word) ?? word), write: (enterprise: EnterpriseEntity) => listOut(enterprise.chainLinks) },
  { header: 'city', field: 'city', write: (enterprise: EnterpriseEntity) => enterprise.city },
  { header: 'cluster', field: 'cluster', write: (enterprise: EnterpriseEntity) => enterprise.cluster },
  { header: 'tags', field: 'tags', read: listCell, write: (enterprise: EnterpriseEntity) => listOut(enterprise.tags) },
  { header: 'products', field: 'products', read: listCell, write: (enterprise: EnterpriseEntity) => listOut(enterprise.products) },
];

/**
 * The enterprises of the whole chain (table `enterprises`), kept by moderators with every write in the audit
 * log; public to read. An enterprise names each credit code and each member organisation once (CONFLICT).
 * Kept in spreadsheets too: a row is the same enterprise as a record with its credit code, or without one, its name.
 */
@Injectable()
export class EnterpriseDirectory implements RecordSheet<EnterpriseDraft, EnterpriseValues, EnterpriseEntity> {
  readonly name = 'Enterprises';
  readonly columns = COLUMNS;

  constructor(
    @InjectRepository(EnterpriseEntity) private readonly enterprises: Repository<EnterpriseEntity>,
    private readonly organizations: OrganizationsService,
    private readonly audit: AuditLog,
  ) {}

  /** By name, of a link and a cluster if given. */
  list(filter: { link?: ChainLink | null; cluster?: string | null; first: number }): Promise<EnterpriseEntity[]> {
    return this.enterprises.find({
      where: { ...(filter.link ? { chainLinks: ArrayContains([filter.link]) } : {}), ...(filter.cluster ? { cluster: filter.cluster.trim() } : {}) },
      order: { name: 'ASC', id: 'ASC' },
      take: filter.first,
    });
  }

  /** Those of `ids` that exist. */
  byIds(ids: readonly string[]): Promise<EnterpriseEntity[]> {
    return this.enterprises.findBy({ id: In([...ids]) });
  }

  all(): Promise<EnterpriseEntity[]> {
    return this.enterprises.find({ order: { name: 'ASC', id: 'ASC' } });
  }

  /** Per cluster and link: how many enterprises the database has. */
  async countsByClusterAndLink(): Promise<{ cluster: string; link: ChainLink; enterprises: number }[]> {
    return this.enterprises.query(
      `SELECT cluster, link, count(*)::int AS enterprises FROM enterprises CROSS JOIN LATERAL unnest(chain_links) AS link WHERE cluster IS NOT NULL GROUP BY 1, 2`,
    );
  }

  async create(moderator: Viewer, draft: EnterpriseDraft): Promise<EnterpriseEntity> {
    const values = await this.validate(draft);
    return this.enterprises.manager.transaction((manager) => this.save(manager, moderator, values, null));
  }

  async update(moderator: Viewer, id: string, draft: EnterpriseDraft): Promise<EnterpriseEntity> {
    const values = await this.validate(draft);
    return this.enterprises.manager.transaction(async (manager) => this.save(manager, moderator, values, await lockedRow(manager, EnterpriseEntity, id, 'enterprise')));
  }

  /** CONFLICT while an investment project names it. */
  async remove(moderator: Viewer, id: string): Promise<boolean> {
    return this.enterprises.manager.transaction(async (manager) => {
      const before = await lockedRow(manager, EnterpriseEntity, id, 'enterprise');
      await manager.delete(EnterpriseEntity, { id }).catch((error: { code?: string }) => {
        if (error.code === '23503') throw new DomainError(DomainErrorCode.Conflict, 'An investment project names this enterprise: change or remove the project first', 'id');
        throw error;
      });
      await auditChange(this.audit, manager, moderator, 'enterprise', 'enterprise.remove', id, before, null);
      return true;
    });
  }

  async validate(draft: EnterpriseDraft): Promise<EnterpriseValues> {
    const credit = draft.creditCode?.trim() ? checkCreditCode(draft.creditCode) : null;
    if (credit && 'problem' in credit) throw invalid('input.creditCode', `creditCode ${credit.problem}`);
    const organizationId = draft.organizationId;
    if (organizationId && (await this.organizations.organizationsByIds([organizationId])).length === 0) {
      throw invalid('input.organizationId', `no organisation has id ${organizationId}`);
    }
    return {
      name: requiredText(draft.name ?? '', 'input.name', 200),
      creditCode: credit?.code ?? null,
      chainLinks: chainLinks(draft.chainLinks, 'input.chainLinks'),
      city: optionalText(draft.city, 'input.city', 100),
      cluster: clusterNamed(draft.cluster, await this.knownClusters()),
      ...(organizationId !== undefined ? { organizationId } : {}),
      tags: wordList(draft.tags, 'input.tags'),
      products: wordList(draft.products, 'input.products'),
    };
  }

  /** Every cluster an organisation or an enterprise names. */
  async knownClusters(): Promise<string[]> {
    const recorded: { cluster: string }[] = await this.enterprises.query(`SELECT DISTINCT cluster FROM enterprises WHERE cluster IS NOT NULL`);
    return [...new Set([...(await this.organizations.clusters()).values(), ...recorded.map((row) => row.cluster)])].filter((name): name is string => name !== null).sort();
  }

  keyOf(values: EnterpriseValues): string {
    return values.creditCode ?? `name:${values.name.toLowerCase()}`;
  }

  async saveAll(moderator: Viewer, rows: readonly EnterpriseValues[]): Promise<void> {
    await this.enterprises.manager.transaction(async (manager) => {
      for (const values of rows) {
        if (values.creditCode) {
          const existing = await manager.findOne(EnterpriseEntity, { where: { creditCode: values.creditCode }, lock: { mode: 'pessimistic_write' } });
          await this.save(manager, moderator, values, existing);
        } else {
          // A row without a credit code leaves the one recorded as it is.
          const existing = await oneNamed(manager, EnterpriseEntity, values.name, 'enterprise');
          await this.save(manager, moderator, { ...values, creditCode: existing?.creditCode ?? null }, existing);
        }
      }
    });
  }

  private async save(manager: EntityManager, moderator: Viewer, values: EnterpriseValues, before: EnterpriseEntity | null): Promise<EnterpriseEntity> {
    const id = before
      ? (await manager.update(EnterpriseEntity, { id: before.id }, values).catch(duplicate), before.id)
      : (await manager.save(manager.create(EnterpriseEntity, { ...values, recordedBy: moderator.userId })).catch(duplicate)).id;
    await auditChange(this.audit, manager, moderator, 'enterprise', before ? 'enterprise.update' : 'enterprise.create', id, before, values);
    return manager.findOneByOrFail(EnterpriseEntity, { id });
  }

}

/** CONFLICT naming the field whose value another enterprise holds: its credit code, or its member organisation. */
function duplicate(error: { code?: string; constraint?: string; detail?: string }): never {
  if (error.code !== '23505') throw error;
  if (`${error.constraint ?? ''} ${error.detail ?? ''}`.includes('organization_id')) {
    throw new DomainError(DomainErrorCode.Conflict, 'This organisation is recorded as another enterprise already', 'input.organizationId');
  }
  throw new DomainError(DomainErrorCode.Conflict, 'An enterprise with this credit code is recorded already', 'input.creditCode');
}
