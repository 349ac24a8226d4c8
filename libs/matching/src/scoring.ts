import { Catalog, distanceKm, heldValue, SCRAP_CLASS_WORDS, type ByProductDetails, type CardProperties, type HeldValue, type ElementLimit, type MaterialClass, type ScrapDetails } from '@magmatch/catalog';
import { cnyPerTonneWords, priceWords, type Price, type PriceBook } from '@magmatch/trade';
import { compositionCheck } from './composition-check.js';
import { PROPERTY_MINIMUMS } from './property-minimums.js';
import { CRITERION_WEIGHTS, type Criterion } from './weights.js';

/** One criterion's contribution, in words an engineer can check. */
export interface MatchReason {
  readonly criterion: Criterion;
  /** 0..1 */
  readonly score: number;
  readonly detail: string;
}

/** What scoring needs of a requirement. */
export interface Demand {
  readonly scenario: string | null;
  readonly minTensileStrengthMpa: number | null;
  readonly minYieldStrengthMpa: number | null;
  readonly minElongationPct: number | null;
  readonly quantityTonnesPerMonth: number;
  /** The buyer's price limit: compared after conversion, never written into a reason. */
  readonly maxPrice: Price | null;
  /** YYYY-MM-DD */
  readonly neededBy: string | null;
  readonly city: string | null;
  /** Composition limits a listing must guarantee, wt%. */
  readonly composition?: readonly ElementLimit[];
}

/** What scoring needs of a listing and its supplier. */
export interface Supply {
  /** Null for mixed-alloy scrap and by-products. */
  readonly grade: string | null;
  readonly materialClass?: MaterialClass;
  readonly scrap?: ScrapDetails | null;
  readonly byProduct?: ByProductDetails | null;
  readonly form: string;
  /** Scenario codes the supplier listed the product for. */
  readonly scenarios: readonly string[];
  /** The performance card; a property it lacks is taken from the grade's typical values, and said. */
  readonly card: CardProperties;
  readonly monthlyCapacityTonnes: number;
  readonly priceFrom: Price | null;
  readonly leadTimeDays: number | null;
  readonly city: string | null;
  readonly recycledContentPct: number | null;
  readonly carbonFootprintKgCo2ePerKg: number | null;
  readonly verificationLevel: 'LISTED' | 'REVIEWED' | 'VERIFIED';
  /**
   * Matches the supplier has answered, of those it has had time to answer, and its median hours to answer a
   * match or a quote (null before any answer); null before any match.
   */
  readonly responses: { readonly answered: number; readonly due: number; readonly medianHours: number | null } | null;
  /** Scenarios where this grade in this form is on the replication list of proven applications. */
  readonly provenScenarios: readonly string[];
  /** Composition limits the supplier guarantees beyond its grade's standard, wt%. */
  readonly composition?: readonly ElementLimit[];
}

export interface ScoredMatch {
  /** 0..1, higher is better. */
  readonly score: number;
  readonly reasons: MatchReason[];
}

const VERIFICATION = { LISTED: 0.3, REVIEWED: 0.7, VERIFIED: 1 } as const;

const clamp = (value: number) => Math.min(1, Math.max(0, value));
const round = (value: number, digits = 0) => Number(value.toFixed(digits));

/**
 * Scores a listing that already meets the requirement's hard constraints: each criterion gives 0..1 and a
 * reason; the score is their weighted sum (weights in `weights.ts`). The buyer's maximum price is never
 * written into a reason, since suppliers read them.
 */
export function scoreMatch(demand: Demand, supply: Supply, today: string, prices: PriceBook): ScoredMatch {
  const reasons: MatchReason[] = [
    properties(demand, supply),
    applicationFit(demand, supply),
    capacity(demand, supply),
    price(demand, supply, prices),
    leadTime(demand, supply, today),
    distance(demand, supply),
    verification(supply),
    responsiveness(supply),
    sustainability(supply),
  ];
  const score = reasons.reduce((total, reason) => total + CRITERION_WEIGHTS[reason.criterion] * reason.score, 0);
  return { score: round(score, 4), reasons };
}

/** Scrap and by-products are judged by what they are, never by MPa. */
function properties(demand: Demand, supply: Supply): MatchReason {
  if (supply.scrap || supply.byProduct) return materialQuality(demand, supply);
  const typical = supply.grade ? Catalog.resolveGrade(supply.grade)?.typical : undefined;
  const checks = PROPERTY_MINIMUMS.flatMap(({ key, minimum, label, unit }) => {
    const required = demand[minimum];
    if (required == null) return [];
    const held = heldValue(supply.card, key, typical?.[key]);
    if (!held) return [{ score: 0, detail: `${label}: no value on the card or for ${supply.grade}` }];
    const { value } = held;
    const source = sourceWords(held, supply.grade);
    const headroom = required > 0 ? (value - required) / required : 1;
    return [{ score: clamp(0.7 + Math.min(headroom, 0.5) * 0.6), detail: `${label} ${value}${unit} ≥ required ${required}${unit} (${source})` }];
  });
  const composition = compositionCheck(demand.composition ?? [], supply);
  if (composition.met.length > 0) checks.push({ score: 1, detail: `composition guaranteed: ${composition.met.join(', ')}` });
  if (checks.length === 0) return { criterion: 'properties', score: 0.6, detail: 'no property minimums were stated' };
  return {
    criterion: 'properties',
    score: round(checks.reduce((total, check) => total + check.score, 0) / checks.length, 3),
    detail: checks.map((check) => check.detail).join('; '),
  };
}

