/** Typical room-temperature properties; ranges from the sources are given as their lower value. */
export interface TypicalProperties {
  readonly tensileStrengthMpa: number | null;
  readonly yieldStrengthMpa: number | null;
  readonly elongationPct: number | null;
  readonly densityGCm3: number;
}

export interface AlloyGradeData {
  readonly code: string;
  readonly family: string;
  /** Designations in other standards and old Chinese names; all resolve to `code`. */
  readonly designations: readonly string[];
  readonly standards: readonly string[];
  readonly typical: TypicalProperties;
  readonly typicalUses: string;
}

const typical = (
  tensileStrengthMpa: number | null,
  yieldStrengthMpa: number | null,
  elongationPct: number | null,
  densityGCm3: number,
): TypicalProperties => ({ tensileStrengthMpa, yieldStrengthMpa, elongationPct, densityGCm3 });

/** Grades from `shared/design/domain.md`; values are typical, not specification minimums. */
export const ALLOY_GRADES: readonly AlloyGradeData[] = [
  {
    code: 'AZ91D',
    family: 'AZ',
    designations: ['AZ91', 'UNS M11916', 'EN-MC21120', 'MgAl9Zn1', 'MgAl9Zn1(A)'],
    standards: ['ASTM B93', 'ASTM B94', 'EN 1753', 'GB/T 19078'],
    typical: typical(230, 150, 3, 1.81),
    typicalUses: '3C and power-tool housings, covers, stiff brackets',
  },
  {
    code: 'AM60B',
    family: 'AM',
    designations: ['AM60', 'UNS M10603', 'EN-MC21230', 'MgAl6Mn'],
    standards: ['ASTM B94', 'EN 1753', 'GB/T 19078'],
    typical: typical(220, 130, 6, 1.8),
    typicalUses: 'instrument-panel beams and brackets, seat frames, wheels',
  },
  {
    code: 'AM50A',
    family: 'AM',
    designations: ['AM50', 'UNS M10501', 'EN-MC21220', 'MgAl5Mn'],
    standards: ['ASTM B94', 'EN 1753', 'GB/T 19078'],
    typical: typical(210, 116, 10, 1.77),
    typicalUses: 'steering-wheel armatures, seat frames (crash ductility)',
  },
  {
    code: 'AE44',
    family: 'AE',
    designations: ['MgAl4RE4'],
    standards: ['ASTM B94'],
    typical: typical(245, 142, 10, 1.82),
    typicalUses: 'warm powertrain parts, engine cradles (creep resistant)',
  },
  {
    code: 'AS41',
    family: 'AS',
    designations: ['AS41A', 'AS41B', 'UNS M10410', 'EN-MC21320', 'MgAl4Si'],
    standards: ['ASTM B94', 'EN 1753', 'GB/T 19078'],
    typical: typical(214, 138, 6, 1.78),
    typicalUses: 'warm powertrain parts',
  },
  {
    code: 'AZ31B',
    family: 'AZ',
    designations: ['AZ31', 'UNS M11311'],
    standards: ['ASTM B90', 'ASTM B107', 'ASTM B91', 'GB/T 5153'],
    typical: typical(262, 193, 14, 1.77),
    typicalUses: 'profiles, tubes, building formwork, e-bike tubes, 3C covers (sheet)',
  },
  {
    code: 'AZ61A',
    family: 'AZ',
    designations: ['AZ61', 'UNS M11610', 'MB5', 'AZ61M'],
    standards: ['ASTM B107', 'ASTM B91', 'GB/T 5153'],
    typical: typical(310, 228, 14, 1.8),
    typicalUses: 'e-bike frames, profiles',
  },
  {
    code: 'AZ80A',
    family: 'AZ',
    designations: ['AZ80', 'UNS M11800', 'MB7', 'AZ80M'],
    standards: ['ASTM B107', 'ASTM B91', 'GB/T 5153'],
    typical: typical(380, 275, 7, 1.8),
    typicalUses: 'high-strength profiles, forgings',
  },
  {
    code: 'ZK60A',
    family: 'ZK',
    designations: ['ZK60', 'UNS M16600', 'ZK61M', 'MB15'],
    standards: ['ASTM B107', 'ASTM B91'],
    typical: typical(295, 230, 4, 1.83),
    typicalUses: 'bicycle and e-bike frames, sporting goods',
  },
  {
    code: 'WE43',
    family: 'WE',
    designations: ['WE43B', 'WE43C', 'UNS M18432', 'UNS M18434'],
    standards: ['ASTM B80', 'ASTM B107'],
    typical: typical(250, 200, 2, 1.84),
    typicalUses: 'aerospace, high-temperature parts, degradable implants',
  },
  {
    code: 'Mg99.80',
    family: 'Pure Mg',
    designations: ['Mg9980', 'Mg99.8'],
    standards: ['GB/T 3499'],
    typical: typical(null, null, null, 1.74),
    typicalUses: 'feedstock ingot',
  },
  {
    code: 'Mg99.90',
    family: 'Pure Mg',
    designations: ['Mg9990', 'Mg99.9'],
    standards: ['GB/T 3499'],
    typical: typical(null, null, null, 1.74),
    typicalUses: 'feedstock ingot',
  },
  {
    code: 'Mg99.95',
    family: 'Pure Mg',
    designations: ['Mg9995'],
    standards: ['GB/T 3499'],
    typical: typical(null, null, null, 1.74),
    typicalUses: 'feedstock ingot',
  },
];
