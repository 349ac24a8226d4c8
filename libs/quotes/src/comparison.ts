import { Catalog, constraintValue, limitWords, type ElementLimit, type PropertyRange, type RangedProperty } from '@magmatch/catalog';
import type { VerificationLevel } from '@magmatch/identity';
import type { ListingEntity } from '@magmatch/listings';
import { cnyPerTonneWords, priceWords, type PriceCheck } from '@magmatch/trade';

/** One listing with what a comparison shows beside it. */
export interface ComparedListing {
  readonly listing: ListingEntity;
  readonly verificationLevel: VerificationLevel;
  /** The supplier's certificates: code and last valid day (YYYY-MM-DD). */
  readonly certificates: readonly { readonly code: string; readonly validUntil: string }[];
  /** The supplier's median hours to answer a match or quote; null before any. */
  readonly responseHours: number | null;
  /** The lower price checked; null without a price. */
  readonly priceCheck: PriceCheck | null;
}

/** A row: a property, each listing's value in words (null where it has none), the index of the best value. */
export interface ComparisonRow {
  readonly property: string;
  readonly values: (string | null)[];
  readonly best: number | null;
}

type Better = 'higher' | 'lower';

/** A row's values in words and the numbers that decide the best one (null: nothing to rank). */
interface RowSpec {
  readonly property: string;
  readonly words: (item: ComparedListing, day: string) => string | null;
  readonly rank?: { readonly better: Better; readonly value: (item: ComparedListing) => number | null };
}

const VERIFICATION_RANK: Record<VerificationLevel, number> = { LISTED: 0, REVIEWED: 1, VERIFIED: 2 };

const PROPERTY_ROWS: readonly [RangedProperty, string][] = [
  ['tensileStrengthMpa', 'tensile strength (MPa)'],
  ['yieldStrengthMpa', 'yield strength (MPa)'],
  ['elongationPct', 'elongation (%)'],
  ['hardnessHb', 'hardness (HB)'],
];

const ROWS: readonly RowSpec[] = [
  { property: 'designation', words: ({ listing }) => [listing.gradeAsTyped ?? listing.grade, listing.temper].filter(Boolean).join(' ') || null },
  { property: 'material class and form', words: ({ listing }) => `${listing.materialClass}, ${listing.form}` },
  ...PROPERTY_ROWS.map(([key, property]): RowSpec => ({
    property,
    words: ({ listing }) => rangeWords(listing.card[key]),
    rank: { better: 'higher', value: ({ listing }) => constraintValue(listing.card[key])?.value ?? null },
  })),
  { property: 'density (g/cm³)', words: ({ listing }) => (listing.card.densityGCm3 == null ? null : String(listing.card.densityGCm3)) },
  { property: 'composition (wt%)', words: ({ listing }) => compositionWords(listing) },
  {
    property: 'price (CNY/t incl. VAT)',
    words: ({ listing, priceCheck }) =>
      listing.priceFrom && priceCheck
        ? priceCheck.cnyPerTonneVatIncluded == null
          ? `${priceWords(listing.priceFrom)} (not converted)`
          : `${cnyPerTonneWords(priceCheck.cnyPerTonneVatIncluded)} (${priceWords(listing.priceFrom)})`
        : null,
    rank: { better: 'lower', value: ({ priceCheck }) => priceCheck?.cnyPerTonneVatIncluded ?? null },
  },
  {
    property: 'lead time (days)',
    words: ({ listing }) => (listing.leadTimeDays == null ? null : String(listing.leadTimeDays)),
    rank: { better: 'lower', value: ({ listing }) => listing.leadTimeDays },
  },
  {
    property: 'free capacity (t/month)',
    words: ({ listing }) => String(free(listing)),
    rank: { better: 'higher', value: ({ listing }) => free(listing) },
  },
  { property: 'certificates', words: certificateWords },
  {
    property: 'supplier verification',
    words: ({ verificationLevel }) => verificationLevel,
    rank: { better: 'higher', value: ({ verificationLevel }) => VERIFICATION_RANK[verificationLevel] },
  },
  {
    property: 'supplier response time (median hours)',
    words: ({ responseHours }) => (responseHours == null ? null : String(responseHours)),
    rank: { better: 'lower', value: ({ responseHours }) => responseHours },
  },
  {
    property: 'recycled content (%)',
    words: ({ listing }) => (listing.recycledContentPct == null ? null : String(listing.recycledContentPct)),
    rank: { better: 'higher', value: ({ listing }) => listing.recycledContentPct },
  },
];

/**
 * Listings side by side, one row per property: card ranges with their basis (ranked by the value matching
 * holds: the guaranteed minimum, else the typical value), composition, converted price, lead time, free
 * capacity, certificates with their validity on `day`, the supplier's verification and response time. `best`
 * marks the one best value of a row; a row where it is shared, or that fewer than two listings state, has none.
 */
export function compareListings(items: readonly ComparedListing[], day: string): ComparisonRow[] {
  return ROWS.map((row) => ({
    property: row.property,
    values: items.map((item) => row.words(item, day)),
    best: row.rank ? bestIndex(items.map(row.rank.value), row.rank.better) : null,
  }));
}

function bestIndex(values: (number | null)[], better: Better): number | null {
  const present = values.filter((value): value is number => value != null);
  if (present.length < 2) return null;
  const best = better === 'higher' ? Math.max(...present) : Math.min(...present);
  return present.filter((value) => value === best).length === 1 ? values.indexOf(best) : null;
}

function rangeWords(range: PropertyRange | null): string | null {
  if (!range) return null;
  const parts = [
    range.min != null ? `min ${range.min}` : null,
    range.typical != null ? `typical ${range.typical}` : null,
    range.max != null ? `max ${range.max}` : null,
  ].filter(Boolean);
  return `${parts.join(', ')} (${range.basis.toLowerCase().replace('_', ' ')}${range.condition ? `; ${range.condition}` : ''})`;
}

/** The limits the supplier guarantees, else its grade's standard composition (said). */
function compositionWords(listing: ListingEntity): string | null {
  const own = listing.composition;
  const standard = listing.grade ? Catalog.resolveGrade(listing.grade)?.composition : undefined;
  const limits: readonly ElementLimit[] = own.length ? own : (standard ?? []);
  if (!limits.length) return null;
  return `${limits.map(limitWords).join(', ')}${own.length ? '' : ` (standard of ${listing.grade})`}`;
}

/** Each certificate the listing claims, with the supplier's certificate's validity on `day`. */
function certificateWords({ listing, certificates }: ComparedListing, day: string): string | null {
  if (!listing.certifications.length) return null;
  return listing.certifications
    .map((code) => {
      const held = certificates.filter((certificate) => certificate.code === code).sort((a, b) => b.validUntil.localeCompare(a.validUntil))[0];
      if (!held) return `${code} (no certificate on file)`;
      return `${code} (${held.validUntil >= day ? 'valid until' : 'expired'} ${held.validUntil})`;
    })
    .join(', ');
}

const free = (listing: ListingEntity) => Math.max(0, listing.monthlyCapacityTonnes - listing.committedTonnesPerMonth);
