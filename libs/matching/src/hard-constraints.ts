import { Catalog, heldValue, MATERIAL_CLASS_WORDS, SCRAP_CLASS_WORDS, type HeldValue } from '@magmatch/catalog';
import type { OrganizationCertificationEntity } from '@magmatch/identity';
import type { ListingEntity } from '@magmatch/listings';
import type { RequirementEntity } from '@magmatch/requirements';
import { compositionCheck } from './composition-check.js';
import { PROPERTY_MINIMUMS } from './property-minimums.js';

/** The property value matching holds: the card's guaranteed minimum, else its typical value, else the grade's typical value. */
export function effectiveProperty(
  listing: Pick<ListingEntity, 'card' | 'grade'>,
  key: 'tensileStrengthMpa' | 'yieldStrengthMpa' | 'elongationPct',
): HeldValue | null {
  return heldValue(listing.card, key, listing.grade ? Catalog.resolveGrade(listing.grade)?.typical[key] : null);
}

/** The day certificates must be valid on: the needed-by date, or today when none is set. */
export const certificationDay = (requirement: RequirementEntity, today: string) => requirement.neededBy ?? today;

/** The alloy families of the grades a requirement accepts ("AZ" for AZ91D and AZ31B). */
export const acceptableFamilies = (requirement: RequirementEntity): string[] => [
  ...new Set(requirement.acceptableGrades.flatMap((code) => Catalog.resolveGrade(code)?.family ?? [])),
];

/**
 * Why `listing` cannot serve `requirement`, or an empty list when it can. Candidates from the index are
 * checked again here, so a stale index entry can never slip through. Per class: metal never serves a
 * by-product buyer nor the reverse; scrap is constrained by class and alloy family (mixed scrap has none);
 * mechanical minimums apply to metal only.
 */
export function hardConstraintFailures(
  requirement: RequirementEntity,
  listing: ListingEntity,
  supplierCertificates: readonly OrganizationCertificationEntity[],
  today: string,
): string[] {
  const failures: string[] = [];
  if (listing.state !== 'PUBLISHED') failures.push('listing is not published');
  // An organisation that buys and sells is never offered its own material.
  if (listing.supplierId === requirement.buyerId) failures.push("the listing is the buyer's own");
  if (listing.materialClass !== requirement.materialClass) {
    failures.push(`${MATERIAL_CLASS_WORDS[listing.materialClass]} does not serve a requirement for ${MATERIAL_CLASS_WORDS[requirement.materialClass]}`);
  }
  if (listing.materialClass === 'SCRAP') failures.push(...scrapFailures(requirement, listing));
  else if (requirement.acceptableGrades.length > 0 && !(listing.grade && requirement.acceptableGrades.includes(listing.grade))) {
    failures.push(`grade ${listing.grade ?? 'none'} is not among ${requirement.acceptableGrades.join(', ')}${fromTemplate(requirement, 'acceptableGrades')}`);
  }
  if (requirement.form && requirement.form !== listing.form) failures.push(`form ${listing.form} is not ${requirement.form}`);
  for (const { key, minimum, label, unit } of PROPERTY_MINIMUMS) {
    const required = requirement[minimum];
    if (required == null) continue;
    const held = effectiveProperty(listing, key);
    const wanted = `required ${required}${unit}${fromTemplate(requirement, minimum)}`;
    if (!held) failures.push(`no ${label} on the card or for ${listing.grade ?? 'its grade'}, ${wanted}`);
    else if (held.value < required) failures.push(`${label} ${held.value}${unit} (${heldWords(held, listing.grade)}) < ${wanted}`);
  }
  failures.push(...compositionCheck(requirement.composition ?? [], listing).shortfalls);
  if (listing.monthlyCapacityTonnes < requirement.quantityTonnesPerMonth) {
    failures.push(`capacity ${listing.monthlyCapacityTonnes} t/month < required ${requirement.quantityTonnesPerMonth} t/month`);
  }
  const day = certificationDay(requirement, today);
  for (const code of requirement.requiredCertifications) {
    const label = Catalog.certification(code)?.label ?? code;
    if (!listing.certifications.includes(code)) failures.push(`the listing does not claim ${label}`);
    else if (!supplierCertificates.some((certificate) => certificate.code === code && certificate.validFrom <= day && day <= certificate.validUntil)) {
      failures.push(`no ${label} certificate valid on ${day}`);
    }
  }
  return failures;
}

/** Where a held value comes from, in two words. */
function heldWords(held: HeldValue, grade: string | null): string {
  if (held.source === 'grade') return `typical of ${grade}`;
  if (!held.guaranteed) return 'typical';
  return held.basis === 'TESTED' ? 'tested' : 'specification minimum';
}

/** Marks a constraint its scenario's template set, not the buyer. */
function fromTemplate(requirement: RequirementEntity, constraint: string): string {
  if (!(requirement.templateConstraints as readonly string[]).includes(constraint)) return '';
  const scenario = requirement.scenario ? Catalog.scenario(requirement.scenario) : undefined;
  return ` (from the ${scenario ? `${scenario.name.toLowerCase()} ` : ''}template, not the buyer)`;
}

function scrapFailures(requirement: RequirementEntity, listing: ListingEntity): string[] {
  const failures: string[] = [];
  const scrap = listing.scrap;
  if (!scrap) return ['the listing does not state its scrap class'];
  if (requirement.scrapClasses.length > 0 && !requirement.scrapClasses.includes(scrap.scrapClass)) {
    failures.push(`scrap ${SCRAP_CLASS_WORDS[scrap.scrapClass]} is not what the requirement accepts (${requirement.scrapClasses.map((value) => SCRAP_CLASS_WORDS[value]).join('; ')})`);
  }
  const families = acceptableFamilies(requirement);
  if (families.length > 0) {
    if (!scrap.alloyFamily) failures.push(`mixed-alloy scrap, and the requirement asks for the ${families.join(' or ')} family`);
    else if (!families.includes(scrap.alloyFamily)) failures.push(`${scrap.alloyFamily}-family scrap, and the requirement asks for the ${families.join(' or ')} family`);
  }
  return failures;
}
