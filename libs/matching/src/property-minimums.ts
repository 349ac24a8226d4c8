/** The property minimums a requirement may set, the card property each is held against, in words and units. */
export const PROPERTY_MINIMUMS = [
  { key: 'tensileStrengthMpa', minimum: 'minTensileStrengthMpa', label: 'tensile strength', unit: ' MPa' },
  { key: 'yieldStrengthMpa', minimum: 'minYieldStrengthMpa', label: 'yield strength', unit: ' MPa' },
  { key: 'elongationPct', minimum: 'minElongationPct', label: 'elongation', unit: ' %' },
] as const;
