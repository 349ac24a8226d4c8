import { DomainError, DomainErrorCode } from '@magmatch/core';
import type { ElementLimit } from './data/grades.js';

/**
 * What a composition limit may name: the elements magnesium standards and certificates of analysis list
 * (RE: total rare earths), and the oxides and fluorine a reduction-slag analysis reports. Written after
 * NFKC, so "SiO₂" is SiO2.
 */
export const COMPOSITION_ELEMENTS: readonly string[] = [
  'Mg', 'Al', 'Zn', 'Mn', 'Si', 'Cu', 'Ni', 'Fe', 'Be', 'Ca', 'Sr', 'Ce', 'La', 'Nd', 'Gd', 'Y', 'RE', 'Zr', 'Li', 'Ag', 'Sn', 'Pb', 'Ti',
  'Cr', 'Co', 'Na', 'K', 'Cl', 'Th', 'Cd', 'Hg', 'Bi', 'Sb', 'B', 'F',
  'CaO', 'f-CaO', 'SiO2', 'MgO', 'Fe2O3', 'Al2O3', 'SO3', 'K2O', 'Na2O',
];
const BY_KEY = new Map(COMPOSITION_ELEMENTS.map((element) => [element.toLowerCase(), element]));

/** A composition limit as a client sends it: either bound may be left out. */
export interface ElementLimitDraft {
  readonly element: string;
  readonly minPct?: number | null;
  readonly maxPct?: number | null;
}

/**
 * Checks composition limits as typed and returns them with canonical element names. Refused, naming
 * `field[i]`: an unknown element, one named twice, a limit with no bound, a bound outside 0–100 %, a minimum
 * above its maximum, and minimums that add up to more than 100 %.
 */
export function checkedComposition(limits: readonly ElementLimitDraft[], field: string): ElementLimit[] {
  const seen = new Set<string>();
  const checked = limits.map((limit, index) => {
    const at = `${field}[${index}]`;
    const element = BY_KEY.get(limit.element.normalize('NFKC').trim().toLowerCase());
    if (!element) throw invalid(`${at}.element`, `${at}.element "${limit.element}" is not an element or oxide MagMatch knows (e.g. Fe, Ni, CaO)`);
    if (seen.has(element)) throw invalid(`${at}.element`, `${at}.element ${element} is listed twice`);
    seen.add(element);
    const minPct = limit.minPct ?? null;
    const maxPct = limit.maxPct ?? null;
    if (minPct === null && maxPct === null) throw invalid(at, `${at} (${element}) has neither minPct nor maxPct`);
    for (const [name, value] of [['minPct', minPct], ['maxPct', maxPct]] as const) {
      if (value !== null && !(value >= 0 && value <= 100)) throw invalid(`${at}.${name}`, `${at}.${name} must be from 0 to 100 %, got ${value}`);
    }
    if (minPct !== null && maxPct !== null && minPct > maxPct) {
      throw invalid(`${at}.minPct`, `${at}.minPct ${minPct} % is above maxPct ${maxPct} % for ${element}`);
    }
    return { element, minPct, maxPct };
  });
  const minimums = checked.reduce((total, limit) => total + (limit.minPct ?? 0), 0);
  if (minimums > 100 + 1e-9) throw invalid(field, `${field}: the minimums add up to ${Number(minimums.toFixed(4))} %, over 100 %`);
  return checked;
}

function invalid(field: string, message: string): DomainError {
  return new DomainError(DomainErrorCode.InvalidInput, message, field);
}
