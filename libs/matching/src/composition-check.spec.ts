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
});
