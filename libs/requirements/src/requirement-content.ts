import { Catalog, checkedComposition, type ElementLimitDraft, type ProductForm } from '@magmatch/catalog';
import { DomainError, DomainErrorCode } from '@magmatch/core';
import { Visibility, type RequirementContent } from './requirement.entity.js';

export interface RequirementDraft {
  readonly title: string;
  readonly description?: string | null;
  readonly scenario?: string | null;
  readonly acceptableGrades?: readonly string[] | null;
  readonly form?: ProductForm | null;
  readonly composition?: readonly ElementLimitDraft[] | null;
  readonly minTensileStrengthMpa?: number | null;
  readonly minYieldStrengthMpa?: number | null;
  readonly minElongationPct?: number | null;
  readonly maxDensityGCm3?: number | null;
  readonly serviceTemperatureC?: number | null;
  readonly quantityTonnesPerMonth: number;
  readonly durationMonths?: number | null;
  readonly neededBy?: string | null;
  readonly city?: string | null;
  readonly requiredCertifications?: readonly string[] | null;
  readonly maxPriceCnyPerTonne?: number | null;
  readonly visibility?: Visibility | null;
}

const invalid = (field: string, message: string) => new DomainError(DomainErrorCode.InvalidInput, message, field);

/**
 * Checks a draft against the catalogue. A scenario's template — the one given, or else the one the title
 * names — fills the minimums the buyer left empty, and its usual grades when no grade is given.
 */
export function requirementContent(draft: RequirementDraft, today = new Date()): RequirementContent {
  const scenario = draft.scenario ? Catalog.scenario(draft.scenario) : scenarioNamedIn(`${draft.title} ${draft.description ?? ''}`);
  if (draft.scenario && !scenario) throw invalid('scenario', `scenario "${draft.scenario}" is not in the catalogue`);
  const grades = (draft.acceptableGrades?.length ? draft.acceptableGrades : (scenario?.usualGrades ?? [])).map((typed) => {
    const chosen = Catalog.gradeForNewRecord(typed);
    if ('refusal' in chosen) throw invalid('acceptableGrades', chosen.refusal);
    return chosen.grade.code;
  });
  const certifications = (draft.requiredCertifications ?? []).map((code) => {
    const certification = Catalog.certification(code);
    if (!certification) throw invalid('requiredCertifications', `certification "${code}" is not in the catalogue`);
    return certification.code;
  });
  if (draft.neededBy && draft.neededBy < today.toISOString().slice(0, 10)) {
    throw invalid('neededBy', `neededBy ${draft.neededBy} is in the past`);
  }
  return {
    title: draft.title.trim(),
    description: draft.description?.trim() || null,
    scenario: scenario?.code ?? null,
    acceptableGrades: [...new Set(grades)],
    acceptableGradesAsTyped: draft.acceptableGrades?.length ? draft.acceptableGrades.map((typed) => typed.trim()) : [],
    composition: checkedComposition(draft.composition ?? [], 'composition'),
    form: draft.form ?? null,
    minTensileStrengthMpa: draft.minTensileStrengthMpa ?? scenario?.minTensileStrengthMpa ?? null,
    minYieldStrengthMpa: draft.minYieldStrengthMpa ?? null,
    minElongationPct: draft.minElongationPct ?? scenario?.minElongationPct ?? null,
    maxDensityGCm3: draft.maxDensityGCm3 ?? null,
    serviceTemperatureC: draft.serviceTemperatureC ?? null,
    quantityTonnesPerMonth: draft.quantityTonnesPerMonth,
    durationMonths: draft.durationMonths ?? null,
    neededBy: draft.neededBy ?? null,
    city: draft.city?.trim() || null,
    requiredCertifications: [...new Set(certifications)],
    maxPriceCnyPerTonne: draft.maxPriceCnyPerTonne ?? null,
    visibility: draft.visibility ?? Visibility.PUBLIC,
  };
}

/** The scenario whose Chinese or English name the buyer wrote, as in `汽车座椅骨架 压铸 月需求200吨`. */
function scenarioNamedIn(text: string) {
  const lower = text.toLowerCase();
  return Catalog.scenarios.find((scenario) => text.includes(scenario.nameZh) || lower.includes(scenario.name.toLowerCase()));
}
