import { describe, expect, it } from '@jest/globals';
import { DomainError } from '@magmatch/core';
import { checkedComposition } from './composition.js';

const refusal = (limits: Parameters<typeof checkedComposition>[0]) => {
  try {
    checkedComposition(limits, 'composition');
  } catch (error) {
    if (error instanceof DomainError) return { field: error.field, message: error.message };
  }
  return null;
};

describe('composition limits as typed', () => {
  it('keeps good limits with canonical names, oxides written with subscripts included', () => {
    expect(checkedComposition([{ element: 'mg', minPct: 99.9 }, { element: ' fe ', maxPct: 0.004 }], 'composition')).toEqual([
      { element: 'Mg', minPct: 99.9, maxPct: null },
      { element: 'Fe', minPct: null, maxPct: 0.004 },
    ]);
    expect(checkedComposition([{ element: 'CaO', minPct: 45 }, { element: 'SiO₂', minPct: 25, maxPct: 35 }], 'composition')).toEqual([
      { element: 'CaO', minPct: 45, maxPct: null },
      { element: 'SiO2', minPct: 25, maxPct: 35 },
    ]);
  });

  it.each([
    ['an unknown element', [{ element: 'Xx', maxPct: 1 }], 'composition[0].element', 'composition[0].element "Xx" is not an element or oxide MagMatch knows (e.g. Fe, Ni, CaO)'],
    ['an element twice', [{ element: 'Fe', maxPct: 0.01 }, { element: 'FE', maxPct: 0.02 }], 'composition[1].element', 'composition[1].element Fe is listed twice'],
    ['a limit with no value', [{ element: 'Ni' }], 'composition[0]', 'composition[0] (Ni) has neither minPct nor maxPct'],
    ['a minimum above its maximum', [{ element: 'Al', minPct: 9.5, maxPct: 8.5 }], 'composition[0].minPct', 'composition[0].minPct 9.5 % is above maxPct 8.5 % for Al'],
    ['a negative bound', [{ element: 'Zn', maxPct: -1 }], 'composition[0].maxPct', 'composition[0].maxPct must be from 0 to 100 %, got -1'],
    ['minimums over 100 %', [{ element: 'Mg', minPct: 99.9 }, { element: 'Al', minPct: 8.5 }], 'composition', 'composition: the minimums add up to 108.4 %, over 100 %'],
  ])('refuses %s, naming the field', (_case, limits, field, message) => {
    expect(refusal(limits)).toEqual({ field, message });
  });
});
