export const PRODUCT_FORMS = [
  'INGOT', 'DIE_CASTING', 'SAND_CASTING', 'EXTRUSION', 'SHEET', 'PLATE', 'FORGING', 'WHEEL', 'POWDER', 'WIRE', 'SCRAP', 'SLAG',
] as const;
export type ProductForm = (typeof PRODUCT_FORMS)[number];

/** Common tempers (ASTM B296 designations). */
export const TEMPERS = ['F', 'O', 'H24', 'H26', 'T4', 'T5', 'T6'] as const;

export interface CertificationData {
  readonly code: string;
  /** As the certificate itself writes it: "IATF 16949". */
  readonly label: string;
  readonly name: string;
}

export const CERTIFICATIONS: readonly CertificationData[] = [
  { code: 'IATF16949', label: 'IATF 16949', name: 'IATF 16949 automotive quality management' },
  { code: 'AS9100', label: 'AS9100', name: 'AS9100 aerospace quality management' },
  { code: 'ISO9001', label: 'ISO 9001', name: 'ISO 9001 quality management' },
  { code: 'ISO14001', label: 'ISO 14001', name: 'ISO 14001 environmental management' },
  { code: 'ISO50001', label: 'ISO 50001', name: 'ISO 50001 energy management' },
  { code: 'ROHS', label: 'RoHS', name: 'RoHS restriction of hazardous substances' },
  { code: 'REACH', label: 'REACH', name: 'REACH chemicals registration' },
  { code: 'ISO22163', label: 'ISO 22163', name: 'IRIS / ISO 22163 railway quality management' },
];

export interface ScenarioData {
  readonly code: string;
  readonly name: string;
  readonly nameZh: string;
  readonly minTensileStrengthMpa: number | null;
  readonly minElongationPct: number | null;
  readonly usualGrades: readonly string[];
  readonly usualForms: readonly ProductForm[];
  readonly usualCertifications: readonly string[];
  readonly whatMatters: string;
  /**
   * Usual grades whose typical values fall below the template's minimums, and why the template asks more
   * (held to the catalogue by a test); a buyer starting from the template sees them before submitting.
   */
  readonly excludes: readonly { readonly grade: string; readonly because: string }[];
}

