import { Catalog, type MaterialClass, type ProductForm } from '@magmatch/catalog';
import type { SelectQueryBuilder } from 'typeorm';
import type { ListingEntity } from './listing.entity.js';

/** Narrows a list of published listings; every given criterion must hold. */
export interface ListingFilter {
  /** Any designations; a listing of an equivalent grade matches. */
  readonly grades?: readonly string[] | null;
  readonly forms?: readonly ProductForm[] | null;
  readonly materialClasses?: readonly MaterialClass[] | null;
  readonly cities?: readonly string[] | null;
  /** Certifications the listing must all hold. */
  readonly certifications?: readonly string[] | null;
  readonly scenario?: string | null;
  /** Scenario codes: listings offered for any of them. */
  readonly scenarios?: readonly string[] | null;
  readonly minMonthlyCapacityTonnes?: number | null;
}

/** Adds the filter's conditions to a query on alias `listing`. */
export function applyListingFilter(query: SelectQueryBuilder<ListingEntity>, filter: ListingFilter): void {
  if (filter.grades?.length) {
    const grades = filter.grades.map((typed) => Catalog.publicGradeCode(typed, 'filter.grades'));
    query.andWhere('listing.grade IN (:...grades)', { grades });
  }
  if (filter.forms?.length) query.andWhere('listing.form IN (:...forms)', { forms: filter.forms });
  if (filter.materialClasses?.length) query.andWhere('listing.materialClass IN (:...classes)', { classes: filter.materialClasses });
  if (filter.cities?.length) query.andWhere('listing.city IN (:...cities)', { cities: filter.cities });
  if (filter.certifications?.length) {
    const certifications = filter.certifications.map((code) => Catalog.certification(code)?.code ?? code);
    query.andWhere('listing.certifications @> :certifications', { certifications });
  }
  if (filter.scenario) query.andWhere(':scenario = ANY(listing.scenarios)', { scenario: filter.scenario.toUpperCase() });
  if (filter.scenarios?.length) {
    const scenarios = filter.scenarios.map((code) => Catalog.scenarioCode(code, 'filter.scenarios'));
    query.andWhere('listing.scenarios && :scenarios', { scenarios });
  }
  if (filter.minMonthlyCapacityTonnes != null) {
    query.andWhere('listing.monthlyCapacityTonnes >= :capacity', { capacity: filter.minMonthlyCapacityTonnes });
  }
}
