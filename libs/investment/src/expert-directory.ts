import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type EntityManager, type Repository } from 'typeorm';
import type { Viewer } from '@magmatch/core';
import { AuditLog } from '@magmatch/moderation';
import { ExpertEntity } from './expert.entity.js';
import { invalid, lockedRow, oneNamed, optionalText, requiredText, wordList } from './investment-records.js';
import { booleanCell, listCell, listOut, type Column, type RecordSheet } from './record-sheets.js';

/** What the association records of an expert or team. */
export interface ExpertDraft {
  readonly name: string;
  readonly institution?: string | null;
  readonly fields: readonly string[];
  /** E-mail or telephone, kept only with `contactConsent`. */
  readonly contact?: string | null;
  /** The expert agreed that the association keeps the contact for CONTACT_PURPOSE. */
  readonly contactConsent?: boolean | null;
}

/** What an expert's contact details are kept for: the purpose the consent names (PIPL art. 14, 17). */
export const CONTACT_PURPOSE = 'to introduce the expert to the owners of the technology challenges the expert applies to, through the association';


type ExpertValues = Pick<ExpertEntity, 'name' | 'institution' | 'fields' | 'contact' | 'contactConsentAt' | 'contactConsentPurpose'>;

const COLUMNS: readonly Column<ExpertDraft>[] = [
  { header: 'name', field: 'name', read: (text) => text, write: (expert: ExpertEntity) => expert.name },
  { header: 'institution', field: 'institution', write: (expert: ExpertEntity) => expert.institution },
  { header: 'fields', field: 'fields', read: listCell, write: (expert: ExpertEntity) => listOut(expert.fields) },
  { header: 'contact', field: 'contact', write: (expert: ExpertEntity) => expert.contact },
  { header: 'contact_consent', field: 'contactConsent', read: booleanCell, write: (expert: ExpertEntity) => (expert.contact ? 'yes' : 'no') },
];

/**
 * The talent database (table `experts`), kept by moderators. Personal information is minimised: a name, an
 * institution and fields of work, and contact details only with the expert's consent to CONTACT_PURPOSE; the
 * audit log records who changed what without the personal data; `remove` deletes the whole record.
 */
@Injectable()
export class ExpertDirectory implements RecordSheet<ExpertDraft, ExpertValues, ExpertEntity> {
  readonly name = 'Experts';
  readonly columns = COLUMNS;

  constructor(
    @InjectRepository(ExpertEntity) private readonly experts: Repository<ExpertEntity>,
    private readonly audit: AuditLog,
  ) {}

  /** By name, of a field of work if given (any case). */
  list(filter: { field?: string | null; first: number }): Promise<ExpertEntity[]> {
    const query = this.experts.createQueryBuilder('expert').orderBy('expert.name', 'ASC').addOrderBy('expert.id', 'ASC').take(filter.first);
    if (filter.field?.trim()) query.where('EXISTS (SELECT 1 FROM unnest(expert.fields) AS field WHERE lower(field) = lower(:field))', { field: filter.field.trim() });
    return query.getMany();
  }

  /** Those of `ids` that exist, in the caller's transaction if given. */
  byIds(ids: readonly string[], manager: EntityManager = this.experts.manager): Promise<ExpertEntity[]> {
    return manager.findBy(ExpertEntity, { id: In([...ids]) });
  }

  all(): Promise<ExpertEntity[]> {
    return this.experts.find({ order: { name: 'ASC', id: 'ASC' } });
  }

  /** A spreadsheet row's values: a contact needs `contact_consent` yes on that row. */
  async validate(draft: ExpertDraft): Promise<ExpertValues> {
    return checked(draft, null);
  }

  keyOf(values: ExpertValues): string {
    return `${values.name}|${values.institution ?? ''}`.toLowerCase();
  }

  /** Rows name an expert by name and institution; a contact consented to before keeps its consent's date. */
  async saveAll(moderator: Viewer, rows: readonly ExpertValues[]): Promise<void> {
    await this.experts.manager.transaction(async (manager) => {
      for (const values of rows) {
        const before = await oneNamed(manager, ExpertEntity, values.name, 'expert', { institution: values.institution });
        const kept = before?.contact && before.contact === values.contact ? { contactConsentAt: before.contactConsentAt } : {};
        if (before) await manager.update(ExpertEntity, { id: before.id }, { ...values, ...kept });
        const saved = before ? await manager.findOneByOrFail(ExpertEntity, { id: before.id }) : await manager.save(manager.create(ExpertEntity, { ...values, recordedBy: moderator.userId }));
        await this.record(manager, moderator, before ? 'expert.update' : 'expert.register', saved);
      }
    });
  }

  async register(moderator: Viewer, draft: ExpertDraft): Promise<ExpertEntity> {
    const values = checked(draft, null);
    return this.experts.manager.transaction(async (manager) => {
      const saved = await manager.save(manager.create(ExpertEntity, { ...values, recordedBy: moderator.userId }));
      await this.record(manager, moderator, 'expert.register', saved);
      return saved;
    });
  }

  /** A contact kept under an earlier consent stays under it; a new contact needs the consent again. */
  async update(moderator: Viewer, id: string, draft: ExpertDraft): Promise<ExpertEntity> {
    return this.experts.manager.transaction(async (manager) => {
      const before = await lockedRow(manager, ExpertEntity, id, 'expert');
      await manager.update(ExpertEntity, { id }, checked(draft, before));
      const after = await manager.findOneByOrFail(ExpertEntity, { id });
      await this.record(manager, moderator, 'expert.update', after);
      return after;
    });
  }

  /** Deletes the record and its personal data; the audit log keeps only that it was deleted, by whom. */
  async remove(moderator: Viewer, id: string): Promise<boolean> {
    return this.experts.manager.transaction(async (manager) => {
      await lockedRow(manager, ExpertEntity, id, 'expert');
      await manager.delete(ExpertEntity, { id });
      await this.audit.record(manager, { actorId: moderator.userId, action: 'expert.remove', subjectType: 'expert', subjectId: id, before: null, after: null, reason: 'personal data deleted' });
      return true;
    });
  }

  /** That it changed, and whether a contact is kept: none of the personal data. */
  private record(manager: EntityManager, moderator: Viewer, action: string, expert: ExpertEntity) {
    return this.audit.record(manager, { actorId: moderator.userId, action, subjectType: 'expert', subjectId: expert.id, before: null, after: { contactKept: expert.contact !== null } });
  }
}

function checked(draft: ExpertDraft, before: ExpertEntity | null): ExpertValues {
  const fields = wordList(draft.fields, 'input.fields');
  if (fields.length === 0) throw invalid('input.fields', 'input.fields needs at least one field of work, e.g. "die casting"');
  const contact = optionalText(draft.contact, 'input.contact', 200);
  if (contact && draft.contactConsent === false) {
    throw invalid('input.contactConsent', 'the expert withdrew the consent (contactConsent: false): leave contact empty so it is deleted');
  }
  const consentedBefore = contact !== null && contact === before?.contact;
  if (contact && !consentedBefore && draft.contactConsent !== true) {
    throw invalid('input.contactConsent', "record the expert's consent (contactConsent: true) to keep a contact; without it leave contact empty");
  }
  return {
    name: requiredText(draft.name ?? '', 'input.name', 200),
    institution: optionalText(draft.institution, 'input.institution', 200),
    fields,
    contact,
    contactConsentAt: contact ? (consentedBefore ? before!.contactConsentAt : new Date()) : null,
    contactConsentPurpose: contact ? CONTACT_PURPOSE : null,
  };
}
