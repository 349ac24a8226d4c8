import { DomainError, DomainErrorCode, type Viewer } from '@magmatch/core';
import { ALLOY_GRADES, type AlloyGradeData, type GradeStatus, type MaterialClass } from './data/grades.js';
import { CERTIFICATIONS, SCENARIOS, type CertificationData, type ScenarioData } from './data/reference.js';
import { designationKey, parseDesignation } from './designation.js';

/** A grade as a user may type it: case, spaces, hyphens, dots, brackets and full-width forms do not matter. */
export const gradeKey = designationKey;

/** What a typed designation means: the grade (if any), the temper written with it, and a note on how it was read. */
export interface DesignationReading {
  readonly typed: string;
  readonly grade: AlloyGradeData | null;
  readonly temper: string | null;
  readonly note: string | null;
}

interface NameEntry {
  readonly grade: AlloyGradeData;
  /** The standard that gives this name, or null for the code itself and informal aliases. */
  readonly standard: string | null;
  readonly alias: boolean;
}

const SUGGESTED = ['AZ91D', 'AM60B', 'AZ31B', 'Mg99.90'];
const scenariosByCode = new Map(SCENARIOS.map((scenario) => [scenario.code, scenario]));
const certificationsByCode = new Map(CERTIFICATIONS.map((certification) => [certification.code, certification]));

/** Every name of a set of grades, read through `parseDesignation`; one immutable snapshot of the catalogue. */
export class GradeRegistry {
  private readonly names = new Map<string, NameEntry>();

  constructor(readonly grades: readonly AlloyGradeData[]) {
    for (const grade of grades) {
      this.names.set(designationKey(grade.code), { grade, standard: null, alias: false });
      for (const { standard, code } of grade.designationsByStandard) {
        if (designationKey(code) !== designationKey(grade.code)) this.names.set(designationKey(code), { grade, standard, alias: false });
      }
      // An alias that spells the code another way ("Mg99.95A" for Mg9995A) is the code itself, not an alias.
      for (const alias of grade.aliases) if (!this.names.has(designationKey(alias))) this.names.set(designationKey(alias), { grade, standard: null, alias: true });
    }
  }

  entry(input: string): NameEntry | undefined {
    return this.names.get(parseDesignation(input).key);
  }
}

/** Who reads the catalogue. */
export interface CatalogReader {
  readonly organizationId: string | null;
  readonly moderator: boolean;
}
export const PUBLIC_READER: CatalogReader = { organizationId: null, moderator: false };
export const readerOf = (viewer: Viewer | null | undefined): CatalogReader => ({
  organizationId: viewer?.organizationId ?? null,
  moderator: viewer?.role === 'MODERATOR',
});

/** A standard's grade, or a producer's grade the association approved: anyone may read it, list it, buy it. */
export const isPublicGrade = (grade: AlloyGradeData): boolean => grade.ownerId === null || grade.status === 'PROPRIETARY';

/** A producer's grade before approval (PROPOSED, or rejected) exists only for its producer and moderators. */
export const mayRead = (reader: CatalogReader, grade: AlloyGradeData): boolean =>
  isPublicGrade(grade) || reader.moderator || (reader.organizationId !== null && reader.organizationId === grade.ownerId);

/** The curated reference data set is what the catalogue holds before (and without) a database. */
let registry = new GradeRegistry(ALLOY_GRADES);

/**
 * Makes `grades` the catalogue this process reads: the reference data set and the producers' own grades, as
 * loaded from the catalogue's tables by `GradeCatalog`. Lookups are synchronous on this snapshot.
 */
export function installGrades(grades: readonly AlloyGradeData[]): void {
  registry = new GradeRegistry(grades);
}

/**
 * The catalogue: grades with every designation by standard (the reference data set and producers' grades,
 * loaded from the catalogue's tables), scenarios with their requirement templates, certifications. Every
 * lookup of a typed name goes through `parseDesignation`; lookups for a reader see only what it may read.
 *
 * @example Catalog.resolveGrade('JIS H 5303 MDC1D')?.code === 'AZ91D'
 */
