/**
 * The grades of the magnesium trade, by standard: the curated reference data behind the catalogue.
 * Every designation names the standard that gives it; every composition names its source. What is not here,
 * and why, is listed in the catalogue's README.
 */
import type { CardProperties } from '../card.js';

export type MaterialClass = 'PRIMARY_MAGNESIUM' | 'ALLOY' | 'SCRAP' | 'BY_PRODUCT';
export type GradeStatus = 'STANDARD' | 'PROPRIETARY' | 'PROPOSED' | 'RETIRED';

/** One name of a grade in one standard: `{ standard: 'JIS H 5303', code: 'MDC1D' }`. */
export interface Designation {
  readonly standard: string;
  readonly code: string;
}

/** A composition limit in wt%; `element` is a symbol ("Fe") or an oxide ("CaO"); null bounds are open. */
export interface ElementLimit {
  readonly element: string;
  readonly minPct: number | null;
  readonly maxPct: number | null;
}

/** Typical room-temperature properties; ranges from the sources are given as their lower value. */
export interface TypicalProperties {
  readonly tensileStrengthMpa: number | null;
  readonly yieldStrengthMpa: number | null;
  readonly elongationPct: number | null;
  readonly densityGCm3: number | null;
}

export interface AlloyGradeData {
  /** The canonical code, shown next to whatever the user typed. */
  readonly code: string;
  readonly materialClass: MaterialClass;
  readonly family: string;
  readonly status: GradeStatus;
  /** The grade's names in the standards, its own code included. */
  readonly designationsByStandard: readonly Designation[];
  /** Informal names that the trade uses for this grade ("AZ91" for AZ91D); `aliasNote` says why. */
  readonly aliases: readonly string[];
  readonly aliasNote: string | null;
  /** Every other name that resolves to this grade: designations and aliases (derived). */
  readonly designations: readonly string[];
  /** The standards that define the grade (derived). */
  readonly standards: readonly string[];
  /** Composition limits, wt%; empty where no source was verified (see the README). */
  readonly composition: readonly ElementLimit[];
  readonly compositionSource: string | null;
  readonly typical: TypicalProperties;
  readonly typicalUses: string;
  /** Why a RETIRED grade is kept: old records still resolve to it, new ones must choose. */
  readonly retiredNote: string | null;
  /** The producer of a PROPRIETARY or PROPOSED grade (an organisation id); null for the standards' grades. */
  readonly ownerId: string | null;
  /** A producer's typical card as proposed, with ranges, bases and conditions; null for the standards' grades. */
  readonly typicalCard: CardProperties | null;
}

type GradeInput = {
  code: string;
  materialClass?: MaterialClass;
  family: string;
  status?: GradeStatus;
  designations: readonly (readonly [standard: string, code: string])[];
  aliases?: readonly string[];
  aliasNote?: string;
  composition?: { source: string; limits: readonly (readonly [element: string, minPct: number | null, maxPct: number | null])[] };
  typical?: TypicalProperties;
  typicalUses?: string;
  retiredNote?: string;
};

const typical = (
  tensileStrengthMpa: number | null,
  yieldStrengthMpa: number | null,
  elongationPct: number | null,
  densityGCm3: number,
): TypicalProperties => ({ tensileStrengthMpa, yieldStrengthMpa, elongationPct, densityGCm3 });

const PURE_MG = typical(null, null, null, 1.74);
const NOT_LISTED = typical(null, null, null, 1.8);

/** A grade's other names (designations and aliases, its code left out) and the standards that define it. */
export function derivedNames(code: string, designationsByStandard: readonly Designation[], aliases: readonly string[]) {
  return {
    designations: [...new Set([...designationsByStandard.map((designation) => designation.code), ...aliases])].filter((name) => name !== code),
    standards: [...new Set(designationsByStandard.map(({ standard }) => standard))],
  };
}

