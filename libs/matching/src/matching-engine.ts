import { Inject, Injectable } from '@nestjs/common';
import { GradeCatalog } from '@magmatch/catalog';
import { SEARCH_ENGINE, type FilterCondition, type SearchEngine } from '@magmatch/core';
import { CertificationsService, OrganizationsService } from '@magmatch/identity';
import { ListingReads, ReviewState, type ListingEntity } from '@magmatch/listings';
import { LISTINGS_INDEX } from '@magmatch/marketplace-search';
import { RequirementReads, type RequirementEntity } from '@magmatch/requirements';
import { ReferenceData } from '@magmatch/trade';
import { acceptableFamilies, hardConstraintFailures } from './hard-constraints.js';
import { MatchStatistics } from './match-statistics.js';
import { ProvenScenarios, type ProvenScenarioMap, provenKey } from './proven-scenarios.js';
import { ResponseTimes } from './response-times.js';
import { scoreMatch, type Demand, type ScoredMatch, type Supply } from './scoring.js';

export interface ListingMatch extends ScoredMatch {
  readonly listing: ListingEntity;
}

/** A listing that fails one or two hard constraints of a requirement: the failures in words, and what it would score. */
export interface NearMissMatch {
  readonly listing: ListingEntity;
  readonly failed: string[];
  readonly score: number;
}

/** A requirement a listing narrowly misses. */
export interface RequirementNearMiss {
  readonly requirement: RequirementEntity;
  readonly failed: string[];
  readonly score: number;
}

export interface RequirementMatch extends ScoredMatch {
  readonly requirement: RequirementEntity;
}

/** How many index candidates are scored per requirement; hard constraints have already cut them down. */
const CANDIDATES = 200;
const NEAR_MISS_CANDIDATES = 500;
/** A listing failing more constraints than this is not near. */
const MAX_NEAR_MISS_FAILURES = 2;
/** A match unanswered for this long counts against the supplier's response rate. */
const ANSWER_WINDOW_DAYS = 5;
const today = () => new Date().toISOString().slice(0, 10);

/**
 * Pairs supply with demand, both ways, with the same hard constraints and the same scoring. Candidate
 * listings come from the search index, filtered by the requirement's hard constraints; each is checked
 * again against the database rows, then scored.
 */
@Injectable()
export class MatchingEngine {
  constructor(
    @Inject(SEARCH_ENGINE) private readonly search: SearchEngine,
    private readonly listings: ListingReads,
    private readonly requirements: RequirementReads,
    private readonly provenScenarios: ProvenScenarios,
    private readonly matchStatistics: MatchStatistics,
    private readonly identity: OrganizationsService,
    private readonly certifications: CertificationsService,
    private readonly grades: GradeCatalog,
    private readonly responseTimes: ResponseTimes,
    private readonly reference: ReferenceData,
  ) {}

  /** The listings that can serve `requirement`, best first. */
  async forRequirement(requirement: RequirementEntity, limit: number): Promise<ListingMatch[]> {
    await this.grades.fresh();
    const { ids } = await this.search.search(LISTINGS_INDEX.name, {
      scope: [{ field: 'state', op: 'in', values: [ReviewState.PUBLISHED] }],
      filter: indexConditions(requirement),
      limit: CANDIDATES,
    });
    const candidates = await this.listings.byIds(ids);
    const [context, proven] = await Promise.all([this.suppliers(candidates.map((listing) => listing.supplierId)), this.proven(candidates)]);
    const day = today();
    return candidates
      .filter((listing) => hardConstraintFailures(requirement, listing, context.certificates(listing.supplierId), day).length === 0)
      .map((listing) => ({ listing, ...scoreMatch(demandOf(requirement), supplyOf(listing, context, proven), day, context.prices) }))
      .sort((a, b) => b.score - a.score || a.listing.title.localeCompare(b.listing.title) || a.listing.id.localeCompare(b.listing.id))
      .slice(0, limit);
  }

  /** The open requirements `listing` can serve, best first. */
  async forListing(listing: ListingEntity, limit: number): Promise<RequirementMatch[]> {
    await this.grades.fresh();
    // Scrap serves by alloy family, which hard constraints check; metal by grade.
    const open = await this.requirements.openServableBy({ ...listing, grade: listing.materialClass === 'SCRAP' ? null : listing.grade });
    const [context, proven] = await Promise.all([this.suppliers([listing.supplierId]), this.proven([listing])]);
    const certificates = context.certificates(listing.supplierId);
    const supply = supplyOf(listing, context, proven);
    const day = today();
    return open
      .filter((requirement) => hardConstraintFailures(requirement, listing, certificates, day).length === 0)
      .map((requirement) => ({ requirement, ...scoreMatch(demandOf(requirement), supply, day, context.prices) }))
      .sort((a, b) => b.score - a.score || a.requirement.title.localeCompare(b.requirement.title) || a.requirement.id.localeCompare(b.requirement.id))
      .slice(0, limit);
  }

  /**
   * Published listings of the requirement's class that fail one or two of its hard constraints, each failure in
   * words, best would-be score first: what the buyer could get by relaxing a constraint. Candidates are the
   * NEAR_MISS_CANDIDATES most recent listings of the class.
   */
  async nearMissesFor(requirement: RequirementEntity, limit: number): Promise<NearMissMatch[]> {
    await this.grades.fresh();
    const { ids } = await this.search.search(LISTINGS_INDEX.name, {
      scope: [{ field: 'state', op: 'in', values: [ReviewState.PUBLISHED] }],
      filter: [{ field: 'materialClass', op: 'in', values: [requirement.materialClass] }],
      limit: NEAR_MISS_CANDIDATES,
    });
    const candidates = await this.listings.byIds(ids);
    const [context, proven] = await Promise.all([this.suppliers(candidates.map((listing) => listing.supplierId)), this.proven(candidates)]);
    const day = today();
    return nearest(
      candidates.filter((listing) => listing.supplierId !== requirement.buyerId),
      (listing) => hardConstraintFailures(requirement, listing, context.certificates(listing.supplierId), day),
      (listing) => scoreMatch(demandOf(requirement), supplyOf(listing, context, proven), day, context.prices).score,
    )
      .map(({ item, failed, score }) => ({ listing: item, failed, score }))
      .slice(0, limit);
  }

