import { CHAIN_LINKS, Catalog, chainLinkOf, type ChainLink, type MaterialClass } from '@magmatch/catalog';
import type { CapacityRow } from '@magmatch/listings';
import type { OpenDemand, OpenedRequirement } from '@magmatch/requirements';

/** An amount per month of something (a grade, a cluster, a scenario) and how many listings or requirements make it. */
export interface Quantity {
  readonly key: string;
  readonly label: string;
  readonly tonnesPerMonth: number;
  readonly count: number;
}

/** Demand against the free capacity that could serve it, per family (or per class, for requirements naming no grade). */
export interface BalanceRow {
  readonly key: string;
  readonly demandTonnesPerMonth: number;
  readonly capacityTonnesPerMonth: number;
  /** Open requirements with no live match: what nobody on the platform serves. */
  readonly unmatchedRequirements: number;
}

/** Of what is offered per month, how much is under contract; the plan aims at 100 %. */
export interface UtilisationRate {
  readonly offeredTonnes: number;
  readonly contractedTonnes: number;
  /** Null when nothing is offered. */
  readonly ratePct: number | null;
}

/** Capacity and demand of one link of the chain (the chain map's figures). */
export interface LinkFigures {
  readonly link: ChainLink;
  /** Published monthly capacity of the listings this link makes, t/month. */
  readonly capacityTonnesPerMonth: number;
  /** Free capacity: published less what is under contract, t/month. */
  readonly freeCapacityTonnesPerMonth: number;
  /** What open requirements ask of this link, t/month. */
  readonly demandTonnesPerMonth: number;
  /** Open requirements of this link that no supplier of the cluster (of the whole market: no supplier) serves with a live match. */
  readonly unmatchedRequirements: number;
}

/** Where capacity and demand stand on a day: what a snapshot keeps. */
export interface MarketStock {
  readonly capacityByGrade: Quantity[];
  readonly capacityByCluster: Quantity[];
  readonly demandByScenario: Quantity[];
  readonly balance: BalanceRow[];
  readonly slagUtilisation: UtilisationRate;
  readonly scrapRecycling: UtilisationRate;
  /** Per link of the chain that has capacity or demand. Snapshots before the chain map lack it. */
  readonly chainLinks?: LinkFigures[];
}

export const FUNNEL_STEPS = ['OPENED', 'MATCHED', 'ENDORSED', 'QUOTED', 'AWARDED', 'PURCHASED', 'FIRST_USED'] as const;
export type FunnelStepName = (typeof FUNNEL_STEPS)[number];

/** How requirements opened in a period got on. */
export interface MarketFlow {
  readonly funnel: { readonly step: FunnelStepName; readonly count: number }[];
  readonly medianHoursToFirstMatch: number | null;
}

/** How far one requirement got: what monitoring records per requirement (table `requirement_progress`). */
export interface RequirementProgress {
  readonly requirementId: string;
  readonly buyerCluster: string | null;
  readonly openedAt: Date;
  readonly matched: boolean;
  /** When its first match was stored, if that was after it opened (a requirement opened again keeps its older matches). */
  readonly firstMatchAt: Date | null;
  readonly endorsed: boolean;
  readonly quoted: boolean;
  readonly awarded: boolean;
  readonly purchased: boolean;
  readonly firstUsed: boolean;
}

/** What the stock figures are computed from: published capacity, open demand, and who sits in which cluster. */
export interface StockFacts {
  readonly capacity: readonly CapacityRow[];
  readonly demand: readonly OpenDemand[];
  /** Organisation id → its cluster (null: not stated). */
  readonly clusterOf: ReadonlyMap<string, string | null>;
  /** Open requirement id → the suppliers of its live matches (requirements with none are absent). */
  readonly servedBy: ReadonlyMap<string, readonly string[]>;
}

/** How far each opened requirement got, as the owning modules tell it. */
export interface FlowFacts {
  readonly opened: readonly OpenedRequirement[];
  /** Organisation id → its cluster (null: not stated). */
  readonly clusterOf: ReadonlyMap<string, string | null>;
  /** Requirement id → when its first match came, and whether one was endorsed. */
  readonly matches: ReadonlyMap<string, { readonly firstMatchAt: Date; readonly endorsed: boolean }>;
  readonly quoted: ReadonlySet<string>;
  /** With a deal on the platform (or closed AWARDED: a deal agreed off it). */
  readonly awarded: ReadonlySet<string>;
  /** Requirement id → whether a purchase of it has its first use recorded. */
  readonly purchased: ReadonlyMap<string, boolean>;
}