function grade(input: GradeInput): AlloyGradeData {
  const designationsByStandard = input.designations.map(([standard, code]) => ({ standard, code }));
  return {
    code: input.code,
    materialClass: input.materialClass ?? 'ALLOY',
    family: input.family,
    status: input.status ?? 'STANDARD',
    designationsByStandard,
    aliases: input.aliases ?? [],
    aliasNote: input.aliasNote ?? null,
    ...derivedNames(input.code, designationsByStandard, input.aliases ?? []),
    composition: (input.composition?.limits ?? []).map(([element, minPct, maxPct]) => ({ element, minPct, maxPct })),
    compositionSource: input.composition?.source ?? null,
    typical: input.typical ?? NOT_LISTED,
    typicalUses: input.typicalUses ?? '',
    retiredNote: input.retiredNote ?? null,
    ownerId: null,
    typicalCard: null,
  };
}

/** GB/T 3499 grade names state the Mg mass fraction ("Mg9995" = Mg ≥ 99.95 %); impurity limits are not listed yet. */
const mgMinimum = (minPct: number, source: string) => ({ source, limits: [['Mg', minPct, null]] as const });

const DIE_CASTING_SOURCE = 'ASTM B94 (die castings) and JIS H 5303:2006, as tabulated by ASM / makeitfrom and cafediecast';
const B199_SOURCE = 'ASTM B199-12 (permanent-mould castings), same alloys as ASTM B80';

/** Primary magnesium: GB/T 3499-2003 (原生镁锭) and ASTM B92/B92M-17 (unalloyed ingot); not equivalent to each other (GB/T 3499 is NEQ to B92M). */
const PRIMARY: readonly AlloyGradeData[] = [
  grade({ code: 'Mg9999', materialClass: 'PRIMARY_MAGNESIUM', family: 'Pure Mg', designations: [['GB/T 3499', 'Mg9999']], aliases: ['Mg99.99'], composition: mgMinimum(99.99, 'GB/T 3499-2003, grade name'), typical: PURE_MG, typicalUses: 'high-purity feedstock' }),
  grade({ code: 'Mg9998', materialClass: 'PRIMARY_MAGNESIUM', family: 'Pure Mg', designations: [['GB/T 3499', 'Mg9998']], aliases: ['Mg99.98'], composition: mgMinimum(99.98, 'GB/T 3499-2003, grade name'), typical: PURE_MG, typicalUses: 'high-purity feedstock' }),
  grade({ code: 'Mg9995A', materialClass: 'PRIMARY_MAGNESIUM', family: 'Pure Mg', designations: [['GB/T 3499', 'Mg9995A']], aliases: ['Mg99.95A'], composition: mgMinimum(99.95, 'GB/T 3499-2003, grade name'), typical: PURE_MG, typicalUses: 'feedstock ingot, tighter impurity limits than Mg9995B' }),
  grade({ code: 'Mg9995B', materialClass: 'PRIMARY_MAGNESIUM', family: 'Pure Mg', designations: [['GB/T 3499', 'Mg9995B']], aliases: ['Mg99.95B'], composition: mgMinimum(99.95, 'GB/T 3499-2003, grade name'), typical: PURE_MG, typicalUses: 'feedstock ingot' }),
  grade({ code: 'Mg99.90', materialClass: 'PRIMARY_MAGNESIUM', family: 'Pure Mg', designations: [['GB/T 3499', 'Mg9990']], aliases: ['Mg99.9'], composition: mgMinimum(99.9, 'GB/T 3499-2003, grade name'), typical: PURE_MG, typicalUses: 'feedstock ingot (the price reporters\' reference grade)' }),
  grade({ code: 'Mg99.80', materialClass: 'PRIMARY_MAGNESIUM', family: 'Pure Mg', designations: [['GB/T 3499', 'Mg9980']], aliases: ['Mg99.8'], composition: mgMinimum(99.8, 'GB/T 3499-2003, grade name'), typical: PURE_MG, typicalUses: 'feedstock ingot, steel desulphurisation' }),
  grade({
    code: 'Mg99.95',
    materialClass: 'PRIMARY_MAGNESIUM',
    family: 'Pure Mg',
    status: 'RETIRED',
    designations: [],
    typical: PURE_MG,
    typicalUses: 'feedstock ingot',
    retiredNote: 'GB/T 3499 has two 99.95 % grades, Mg9995A and Mg9995B, which differ in impurity limits: choose one',
  }),
  grade({ code: '9980A', materialClass: 'PRIMARY_MAGNESIUM', family: 'Pure Mg', designations: [['ASTM B92', '9980A']], composition: mgMinimum(99.8, 'ASTM B92/B92M-17, grade name'), typical: PURE_MG, typicalUses: 'ingot and stick' }),
  grade({ code: '9980B', materialClass: 'PRIMARY_MAGNESIUM', family: 'Pure Mg', designations: [['ASTM B92', '9980B']], composition: mgMinimum(99.8, 'ASTM B92/B92M-17, grade name'), typical: PURE_MG, typicalUses: 'ingot' }),
  grade({ code: '9990A', materialClass: 'PRIMARY_MAGNESIUM', family: 'Pure Mg', designations: [['ASTM B92', '9990A']], composition: mgMinimum(99.9, 'ASTM B92/B92M-17, grade name'), typical: PURE_MG, typicalUses: 'ingot' }),
  grade({ code: '9995A', materialClass: 'PRIMARY_MAGNESIUM', family: 'Pure Mg', designations: [['ASTM B92', '9995A']], composition: mgMinimum(99.95, 'ASTM B92/B92M-17, grade name'), typical: PURE_MG, typicalUses: 'ingot' }),
  grade({ code: '9998A', materialClass: 'PRIMARY_MAGNESIUM', family: 'Pure Mg', designations: [['ASTM B92', '9998A']], composition: mgMinimum(99.98, 'ASTM B92/B92M-17, grade name'), typical: PURE_MG, typicalUses: 'ingot' }),
];

