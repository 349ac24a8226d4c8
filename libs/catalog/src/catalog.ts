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

const names = new Map<string, NameEntry>();
for (const grade of ALLOY_GRADES) {
  names.set(designationKey(grade.code), { grade, standard: null, alias: false });
  for (const { standard, code } of grade.designationsByStandard) {
    if (designationKey(code) !== designationKey(grade.code)) names.set(designationKey(code), { grade, standard, alias: false });
  }
  // An alias that spells the code another way ("Mg99.95A" for Mg9995A) is the code itself, not an alias.
  for (const alias of grade.aliases) if (!names.has(designationKey(alias))) names.set(designationKey(alias), { grade, standard: null, alias: true });
}
const SUGGESTED = ['AZ91D', 'AM60B', 'AZ31B', 'Mg99.90'];
const scenariosByCode = new Map(SCENARIOS.map((scenario) => [scenario.code, scenario]));
const certificationsByCode = new Map(CERTIFICATIONS.map((certification) => [certification.code, certification]));

/**
 * The reference catalogue: grades with every designation by standard, scenarios with their requirement
 * templates, certifications. Read-only, versioned with the code; every lookup of a typed name goes through
 * `parseDesignation`.
 *
 * @example Catalog.resolveGrade('JIS H 5303 MDC1D')?.code === 'AZ91D'
 */
export const Catalog = {
  grades: ALLOY_GRADES,
  scenarios: SCENARIOS,
  certifications: CERTIFICATIONS,

  /** The grade a user means by `input` (`az91`, `AM60B-F`, `ＡＺ９１Ｄ`, `MDC1D`, `EN-MC21120` …), if any; retired grades included. */
  resolveGrade(input: string): AlloyGradeData | undefined {
    return names.get(parseDesignation(input).key)?.grade;
  },

  /** How `typed` is read: grade, temper, and a note when an equivalence, an alias or a retired grade was involved. */
  readDesignation(typed: string): DesignationReading {
    const parsed = parseDesignation(typed);
    const entry = names.get(parsed.key);
    if (!entry) {
      return { typed, grade: null, temper: parsed.temper, note: `"${parsed.grade}" is not in the catalogue; its producer can propose it as a new grade` };
    }
    const { grade } = entry;
    const notes = [
      grade.status === 'RETIRED' ? grade.retiredNote : null,
      entry.alias ? (grade.aliasNote ?? `"${parsed.grade}" is read as ${grade.code}`) : null,
      entry.standard ? `${parsed.grade} is ${grade.code} in ${entry.standard}` : null,
      parsed.temper ? `temper ${parsed.temper} written with the grade` : null,
    ].filter((note): note is string => note !== null);
    return { typed, grade, temper: parsed.temper, note: notes.length > 0 ? notes.join('; ') : null };
  },

  /**
   * The grade a new or edited record may name by `typed`, or why not: not in the catalogue, or retired
   * (old records keep resolving to a retired grade; new ones must choose).
   */
  gradeForNewRecord(typed: string): { grade: AlloyGradeData } | { refusal: string } {
    const grade = Catalog.resolveGrade(typed);
    if (!grade) return { refusal: `grade "${typed}" is not in the catalogue (e.g. ${SUGGESTED.join(', ')})` };
    if (grade.status === 'RETIRED') return { refusal: `grade "${typed}" is retired: ${grade.retiredNote}` };
    return { grade };
  },

  /** The grades of a material class and status, in catalogue order. */
  gradesWhere(filter: { materialClass?: MaterialClass | null; status?: GradeStatus | null }): AlloyGradeData[] {
    return ALLOY_GRADES.filter(
      (grade) => (!filter.materialClass || grade.materialClass === filter.materialClass) && (!filter.status || grade.status === filter.status),
    );
  },

  scenario(code: string): ScenarioData | undefined {
    return scenariosByCode.get(code.toUpperCase());
  },

  certification(code: string): CertificationData | undefined {
    return certificationsByCode.get(gradeKey(code));
  },
} as const;