export const NO_CLUSTER = { key: '', label: 'cluster not stated' };
const NO_SCENARIO = { key: '', label: 'no scenario named' };

/** What a requirement naming no grade is counted under in the balance: its whole class (primary magnesium is one family). */
const ANY_OF_CLASS: Record<MaterialClass, string> = {
  PRIMARY_MAGNESIUM: 'Pure Mg',
  ALLOY: 'any alloy',
  SCRAP: 'any scrap',
  BY_PRODUCT: 'any by-product',
};
const CLASS_OF_ANY = new Map(Object.entries(ANY_OF_CLASS).filter(([materialClass]) => materialClass !== 'PRIMARY_MAGNESIUM').map(([materialClass, key]) => [key, materialClass]));

/**
 * The stock figures for the whole market (`cluster` null) or one cluster: capacity where its supplier sits,
 * demand where its buyer sits. Capacity is the published monthly capacity; the balance sets open demand
 * against free capacity (capacity less what is under contract) of the same family. Tonnes to 0.1 t.
 */
export function marketStock(facts: StockFacts, cluster: string | null): MarketStock {
  const inCluster = (organizationId: string) => cluster === null || (facts.clusterOf.get(organizationId) ?? null) === cluster;
  const capacity = facts.capacity.filter((row) => inCluster(row.supplierId));
  const demand = facts.demand.filter((row) => inCluster(row.buyerId));
  const clusterKey = (supplierId: string) => facts.clusterOf.get(supplierId) ?? NO_CLUSTER.key;
  return {
    capacityByGrade: quantities(capacity, (row) => row.material, (key) => key, capacityOf),
    capacityByCluster: quantities(capacity, (row) => clusterKey(row.supplierId), (key) => key || NO_CLUSTER.label, capacityOf),
    demandByScenario: quantities(demand, (row) => row.scenario ?? NO_SCENARIO.key, scenarioLabel, (row) => ({ tonnes: row.quantityTonnesPerMonth, count: 1 })),
    balance: balance(capacity, demand, facts.servedBy),
    slagUtilisation: utilisation(capacity.filter((row) => row.byProductKind === 'REDUCTION_SLAG')),
    scrapRecycling: utilisation(capacity.filter((row) => row.materialClass === 'SCRAP')),
    // The chain map asks what a cluster's own suppliers serve: a match with a supplier elsewhere leaves a gap there.
    chainLinks: linkFigures(capacity, demand, (id) => (facts.servedBy.get(id) ?? []).some(inCluster)),
  };
}

function linkFigures(capacity: readonly CapacityRow[], demand: readonly OpenDemand[], served: (requirementId: string) => boolean): LinkFigures[] {
  return CHAIN_LINKS.flatMap((link) => {
    const supply = capacity.filter((row) => chainLinkOf(row.materialClass, row.form) === link);
    const asked = demand.filter((row) => chainLinkOf(row.materialClass, row.form) === link);
    if (supply.length === 0 && asked.length === 0) return [];
    return [{
      link,
      capacityTonnesPerMonth: tenths(supply.reduce((sum, row) => sum + row.monthlyCapacityTonnes, 0)),
      freeCapacityTonnesPerMonth: tenths(supply.reduce((sum, row) => sum + row.monthlyCapacityTonnes - row.committedTonnesPerMonth, 0)),
      demandTonnesPerMonth: tenths(asked.reduce((sum, row) => sum + row.quantityTonnesPerMonth, 0)),
      unmatchedRequirements: asked.filter((row) => !served(row.id)).length,
    }];
  });
}

/**
 * How far each opened requirement got: matched, endorsed, quoted, awarded (a deal, or closed AWARDED after a
 * deal agreed off the platform), purchased, first used; and when its first match came, unless that was before its
 * last opening (a requirement sent back to review and opened again keeps its matches).
 */