/** Cast alloys: ingot (GB/T 19078-2016, ASTM B93, EN 1753), die castings (ASTM B94, JIS H 5303), sand and permanent-mould castings (ASTM B80, B199, JIS H 5203). */
const CAST: readonly AlloyGradeData[] = [
  grade({
    code: 'AZ91D',
    family: 'AZ',
    designations: [['ASTM B93', 'AZ91D'], ['ASTM B94', 'AZ91D'], ['UNS', 'M11916'], ['EN 1753', 'EN-MC21120'], ['EN 1753', 'MgAl9Zn1(A)'], ['JIS H 5303', 'MDC1D'], ['GB/T 19078', 'AZ91D'], ['GB/T 5153', 'AZ91D']],
    aliases: ['AZ91', 'MgAl9Zn1'],
    aliasNote: '"AZ91" is read as AZ91D, the high-purity die-casting grade in use; AZ91A, AZ91B, AZ91C and AZ91E are other alloys',
    composition: { source: DIE_CASTING_SOURCE, limits: [['Al', 8.3, 9.7], ['Zn', 0.35, 1.0], ['Mn', 0.15, 0.5], ['Si', null, 0.1], ['Cu', null, 0.03], ['Ni', null, 0.002], ['Fe', null, 0.005]] },
    typical: typical(230, 150, 3, 1.81),
    typicalUses: '3C and power-tool housings, covers, stiff brackets',
  }),
  grade({ code: 'AZ91A', family: 'AZ', designations: [['ASTM B94', 'AZ91A']], typicalUses: 'die castings (older grade)' }),
  grade({
    code: 'AZ91B',
    family: 'AZ',
    designations: [['ASTM B94', 'AZ91B'], ['JIS H 5303', 'MDC1B']],
    composition: { source: 'JIS H 5303:2006, as tabulated by cafediecast', limits: [['Al', 8.3, 9.7], ['Zn', 0.35, 1.0], ['Mn', 0.13, 0.5], ['Si', null, 0.5], ['Cu', null, 0.35], ['Ni', null, 0.03], ['Fe', null, 0.03]] },
    typicalUses: 'die castings from secondary metal',
  }),
  grade({
    code: 'AZ91C',
    family: 'AZ',
    designations: [['ASTM B80', 'AZ91C'], ['UNS', 'M11914'], ['JIS H 5203', 'MC2C']],
    composition: { source: B199_SOURCE, limits: [['Al', 8.1, 9.3], ['Zn', 0.4, 1.0], ['Mn', 0.13, 0.35], ['Si', null, 0.3], ['Cu', null, 0.1], ['Ni', null, 0.01]] },
    typicalUses: 'sand and permanent-mould castings',
  }),
  grade({
    code: 'AZ91E',
    family: 'AZ',
    designations: [['ASTM B80', 'AZ91E'], ['UNS', 'M11919'], ['JIS H 5203', 'MC2E']],
    composition: { source: B199_SOURCE, limits: [['Al', 8.1, 9.3], ['Zn', 0.4, 1.0], ['Mn', 0.17, 0.35], ['Si', null, 0.2], ['Cu', null, 0.015], ['Ni', null, 0.001], ['Fe', null, 0.005]] },
    typicalUses: 'high-purity sand castings (aerospace)',
  }),
  grade({
    code: 'AM60B',
    family: 'AM',
    designations: [['ASTM B94', 'AM60B'], ['UNS', 'M10603'], ['EN 1753', 'EN-MC21230'], ['EN 1753', 'MgAl6Mn'], ['JIS H 5303', 'MDC2B'], ['GB/T 19078', 'AM60B']],
    aliases: ['AM60'],
    aliasNote: '"AM60" is read as AM60B, the high-purity die-casting grade in use; AM60A is another alloy',
    composition: { source: DIE_CASTING_SOURCE, limits: [['Al', 5.5, 6.5], ['Zn', null, 0.22], ['Mn', 0.24, 0.6], ['Si', null, 0.1], ['Cu', null, 0.01], ['Ni', null, 0.002], ['Fe', null, 0.005]] },
    typical: typical(220, 130, 6, 1.8),
    typicalUses: 'instrument-panel beams and brackets, seat frames, wheels',
  }),
  grade({ code: 'AM60A', family: 'AM', designations: [['ASTM B94', 'AM60A'], ['UNS', 'M10600'], ['UNS', 'M10601']], typicalUses: 'die castings (older grade, looser Cu and Ni limits)' }),
  grade({
    code: 'AM50A',
    family: 'AM',
    designations: [['ASTM B94', 'AM50A'], ['UNS', 'M10500'], ['UNS', 'M10501'], ['EN 1753', 'EN-MC21220'], ['EN 1753', 'MgAl5Mn'], ['JIS H 5303', 'MDC4'], ['GB/T 19078', 'AM50A']],
    aliases: ['AM50'],
    composition: { source: DIE_CASTING_SOURCE, limits: [['Al', 4.4, 5.4], ['Zn', null, 0.22], ['Mn', 0.26, 0.6], ['Si', null, 0.1], ['Cu', null, 0.01], ['Ni', null, 0.002], ['Fe', null, 0.004]] },
    typical: typical(210, 116, 10, 1.77),
    typicalUses: 'steering-wheel armatures, seat frames (crash ductility)',
  }),
  grade({
    code: 'AM20',
    family: 'AM',
    designations: [['JIS H 5303', 'MDC5']],
    aliases: ['AM20A'],
    aliasNote: '"AM20A" is the ASTM name given as the equivalent of JIS H 5303 MDC5 (AM20)',
    composition: { source: 'JIS H 5303:2006, as tabulated by cafediecast', limits: [['Al', 1.6, 2.5], ['Zn', null, 0.2], ['Mn', 0.33, 0.7], ['Si', null, 0.08], ['Cu', null, 0.008], ['Ni', null, 0.001], ['Fe', null, 0.004]] },
    typicalUses: 'ductile die castings (safety parts)',
  }),
  grade({
    code: 'AS21',
    family: 'AS',
    designations: [['JIS H 5303', 'MDC6'], ['EN 1753', 'EN-MC21310'], ['EN 1753', 'MgAl2Si']],
    composition: { source: 'JIS H 5303:2006, as tabulated by cafediecast', limits: [['Al', 1.8, 2.5], ['Zn', null, 0.2], ['Mn', 0.18, 0.7], ['Si', 0.7, 1.2], ['Cu', null, 0.008], ['Ni', null, 0.001], ['Fe', null, 0.004]] },
    typicalUses: 'creep-resistant die castings',
  }),
  grade({
    code: 'AS41',
    family: 'AS',
    designations: [['ASTM B94', 'AS41A'], ['ASTM B94', 'AS41B'], ['UNS', 'M10410'], ['UNS', 'M10411'], ['UNS', 'M10412'], ['EN 1753', 'EN-MC21320'], ['EN 1753', 'MgAl4Si'], ['JIS H 5303', 'MDC3B']],
    typical: typical(214, 138, 6, 1.78),
    typicalUses: 'warm powertrain parts',
  }),
  grade({ code: 'AE44', family: 'AE', designations: [['ASTM B94', 'AE44'], ['EN 1753', 'MgAl4RE4']], typical: typical(245, 142, 10, 1.82), typicalUses: 'warm powertrain parts, engine cradles (creep resistant)' }),
  grade({
    code: 'AZ81A',
    family: 'AZ',
    designations: [['ASTM B80', 'AZ81A'], ['UNS', 'M11810'], ['EN 1753', 'EN-MC21110'], ['EN 1753', 'MgAl8Zn1']],
    composition: { source: B199_SOURCE, limits: [['Al', 7.0, 8.1], ['Zn', 0.4, 1.0], ['Mn', 0.13, 0.35]] },
    typicalUses: 'sand and permanent-mould castings',
  }),
  grade({ code: 'AZ63A', family: 'AZ', designations: [['ASTM B80', 'AZ63A'], ['UNS', 'M11630']], typicalUses: 'sand castings' }),
  grade({
    code: 'AZ92A',
    family: 'AZ',
    designations: [['ASTM B80', 'AZ92A'], ['UNS', 'M11920']],
    composition: { source: B199_SOURCE, limits: [['Al', 8.3, 9.7], ['Zn', 1.6, 2.4], ['Mn', 0.1, 0.35]] },
    typicalUses: 'sand and permanent-mould castings',
  }),
  grade({ code: 'AM100A', family: 'AM', designations: [['ASTM B80', 'AM100A'], ['UNS', 'M10100']], composition: { source: B199_SOURCE, limits: [['Al', 9.3, 10.7], ['Mn', 0.1, 0.35]] }, typicalUses: 'permanent-mould castings' }),
  grade({
    code: 'EZ33A',
    family: 'EZ',
    designations: [['ASTM B80', 'EZ33A'], ['UNS', 'M12330'], ['EN 1753', 'EN-MC65120'], ['EN 1753', 'MgRE3Zn2Zr']],
    composition: { source: B199_SOURCE, limits: [['RE', 2.5, 4.0], ['Zn', 2.0, 3.1], ['Zr', 0.5, 1.0]] },
    typicalUses: 'castings for service up to ~250 °C',
  }),
  grade({ code: 'ZE41A', family: 'ZE', designations: [['ASTM B80', 'ZE41A'], ['UNS', 'M16410'], ['EN 1753', 'EN-MC35110'], ['EN 1753', 'MgZn4RE1Zr']], typicalUses: 'aerospace castings (gearbox housings)' }),
  grade({ code: 'QE22A', family: 'QE', designations: [['ASTM B80', 'QE22A'], ['UNS', 'M18220']], typicalUses: 'aerospace castings' }),
  grade({ code: 'EQ21A', family: 'EQ', designations: [['ASTM B80', 'EQ21A'], ['UNS', 'M18330'], ['EN 1753', 'EN-MC65220'], ['EN 1753', 'MgRE2Ag1Zr']], typicalUses: 'aerospace castings' }),
  grade({ code: 'ZK51A', family: 'ZK', designations: [['ASTM B80', 'ZK51A']], typicalUses: 'sand castings' }),
  grade({ code: 'ZK61A', family: 'ZK', designations: [['ASTM B80', 'ZK61A'], ['UNS', 'M16610']], typicalUses: 'sand castings' }),
  grade({ code: 'ZC63A', family: 'ZC', designations: [['ASTM B80', 'ZC63A'], ['EN 1753', 'EN-MC32110'], ['EN 1753', 'MgZn6Cu3Mn']], typicalUses: 'sand castings' }),
  grade({ code: 'ZE63A', family: 'ZE', designations: [['ASTM B80', 'ZE63A']], typicalUses: 'sand castings' }),
  grade({ code: 'K1A', family: 'K', designations: [['ASTM B80', 'K1A']], typicalUses: 'damping castings' }),
  grade({ code: 'EV31A', family: 'EV', designations: [['ASTM B80', 'EV31A']], typicalUses: 'aerospace castings' }),
  grade({
    code: 'WE43',
    family: 'WE',
    designations: [['ASTM B80', 'WE43A'], ['ASTM B107', 'WE43B'], ['ASTM B107', 'WE43C'], ['UNS', 'M18432'], ['UNS', 'M18434'], ['EN 1753', 'EN-MC95320'], ['EN 1753', 'MgY4RE3Zr']],
    typical: typical(250, 200, 2, 1.84),
    typicalUses: 'aerospace, high-temperature parts, degradable implants',
  }),
  grade({ code: 'WE54A', family: 'WE', designations: [['ASTM B80', 'WE54A'], ['UNS', 'M18410'], ['EN 1753', 'EN-MC95310'], ['EN 1753', 'MgY5RE4Zr']], typicalUses: 'high-temperature castings and extrusions' }),
];

