import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError, DomainErrorCode, type Viewer } from '@magmatch/core';
import { ReviewDesk, type ReviewDecision, type ReviewTarget } from '@magmatch/moderation';
import { checkedCard, type CardDraft, type CardProperties } from '../card.js';
import { Catalog, mayRead } from '../catalog.js';
import { checkedComposition, type ElementLimitDraft } from '../composition.js';
import { derivedNames, type AlloyGradeData, type MaterialClass, type TypicalProperties } from '../data/grades.js';
import { designationKey } from '../designation.js';
import { CatalogGradeEntity } from './catalog-grade.entity.js';
import { GradeCatalog, contentOf } from './grade-catalog.js';
import { GradeChangeEntity } from './grade-change.entity.js';
import { GradeProposalEntity } from './grade-proposal.entity.js';
import { gradeRow } from './grade-rows.js';

/** What a producer proposes: its grade's code, class, family, other names, composition and typical card. */
export interface GradeProposalDraft {
  readonly code: string;
  readonly materialClass: MaterialClass;
  readonly family?: string | null;
  readonly designations?: readonly string[] | null;
  readonly composition?: readonly ElementLimitDraft[] | null;
  readonly typical?: CardDraft | null;
  /** What it is used for, shown with the grade once approved. */
  readonly typicalUses?: string | null;
  /** For the association's review only. */
  readonly note?: string | null;
  readonly testReport?: string | null;
}

const REVIEW: ReviewTarget<GradeProposalEntity> = { entity: GradeProposalEntity, noun: 'grade proposal', approvedState: 'APPROVED', approvedAt: 'approvedAt' };
const CODE = /^[A-Za-z0-9][A-Za-z0-9.\-]{1,29}$/;
const FAMILY = /^[A-Z]{1,4}$/;
/** The designation standard under which a producer's own names are listed. */
const PRODUCER_DESIGNATION = "producer's designation";

const invalid = (field: string, message: string) => new DomainError(DomainErrorCode.InvalidInput, message, field);

/**
 * Producers' own grades (first-batch materials above all): a seller proposes one, it can name it in draft
 * listings at once, and moderators approve it into the catalogue as PROPRIETARY (public from then on, listed
 * and matched like any grade) or reject it with a reason. Every step is recorded in the catalogue's history.
 */
@Injectable()
export class GradeProposals {
  constructor(
    private readonly dataSource: DataSource,
    private readonly catalog: GradeCatalog,
    private readonly reviews: ReviewDesk,
  ) {}

  /**
   * Proposes `draft` as a grade of the seller's organisation; refused (BAD_USER_INPUT naming the field) for a
   * malformed code or family, scrap and by-product classes (listed without a grade), a bad composition or
   * card, and (CONFLICT) a name another grade already has or a proposal already waiting.
   */
  async propose(seller: Viewer, draft: GradeProposalDraft): Promise<AlloyGradeData> {
    const organizationId = seller.organizationId!;
    const code = draft.code.normalize('NFKC').trim();
    if (!CODE.test(code)) throw invalid('code', `code "${draft.code}" must be 2 to 30 letters, digits, dots or hyphens, starting with a letter or digit`);
    if (draft.materialClass !== 'ALLOY' && draft.materialClass !== 'PRIMARY_MAGNESIUM') {
      throw invalid('materialClass', 'only primary magnesium and alloys have grades; scrap and by-products are listed by their class and details');
    }
    const family = draft.materialClass === 'PRIMARY_MAGNESIUM' ? 'Pure Mg' : (draft.family?.trim().toUpperCase() ?? '');
    if (draft.materialClass === 'ALLOY' && !FAMILY.test(family)) throw invalid('family', 'family is required for an alloy: its ASTM B275 letters, e.g. AZ, AM, ZK, WE');
    const names = [...new Set((draft.designations ?? []).map((name) => name.normalize('NFKC').trim()).filter((name) => name && designationKey(name) !== designationKey(code)))];
    const typicalCard = checkedCard(draft.typical ?? {}, 'typical');
    const designationsByStandard = [code, ...names].map((name) => ({ standard: PRODUCER_DESIGNATION, code: name }));
    const grade: AlloyGradeData = {
      code,
      materialClass: draft.materialClass,
      family,
      status: 'PROPOSED',
      ownerId: organizationId,
      designationsByStandard,
      aliases: [],
      aliasNote: null,
      ...derivedNames(code, designationsByStandard, []),
      composition: checkedComposition(draft.composition ?? [], 'composition'),
      compositionSource: draft.composition?.length ? `stated by its producer${draft.testReport?.trim() ? `; test report ${draft.testReport.trim()}` : ''}` : null,
      typical: typicalValues(typicalCard),
      typicalCard,
      typicalUses: draft.typicalUses?.trim() ?? '',
      retiredNote: null,
    };
    const row = gradeRow(grade);
    await this.catalog.change(async (manager) => {
      // Checked under the catalogue's lock, against every committed grade: no two grades share a name.
      this.refuseTakenNames(organizationId, code, names);
      await manager.query(
        `INSERT INTO catalog_grades (code, material_class, family, status, record, owner_id, source) VALUES ($1, $2, $3, 'PROPOSED', $4::jsonb, $5, 'PROPOSAL')
         ON CONFLICT (code) DO UPDATE SET material_class = EXCLUDED.material_class, family = EXCLUDED.family, status = 'PROPOSED', record = EXCLUDED.record, updated_at = now()`,
        [code, row.materialClass, family, JSON.stringify(row.record), organizationId],
      );
      const proposal = await manager.save(
        manager.create(GradeProposalEntity, {
          code,
          title: `Grade ${code}`,
          ownerId: organizationId,
          proposedBy: seller.userId,
          testReport: draft.testReport?.trim() || null,
          note: draft.note?.trim() || null,
          state: 'PENDING_REVIEW',
        }),
      );
      await this.record(manager, code, 'proposal.submit', seller.userId, null, contentOf(row), null);
      await this.reviews.requested(manager, REVIEW.noun, proposal.id);
    });
    return Catalog.resolveGrade(code)!;
  }

