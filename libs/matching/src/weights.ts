/**
 * How much each criterion counts in a match score. One reviewed table: change a weight here, with the
 * reason in the commit, and nowhere else. The weights add up to 1.
 *
 * Hard constraints already guarantee every stated minimum, so headroom beyond it counts no more than
 * whether the product is made for the buyer's application.
 */
export const CRITERION_WEIGHTS = {
  properties: 0.2,
  applicationFit: 0.2,
  capacity: 0.15,
  price: 0.15,
  leadTime: 0.1,
  distance: 0.05,
  verification: 0.05,
  responsiveness: 0.05,
  sustainability: 0.05,
} as const;

export type Criterion = keyof typeof CRITERION_WEIGHTS;