/**
 * GB/T 1177-2018 cast alloys (铸造镁合金): the grade (牌号) and its ZM code (代号). They are grades of their own,
 * not forced onto their nearest ASTM alloy (ZM5 is close to AZ81A, not the same).
 */
const GB_T_1177: readonly AlloyGradeData[] = [
  ['ZMgZn5Zr', 'ZM1', 'ZK'],
  ['ZMgZn4RE1Zr', 'ZM2', 'ZE'],
  ['ZMgRE3ZnZr', 'ZM3', 'EZ'],
  ['ZMgRE3Zn2Zr', 'ZM4', 'EZ'],
  ['ZMgAl8Zn', 'ZM5', 'AZ'],
  ['ZMgNd2ZnZr', 'ZM6', 'EZ'],
  ['ZMgAl10Zn', 'ZM10', 'AZ'],
].map(([code, zm, family]) =>
  grade({ code: code!, family: family!, designations: [['GB/T 1177', code!], ['GB/T 1177', zm!]], typicalUses: 'sand and permanent-mould castings (GB/T 1177)' }),
);

/**
 * Wrought alloys: ASTM B90 (sheet and plate), B91 (forgings), B107 (extrusions); GB/T 5153-2016 with its
 * Annex A new/old cross-reference (MB names of GB/T 5153-1985). Chinese grades without an ASTM twin stay
 * grades of their own (ME20M is Mg-Mn-Ce; ZK61M is near ZK60A, not the same).
 */
