import {
  Catalog,
  checkedComposition,
  FORM_OF_CLASS,
  MATERIAL_CLASS_WORDS,
  type AlloyGradeData,
  type ElementLimitDraft,
  type MaterialClass,
  type ProductForm,
  type ScrapClass,
} from '@magmatch/catalog';
import { DomainError, DomainErrorCode } from '@magmatch/core';
import { assumedCnyPrice, checkedPrice, type PriceDraft } from '@magmatch/trade';
import { Visibility, type RequirementContent } from './requirement.entity.js';

export interface RequirementDraft {
  readonly title: string;
  readonly description?: string | null;
  readonly scenario?: string | null;
  readonly acceptableGrades?: readonly string[] | null;
  readonly form?: ProductForm | null;
  readonly materialClass?: MaterialClass | null;
  readonly scrapClasses?: readonly ScrapClass[] | null;
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
  /** The price limit with its basis; or, as before prices had one, `maxPriceCnyPerTonne` (basis assumed). */
  readonly maxPrice?: PriceDraft | null;
  readonly maxPriceCnyPerTonne?: number | null;
  readonly visibility?: Visibility | null;
}

const invalid = (field: string, message: string) => new DomainError(DomainErrorCode.InvalidInput, message, field);

/**
 * Checks a draft against the catalogue. A scenario's template — the one given, or else the one the title
 * names — fills the minimums the buyer left empty, and its usual grades when no grade is given.
 */
export function requirementContent(draft: RequirementDraft, today = new Date()): RequirementContent {
  const typedGrades = (draft.acceptableGrades ?? []).map((typed) => gradeNamed(typed));
  const materialClass = draft.materialClass ?? classOf(draft.form ?? null, typedGrades);
  checkClass(draft, materialClass, typedGrades);
  // Scenario templates describe parts made of alloy; ingot, scrap and by-product buyers state what they need.
  const templated = materialClass === 'ALLOY';
  const scenario = !templated ? undefined : draft.scenario ? Catalog.scenario(draft.scenario) : scenarioNamedIn(`${draft.title} ${draft.description ?? ''}`);
  if (draft.scenario && !scenario) throw invalid('scenario', templated ? `scenario "${draft.scenario}" is not in the catalogue` : `a ${materialClass} requirement has no application scenario`);
  const grades = typedGrades.length ? typedGrades : (scenario?.usualGrades ?? []).map((typed) => gradeNamed(typed));
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
    materialClass,
    scrapClasses: [...new Set(draft.scrapClasses ?? [])],
    acceptableGrades: [...new Set(grades.map((grade) => grade.code))],
    acceptableGradesAsTyped: draft.acceptableGrades?.length ? draft.acceptableGrades.map((typed) => typed.trim()) : [],
    composition: checkedComposition(draft.composition ?? [], 'composition'),
    form: draft.form ?? (FORM_OF_CLASS[materialClass] as ProductForm | undefined) ?? null,
    templateConstraints: [
      ...(draft.minTensileStrengthMpa == null && scenario?.minTensileStrengthMpa != null ? ['minTensileStrengthMpa' as const] : []),
      ...(draft.minElongationPct == null && scenario?.minElongationPct != null ? ['minElongationPct' as const] : []),
      ...(!typedGrades.length && grades.length ? ['acceptableGrades' as const] : []),
    ],
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
    ...maxPriceOf(draft),
    visibility: draft.visibility ?? Visibility.PUBLIC,
  };
}

/** The price limit: with its basis, or a bare CNY/t number taken as CNY per tonne, VAT included, EXW (and said). */
function maxPriceOf(draft: RequirementDraft): Pick<RequirementContent, 'maxPrice' | 'maxPriceBasisAssumed'> {
  if (draft.maxPrice && draft.maxPriceCnyPerTonne != null) {
    throw invalid('maxPrice', 'give the price limit as maxPrice (with its basis) or as maxPriceCnyPerTonne, not both');
  }
  if (draft.maxPrice) return { maxPrice: checkedPrice(draft.maxPrice, 'maxPrice'), maxPriceBasisAssumed: false };
  if (draft.maxPriceCnyPerTonne == null) return { maxPrice: null, maxPriceBasisAssumed: false };
  return { maxPrice: checkedPrice(assumedCnyPrice(draft.maxPriceCnyPerTonne, null), 'maxPriceCnyPerTonne', 'maxPriceCnyPerTonne'), maxPriceBasisAssumed: true };
}

function gradeNamed(typed: string): AlloyGradeData {
  const chosen = Catalog.gradeForNewRecord(typed);
  if ('refusal' in chosen) throw invalid('acceptableGrades', chosen.refusal);
  return chosen.grade;
}

/** The class a requirement asks for when it does not say: by its form (SCRAP, SLAG), else by its grades. */
function classOf(form: ProductForm | null, grades: readonly AlloyGradeData[]): MaterialClass {
  if (form === 'SCRAP') return 'SCRAP';
  if (form === 'SLAG') return 'BY_PRODUCT';
  return grades.length > 0 && grades.every((grade) => grade.materialClass === 'PRIMARY_MAGNESIUM') ? 'PRIMARY_MAGNESIUM' : 'ALLOY';
}

/** What a requirement of each class may ask: scrap classes for scrap only; no grade for a by-product; no MPa beyond metal. */
function checkClass(draft: RequirementDraft, materialClass: MaterialClass, grades: readonly AlloyGradeData[]): void {
  const form = FORM_OF_CLASS[materialClass];
  if (form && draft.form && draft.form !== form) throw invalid('form', `a ${materialClass} requirement has form ${form}, not ${draft.form}`);
  if (draft.scrapClasses?.length && materialClass !== 'SCRAP') throw invalid('scrapClasses', `scrapClasses belong to SCRAP requirements, not ${materialClass}`);
  if (materialClass === 'BY_PRODUCT' && grades.length) throw invalid('acceptableGrades', 'a by-product has no alloy grade: leave acceptableGrades empty');
  const metal = materialClass === 'PRIMARY_MAGNESIUM' || materialClass === 'ALLOY';
  const mismatch = metal && grades.find((grade) => grade.materialClass !== materialClass);
  if (mismatch) throw invalid('acceptableGrades', `grade ${mismatch.code} is ${MATERIAL_CLASS_WORDS[mismatch.materialClass]}, not ${MATERIAL_CLASS_WORDS[materialClass]}`);
  if (!metal) {
    const minimum = (['minTensileStrengthMpa', 'minYieldStrengthMpa', 'minElongationPct'] as const).find((field) => draft[field] != null);
    if (minimum) throw invalid(minimum, `${MATERIAL_CLASS_WORDS[materialClass]} is not bought by mechanical properties: leave ${minimum} empty`);
  }
}

/** The scenario whose Chinese or English name the buyer wrote, as in `汽车座椅骨架 压铸 月需求200吨`. */
function scenarioNamedIn(text: string) {
  const lower = text.toLowerCase();
  return Catalog.scenarios.find((scenario) => text.includes(scenario.nameZh) || lower.includes(scenario.name.toLowerCase()));
}
