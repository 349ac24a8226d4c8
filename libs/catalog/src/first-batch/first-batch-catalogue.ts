import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsNull, type DataSource } from 'typeorm';
import { conflictOnDuplicate, DomainError, DomainErrorCode, type Viewer } from '@magmatch/core';
import { AuditLog } from '@magmatch/moderation';
import type { MaterialClass } from '../data/grades.js';
import type { ProductForm } from '../data/reference.js';
import { FirstBatchEditionEntity, FirstBatchEntryEntity } from './first-batch.entities.js';

export interface FirstBatchEditionDraft {
  readonly name: string;
  readonly issuer: string;
  /** YYYY-MM-DD */
  readonly effectiveFrom: string;
  /** The edition this one replaces from its effective date. */
  readonly supersedes?: string | null;
  readonly entries: readonly { readonly name: string; readonly materialClass?: MaterialClass | null; readonly forms?: readonly ProductForm[] | null; readonly criteria?: string | null }[];
}

/** Where a listing's first-batch claim stands on a contract date. */
export interface FirstBatchClaim {
  readonly entryName: string;
  readonly editionName: string;
  /** The edition in force on the contract date that carries an entry of that name; null when none does. */
  readonly carriedInForce: string | null;
  /** Every edition carrying an entry of that name, whenever in force. */
  readonly carriedBy: readonly string[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const invalid = (field: string, message: string) => new DomainError(DomainErrorCode.InvalidInput, message, field);
const sameName = (a: string, b: string) => a.normalize('NFKC').replace(/\s+/g, '') === b.normalize('NFKC').replace(/\s+/g, '');

/**
 * The first-batch catalogue's editions (public): moderators publish an edition as MIIT issues it, and one that
 * supersedes another dates the old one from its own effective date. An entry is claimed by a listing and
 * judged on a contract date against the edition then in force, matched by its name (editions repeat entries).
 */
@Injectable()
export class FirstBatchCatalogue {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  /** Every edition with its entries, newest first. */
  editions(): Promise<FirstBatchEditionEntity[]> {
    return this.dataSource.getRepository(FirstBatchEditionEntity).find({ relations: { entries: true }, order: { effectiveFrom: 'DESC', entries: { name: 'ASC' } } });
  }

  /** An edition by id, with its entries. */
  edition(id: string): Promise<FirstBatchEditionEntity | null> {
    return this.dataSource.getRepository(FirstBatchEditionEntity).findOne({ where: { id }, relations: { entries: true }, order: { entries: { name: 'ASC' } } });
  }

  /** An entry with its edition; BAD_USER_INPUT naming `field` when there is none. */
  async entry(id: string, field: string): Promise<FirstBatchEntryEntity> {
    const entry = UUID.test(id) ? await this.dataSource.getRepository(FirstBatchEntryEntity).findOne({ where: { id }, relations: { edition: true } }) : null;
    if (!entry) throw invalid(field, `${field} names no entry of the first-batch catalogue (see firstBatchEditions)`);
    return entry;
  }

  /**
   * Publishes an edition with its entries; one that supersedes another must start after it, and the other, still
   * in force, is dated to end that day. An edition in force on the new one's effective date must be the one it
   * supersedes: two editions are never in force at once. Audited.
   */
  async publish(moderator: Viewer, draft: FirstBatchEditionDraft): Promise<FirstBatchEditionEntity> {
    const name = draft.name.trim();
    if (!name) throw invalid('input.name', 'input.name must name the edition, e.g. 重点新材料首批次应用示范指导目录（2024年版）');
    if (draft.entries.length === 0) throw invalid('input.entries', 'input.entries must list at least one entry');
    const names = draft.entries.map((entry) => entry.name.trim());
    const repeated = names.find((entry, index) => !entry || names.findIndex((other) => sameName(other, entry)) !== index);
    if (repeated !== undefined) throw invalid('input.entries', `input.entries: "${repeated}" is empty or listed twice`);
    return this.dataSource.transaction(async (manager) => {
      const editions = manager.getRepository(FirstBatchEditionEntity);
      if (await editions.findOneBy({ name })) throw new DomainError(DomainErrorCode.Conflict, `An edition named "${name}" is published already`, 'input.name');
      if (draft.supersedes) {
        const previous = UUID.test(draft.supersedes) ? await editions.findOne({ where: { id: draft.supersedes }, lock: { mode: 'pessimistic_write' } }) : null;
        if (!previous) throw invalid('input.supersedes', 'input.supersedes names no published edition');
        if (previous.supersededOn) throw new DomainError(DomainErrorCode.Conflict, `"${previous.name}" was superseded on ${previous.supersededOn} already`, 'input.supersedes');
        if (draft.effectiveFrom <= previous.effectiveFrom) {
          throw invalid('input.effectiveFrom', `input.effectiveFrom must be after ${previous.effectiveFrom}, when "${previous.name}" took effect`);
        }
        await editions.update({ id: previous.id, supersededOn: IsNull() }, { supersededOn: draft.effectiveFrom });
      }
      const overlapping = (await editions.find()).find(
        (edition) => edition.effectiveFrom <= draft.effectiveFrom && (!edition.supersededOn || draft.effectiveFrom < edition.supersededOn),
      );
      if (overlapping) {
        throw invalid('input.supersedes', `"${overlapping.name}" is in force on ${draft.effectiveFrom}: name it in input.supersedes, as the new edition replaces it`);
      }
      const edition = await editions
        .save(editions.create({ name, issuer: draft.issuer.trim(), effectiveFrom: draft.effectiveFrom, supersededOn: null, source: null }))
        .catch(conflictOnDuplicate(`An edition named "${name}" is published already`, 'input.name'));
      const entries = manager.getRepository(FirstBatchEntryEntity);
      await entries.save(
        draft.entries.map((entry, index) =>
          entries.create({ editionId: edition.id, name: names[index]!, materialClass: entry.materialClass ?? null, forms: [...(entry.forms ?? [])], criteria: entry.criteria?.trim() || null }),
        ),
      );
      await this.audit.record(manager, {
        actorId: moderator.userId,
        action: 'first-batch-edition.publish',
        subjectType: 'first-batch edition',
        subjectId: edition.id,
        before: draft.supersedes ? { supersedes: draft.supersedes } : null,
        after: { name, effectiveFrom: draft.effectiveFrom, entries: names },
      });
      return editions.findOneOrFail({ where: { id: edition.id }, relations: { entries: true } });
    });
  }

  /** Where a claim on entry `entryId` stands on `contractDate` (YYYY-MM-DD). */
  async claim(entryId: string, contractDate: string): Promise<FirstBatchClaim> {
    const [entry, editions] = await Promise.all([this.entry(entryId, 'firstBatchEntryId'), this.editions()]);
    const carrying = editions.filter((edition) => edition.entries.some((candidate) => sameName(candidate.name, entry.name)));
    const inForce = carrying.find((edition) => edition.effectiveFrom <= contractDate && (!edition.supersededOn || contractDate < edition.supersededOn));
    return { entryName: entry.name, editionName: entry.edition.name, carriedInForce: inForce?.name ?? null, carriedBy: carrying.map((edition) => edition.id) };
  }
}
