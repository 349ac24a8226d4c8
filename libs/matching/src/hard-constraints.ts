import { Catalog } from '@magmatch/catalog';
import type { OrganizationCertificationEntity } from '@magmatch/identity';
import type { ListingEntity } from '@magmatch/listings';
import type { RequirementEntity } from '@magmatch/requirements';
import { compositionCheck } from './composition-check.js';

/** The property value matching uses: the card's, or else the grade's typical value. */
export function effectiveProperty(listing: ListingEntity, key: 'tensileStrengthMpa' | 'yieldStrengthMpa' | 'elongationPct') {
  return listing[key] ?? Catalog.resolveGrade(listing.grade)?.typical[key] ?? null;
}

/** The day certificates must be valid on: the needed-by date, or today when none is set. */
export const certificationDay = (requirement: RequirementEntity, today: string) => requirement.neededBy ?? today;

/**
 * Why `listing` cannot serve `requirement`, or an empty list when it can. Candidates from the index are
 * checked again here, so a stale index entry can never slip through.
 */
export function hardConstraintFailures(
  requirement: RequirementEntity,
  listing: ListingEntity,
  supplierCertificates: readonly OrganizationCertificationEntity[],
  today: string,
): string[] {
  const failures: string[] = [];
  if (listing.state !== 'PUBLISHED') failures.push('listing is not published');
  if (requirement.acceptableGrades.length > 0 && !requirement.acceptableGrades.includes(listing.grade)) {
    failures.push(`grade ${listing.grade} is not acceptable`);
  }
  if (requirement.form && requirement.form !== listing.form) failures.push(`form ${listing.form} is not ${requirement.form}`);
  const minimums = [
    ['tensileStrengthMpa', requirement.minTensileStrengthMpa],
    ['yieldStrengthMpa', requirement.minYieldStrengthMpa],
    ['elongationPct', requirement.minElongationPct],
  ] as const;
  for (const [key, minimum] of minimums) {
    if (minimum == null) continue;
    const value = effectiveProperty(listing, key);
    if (value == null || value < minimum) failures.push(`${key} ${value ?? 'unknown'} < ${minimum}`);
  }
  failures.push(...compositionCheck(requirement.composition ?? [], listing).shortfalls);
  if (listing.monthlyCapacityTonnes < requirement.quantityTonnesPerMonth) failures.push('capacity below the monthly quantity');
  const day = certificationDay(requirement, today);
  for (const code of requirement.requiredCertifications) {
    if (!listing.certifications.includes(code)) failures.push(`listing does not claim ${code}`);
    else if (!supplierCertificates.some((certificate) => certificate.code === code && certificate.validFrom <= day && day <= certificate.validUntil)) {
      failures.push(`supplier holds no ${code} certificate valid on ${day}`);
    }
  }
  return failures;
}
