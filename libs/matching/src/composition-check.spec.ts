import { describe, expect, it } from '@jest/globals';
import { compositionCheck } from './composition-check.js';

describe('composition limits in matching', () => {
  const highPurity = [{ element: 'Fe', minPct: null, maxPct: 0.004 }, { element: 'Ni', minPct: null, maxPct: 0.001 }];

  it("is met by the listing's own guarantee, at least as tight", () => {
    const stated = { grade: 'AZ91D', composition: [{ element: 'Fe', minPct: null, maxPct: 0.003 }, { element: 'Ni', minPct: null, maxPct: 0.001 }] };
    expect(compositionCheck(highPurity, stated)).toEqual({ met: ['Fe ≤ 0.003 % (listing)', 'Ni ≤ 0.001 % (listing)'], shortfalls: [] });
  });

  it("falls back to the grade's standard, and says when that is not tight enough", () => {
    const { met, shortfalls } = compositionCheck(highPurity, { grade: 'AZ91D' });
    expect(met).toEqual([]);
    expect(shortfalls).toEqual(['Fe ≤ 0.005 % guaranteed, required ≤ 0.004 %', 'Ni ≤ 0.002 % guaranteed, required ≤ 0.001 %']);
  });

  it('never takes a missing limit for a pass', () => {
    expect(compositionCheck([{ element: 'Cl', minPct: null, maxPct: 0.003 }], { grade: 'Mg9995A' }).shortfalls).toEqual(['Cl: no guaranteed maximum (required ≤ 0.003 %)']);
  });

  it('reads minimums the other way round, from the grade name of primary ingot', () => {
    expect(compositionCheck([{ element: 'Mg', minPct: 99.95, maxPct: null }], { grade: 'Mg99.90' }).shortfalls).toEqual(['Mg ≥ 99.9 % guaranteed, required ≥ 99.95 %']);
    expect(compositionCheck([{ element: 'Mg', minPct: 99.95, maxPct: null }], { grade: 'Mg9995B' }).met).toEqual(['Mg ≥ 99.95 % (Mg9995B, GB/T 3499-2003, grade name)']);
  });

  it("holds scrap to what its seller states: oily AZ91D chips do not inherit AZ91D's limits", () => {
    expect(compositionCheck([{ element: 'Fe', minPct: null, maxPct: 0.005 }], { grade: 'AZ91D', materialClass: 'SCRAP' }).shortfalls).toEqual([
      'Fe: no guaranteed maximum (required ≤ 0.005 %)',
    ]);
  });

  it('keeps the tighter bound of the listing and the standard, bound by bound', () => {
    const stated = { grade: 'AZ91D', materialClass: 'ALLOY', composition: [{ element: 'Al', minPct: null, maxPct: 9 }, { element: 'Fe', minPct: null, maxPct: 0.01 }] };
    expect(compositionCheck([{ element: 'Al', minPct: 8.3, maxPct: 9 }, { element: 'Fe', minPct: null, maxPct: 0.005 }], stated)).toEqual({
      met: ['Al ≤ 9 % (listing)', expect.stringMatching(/^Al ≥ 8.3 % \(AZ91D, ASTM B94/), expect.stringMatching(/^Fe ≤ 0.005 % \(AZ91D, ASTM B94/)],
      shortfalls: [],
    });
  });
});
