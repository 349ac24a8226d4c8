import { DomainError, DomainErrorCode } from '@magmatch/core';

/** What a property value rests on: a typical value, a specification's guaranteed minimum, or a test of the product. */
export type PropertyBasis = 'TYPICAL' | 'SPEC_MINIMUM' | 'TESTED';
export const PROPERTY_BASES: readonly PropertyBasis[] = ['TYPICAL', 'SPEC_MINIMUM', 'TESTED'];

/**
 * One property as a standard or datasheet states it: a minimum, a typical value and a maximum (any may be
 * open, at least one is given), the basis they rest on and the condition they hold for ("section 6–12 mm").
 */
export interface PropertyRange {
  readonly min: number | null;
  readonly typical: number | null;
  readonly max: number | null;
  readonly basis: PropertyBasis;
  readonly condition: string | null;
}

/** The mechanical properties of a material performance card (性能卡片); MPa, %, HB, g/cm³. */
export interface CardProperties {
  readonly tensileStrengthMpa: PropertyRange | null;
  readonly yieldStrengthMpa: PropertyRange | null;
  readonly elongationPct: PropertyRange | null;
  readonly hardnessHb: PropertyRange | null;
  readonly densityGCm3: number | null;
  /** The test method behind TESTED values, e.g. "GB/T 228.1". */
  readonly testStandard: string | null;
}

export type RangedProperty = 'tensileStrengthMpa' | 'yieldStrengthMpa' | 'elongationPct' | 'hardnessHb';
export const RANGED_PROPERTIES: readonly RangedProperty[] = ['tensileStrengthMpa', 'yieldStrengthMpa', 'elongationPct', 'hardnessHb'];
export const MECHANICAL_PROPERTIES = ['tensileStrengthMpa', 'yieldStrengthMpa', 'elongationPct'] as const satisfies readonly RangedProperty[];

/** Plausible bounds of a magnesium product's values: beyond them a value is a typing error. */
const BOUNDS: Record<RangedProperty, readonly [number, number, string]> = {
  tensileStrengthMpa: [0, 1000, ' MPa'],
  yieldStrengthMpa: [0, 1000, ' MPa'],
  elongationPct: [0, 100, ' %'],
  hardnessHb: [0, 500, ' HB'],
};

export const EMPTY_CARD: CardProperties = {
  tensileStrengthMpa: null,
  yieldStrengthMpa: null,
  elongationPct: null,
  hardnessHb: null,
  densityGCm3: null,
  testStandard: null,
};

/** A range as a client sends it. */
export interface PropertyRangeDraft {
  readonly min?: number | null;
  readonly typical?: number | null;
  readonly max?: number | null;
  readonly basis: PropertyBasis;
  readonly condition?: string | null;
}

export type CardDraft = { readonly [P in RangedProperty]?: PropertyRangeDraft | null } & {
  readonly densityGCm3?: number | null;
  readonly testStandard?: string | null;
};

/**
 * Checks a card as typed (under `field`, e.g. "card") and returns it complete. Refused, naming the field: a
 * range with no value, a value outside its plausible bounds, min above typical or max, typical above max,
 * yield above tensile strength, TESTED values without a test standard.
 */
export function checkedCard(draft: CardDraft, field: string): CardProperties {
  const ranges = Object.fromEntries(
    RANGED_PROPERTIES.map((property) => [property, draft[property] ? checkedRange(draft[property]!, `${field}.${property}`, BOUNDS[property]) : null]),
  ) as Record<RangedProperty, PropertyRange | null>;
  const tensile = ranges.tensileStrengthMpa;
  const yieldStrength = ranges.yieldStrengthMpa;
  if (tensile && yieldStrength) {
    for (const stat of ['min', 'typical'] as const) {
      if (yieldStrength[stat] != null && tensile[stat] != null && yieldStrength[stat]! > tensile[stat]!) {
        throw invalid(`${field}.yieldStrengthMpa`, `${field}.yieldStrengthMpa.${stat} ${yieldStrength[stat]} MPa exceeds tensileStrengthMpa.${stat} ${tensile[stat]} MPa`);
      }
    }
  }
  const density = draft.densityGCm3 ?? null;
  if (density !== null && !(density >= 1 && density <= 3)) throw invalid(`${field}.densityGCm3`, `${field}.densityGCm3 must be from 1 to 3 g/cm³, got ${density}`);
  const testStandard = draft.testStandard?.trim() || null;
  if (!testStandard && RANGED_PROPERTIES.some((property) => ranges[property]?.basis === 'TESTED')) {
    throw invalid(`${field}.testStandard`, `${field}.testStandard is required when a value's basis is TESTED (e.g. GB/T 228.1)`);
  }
  return { ...ranges, densityGCm3: density, testStandard };
}