  /** A moderator approves a proposed grade (named by any of its designations) into the catalogue (PROPRIETARY, its producer's) or rejects it with a reason. */
  async review(moderator: Viewer, code: string, decision: ReviewDecision, reason: string | null): Promise<AlloyGradeData> {
    await this.catalog.fresh();
    const grade = Catalog.resolveGrade(code);
    const proposal = grade && (await this.dataSource.getRepository(GradeProposalEntity).findOneBy({ code: grade.code, state: 'PENDING_REVIEW' }));
    if (!proposal) throw new DomainError(DomainErrorCode.NotFound, `No grade proposal for "${code}" awaits review`, 'code');
    await this.reviews.decide(REVIEW, moderator, proposal.id, decision, reason, async (manager) => {
      await this.catalog.raiseRevision(manager);
      const before = await manager.findOneByOrFail(CatalogGradeEntity, { code: proposal.code });
      const approved = decision === 'APPROVE';
      const record = approved ? before.record : { ...before.record, retiredNote: `the association rejected the proposal: ${reason!.trim()}` };
      const status = approved ? 'PROPRIETARY' : 'RETIRED';
      await manager.query(`UPDATE catalog_grades SET status = $2, record = $3::jsonb, updated_at = now() WHERE code = $1`, [proposal.code, status, JSON.stringify(record)]);
      await this.record(manager, proposal.code, `proposal.${approved ? 'approve' : 'reject'}`, moderator.userId, contentOf(before), contentOf({ ...before, status, record }), reason?.trim() || null);
    });
    await this.catalog.reload();
    return Catalog.resolveGrade(proposal.code)!;
  }

  /** A proposal by id, in any state: for callers that check the reader may see it. */
  async byId(id: string): Promise<GradeProposalEntity | null> {
    return this.dataSource.getRepository(GradeProposalEntity).findOneBy({ id });
  }

  /**
   * Every name of a proposal must be free, but for names of the organisation's own rejected proposal of the
   * same code. Another producer's unapproved grade is not named in the refusal.
   */
  private refuseTakenNames(organizationId: string, code: string, names: readonly string[]): void {
    const producer = { organizationId, moderator: false };
    for (const [field, name] of [['code', code] as const, ...names.map((name, index) => [`designations[${index}]`, name] as const)]) {
      const taken = Catalog.resolveGrade(name);
      if (!taken || (taken.code === code && taken.ownerId === organizationId && taken.status === 'RETIRED')) continue;
      const why = !mayRead(producer, taken) ? 'choose another name' : taken.status === 'PROPOSED' && taken.ownerId === organizationId ? 'your proposal of it awaits review' : `it names ${taken.code}`;
      throw new DomainError(DomainErrorCode.Conflict, `${field} "${name}" is already taken: ${why}`, field);
    }
  }

  private async record(
    manager: EntityManager,
    code: string,
    action: string,
    actorId: string,
    before: Record<string, unknown> | null,
    after: Record<string, unknown>,
    reason: string | null,
  ): Promise<void> {
    await manager.save(manager.create(GradeChangeEntity, { code, action, actorId, source: 'proposal', before, after, reason }));
  }
}

/** The single typical values a grade shows: each property's typical value, else its minimum. */
function typicalValues(card: CardProperties): TypicalProperties {
  const value = (property: 'tensileStrengthMpa' | 'yieldStrengthMpa' | 'elongationPct') => card[property]?.typical ?? card[property]?.min ?? null;
  return { tensileStrengthMpa: value('tensileStrengthMpa'), yieldStrengthMpa: value('yieldStrengthMpa'), elongationPct: value('elongationPct'), densityGCm3: card.densityGCm3 };
}
