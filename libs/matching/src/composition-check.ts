import { Catalog, type ElementLimit } from '@magmatch/catalog';

/** A guaranteed limit and who guarantees it: the listing itself, or the standard of its grade. */
export interface GuaranteedLimit extends ElementLimit {
  readonly source: string;
}

/** What composition matching needs of a listing. */
export interface CompositionSupply {
  readonly grade: string | null;
  readonly composition?: readonly ElementLimit[];
}

/**
 * What a listing guarantees, element by element: the limits the supplier states, then, for elements it does
 * not state, the limits of its grade's standard (a product sold as a grade conforms to it).
 */
export function guaranteedComposition(supply: CompositionSupply): GuaranteedLimit[] {
  const own = (supply.composition ?? []).map((limit) => ({ ...limit, source: 'listing' }));
  const grade = supply.grade ? Catalog.resolveGrade(supply.grade) : undefined;
  const fromGrade = (grade?.composition ?? [])
    .filter((limit) => !own.some((stated) => stated.element === limit.element))
    .map((limit) => ({ ...limit, source: `${grade!.code}, ${grade!.compositionSource}` }));
  return [...own, ...fromGrade];
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
        met.push(`${limit.element} ${sign} ${offered} % (${held!.source})`);
      }
    }
  }
  return { met, shortfalls };
}