export function requirementProgress(facts: FlowFacts): RequirementProgress[] {
  return facts.opened.map(({ id, buyerId, openedAt, state }) => {
    const matches = facts.matches.get(id);
    return {
      requirementId: id,
      buyerCluster: facts.clusterOf.get(buyerId) ?? null,
      openedAt,
      matched: matches !== undefined,
      firstMatchAt: matches && matches.firstMatchAt >= openedAt ? matches.firstMatchAt : null,
      endorsed: matches?.endorsed === true,
      quoted: facts.quoted.has(id),
      awarded: facts.awarded.has(id) || state === 'AWARDED',
      purchased: facts.purchased.has(id),
      firstUsed: facts.purchased.get(id) === true,
    };
  });
}

/** The middle value (the mean of the middle two), one decimal; null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return Math.round(value * 10) / 10;
}

/** The key a requirement's demand is balanced under: the family of its first acceptable grade, or its whole class. */
export function demandFamily(requirement: Pick<OpenDemand, 'materialClass' | 'acceptableGrades'>): string {
  const [grade] = requirement.acceptableGrades;
  if (!grade) return ANY_OF_CLASS[requirement.materialClass];
  const family = Catalog.resolveGrade(grade)?.family ?? grade;
  return requirement.materialClass === 'SCRAP' ? `${family} scrap` : family;
}

function balance(capacity: readonly CapacityRow[], demand: readonly OpenDemand[], servedBy: ReadonlyMap<string, readonly string[]>): BalanceRow[] {
  const free = (rows: readonly CapacityRow[]) => rows.reduce((sum, row) => sum + row.monthlyCapacityTonnes - row.committedTonnesPerMonth, 0);
  const rows = new Map<string, { demand: number; unmatched: number }>();
  for (const requirement of demand) {
    const key = demandFamily(requirement);
    const row = rows.get(key) ?? { demand: 0, unmatched: 0 };
    rows.set(key, { demand: row.demand + requirement.quantityTonnesPerMonth, unmatched: row.unmatched + (servedBy.has(requirement.id) ? 0 : 1) });
  }
  for (const row of capacity) if (!rows.has(row.family)) rows.set(row.family, { demand: 0, unmatched: 0 });
  const capacityFor = (key: string) => {
    const wholeClass = CLASS_OF_ANY.get(key);
    return free(capacity.filter((row) => (wholeClass ? row.materialClass === wholeClass : row.family === key)));
  };
  return [...rows]
    .map(([key, row]) => ({ key, demandTonnesPerMonth: tenths(row.demand), capacityTonnesPerMonth: tenths(capacityFor(key)), unmatchedRequirements: row.unmatched }))
    .sort((a, b) => b.unmatchedRequirements - a.unmatchedRequirements || b.demandTonnesPerMonth - a.demandTonnesPerMonth || a.key.localeCompare(b.key));
}

function utilisation(rows: readonly CapacityRow[]): UtilisationRate {
  const offered = rows.reduce((sum, row) => sum + row.monthlyCapacityTonnes, 0);
  const contracted = rows.reduce((sum, row) => sum + row.committedTonnesPerMonth, 0);
  return { offeredTonnes: tenths(offered), contractedTonnes: tenths(contracted), ratePct: offered > 0 ? tenths((100 * contracted) / offered) : null };
}

function quantities<T>(rows: readonly T[], keyOf: (row: T) => string, labelOf: (key: string) => string, amountOf: (row: T) => { tonnes: number; count: number }): Quantity[] {
  const sums = new Map<string, { tonnes: number; count: number }>();
  for (const row of rows) {
    const sum = sums.get(keyOf(row)) ?? { tonnes: 0, count: 0 };
    const amount = amountOf(row);
    sums.set(keyOf(row), { tonnes: sum.tonnes + amount.tonnes, count: sum.count + amount.count });
  }
  return [...sums]
    .map(([key, { tonnes, count }]) => ({ key, label: labelOf(key), tonnesPerMonth: tenths(tonnes), count }))
    .sort((a, b) => b.tonnesPerMonth - a.tonnesPerMonth || a.key.localeCompare(b.key));
}

const capacityOf = (row: CapacityRow) => ({ tonnes: row.monthlyCapacityTonnes, count: row.listings });
const scenarioLabel = (key: string) => (key ? (Catalog.scenario(key)?.name ?? key) : NO_SCENARIO.label);
const tenths = (value: number) => Math.round(value * 10) / 10;
