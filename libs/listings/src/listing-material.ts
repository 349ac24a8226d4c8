import {
  Catalog,
  FORM_OF_CLASS,
  MATERIAL_CLASS_WORDS,
  type AlloyGradeData,
  type ByProductDetails,
  type ByProductKind,
  type MaterialClass,
  type ProductForm,
  type ScrapClass,
  type ScrapDetails,
} from '@magmatch/catalog';
import { DomainError, DomainErrorCode } from '@magmatch/core';

/** What a seller says of the material itself; which parts apply depends on its class. */
export interface MaterialDraft {
  /** The selling organisation: its own proposed grades it may name in a draft. */
  readonly organizationId: string;
  readonly materialClass?: MaterialClass | null;
  readonly grade?: string | null;
  readonly form: ProductForm;
  /** The card's fields that carry a value, e.g. "card.tensileStrengthMpa". */
  readonly statedProperties: readonly string[];
  readonly scrap?: {
    readonly scrapClass: ScrapClass;
    readonly alloyFamily?: string | null;
    readonly oilPct?: number | null;
    readonly moisturePct?: number | null;
    readonly sorted?: boolean | null;
  } | null;
  readonly byProduct?: { readonly kind: ByProductKind; readonly uses?: readonly string[] | null; readonly moisturePct?: number | null } | null;
}

export interface Material {
  readonly materialClass: MaterialClass;
  readonly grade: AlloyGradeData | null;
  readonly scrap: ScrapDetails | null;
  readonly byProduct: ByProductDetails | null;
}

const invalid = (field: string, message: string) => new DomainError(DomainErrorCode.InvalidInput, message, field);

/**
 * The material of a listing, checked per class: primary magnesium and alloys name a current grade of their
 * class; scrap states its class (and its alloy family, from its grade if it names one; none: mixed alloys);
 * a by-product states its kind and has neither grade nor mechanical properties. Scrap is sold in the SCRAP
 * form, by-products in the SLAG form, metal in neither.
 */
export function listingMaterial(draft: MaterialDraft): Material {
  const typed = draft.grade?.trim() || null;
  const grade = typed ? gradeNamed(typed, draft.organizationId) : null;
  const materialClass = draft.materialClass ?? (draft.scrap ? 'SCRAP' : draft.byProduct ? 'BY_PRODUCT' : (grade?.materialClass ?? 'ALLOY'));
  const form = FORM_OF_CLASS[materialClass];
  if (form && draft.form !== form) throw invalid('form', `a ${materialClass} listing has form ${form}, not ${draft.form}`);
  if (!form && Object.values(FORM_OF_CLASS).includes(draft.form)) {
    throw invalid('form', `form ${draft.form} is for ${draft.form === 'SCRAP' ? 'SCRAP' : 'BY_PRODUCT'} listings: set materialClass and its details`);
  }
  if (materialClass !== 'SCRAP' && draft.scrap) throw invalid('scrap', `scrap details belong to SCRAP listings, not ${materialClass}`);
  if (materialClass !== 'BY_PRODUCT' && draft.byProduct) throw invalid('byProduct', `by-product details belong to BY_PRODUCT listings, not ${materialClass}`);

  if (materialClass === 'PRIMARY_MAGNESIUM' || materialClass === 'ALLOY') {
    if (!grade) throw invalid('grade', `grade is required for ${MATERIAL_CLASS_WORDS[materialClass]} (e.g. ${materialClass === 'ALLOY' ? 'AZ91D' : 'Mg9990'})`);
    if (grade.materialClass !== materialClass) {
      throw invalid('grade', `grade ${grade.code} is ${MATERIAL_CLASS_WORDS[grade.materialClass]}, not ${MATERIAL_CLASS_WORDS[materialClass]}`);
    }
    return { materialClass, grade, scrap: null, byProduct: null };
  }
  const [stated] = draft.statedProperties;
  if (stated) throw invalid(stated, `${MATERIAL_CLASS_WORDS[materialClass]} is not sold by mechanical properties: leave ${stated} empty`);
  if (materialClass === 'SCRAP') {
    if (!draft.scrap) throw invalid('scrap', 'scrap.scrapClass is required for a SCRAP listing (TYPE_I clean returns … TYPE_IV chips and fines)');
    const stated = draft.scrap.alloyFamily?.trim() ? familyNamed(draft.scrap.alloyFamily) : null;
    if (grade && stated && stated !== grade.family) {
      throw invalid('scrap.alloyFamily', `scrap.alloyFamily ${stated} is not the family of grade ${grade.code} (${grade.family})`);
    }
    const scrap = {
      scrapClass: draft.scrap.scrapClass,
      alloyFamily: grade?.family ?? stated,
      oilPct: draft.scrap.oilPct ?? null,
      moisturePct: draft.scrap.moisturePct ?? null,
      sorted: draft.scrap.sorted ?? false,
    };
    return { materialClass, grade, scrap, byProduct: null };
  }
  if (grade) throw invalid('grade', `a by-product has no alloy grade: leave grade empty (it names ${grade.code})`);
  if (!draft.byProduct) throw invalid('byProduct', 'byProduct.kind is required for a BY_PRODUCT listing (REDUCTION_SLAG, DROSS, FLUX_RESIDUE, OTHER)');
  const byProduct = {
    kind: draft.byProduct.kind,
    uses: [...new Set((draft.byProduct.uses ?? []).map((use) => use.trim()).filter(Boolean))],
    moisturePct: draft.byProduct.moisturePct ?? null,
  };
  return { materialClass, grade: null, scrap: null, byProduct };
}

/** An alloy family of the catalogue, named without regard to case. */
function familyNamed(typed: string): string {
  const families = Catalog.alloyFamilies();
  const family = families.find((candidate) => candidate.toUpperCase() === typed.trim().toUpperCase());
  if (!family) throw invalid('scrap.alloyFamily', `scrap.alloyFamily "${typed}" is not an alloy family of the catalogue (${families.join(', ')}); leave it empty for mixed alloys`);
  return family;
}

function gradeNamed(typed: string, organizationId: string): AlloyGradeData {
  const chosen = Catalog.gradeForNewRecord(typed, organizationId);
  if ('refusal' in chosen) throw invalid('grade', chosen.refusal);
  return chosen.grade;
}

/**
 * A listing's material where a grade is expected (purchases, programs' grade-family rules): scrap by its alloy
 * family ("AM scrap", even when it names the grade it came from: scrap of AM60B is not AM60B), metal by its
 * grade and family, a by-product by its kind.
 */
export function materialOf(listing: {
  readonly grade: string | null;
  readonly scrap: ScrapDetails | null;
  readonly byProduct: ByProductDetails | null;
}): { name: string; family: string } {
  if (listing.scrap) {
    const family = listing.scrap.alloyFamily ?? 'mixed';
    return { name: `${family} scrap`, family: `${family} scrap` };
  }
  if (listing.grade) return { name: listing.grade, family: Catalog.resolveGrade(listing.grade)?.family ?? listing.grade };
  const kind = (listing.byProduct?.kind ?? 'OTHER').toLowerCase().replaceAll('_', ' ');
  return { name: kind, family: kind };
}
