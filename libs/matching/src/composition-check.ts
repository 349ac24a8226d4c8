import { Catalog, type ElementLimit } from '@magmatch/catalog';

/** A guaranteed limit and who guarantees each bound: the listing itself, or the standard of its grade. */
export interface GuaranteedLimit extends ElementLimit {
  readonly minSource: string;
  readonly maxSource: string;
}

/** What composition matching needs of a listing. */
export interface CompositionSupply {
  readonly grade: string | null;
  readonly materialClass?: string;
  readonly composition?: readonly ElementLimit[];
}

/**
 * What a listing guarantees, element by element and bound by bound: the tighter of what the supplier states
 * and what its grade's standard sets, since metal sold as a grade conforms to it. Scrap and by-products
 * guarantee only what their seller states: oily scrap of AZ91D does not meet AZ91D's iron limit.
 */
export function guaranteedComposition(supply: CompositionSupply): GuaranteedLimit[] {
  const own = supply.composition ?? [];
  const metal = supply.materialClass === undefined || supply.materialClass === 'PRIMARY_MAGNESIUM' || supply.materialClass === 'ALLOY';
  const grade = metal && supply.grade ? Catalog.resolveGrade(supply.grade) : undefined;
  const standard = grade ? `${grade.code}, ${grade.compositionSource}` : '';
  const elements = [...new Set([...own.map((limit) => limit.element), ...(grade?.composition ?? []).map((limit) => limit.element)])];
  return elements.map((element) => {
    const stated = own.find((limit) => limit.element === element);
    const set = grade?.composition.find((limit) => limit.element === element);
    const maxPct = tighter(stated?.maxPct, set?.maxPct, Math.min);
    const minPct = tighter(stated?.minPct, set?.minPct, Math.max);
    return {
      element,
      minPct,
      maxPct,
      minSource: stated?.minPct != null && stated.minPct === minPct ? 'listing' : standard,
      maxSource: stated?.maxPct != null && stated.maxPct === maxPct ? 'listing' : standard,
    };
  });
}

function tighter(a: number | null | undefined, b: number | null | undefined, pick: (x: number, y: number) => number): number | null {
  if (a == null) return b ?? null;
  if (b == null) return a;
  return pick(a, b);
}

/**
 * How a listing's guarantees meet a buyer's composition limits. A limit is met only by a guaranteed limit at
 * least as tight: a maximum by a guaranteed maximum no higher, a minimum by a guaranteed minimum no lower. A
 * limit the listing does not guarantee is not met, and the shortfall says so.
 */
export function compositionCheck(required: readonly ElementLimit[], supply: CompositionSupply): { met: string[]; shortfalls: string[] } {
  const guaranteed = guaranteedComposition(supply);
  const met: string[] = [];
  const shortfalls: string[] = [];
  for (const limit of required) {
    const held = guaranteed.find((candidate) => candidate.element === limit.element);
    for (const bound of ['maxPct', 'minPct'] as const) {
      const wanted = limit[bound];
      if (wanted == null) continue;
      const sign = bound === 'maxPct' ? '≤' : '≥';
      const offered = held?.[bound] ?? null;
      if (offered == null) {
        shortfalls.push(`${limit.element}: no guaranteed ${bound === 'maxPct' ? 'maximum' : 'minimum'} (required ${sign} ${wanted} %)`);
      } else if (bound === 'maxPct' ? offered > wanted : offered < wanted) {
        shortfalls.push(`${limit.element} ${sign} ${offered} % guaranteed, required ${sign} ${wanted} %`);
      } else {
        met.push(`${limit.element} ${sign} ${offered} % (${bound === 'maxPct' ? held!.maxSource : held!.minSource})`);
      }
    }
  }
  return { met, shortfalls };
}
