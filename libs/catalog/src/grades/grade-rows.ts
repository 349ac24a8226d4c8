import type { CardProperties } from '../card.js';
import { derivedNames, type AlloyGradeData, type Designation, type ElementLimit, type TypicalProperties } from '../data/grades.js';
import type { CatalogGradeEntity } from './catalog-grade.entity.js';

/** What a catalogue row keeps beyond its columns. */
export interface GradeRecord {
  readonly designationsByStandard: readonly Designation[];
  readonly aliases: readonly string[];
  readonly aliasNote: string | null;
  readonly composition: readonly ElementLimit[];
  readonly compositionSource: string | null;
  readonly typical: TypicalProperties;
  /** A producer's typical card as proposed, with ranges and bases; null for the reference data set. */
  readonly typicalCard: CardProperties | null;
  readonly typicalUses: string;
  readonly retiredNote: string | null;
}

export type GradeRow = Pick<CatalogGradeEntity, 'code' | 'materialClass' | 'family' | 'status' | 'record' | 'ownerId'>;

/** A grade as a catalogue row. */
export function gradeRow(grade: AlloyGradeData): GradeRow {
  return {
    code: grade.code,
    materialClass: grade.materialClass,
    family: grade.family,
    status: grade.status,
    ownerId: grade.ownerId,
    record: {
      designationsByStandard: grade.designationsByStandard,
      aliases: grade.aliases,
      aliasNote: grade.aliasNote,
      composition: grade.composition,
      compositionSource: grade.compositionSource,
      typical: grade.typical,
      typicalCard: grade.typicalCard,
      typicalUses: grade.typicalUses,
      retiredNote: grade.retiredNote,
    },
  };
}

/** A catalogue row as the grade lookups read it (designations and standards derived). */
export function gradeOfRow(row: GradeRow): AlloyGradeData {
  const { record } = row;
  return {
    code: row.code,
    materialClass: row.materialClass,
    family: row.family,
    status: row.status,
    ownerId: row.ownerId,
    designationsByStandard: record.designationsByStandard,
    aliases: record.aliases,
    aliasNote: record.aliasNote,
    ...derivedNames(row.code, record.designationsByStandard, record.aliases),
    composition: record.composition,
    compositionSource: record.compositionSource,
    typical: record.typical,
    typicalCard: record.typicalCard,
    typicalUses: record.typicalUses,
    retiredNote: record.retiredNote,
  };
}

/** JSON with keys in order, so two records compare equal exactly when their content does (jsonb reorders keys). */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}