function checkedRange(draft: PropertyRangeDraft, at: string, [lowest, highest, unit]: readonly [number, number, string]): PropertyRange {
  const range = { min: draft.min ?? null, typical: draft.typical ?? null, max: draft.max ?? null, basis: draft.basis, condition: draft.condition?.trim() || null };
  if (range.min === null && range.typical === null && range.max === null) throw invalid(at, `${at} has no value: give min, typical or max`);
  for (const stat of ['min', 'typical', 'max'] as const) {
    const value = range[stat];
    if (value !== null && !(value >= lowest && value <= highest)) throw invalid(`${at}.${stat}`, `${at}.${stat} must be from ${lowest} to ${highest}${unit}, got ${value}`);
  }
  const ordered = [['min', 'typical'], ['typical', 'max'], ['min', 'max']] as const;
  for (const [low, high] of ordered) {
    if (range[low] !== null && range[high] !== null && range[low]! > range[high]!) {
      throw invalid(`${at}.${low}`, `${at}.${low} ${range[low]}${unit} is above ${high} ${range[high]}${unit}`);
    }
  }
  if (range.condition && range.condition.length > 200) throw invalid(`${at}.condition`, `${at}.condition must be at most 200 characters long`);
  return range;
}

/** The value a hard constraint compares with, and whether the card guarantees it. */
export interface ConstraintValue {
  readonly value: number;
  readonly guaranteed: boolean;
  readonly basis: PropertyBasis;
}

/**
 * The value matching holds against a buyer's minimum: the guaranteed minimum where the card gives one
 * (SPEC_MINIMUM or TESTED), else the typical value (or the low end of a typical range), flagged as not
 * guaranteed; null when the card says nothing.
 */
export function constraintValue(range: PropertyRange | null): ConstraintValue | null {
  if (!range) return null;
  if (range.basis !== 'TYPICAL' && range.min !== null) return { value: range.min, guaranteed: true, basis: range.basis };
  const value = range.typical ?? range.min;
  return value === null ? null : { value, guaranteed: false, basis: range.basis };
}

/** The value matching and search hold for a property, and where it comes from. */
export interface HeldValue extends ConstraintValue {
  /** `card`: the listing's own; `grade`: the grade's typical value, as the card gives none. */
  readonly source: 'card' | 'grade';
}

/** The card's constraint value for `property`, else the grade's typical value (never guaranteed); null when neither has one. */
export function heldValue(card: CardProperties, property: RangedProperty, gradeTypical: number | null | undefined): HeldValue | null {
  const stated = constraintValue(card[property]);
  if (stated) return { ...stated, source: 'card' };
  return gradeTypical == null ? null : { value: gradeTypical, guaranteed: false, basis: 'TYPICAL', source: 'grade' };
}

/**
 * The card of a single value per property, as cards were before ranges: a TYPICAL value becomes `typical`,
 * a SPEC_MINIMUM or TESTED one `min`.
 */
export function cardFromSingleValues(
  values: { readonly [P in RangedProperty]?: number | null } & { readonly densityGCm3?: number | null },
  basis: PropertyBasis,
  testStandard: string | null = null,
): CardProperties {
  const range = (value: number | null | undefined): PropertyRange | null =>
    value == null ? null : { min: basis === 'TYPICAL' ? null : value, typical: basis === 'TYPICAL' ? value : null, max: null, basis, condition: null };
  return {
    tensileStrengthMpa: range(values.tensileStrengthMpa),
    yieldStrengthMpa: range(values.yieldStrengthMpa),
    elongationPct: range(values.elongationPct),
    hardnessHb: range(values.hardnessHb),
    densityGCm3: values.densityGCm3 ?? null,
    testStandard,
  };
}

/** The single basis of a card's values as the old one-number view shows them: TYPICAL if any value is typical. */
export function cardBasis(card: CardProperties): PropertyBasis {
  const shown = MECHANICAL_PROPERTIES.map((property) => constraintValue(card[property])).filter((value) => value !== null);
  if (shown.length === 0 || shown.some((value) => !value.guaranteed)) return 'TYPICAL';
  return shown.some((value) => value.basis === 'TESTED') ? 'TESTED' : 'SPEC_MINIMUM';
}

function invalid(field: string, message: string): DomainError {
  return new DomainError(DomainErrorCode.InvalidInput, message, field);
}
