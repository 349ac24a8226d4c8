import {
  Catalog,
  cardFromSingleValues,
  checkedCard,
  checkedComposition,
  parseDesignation,
  RANGED_PROPERTIES,
  type CardDraft,
  type ElementLimitDraft,
  type PropertyBasis,
  type ProductForm,
} from '@magmatch/catalog';
import { DomainError, DomainErrorCode } from '@magmatch/core';
import { assumedCnyPrice, checkedPriceBand, type PriceDraft } from '@magmatch/trade';
import type { ListingContent } from './listing.entity.js';
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
  /** The same as `grade`, under the contract's newer name; when both are given they must name the same thing. */
  readonly designation?: string | null;
  readonly scrap?: MaterialDraft['scrap'];
  readonly byProduct?: MaterialDraft['byProduct'];
  readonly temper?: string | null;
  readonly form: ProductForm;
  readonly composition?: readonly ElementLimitDraft[] | null;
  /** The card as ranges; or, as before ranges, `properties` with one value per property and one basis. */
  readonly card?: CardDraft | null;
  readonly properties?: {
    readonly tensileStrengthMpa?: number | null;
    readonly yieldStrengthMpa?: number | null;
    readonly elongationPct?: number | null;
    readonly densityGCm3?: number | null;
    readonly basis: PropertyBasis;
    readonly testStandard?: string | null;
  } | null;
  readonly monthlyCapacityTonnes: number;
  readonly minOrderTonnes?: number | null;
  /** The price band with its basis; or, as before prices had one, `priceMinCnyPerTonne` / `priceMaxCnyPerTonne`. */
  readonly priceFrom?: PriceDraft | null;
  readonly priceTo?: PriceDraft | null;
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
  /** The first-batch catalogue entry claimed (an id of firstBatchEditions' entries); checked by the service. */
  readonly firstBatchEntryId?: string | null;
}

const invalid = (field: string, message: string) => new DomainError(DomainErrorCode.InvalidInput, message, field);

/** Checks a draft of `organizationId`'s against the catalogue and itself, and returns the content to store. */
export function listingContent(draft: ListingDraft, organizationId: string): ListingContent {
  const typed = designationOf(draft);
  const [cardField, cardDraft] = cardDraftOf(draft);
  const card = checkedCard(cardDraft, cardField);
  const material = listingMaterial({
    ...draft,
    organizationId,
    grade: typed,
    statedProperties: RANGED_PROPERTIES.filter((property) => card[property] !== null).map((property) => `${cardField}.${property}`),
  });
  const city = draft.city?.trim() || null;
  return {
    title: draft.title.trim(),
    titleEn: draft.titleEn?.trim() || null,
    description: draft.description?.trim() || null,
    descriptionEn: draft.descriptionEn?.trim() || null,
    materialClass: material.materialClass,
    grade: material.grade?.code ?? null,
    gradeAsTyped: typed,
    temper: temperOf(draft.temper, typed),
    scrap: material.scrap,
    byProduct: material.byProduct,
    composition: checkedComposition(draft.composition ?? [], 'composition'),
    form: draft.form,
    card,
    monthlyCapacityTonnes: draft.monthlyCapacityTonnes,
    minOrderTonnes: draft.minOrderTonnes ?? null,
    ...priceBandOf(draft, city),
    leadTimeDays: draft.leadTimeDays ?? null,
    deliveryRegions: unique(draft.deliveryRegions ?? []),
    certifications: unique((draft.certifications ?? []).map((code) => certificationCode(code))),
    scenarios: unique((draft.scenarios ?? []).map((code) => Catalog.scenarioCode(code, 'scenarios'))),
    city,
    recycledContentPct: draft.recycledContentPct ?? null,
    carbonFootprintKgCo2ePerKg: draft.carbonFootprintKgCo2ePerKg ?? null,
    firstBatchNewMaterial: draft.firstBatchNewMaterial ?? false,
    catalogueEntry: draft.catalogueEntry?.trim() || null,
    firstBatchEntryId: draft.firstBatchEntryId ?? null,
  };
}

/**
 * The designation as typed, under either name: `designation` when both are given, provided they name the same
 * grade ("AZ91D" and "MDC1D-F" do) and no two different tempers.
 */
function designationOf(draft: ListingDraft): string | null {
  const grade = draft.grade?.trim() || null;
  const designation = draft.designation?.trim() || null;
  if (grade && designation) {
    const [a, b] = [parseDesignation(grade), parseDesignation(designation)];
    const sameGrade = (Catalog.resolveGrade(grade)?.code ?? a.key) === (Catalog.resolveGrade(designation)?.code ?? b.key);
    if (!sameGrade || (a.temper && b.temper && a.temper !== b.temper)) {
      throw invalid('designation', `designation "${designation}" and grade "${grade}" differ: give one of them`);
    }
  }
  return designation ?? grade;
}

/** The card to check and the field its errors name: `card`, or the single values of `properties` as ranges. */
function cardDraftOf(draft: ListingDraft): [field: string, card: CardDraft] {
  if (draft.card && draft.properties) throw invalid('properties', 'give the card as `card` (ranges) or as `properties` (single values), not both');
  if (draft.card) return ['card', draft.card];
  const properties = draft.properties;
  if (!properties) return ['card', {}];
  return ['properties', cardFromSingleValues(properties, properties.basis, properties.testStandard?.trim() || null)];
}

/**
 * The price band: given with its basis (`priceFrom`, `priceTo`), or as bare CNY/t numbers, whose basis is
 * assumed (CNY per tonne, VAT included, EXW at the supplier's city) and said until the supplier confirms it.
 */
function priceBandOf(draft: ListingDraft, city: string | null): Pick<ListingContent, 'priceFrom' | 'priceTo' | 'priceBasisAssumed'> {
  const bare = draft.priceMinCnyPerTonne != null || draft.priceMaxCnyPerTonne != null;
  if (bare && (draft.priceFrom || draft.priceTo)) {
    throw invalid('priceFrom', 'give the price as priceFrom / priceTo (with its basis) or as priceMinCnyPerTonne / priceMaxCnyPerTonne, not both');
  }
  if (!bare) {
    const [priceFrom, priceTo] = checkedPriceBand(draft.priceFrom ?? null, draft.priceTo ?? null, ['priceFrom', 'priceTo']);
    return { priceFrom, priceTo, priceBasisAssumed: false };
  }
  const assumed = (amount: number | null | undefined) => (amount == null ? null : assumedCnyPrice(amount, city));
  const fields = ['priceMinCnyPerTonne', 'priceMaxCnyPerTonne'] as const;
  const [priceFrom, priceTo] = checkedPriceBand(assumed(draft.priceMinCnyPerTonne), assumed(draft.priceMaxCnyPerTonne), fields, fields);
  return { priceFrom, priceTo, priceBasisAssumed: true };
}

/** The temper given, or the one written with the grade ("AM60B-F"); two different ones are refused. */
function temperOf(temper: string | null | undefined, typed: string | null): string | null {
  const given = temper?.trim() || null;
  const written = typed ? parseDesignation(typed).temper : null;
  if (given && written && given.toUpperCase() !== written) {
    throw invalid('temper', `temper ${given} differs from temper ${written} written with the grade "${typed}"`);
  }
  return given ?? written;
}

function certificationCode(code: string): string {
  const certification = Catalog.certification(code);
  if (!certification) throw invalid('certifications', `certification "${code}" is not in the catalogue`);
  return certification.code;
}


const unique = (values: readonly string[]) => [...new Set(values.map((value) => value.trim()).filter(Boolean))];