  /**
   * The open requirements of its class that `listing` narrowly misses (one or two hard constraints), best
   * would-be score first, among the NEAR_MISS_CANDIDATES most recently opened. MATCHED_ONLY requirements are
   * shown only to suppliers they are matched with, so never here.
   */
  async nearMissesOf(listing: ListingEntity, limit: number): Promise<RequirementNearMiss[]> {
    await this.grades.fresh();
    const open = await this.requirements.recentlyOpenedOfClass(listing, NEAR_MISS_CANDIDATES);
    const [context, proven] = await Promise.all([this.suppliers([listing.supplierId]), this.proven([listing])]);
    const supply = supplyOf(listing, context, proven);
    const day = today();
    return nearest(
      open,
      (requirement) => hardConstraintFailures(requirement, listing, context.certificates(listing.supplierId), day),
      (requirement) => scoreMatch(demandOf(requirement), supply, day, context.prices).score,
    )
      .map(({ item, failed, score }) => ({ requirement: item, failed, score }))
      .slice(0, limit);
  }

  private async suppliers(ids: string[]) {
    const unique = [...new Set(ids)];
    const [organizations, certificates, responses, responseTimes, prices] = await Promise.all([
      this.identity.organizationsByIds(unique),
      this.certifications.byOrganizations(unique),
      this.matchStatistics.answeredBySuppliers(unique, ANSWER_WINDOW_DAYS),
      this.responseTimes.of(unique),
      this.reference.book(),
    ]);
    const organizationById = new Map(organizations.map((organization) => [organization.id, organization]));
    const certificatesById = new Map(unique.map((id, index) => [id, certificates[index] ?? []]));
    return {
      organization: (id: string) => organizationById.get(id),
      certificates: (id: string) => certificatesById.get(id) ?? [],
      responses: (id: string) => {
        const matches = responses.get(id);
        return matches ? { ...matches, medianHours: responseTimes.get(id)?.medianHours ?? null } : null;
      },
      prices,
    };
  }

  /** The scenarios each grade-and-form of `listings` is proven in, from the replication list. */
  private proven(listings: ListingEntity[]): Promise<ProvenScenarioMap> {
    return this.provenScenarios.of(listings.map((listing) => listing.grade));
  }

}

/** The items that fail one or two hard constraints, with those failures and their would-be score, best first. */
function nearest<T extends { id: string; title: string }>(items: readonly T[], failures: (item: T) => string[], score: (item: T) => number) {
  return items
    .map((item) => ({ item, failed: failures(item) }))
    .filter(({ failed }) => failed.length >= 1 && failed.length <= MAX_NEAR_MISS_FAILURES)
    .map(({ item, failed }) => ({ item, failed, score: score(item) }))
    .sort((a, b) => b.score - a.score || a.item.title.localeCompare(b.item.title) || a.item.id.localeCompare(b.item.id));
}

/** The requirement's hard constraints in the index's terms (properties on effective values). */
function indexConditions(requirement: RequirementEntity): FilterCondition[] {
  const conditions: FilterCondition[] = [
    { field: 'materialClass', op: 'in', values: [requirement.materialClass] },
    { field: 'capacity', op: 'gte', value: requirement.quantityTonnesPerMonth },
  ];
  if (requirement.materialClass === 'SCRAP') {
    const families = acceptableFamilies(requirement);
    if (families.length) conditions.push({ field: 'alloyFamily', op: 'in', values: families });
    if (requirement.scrapClasses.length) conditions.push({ field: 'scrapClass', op: 'in', values: requirement.scrapClasses });
  } else if (requirement.acceptableGrades.length) {
    conditions.push({ field: 'grade', op: 'in', values: requirement.acceptableGrades });
  }
  if (requirement.form) conditions.push({ field: 'form', op: 'in', values: [requirement.form] });
  if (requirement.minTensileStrengthMpa != null) conditions.push({ field: 'tensile', op: 'gte', value: requirement.minTensileStrengthMpa });
  if (requirement.minYieldStrengthMpa != null) conditions.push({ field: 'yield', op: 'gte', value: requirement.minYieldStrengthMpa });
  if (requirement.minElongationPct != null) conditions.push({ field: 'elongation', op: 'gte', value: requirement.minElongationPct });
  if (requirement.requiredCertifications.length) {
    conditions.push({ field: 'certifications', op: 'all', values: requirement.requiredCertifications });
  }
  return conditions;
}

function demandOf(requirement: RequirementEntity): Demand {
  return requirement;
}

type SupplierContext = Awaited<ReturnType<MatchingEngine['suppliers']>>;

function supplyOf(listing: ListingEntity, suppliers: SupplierContext, proven: ProvenScenarioMap): Supply {
  return {
    ...listing,
    verificationLevel: suppliers.organization(listing.supplierId)?.verificationLevel ?? 'LISTED',
    responses: suppliers.responses(listing.supplierId),
    provenScenarios: proven.get(provenKey(listing)) ?? [],
  };
}
