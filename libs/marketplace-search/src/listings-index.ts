import { Catalog } from '@magmatch/catalog';
import type { SearchDocument, SearchIndexSpec } from '@magmatch/core';
import type { OrganizationEntity } from '@magmatch/identity';
import type { ListingEntity } from '@magmatch/listings';

/** The listings index: only PUBLISHED listings are ever in it. */
export const LISTINGS_INDEX: SearchIndexSpec = {
  name: 'listings',
  searchable: ['title', 'titleEn', 'grade', 'description', 'descriptionEn', 'supplierName', 'city'],
  filterable: ['grade', 'form', 'city', 'certifications', 'scenarios', 'capacity', 'tensile', 'elongation', 'priceMin', 'state'],
  exact: ['grade'],
  synonyms: Catalog.grades.map((grade) => [grade.code, ...grade.designations]),
};

export const LISTING_FACETS = ['grade', 'form', 'city', 'certifications'] as const;

export function listingDocument(listing: ListingEntity, supplier: OrganizationEntity | null): SearchDocument {
  return {
    id: listing.id,
    title: listing.title,
    titleEn: listing.titleEn,
    description: listing.description,
    descriptionEn: listing.descriptionEn,
    supplierName: supplier?.name ?? null,
    grade: listing.grade,
    form: listing.form,
    city: listing.city,
    certifications: listing.certifications,
    scenarios: listing.scenarios,
    capacity: listing.monthlyCapacityTonnes,
    tensile: listing.tensileStrengthMpa,
    elongation: listing.elongationPct,
    priceMin: listing.priceMinCnyPerTonne,
    state: listing.state,
  };
}