export const Catalog = {
  get grades(): readonly AlloyGradeData[] {
    return registry.grades;
  },
  scenarios: SCENARIOS,
  certifications: CERTIFICATIONS,

  /**
   * The grade `input` means (`az91`, `AM60B-F`, `ＡＺ９１Ｄ`, `MDC1D`, `EN-MC21120` …), if any, among those
   * `reader` may read; without a reader (a code stored in a record) among all, retired and proposed included.
   */
  resolveGrade(input: string, reader?: CatalogReader): AlloyGradeData | undefined {
    const grade = registry.entry(input)?.grade;
    return grade && (!reader || mayRead(reader, grade)) ? grade : undefined;
  },

  /**
   * How `typed` is read: grade, temper, and a note when an equivalence, an alias or a retired grade was
   * involved. A grade `reader` may not read reads as not in the catalogue.
   */
  readDesignation(typed: string, reader: CatalogReader = PUBLIC_READER): DesignationReading {
    const parsed = parseDesignation(typed);
    const entry = registry.entry(typed);
    if (!entry || !mayRead(reader, entry.grade)) {
      return { typed, grade: null, temper: parsed.temper, note: `"${parsed.grade}" is not in the catalogue; its producer can propose it as a new grade` };
    }
    const { grade } = entry;
    const notes = [
      grade.status === 'RETIRED' ? grade.retiredNote : null,
      grade.status === 'PROPOSED' ? `${grade.code} is proposed by its producer and awaits the association's approval` : null,
      entry.alias ? (grade.aliasNote ?? `"${parsed.grade}" is read as ${grade.code}`) : null,
      entry.standard ? `${parsed.grade} is ${grade.code} in ${entry.standard}` : null,
      parsed.temper ? `temper ${parsed.temper} written with the grade` : null,
    ].filter((note): note is string => note !== null);
    return { typed, grade, temper: parsed.temper, note: notes.length > 0 ? notes.join('; ') : null };
  },

  /**
   * The grade a new or edited record of `organizationId` may name by `typed`, or why not: not in the
   * catalogue (another producer's unapproved grade is not), or retired (old records keep resolving to it;
   * new ones must choose). Its own proposed grade an organisation may name in a draft.
   */
  gradeForNewRecord(typed: string, organizationId: string | null = null): { grade: AlloyGradeData } | { refusal: string } {
    const grade = Catalog.resolveGrade(typed, { organizationId, moderator: false });
    if (!grade) return { refusal: `grade "${typed}" is not in the catalogue (e.g. ${SUGGESTED.join(', ')})` };
    if (grade.status === 'RETIRED') return { refusal: `grade "${typed}" is retired: ${grade.retiredNote}` };
    return { grade };
  },

  /** The grades of a material class and status that `reader` may read, in catalogue order. */
  gradesWhere(filter: { materialClass?: MaterialClass | null; status?: GradeStatus | null }, reader: CatalogReader = PUBLIC_READER): AlloyGradeData[] {
    return registry.grades.filter(
      (grade) =>
        mayRead(reader, grade) && (!filter.materialClass || grade.materialClass === filter.materialClass) && (!filter.status || grade.status === filter.status),
    );
  },

  /** The alloy families of public grades (AZ, AM, AS, ZK …); pure magnesium is not an alloy family. */
  alloyFamilies(): string[] {
    return [...new Set(registry.grades.filter((grade) => grade.materialClass === 'ALLOY' && isPublicGrade(grade)).map((grade) => grade.family))];
  },

  /** The code of the scenario `code` names; BAD_USER_INPUT naming `field` when the catalogue has none. */
  scenarioCode(code: string, field: string): string {
    const scenario = Catalog.scenario(code);
    if (!scenario) throw new DomainError(DomainErrorCode.InvalidInput, `scenario "${code}" is not in the catalogue (e.g. AUTO_SEAT_FRAME)`, field);
    return scenario.code;
  },

  /** The code of the public grade `typed` names, for a filter; BAD_USER_INPUT naming `field` when there is none. */
  publicGradeCode(typed: string, field: string): string {
    const grade = Catalog.resolveGrade(typed, PUBLIC_READER);
    if (!grade) throw new DomainError(DomainErrorCode.InvalidInput, `grade "${typed}" is not in the catalogue`, field);
    return grade.code;
  },

  scenario(code: string): ScenarioData | undefined {
    return scenariosByCode.get(code.toUpperCase());
  },

  certification(code: string): CertificationData | undefined {
    return certificationsByCode.get(gradeKey(code));
  },
} as const;

/** Whether a grade's typical values fall short of a tensile or elongation minimum (a template's, a requirement's). */
export function typicalFallsShort(grade: AlloyGradeData, minimums: { readonly minTensileStrengthMpa: number | null; readonly minElongationPct: number | null }): boolean {
  const short = (minimum: number | null, value: number | null) => minimum !== null && (value === null || value < minimum);
  return short(minimums.minTensileStrengthMpa, grade.typical.tensileStrengthMpa) || short(minimums.minElongationPct, grade.typical.elongationPct);
}
