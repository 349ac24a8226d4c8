import { describe, expect, it } from '@jest/globals';
import { limitWords } from './composition-words.js';

describe('limitWords', () => {
  it.each([
    [{ element: 'Al', minPct: 8.3, maxPct: 9.7 }, 'Al 8.3–9.7'],
    [{ element: 'Fe', minPct: null, maxPct: 0.004 }, 'Fe ≤ 0.004'],
    [{ element: 'Mg', minPct: 99.9 }, 'Mg ≥ 99.9'],
  ])('writes %o as %s', (limit, words) => {
    expect(limitWords(limit)).toBe(words);
  });
});
