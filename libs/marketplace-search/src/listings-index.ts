import { Catalog } from '@magmatch/catalog';
import type { SearchDocument, SearchIndexSpec } from '@magmatch/core';
import type { OrganizationEntity } from '@magmatch/identity';
import type { ListingEntity } from '@magmatch/listings';

/** The listings index: only PUBLISHED listings are ever in it. */
export const LISTINGS_INDEX: SearchIndexSpec = {
  name: 'listings',
  searchable: ['title', 'titleEn', 'grade', 'description', 'descriptionEn', 'supplierName', 'city'],
  filterable: [
    'materialClass', 'grade', 'alloyFamily', 'scrapClass', 'form', 'city', 'certifications', 'scenarios', 'capacity', 'tensile', 'yield', 'elongation', 'density', 'priceMin', 'state',
  ],
  exact: ['grade'],
  synonyms: Catalog.grades.map((grade) => [grade.code, ...grade.designations]),
};

export const LISTING_FACETS = ['grade', 'form', 'city', 'certifications'] as const;

/**
 * The indexed form of a published listing. Property values a card lacks are taken from the grade's
 * typical values, so a property minimum can be checked on every listing (and matching says so).
 */
export function listingDocument(listing: ListingEntity, supplier: OrganizationEntity | null): SearchDocument {
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
    tensile: listing.tensileStrengthMpa ?? typical?.tensileStrengthMpa ?? null,
    yield: listing.yieldStrengthMpa ?? typical?.yieldStrengthMpa ?? null,
    elongation: listing.elongationPct ?? typical?.elongationPct ?? null,
    density: listing.densityGCm3 ?? typical?.densityGCm3 ?? null,
    priceMin: listing.priceMinCnyPerTonne,
    state: listing.state,
  };
}