/** Clean, sorted scrap scores higher; contamination lowers it. A by-product is judged by its guaranteed composition. */
const SCRAP_QUALITY = { TYPE_I: 1, TYPE_II: 0.7, TYPE_III: 0.5, TYPE_IV: 0.4 } as const;

function materialQuality(demand: Demand, supply: Supply): MatchReason {
  const composition = compositionCheck(demand.composition ?? [], supply);
  const guaranteed = composition.met.length > 0 ? `; composition guaranteed: ${composition.met.join(', ')}` : '';
  if (supply.scrap) {
    const { scrapClass, alloyFamily, sorted, oilPct } = supply.scrap;
    const oil = oilPct != null ? `, oil ${oilPct} %` : '';
    return {
      criterion: 'properties',
      score: round(SCRAP_QUALITY[scrapClass] * (sorted ? 1 : 0.8), 3),
      detail: `scrap ${SCRAP_CLASS_WORDS[scrapClass]}, ${alloyFamily ? `${alloyFamily} family` : 'mixed alloys'}, ${sorted ? 'sorted' : 'unsorted'}${oil}${guaranteed}`,
    };
  }
  const { kind, uses } = supply.byProduct!;
  return {
    criterion: 'properties',
    score: composition.met.length > 0 ? 1 : 0.6,
    detail: `${kind.toLowerCase().replaceAll('_', ' ')}${uses.length ? ` offered for ${uses.join(', ')}` : ''}${guaranteed || '; no composition was asked for'}`,
  };
}

function sourceWords(held: HeldValue, grade: string | null): string {
  if (held.source === 'grade') return `typical value of ${grade}; the card gives none`;
  if (!held.guaranteed) return 'typical value, not a guaranteed minimum';
  return held.basis === 'TESTED' ? 'tested minimum' : 'specification minimum';
}

/** Whether the product is offered for the buyer's application, or at least made of a grade usual for it. */
/** What a proven application (replication list) adds to the fit with its scenario: small, and said. */
const PROVEN_BONUS = 0.15;

function applicationFit(demand: Demand, supply: Supply): MatchReason {
  const scenario = demand.scenario ? Catalog.scenario(demand.scenario) : undefined;
  if (!scenario) return { criterion: 'applicationFit', score: 0.6, detail: 'no application scenario to compare with' };
  const fit = offeredFit(scenario, supply);
  if (!supply.provenScenarios.includes(scenario.code)) return fit;
  return {
    ...fit,
    score: round(Math.min(1, fit.score + PROVEN_BONUS), 3),
    detail: `${fit.detail}; ${supply.grade} ${supply.form.toLowerCase().replaceAll('_', ' ')} is proven in ${scenario.name.toLowerCase()} (replication list)`,
  };
}

function offeredFit(scenario: NonNullable<ReturnType<typeof Catalog.scenario>>, supply: Supply): MatchReason {
  const application = scenario.name.toLowerCase();
  const usual = supply.grade !== null && scenario.usualGrades.includes(supply.grade);
  if (supply.scenarios.includes(scenario.code)) {
    return {
      criterion: 'applicationFit',
      score: usual ? 1 : 0.85,
      detail: `offered for ${application}; ${supply.grade} is ${usual ? 'a usual grade for it' : 'not one of its usual grades'}`,
    };
  }
  return usual
    ? { criterion: 'applicationFit', score: 0.7, detail: `${supply.grade} is a usual grade for ${application}, though not offered for it` }
    : {
        criterion: 'applicationFit',
        score: 0.3,
        detail: `${supply.grade} is not among the usual grades for ${application} (${scenario.usualGrades.join(', ')})`,
      };
}

function capacity(demand: Demand, supply: Supply): MatchReason {
  const ratio = supply.monthlyCapacityTonnes / demand.quantityTonnesPerMonth;
  return {
    criterion: 'capacity',
    score: round(clamp(0.5 + (ratio - 1) / 2), 3),
    detail: `capacity ${supply.monthlyCapacityTonnes} t/month for ${demand.quantityTonnesPerMonth} t/month needed (${round(ratio, 1)}×)`,
  };
}