const WROUGHT: readonly AlloyGradeData[] = [
  grade({
    code: 'AZ31B',
    family: 'AZ',
    designations: [['ASTM B90', 'AZ31B'], ['ASTM B91', 'AZ31B'], ['ASTM B107', 'AZ31B'], ['UNS', 'M11311'], ['GB/T 5153', 'AZ31B']],
    aliases: ['AZ31'],
    aliasNote: '"AZ31" is read as AZ31B, the wrought grade in use; AZ31C is another alloy',
    composition: { source: 'ASTM B107/B107M-12', limits: [['Al', 2.5, 3.5], ['Zn', 0.6, 1.4], ['Mn', 0.2, 1.0], ['Ca', null, 0.04], ['Cu', null, 0.05], ['Fe', null, 0.005], ['Ni', null, 0.005], ['Si', null, 0.1]] },
    typical: typical(262, 193, 14, 1.77),
    typicalUses: 'profiles, tubes, building formwork, e-bike tubes, 3C covers (sheet)',
  }),
  grade({ code: 'AZ31C', family: 'AZ', designations: [['ASTM B107', 'AZ31C'], ['UNS', 'M11312']], typicalUses: 'extrusions' }),
  grade({
    code: 'AZ61A',
    family: 'AZ',
    designations: [['ASTM B91', 'AZ61A'], ['ASTM B107', 'AZ61A'], ['UNS', 'M11610'], ['GB/T 5153', 'AZ61A']],
    aliases: ['AZ61'],
    typical: typical(310, 228, 14, 1.8),
    typicalUses: 'e-bike frames, profiles',
  }),
  grade({
    code: 'AZ80A',
    family: 'AZ',
    designations: [['ASTM B91', 'AZ80A'], ['ASTM B107', 'AZ80A'], ['UNS', 'M11800'], ['GB/T 5153', 'AZ80A']],
    aliases: ['AZ80'],
    typical: typical(380, 275, 7, 1.8),
    typicalUses: 'high-strength profiles, forgings',
  }),
  grade({
    code: 'ZK60A',
    family: 'ZK',
    designations: [['ASTM B91', 'ZK60A'], ['ASTM B107', 'ZK60A'], ['UNS', 'M16600']],
    aliases: ['ZK60'],
    composition: { source: 'ASTM B91-07', limits: [['Zn', 4.8, 6.2], ['Zr', 0.45, null]] },
    typical: typical(295, 230, 4, 1.83),
    typicalUses: 'bicycle and e-bike frames, sporting goods',
  }),
  grade({ code: 'ZK40A', family: 'ZK', designations: [['ASTM B107', 'ZK40A'], ['UNS', 'M16400']], typicalUses: 'extrusions' }),
  grade({ code: 'M1A', family: 'M', designations: [['ASTM B107', 'M1A'], ['UNS', 'M15100']], typicalUses: 'extrusions, sacrificial anodes' }),
  ...(
    [
      ['M2M', 'MB1', 'M', 'Mg-Mn wrought alloy'],
      ['AZ40M', 'MB2', 'AZ', 'sheet, forgings'],
      ['AZ41M', 'MB3', 'AZ', 'sheet'],
      ['AZ61M', 'MB5', 'AZ', 'forgings, profiles'],
      ['AZ80M', 'MB7', 'AZ', 'forgings, high-strength profiles'],
      ['ME20M', 'MB8', 'ME', 'Mg-Mn-Ce sheet, profiles (weldable)'],
      ['ZK61M', 'MB15', 'ZK', 'high-strength profiles and forgings'],
    ] as const
  ).map(([code, old, family, uses]) =>
    grade({ code, family, designations: [['GB/T 5153', code], ['GB/T 5153 (old name)', old]], typicalUses: uses }),
  ),
  ...(['AZ31S', 'AZ61S', 'AZ80S', 'ZK61S', 'M2S', 'AZ62M', 'AZ63B'] as const).map((code) =>
    grade({ code, family: code.replace(/\d.*$/, ''), designations: [['GB/T 5153', code]], typicalUses: 'wrought products (GB/T 5153)' }),
  ),
];

/** Every grade of the catalogue. */
export const ALLOY_GRADES: readonly AlloyGradeData[] = [...PRIMARY, ...CAST, ...GB_T_1177, ...WROUGHT];
