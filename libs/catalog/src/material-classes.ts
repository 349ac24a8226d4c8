import type { MaterialClass } from './data/grades.js';

/**
 * Scrap classes as the trade uses them (USGS magnesium recycling typology): Type I clean high-grade returns
 * (runners, gates, drippings); Type II contaminated (oily, painted, coated, with inserts); Type III
 * dross-bearing; Type IV chips and fines.
 */
export const SCRAP_CLASSES = ['TYPE_I', 'TYPE_II', 'TYPE_III', 'TYPE_IV'] as const;
export type ScrapClass = (typeof SCRAP_CLASSES)[number];

export const SCRAP_CLASS_WORDS: Record<ScrapClass, string> = {
  TYPE_I: 'Type I, clean returns',
  TYPE_II: 'Type II, oily, painted or coated',
  TYPE_III: 'Type III, dross-bearing',
  TYPE_IV: 'Type IV, chips and fines',
};

/** By-products of magnesium making: Pidgeon-process reduction slag (镁渣/还原渣), dross, flux residue. */
export const BY_PRODUCT_KINDS = ['REDUCTION_SLAG', 'DROSS', 'FLUX_RESIDUE', 'OTHER'] as const;
export type ByProductKind = (typeof BY_PRODUCT_KINDS)[number];

/** What identifies scrap: its class, alloy family (null: mixed alloys), contamination, and whether it is sorted. */
export interface ScrapDetails {
  readonly scrapClass: ScrapClass;
  readonly alloyFamily: string | null;
  readonly oilPct: number | null;
  readonly moisturePct: number | null;
  readonly sorted: boolean;
}

/** What identifies a by-product: its kind, the uses it is offered for (cement raw meal, road base…), its moisture. */
export interface ByProductDetails {
  readonly kind: ByProductKind;
  readonly uses: readonly string[];
  readonly moisturePct: number | null;
}

export const MATERIAL_CLASSES: readonly MaterialClass[] = ['PRIMARY_MAGNESIUM', 'ALLOY', 'SCRAP', 'BY_PRODUCT'];

export const MATERIAL_CLASS_WORDS: Record<MaterialClass, string> = {
  PRIMARY_MAGNESIUM: 'primary magnesium',
  ALLOY: 'magnesium alloy',
  SCRAP: 'magnesium scrap',
  BY_PRODUCT: 'a by-product (slag, dross, flux residue)',
};

/** The product form each class of material is sold in, when the class fixes it. */
export const FORM_OF_CLASS: Partial<Record<MaterialClass, string>> = { SCRAP: 'SCRAP', BY_PRODUCT: 'SLAG' };