/** Application scenarios and the requirement templates they pre-fill (shared/design/domain.md). */
export const SCENARIOS: readonly ScenarioData[] = [
  {
    code: 'AUTO_IP_BEAM',
    name: 'Instrument-panel beam / bracket',
    nameZh: '仪表盘支架',
    minTensileStrengthMpa: 220,
    minElongationPct: 6,
    usualGrades: ['AM60B', 'AM50A'],
    usualForms: ['DIE_CASTING'],
    usualCertifications: ['IATF16949'],
    whatMatters: 'elongation for crash, UTS ≥ 220 MPa, IATF 16949',
    excludes: [{ grade: 'AM50A', because: 'typical tensile strength 210 MPa, below the 220 MPa the beam carries; AM50A castings tested at 220 MPa or more qualify' }],
  },
  {
    code: 'AUTO_SEAT_FRAME',
    name: 'Seat frame',
    nameZh: '座椅骨架',
    minTensileStrengthMpa: null,
    minElongationPct: 8,
    usualGrades: ['AM60B', 'AM50A'],
    usualForms: ['DIE_CASTING'],
    usualCertifications: ['IATF16949'],
    whatMatters: 'elongation ≥ 8 %, IATF 16949',
    excludes: [{ grade: 'AM60B', because: 'typical elongation 6 %, below the 8 % crash ductility of a seat frame; AM60B castings tested at 8 % or more qualify' }],
  },
  {
    code: 'AUTO_BODY_STRUCTURE',
    name: 'Body structural part',
    nameZh: '车身结构件',
    minTensileStrengthMpa: null,
    minElongationPct: 8,
    usualGrades: ['AM50A', 'AM60B', 'AE44'],
    usualForms: ['DIE_CASTING'],
    usualCertifications: ['IATF16949'],
    whatMatters: 'ductility, large castings, IATF 16949',
    excludes: [{ grade: 'AM60B', because: 'typical elongation 6 %, below the 8 % a body part needs; AM60B castings tested at 8 % or more qualify' }],
  },
  {
    code: 'AUTO_STEERING_WHEEL',
    name: 'Steering-wheel armature',
    nameZh: '方向盘骨架',
    minTensileStrengthMpa: null,
    minElongationPct: 10,
    usualGrades: ['AM50A'],
    usualForms: ['DIE_CASTING'],
    usualCertifications: ['IATF16949'],
    whatMatters: 'elongation ≥ 10 %',
    excludes: [],
  },
  {
    code: 'AUTO_POWERTRAIN_WARM',
    name: 'Warm powertrain part',
    nameZh: '动力总成耐热件',
    minTensileStrengthMpa: null,
    minElongationPct: null,
    usualGrades: ['AE44', 'AS41'],
    usualForms: ['DIE_CASTING'],
    usualCertifications: ['IATF16949'],
    whatMatters: 'creep resistance, service temperature ≤ 150–175 °C',
    excludes: [],
  },
  {
    code: 'HOUSING_3C',
    name: '3C housing',
    nameZh: '3C 外壳',
    minTensileStrengthMpa: null,
    minElongationPct: null,
    usualGrades: ['AZ91D', 'AZ31B'],
    usualForms: ['DIE_CASTING', 'SHEET'],
    usualCertifications: ['ROHS', 'REACH'],
    whatMatters: 'RoHS/REACH, surface finish',
    excludes: [],
  },
  {
    code: 'HOUSING_POWER_TOOL',
    name: 'Power-tool / appliance housing',
    nameZh: '电动工具/家电外壳',
    minTensileStrengthMpa: null,
    minElongationPct: null,
    usualGrades: ['AZ91D'],
    usualForms: ['DIE_CASTING'],
    usualCertifications: ['ROHS'],
    whatMatters: 'RoHS',
    excludes: [],
  },
  {
    code: 'BUILDING_FORMWORK',
    name: 'Building formwork',
    nameZh: '镁合金建筑模板',
    minTensileStrengthMpa: null,
    minElongationPct: null,
    usualGrades: ['AZ31B'],
    usualForms: ['EXTRUSION'],
    usualCertifications: [],
    whatMatters: 'large volume, price, recycled content',
    excludes: [],
  },
  {
    code: 'EBIKE_FRAME',
    name: 'E-bike frame',
    nameZh: '电动自行车车架',
    minTensileStrengthMpa: 260,
    minElongationPct: null,
    usualGrades: ['AZ61A', 'AZ31B', 'ZK60A'],
    usualForms: ['EXTRUSION'],
    usualCertifications: [],
    whatMatters: 'UTS, fatigue, capacity',
    excludes: [],
  },
  {
    code: 'EBIKE_WHEEL',
    name: 'E-bike wheel',
    nameZh: '电动自行车轮毂',
    minTensileStrengthMpa: null,
    minElongationPct: null,
    usualGrades: ['AM60B', 'AZ91D'],
    usualForms: ['DIE_CASTING', 'WHEEL'],
    usualCertifications: [],
    whatMatters: 'UTS, fatigue, capacity',
    excludes: [],
  },
  {
    code: 'PV_STORAGE_FRAME',
    name: 'PV frame / energy-storage structure',
    nameZh: '光伏边框/储能结构件',
    minTensileStrengthMpa: null,
    minElongationPct: null,
    usualGrades: ['AZ31B', 'AZ61A'],
    usualForms: ['EXTRUSION'],
    usualCertifications: [],
    whatMatters: 'corrosion protection (MAO coating)',
    excludes: [],
  },
  {
    code: 'RAIL_AEROSPACE',
    name: 'Rail transit interior, aerospace',
    nameZh: '轨道交通内饰/航空航天',
    minTensileStrengthMpa: null,
    minElongationPct: null,
    usualGrades: ['WE43', 'ZK60A'],
    usualForms: ['EXTRUSION'],
    usualCertifications: ['AS9100', 'ISO22163'],
    whatMatters: 'AS9100 / IRIS, flammability',
    excludes: [],
  },
];
