import { Catalog, checkedComposition, parseDesignation, type ElementLimitDraft, type ProductForm } from '@magmatch/catalog';
import { DomainError, DomainErrorCode } from '@magmatch/core';
import { PropertyBasis, type ListingContent } from './listing.entity.js';
import { listingMaterial, type MaterialDraft } from './listing-material.js';

/** What a supplier sends; ranges are checked at the API edge, catalogue references here. */
export interface ListingDraft {
  readonly title: string;
  readonly titleEn?: string | null;
  readonly description?: string | null;
  readonly descriptionEn?: string | null;
  readonly materialClass?: MaterialDraft['materialClass'];
  /** Any designation, with a temper written after it if the supplier likes ("AM60B-F"); none for by-products and mixed scrap. */
  readonly grade?: string | null;
  readonly scrap?: MaterialDraft['scrap'];
  readonly byProduct?: MaterialDraft['byProduct'];
  readonly temper?: string | null;
  readonly form: ProductForm;
  readonly composition?: readonly ElementLimitDraft[] | null;
  readonly properties: {
    readonly tensileStrengthMpa?: number | null;
    readonly yieldStrengthMpa?: number | null;
    readonly elongationPct?: number | null;
    readonly densityGCm3?: number | null;
    readonly basis: PropertyBasis;
    readonly testStandard?: string | null;
  };
  readonly monthlyCapacityTonnes: number;
  readonly minOrderTonnes?: number | null;
  readonly priceMinCnyPerTonne?: number | null;
  readonly priceMaxCnyPerTonne?: number | null;
  readonly leadTimeDays?: number | null;
  readonly deliveryRegions?: readonly string[] | null;
  readonly certifications?: readonly string[] | null;
  readonly scenarios?: readonly string[] | null;
  readonly city?: string | null;
  readonly recycledContentPct?: number | null;
  readonly carbonFootprintKgCo2ePerKg?: number | null;
  readonly firstBatchNewMaterial?: boolean | null;
  readonly catalogueEntry?: string | null;
}

const invalid = (field: string, message: string) => new DomainError(DomainErrorCode.InvalidInput, message, field);

/** Checks a draft against the catalogue and itself, and returns the content to store. */
export function listingContent(draft: ListingDraft): ListingContent {
  const { properties } = draft;
  const material = listingMaterial({
    ...draft,
    mechanicalValues: [
      ['properties.tensileStrengthMpa', properties.tensileStrengthMpa],
      ['properties.yieldStrengthMpa', properties.yieldStrengthMpa],
      ['properties.elongationPct', properties.elongationPct],
    ],
  });
  if (properties.basis === PropertyBasis.TESTED && !properties.testStandard?.trim()) {
    throw invalid('properties.testStandard', 'properties.testStandard is required when the basis is TESTED');
  }
  if (
    properties.yieldStrengthMpa != null &&
    properties.tensileStrengthMpa != null &&
    properties.yieldStrengthMpa > properties.tensileStrengthMpa
  ) {
    throw invalid('properties.yieldStrengthMpa', 'properties.yieldStrengthMpa cannot exceed tensileStrengthMpa');
  }
  if (draft.priceMinCnyPerTonne != null && draft.priceMaxCnyPerTonne != null && draft.priceMinCnyPerTonne > draft.priceMaxCnyPerTonne) {
    throw invalid('priceMaxCnyPerTonne', 'priceMaxCnyPerTonne must not be below priceMinCnyPerTonne');
  }
  return {
    title: draft.title.trim(),
    titleEn: draft.titleEn?.trim() || null,
    description: draft.description?.trim() || null,
    descriptionEn: draft.descriptionEn?.trim() || null,
    materialClass: material.materialClass,
    grade: material.grade?.code ?? null,
    gradeAsTyped: draft.grade?.trim() || null,
    temper: temperOf(draft),
    scrap: material.scrap,
    byProduct: material.byProduct,
    composition: checkedComposition(draft.composition ?? [], 'composition'),
    form: draft.form,
    tensileStrengthMpa: properties.tensileStrengthMpa ?? null,
    yieldStrengthMpa: properties.yieldStrengthMpa ?? null,
    elongationPct: properties.elongationPct ?? null,
    densityGCm3: properties.densityGCm3 ?? null,
    propertyBasis: properties.basis,
    testStandard: properties.testStandard?.trim() || null,
    monthlyCapacityTonnes: draft.monthlyCapacityTonnes,
    minOrderTonnes: draft.minOrderTonnes ?? null,
    priceMinCnyPerTonne: draft.priceMinCnyPerTonne ?? null,
    priceMaxCnyPerTonne: draft.priceMaxCnyPerTonne ?? null,
    leadTimeDays: draft.leadTimeDays ?? null,
    deliveryRegions: unique(draft.deliveryRegions ?? []),
    certifications: unique((draft.certifications ?? []).map((code) => certificationCode(code))),
    scenarios: unique((draft.scenarios ?? []).map((code) => scenarioCode(code))),
    city: draft.city?.trim() || null,
    recycledContentPct: draft.recycledContentPct ?? null,
    carbonFootprintKgCo2ePerKg: draft.carbonFootprintKgCo2ePerKg ?? null,
    firstBatchNewMaterial: draft.firstBatchNewMaterial ?? false,
    catalogueEntry: draft.catalogueEntry?.trim() || null,
  };
}

/** The temper given, or the one written with the grade ("AM60B-F"); two different ones are refused. */
function temperOf(draft: ListingDraft): string | null {
  const given = draft.temper?.trim() || null;
  const written = draft.grade ? parseDesignation(draft.grade).temper : null;
  if (given && written && given.toUpperCase() !== written) {
    throw invalid('temper', `temper ${given} differs from temper ${written} written with the grade "${draft.grade}"`);
  }
  return given ?? written;
}

function certificationCode(code: string): string {
  const certification = Catalog.certification(code);
  if (!certification) throw invalid('certifications', `certification "${code}" is not in the catalogue`);
  return certification.code;
}

function scenarioCode(code: string): string {
  const scenario = Catalog.scenario(code);
  if (!scenario) throw invalid('scenarios', `scenario "${code}" is not in the catalogue`);
  return scenario.code;
}

const unique = (values: readonly string[]) => [...new Set(values.map((value) => value.trim()).filter(Boolean))];
