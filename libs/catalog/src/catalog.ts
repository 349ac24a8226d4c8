import { ALLOY_GRADES, type AlloyGradeData } from './data/grades.js';
import { CERTIFICATIONS, SCENARIOS, type CertificationData, type ScenarioData } from './data/reference.js';

/** A grade as a user may type it: case, spaces, hyphens, dots and brackets do not matter. */
export function gradeKey(input: string): string {
  return input.toUpperCase().replace(/[\s\-_.()]/g, '');
}

const gradesByKey = new Map<string, AlloyGradeData>();
for (const grade of ALLOY_GRADES) {
  for (const name of [grade.code, ...grade.designations]) {
    gradesByKey.set(gradeKey(name), grade);
    if (name.startsWith('UNS ')) gradesByKey.set(gradeKey(name.slice(4)), grade);
  }
}
const scenariosByCode = new Map(SCENARIOS.map((scenario) => [scenario.code, scenario]));
const certificationsByCode = new Map(CERTIFICATIONS.map((certification) => [certification.code, certification]));

/**
 * The reference catalogue: grades with every equivalent designation, scenarios with their requirement
 * templates, certifications. Read-only, versioned with the code.
 *
 * @example Catalog.resolveGrade('EN-MC21120')?.code === 'AZ91D'
 */
export const Catalog = {
  grades: ALLOY_GRADES,
  scenarios: SCENARIOS,
  certifications: CERTIFICATIONS,

  /** The grade a user means by `input` (`az91`, `AZ91-D`, `MgAl9Zn1`, `EN-MC21120` → AZ91D), if any. */
  resolveGrade(input: string): AlloyGradeData | undefined {
    return gradesByKey.get(gradeKey(input));
  },

  scenario(code: string): ScenarioData | undefined {
    return scenariosByCode.get(code.toUpperCase());
  },

  certification(code: string): CertificationData | undefined {
    return certificationsByCode.get(gradeKey(code));
  },
} as const;