/**
 * The listing's lower price against the buyer's limit, both converted to CNY/t including VAT; a price that
 * cannot be converted is said, never guessed. Suppliers read the reasons and scores, so neither the words nor
 * the score give the limit away: the score moves in bands of the price's share of it (≤ 80 %, ≤ 90 %, ≤ 100 %,
 * ≤ 110 %, ≤ 125 %, above), and the words never name the limit's amount or basis.
 */
function price(demand: Demand, supply: Supply, prices: PriceBook): MatchReason {
  if (!supply.priceFrom) return { criterion: 'price', score: 0.5, detail: 'the listing gives no price' };
  const offered = prices.convert(supply.priceFrom);
  const stated = priceWords(supply.priceFrom);
  if ('unconvertible' in offered) return { criterion: 'price', score: 0.5, detail: `${stated}: not compared, ${offered.unconvertible}` };
  const from = `from ${stated}${offered.assumed.length || supply.priceFrom.currency !== 'CNY' ? ` ≈ ${cnyPerTonneWords(offered.cnyPerTonneVatIncluded)}` : ''}`;
  if (!demand.maxPrice) return { criterion: 'price', score: 0.6, detail: `${from}; the buyer set no budget` };
  const limit = prices.convert(demand.maxPrice);
  if ('unconvertible' in limit) return { criterion: 'price', score: 0.5, detail: `${from}; not compared: the buyer's budget cannot be converted to CNY/t` };
  const share = offered.cnyPerTonneVatIncluded / limit.cnyPerTonneVatIncluded;
  const score = PRICE_BANDS.find(([upTo]) => share <= upTo)?.[1] ?? 0;
  const compared = 'compared in CNY/t incl. VAT, delivery terms not adjusted';
  return { criterion: 'price', score, detail: `${from}, ${share <= 1 ? 'within' : 'above'} the buyer's budget (${compared})` };
}

/** The price's share of the buyer's limit, up to which a score is given. */
const PRICE_BANDS: readonly (readonly [number, number])[] = [
  [0.8, 1],
  [0.9, 0.9],
  [1, 0.8],
  [1.1, 0.3],
  [1.25, 0.1],
];

function leadTime(demand: Demand, supply: Supply, today: string): MatchReason {
  if (!demand.neededBy || supply.leadTimeDays == null) {
    return { criterion: 'leadTime', score: 0.5, detail: 'no needed-by date or lead time to compare' };
  }
  const daysLeft = Math.round((Date.parse(demand.neededBy) - Date.parse(today)) / 86_400_000);
  return supply.leadTimeDays <= daysLeft
    ? { criterion: 'leadTime', score: 1, detail: `lead time ${supply.leadTimeDays} days fits the needed-by date (${daysLeft} days away)` }
    : { criterion: 'leadTime', score: 0.1, detail: `lead time ${supply.leadTimeDays} days exceeds the ${daysLeft} days left` };
}

function distance(demand: Demand, supply: Supply): MatchReason {
  const km = distanceKm(supply.city, demand.city);
  if (km === undefined) return { criterion: 'distance', score: 0.5, detail: 'distance unknown' };
  return { criterion: 'distance', score: round(clamp(1 - km / 600), 3), detail: `${supply.city} → ${demand.city} ≈ ${Math.round(km)} km` };
}

function verification(supply: Supply): MatchReason {
  return {
    criterion: 'verification',
    score: VERIFICATION[supply.verificationLevel],
    detail: `supplier ${supply.verificationLevel.toLowerCase()} by the association`,
  };
}

/** How much of what it was asked the supplier answers, and how fast: a median of a day scores 0.8, of five days 0. */
function responsiveness(supply: Supply): MatchReason {
  if (!supply.responses || supply.responses.due === 0) {
    return { criterion: 'responsiveness', score: 0.5, detail: 'no matches to answer yet' };
  }
  const { answered, due, medianHours } = supply.responses;
  const rate = answered / due;
  if (medianHours == null) return { criterion: 'responsiveness', score: round(rate, 3), detail: `answered ${answered} of ${due} matches` };
  const speed = clamp(1 - medianHours / RESPONSE_HOURS_WORTH_NOTHING);
  return {
    criterion: 'responsiveness',
    score: round((rate + speed) / 2, 3),
    detail: `answered ${answered} of ${due} matches; answers matches and quotes in a median of ${medianHours} h`,
  };
}

const RESPONSE_HOURS_WORTH_NOTHING = 120;

function sustainability(supply: Supply): MatchReason {
  const recycled = supply.recycledContentPct ?? 0;
  const footprint = supply.carbonFootprintKgCo2ePerKg;
  const score = clamp(0.3 + recycled / 200 + (footprint != null && footprint < 10 ? 0.2 : 0));
  const parts = [
    supply.recycledContentPct != null ? `${supply.recycledContentPct} % recycled content` : 'recycled content not stated',
    footprint != null ? `${footprint} kg CO2e/kg` : 'carbon footprint not stated',
  ];
  return { criterion: 'sustainability', score: round(score, 3), detail: parts.join(', ') };
}
