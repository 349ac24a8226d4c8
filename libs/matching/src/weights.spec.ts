import { expect, it } from '@jest/globals';
import { CRITERION_WEIGHTS } from './weights.js';

it('weights add up to 1, so scores stay within 0..1', () => {
  const total = Object.values(CRITERION_WEIGHTS).reduce((sum, weight) => sum + weight, 0);
  expect(total).toBeCloseTo(1, 10);
});
