import { createHash } from 'node:crypto';
import { BY_PRODUCT_TERMS, Catalog, type AlloyGradeData, FORM_TERMS, heldValue, LEXICON, MATERIAL_CLASS_TERMS, SCRAP_CLASS_TERMS, SEARCH_STOP_WORDS } from '@magmatch/catalog';
import type { SearchDocument, SearchIndexSpec } from '@magmatch/core';
import type { OrganizationEntity } from '@magmatch/identity';
import { listingSnapshot, type ListingEntity } from '@magmatch/listings';
import type { PriceBook } from '@magmatch/trade';

const TEXT = {
  synonyms: Catalog.grades.map((grade) => [grade.code, ...grade.designations]),
  vocabulary: LEXICON.map(({ terms, broader, parts }) => ({ terms, broader, parts })),
  stopWords: SEARCH_STOP_WORDS,
};

/** Raised by hand when the analyzer, the searchable fields or `tagsOf` change what a listing is indexed under, or when documents store something new. */
const ANALYSIS = 2;

/** A digest of what the text of a listing is analysed with and what its document holds: documents of another version are indexed again at start. */
export const LISTINGS_TEXT_VERSION = createHash('sha256').update(JSON.stringify({ ANALYSIS, TEXT })).digest('hex').slice(0, 12);

/** The listings index: only PUBLISHED listings are ever in it. */
export const LISTINGS_INDEX: SearchIndexSpec = {
  name: 'listings',
  searchable: ['title', 'titleEn', 'grade', 'description', 'descriptionEn', 'supplierName', 'city', 'tags'],
  filterable: [
    'materialClass', 'grade', 'alloyFamily', 'scrapClass', 'form', 'city', 'certifications', 'scenarios', 'capacity', 'tensile', 'yield', 'elongation', 'density', 'priceMin', 'state', 'textVersion',
  ],
  exact: ['grade'],
  ...TEXT,
  order: { field: 'publishedAt', direction: 'desc' },
};

export const LISTING_FACETS = ['grade', 'form', 'city', 'certifications'] as const;

/**
 * The indexed form of a published listing. Property values are those matching holds (the guaranteed minimum,
 * else the typical value); values a card lacks are taken from the grade's typical values, so a property minimum can be checked on every listing (and matching says so).
 * `priceMin` is the lower price in CNY/t including VAT at the rates of `prices` when indexed (null where it
 * cannot be converted): a budget filter, not a quote. `listing` is the row itself (`listingSnapshot`), neither
 * searched nor filtered: search results are shown from it.
 */
export function listingDocument(listing: ListingEntity, supplier: OrganizationEntity | null, prices: PriceBook): SearchDocument {
  const grade = listing.grade ? Catalog.resolveGrade(listing.grade) : undefined;
  const typical = grade?.typical;
  return {
    id: listing.id,
    title: listing.title,
    titleEn: listing.titleEn,
    description: listing.description,
    descriptionEn: listing.descriptionEn,
    supplierName: supplier?.name ?? null,
    materialClass: listing.materialClass,
    grade: listing.grade,
    alloyFamily: grade?.family ?? listing.scrap?.alloyFamily ?? null,
    scrapClass: listing.scrap?.scrapClass ?? null,
    form: listing.form,
    city: listing.city,
    certifications: listing.certifications,
    scenarios: listing.scenarios,
    capacity: listing.monthlyCapacityTonnes,
    tensile: heldValue(listing.card, 'tensileStrengthMpa', typical?.tensileStrengthMpa)?.value ?? null,
    yield: heldValue(listing.card, 'yieldStrengthMpa', typical?.yieldStrengthMpa)?.value ?? null,
    elongation: heldValue(listing.card, 'elongationPct', typical?.elongationPct)?.value ?? null,
    density: listing.card.densityGCm3 ?? typical?.densityGCm3 ?? null,
    priceMin: prices.cnyPerTonne(listing.priceFrom),
    state: listing.state,
    tags: tagsOf(listing, grade),
    publishedAt: listing.publishedAt?.getTime() ?? null,
    textVersion: LISTINGS_TEXT_VERSION,
    listing: listingSnapshot(listing),
  };
}

/**
 * The trade's words for what a listing is, whatever its title says: its scenarios' names (zh and en), its
 * form, its material class and, for primary magnesium, its purity (99.90), its scrap class or by-product kind
 * and the uses it is offered for.
 */
function tagsOf(listing: ListingEntity, grade: AlloyGradeData | undefined): string[] {
  const magnesium = grade?.materialClass === 'PRIMARY_MAGNESIUM' ? grade.composition.find((limit) => limit.element === 'Mg')?.minPct : undefined;
  const scenarios = listing.scenarios.flatMap((code) => {
    const scenario = Catalog.scenario(code);
    return scenario ? [scenario.nameZh, scenario.name] : [];
  });
  return [
    ...scenarios,
    FORM_TERMS[listing.form],
    MATERIAL_CLASS_TERMS[listing.materialClass],
    ...(magnesium != null ? [magnesium.toFixed(2)] : []),
    ...(listing.scrap ? [SCRAP_CLASS_TERMS[listing.scrap.scrapClass]] : []),
    ...(listing.byProduct ? [BY_PRODUCT_TERMS[listing.byProduct.kind], ...listing.byProduct.uses] : []),
  ];
}
