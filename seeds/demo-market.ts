import type { Capability } from '@magmatch/core';
import { OrganizationType } from '@magmatch/identity';
import { cardFromSingleValues, type CardDraft, type GradeProposalDraft, type PropertyBasis } from '@magmatch/catalog';
import type { ListingDraft } from '@magmatch/listings';
import { Visibility, type RequirementDraft } from '@magmatch/requirements';
import type { Price, ReferencePriceDraft } from '@magmatch/trade';

/** Every demo account signs in with this password; demo data is for trying MagMatch out, never production. */
export const DEMO_PASSWORD = 'magmatch-demo-2026';
export const DEMO_MODERATOR_EMAIL = 'moderator@demo.magmatch.example';

export interface DemoOrganization {
  readonly key: string;
  readonly name: string;
  readonly type: OrganizationType.SUPPLIER | OrganizationType.BUYER;
  readonly city: string;
  readonly businessType: string;
  /** The first 17 characters of a fictional credit code; the check character is computed. */
  readonly creditCodeBody: string;
  /** When it does more than its type suggests: a die-caster or recycler also buys, an OEM also sells its scrap. */
  readonly capabilities?: readonly Capability[];
}

/** Anhui's magnesium clusters by the cities of the demo companies; the other cities' buyers sit in none. */
export const DEMO_CLUSTER_OF_CITY: Readonly<Record<string, string>> = { Chizhou: 'Chizhou–Qingyang', Hefei: 'Hefei–Chaohu' };

/** Fictional companies in the Chizhou–Qingyang and Hefei–Chaohu clusters, and OEM buyers. */
export const DEMO_ORGANIZATIONS: readonly DemoOrganization[] = [
  { key: 'qingyang-mg', name: '池州青阳镁业 Qingyang Magnesium', type: OrganizationType.SUPPLIER, city: 'Chizhou', businessType: 'manufacturer', creditCodeBody: '91341723MA2DEMX01' },
  { key: 'jiuhua-dc', name: '池州九华轻合金压铸 Jiuhua Light Alloy Die Casting', type: OrganizationType.SUPPLIER, city: 'Chizhou', businessType: 'die-caster', creditCodeBody: '91341702MA2DEMX02', capabilities: ['SELL', 'BUY'] },
  { key: 'wanjiang-recycling', name: '池州皖江再生镁 Wanjiang Magnesium Recycling', type: OrganizationType.SUPPLIER, city: 'Chizhou', businessType: 'recycler', creditCodeBody: '91341702MA2DEMX03', capabilities: ['SELL', 'BUY'] },
  { key: 'qingyang-new-materials', name: '青阳镁基新材料 Qingyang Mg New Materials', type: OrganizationType.SUPPLIER, city: 'Chizhou', businessType: 'processor', creditCodeBody: '91341723MA2DEMX04' },
  { key: 'chaohu-extrusion', name: '巢湖镁合金型材 Chaohu Magnesium Extrusion', type: OrganizationType.SUPPLIER, city: 'Hefei', businessType: 'processor', creditCodeBody: '91340181MA2DEMX05' },
  { key: 'luyang-precision', name: '合肥庐阳精密压铸 Luyang Precision Die Casting', type: OrganizationType.SUPPLIER, city: 'Hefei', businessType: 'processor', creditCodeBody: '91340103MA2DEMX06' },
  { key: 'xinzhan-sheet', name: '合肥新站镁板 Xinzhan Magnesium Sheet', type: OrganizationType.SUPPLIER, city: 'Hefei', businessType: 'manufacturer', creditCodeBody: '91340100MA2DEMX07' },
  { key: 'dongzhi-mg', name: '东至镁业 Dongzhi Magnesium', type: OrganizationType.SUPPLIER, city: 'Chizhou', businessType: 'manufacturer', creditCodeBody: '91341721MA2DEMX08' },
  { key: 'xingtu-auto', name: '合肥星途汽车零部件 Xingtu Auto Parts', type: OrganizationType.BUYER, city: 'Hefei', businessType: 'OEM', creditCodeBody: '91340100MA2DEMX11', capabilities: ['BUY', 'SELL'] },
  { key: 'yuanhang-auto', name: '芜湖远航汽车 Yuanhang Auto', type: OrganizationType.BUYER, city: 'Wuhu', businessType: 'OEM', creditCodeBody: '91340200MA2DEMX12' },
  { key: 'cloudtop-electronics', name: '合肥云端电子 Cloudtop Electronics', type: OrganizationType.BUYER, city: 'Hefei', businessType: 'OEM', creditCodeBody: '91340100MA2DEMX13' },
  { key: 'huajian-formwork', name: '安徽华建模板 Huajian Formwork', type: OrganizationType.BUYER, city: 'Hefei', businessType: 'OEM', creditCodeBody: '91340100MA2DEMX14' },
  { key: 'tianchang-ebike', name: '天长骑行电动车 Tianchang E-Bike', type: OrganizationType.BUYER, city: 'Chuzhou', businessType: 'OEM', creditCodeBody: '91341181MA2DEMX15' },
  { key: 'jiangnan-cement', name: '池州江南建材 Jiangnan Building Materials', type: OrganizationType.BUYER, city: 'Chizhou', businessType: 'cement plant', creditCodeBody: '91341702MA2DEMX21' },
  { key: 'chuzhou-pv', name: '滁州光储科技 Chuzhou PV Storage', type: OrganizationType.BUYER, city: 'Chuzhou', businessType: 'OEM', creditCodeBody: '91341100MA2DEMX16' },
];

/** A domestic list price: CNY per tonne, VAT included, ex works at the supplier's city, cash or T/T. */
const exWorks = (amount: number, city: string): Price => ({ amount, currency: 'CNY', unit: 'PER_TONNE', taxBasis: 'VAT_INCLUDED', incoterm: 'EXW', place: city, paymentTerms: 'CASH_TT' });

/** A buyer's limit as it is usually set: 含税到厂, CNY per tonne, VAT included, delivered at its works. */
const delivered = (amount: number): Price => ({ amount, currency: 'CNY', unit: 'PER_TONNE', taxBasis: 'VAT_INCLUDED', incoterm: 'DAP', place: "buyer's works", paymentTerms: null });

type Product = Omit<ListingDraft, 'title' | 'city' | 'monthlyCapacityTonnes' | 'priceFrom' | 'priceTo'> & {
  readonly name: string;
  readonly nameEn: string;
  readonly capacity: number;
  readonly price: number;
};

/** A producer's own grade awaiting the association's approval, and the draft listing that waits with it. */
export interface DemoGradeProposal {
  readonly producerKey: string;
  readonly proposal: GradeProposalDraft;
  readonly draftListing: ListingDraft;
}

/**
 * A fictional heat-resistant Mg-Al-Ca die-casting alloy (the AX family of ASTM B275 letters: Al and Ca),
 * proposed by its producer for first-batch support; its values are the producer's claims, as a proposal's are.
 */
export const DEMO_GRADE_PROPOSALS: readonly DemoGradeProposal[] = [
  {
    producerKey: 'qingyang-new-materials',
    proposal: {
      code: 'QYM-AX41',
      materialClass: 'ALLOY',
      family: 'AX',
      designations: ['青阳AX41'],
      composition: [{ element: 'Al', minPct: 3.5, maxPct: 4.5 }, { element: 'Ca', minPct: 0.8, maxPct: 1.2 }, { element: 'Mn', minPct: 0.2, maxPct: 0.5 }, { element: 'Fe', maxPct: 0.004 }],
      typical: {
        tensileStrengthMpa: { min: 220, typical: 240, basis: 'TESTED', condition: 'as-cast, 175 °C exposure 100 h' },
        elongationPct: { typical: 6, basis: 'TYPICAL' },
        densityGCm3: 1.78,
        testStandard: 'GB/T 228.1',
      },
      typicalUses: 'gearbox and motor housings running hot (demo)',
      note: 'Creep data at 175 °C attached to the test report (demo)',
      testReport: 'DEMO-CMA-2026-0412',
    },
    draftListing: {
      title: 'QYM-AX41 耐热压铸合金锭 (待审定牌号)',
      titleEn: 'QYM-AX41 heat-resistant die-casting ingot (grade awaiting approval)',
      grade: 'QYM-AX41',
      form: 'INGOT',
      card: { tensileStrengthMpa: { min: 220, typical: 240, basis: 'TESTED', condition: 'as-cast, 175 °C exposure 100 h' }, testStandard: 'GB/T 228.1' },
      monthlyCapacityTonnes: 50,
      priceFrom: exWorks(26_000, 'Chizhou'),
      priceTo: exWorks(28_000, 'Chizhou'),
      city: 'Chizhou',
      firstBatchNewMaterial: true,
    },
  },
];

/** A card of one value per property on one basis (a TYPICAL value is `typical`, others `min`). */
const card = (
  tensileStrengthMpa: number | null,
  yieldStrengthMpa: number | null,
  elongationPct: number | null,
  densityGCm3: number | null,
  basis: PropertyBasis = 'TYPICAL',
): CardDraft =>
  cardFromSingleValues({ tensileStrengthMpa, yieldStrengthMpa, elongationPct, densityGCm3 }, basis, basis === 'TESTED' ? 'GB/T 228.1' : null);
const TESTED = 'TESTED';
const SPEC_MINIMUM = 'SPEC_MINIMUM';

/** Each seller's product lines; variants multiply them into 78 listings. */
const PRODUCTS: Record<string, readonly Product[]> = {
  'qingyang-mg': [
    { name: '纯镁锭 Mg99.90', nameEn: 'Pure magnesium ingot Mg99.90', grade: 'Mg9990', form: 'INGOT', card: card(null, null, null, 1.74), capacity: 3000, price: 16_500, certifications: ['ISO9001', 'ISO14001'], scenarios: [],
      composition: [{ element: 'Mg', minPct: 99.9 }, { element: 'Fe', maxPct: 0.04 }, { element: 'Si', maxPct: 0.03 }, { element: 'Ni', maxPct: 0.002 }, { element: 'Cu', maxPct: 0.004 }] },
    // Ingot to ASTM B93's high-purity limits, tighter than the die-casting limits the grade guarantees.
    { name: 'AZ91D 合金锭', nameEn: 'AZ91D alloy ingot', grade: 'AZ91D', form: 'INGOT', card: card(230, 150, 3, 1.81), capacity: 2000, price: 18_800, certifications: ['ISO9001'], scenarios: ['HOUSING_3C', 'HOUSING_POWER_TOOL'],
      composition: [{ element: 'Al', minPct: 8.5, maxPct: 9.5 }, { element: 'Fe', maxPct: 0.004 }, { element: 'Ni', maxPct: 0.001 }, { element: 'Cu', maxPct: 0.015 }, { element: 'Si', maxPct: 0.05 }] },
    { name: 'AM60B 合金锭', nameEn: 'AM60B alloy ingot', grade: 'AM60B', form: 'INGOT', card: card(220, 130, 6, 1.8), capacity: 1500, price: 19_200, certifications: ['ISO9001'], scenarios: ['AUTO_SEAT_FRAME'] },
    { name: '高纯镁锭 Mg9995A', nameEn: 'High-purity magnesium ingot Mg9995A', grade: 'GB/T 3499 Mg9995A', form: 'INGOT', card: card(null, null, null, 1.74), capacity: 800, price: 17_300, certifications: ['ISO9001'], scenarios: [],
      composition: [{ element: 'Mg', minPct: 99.95 }, { element: 'Fe', maxPct: 0.003 }, { element: 'Si', maxPct: 0.006 }, { element: 'Ni', maxPct: 0.001 }, { element: 'Cu', maxPct: 0.002 }] },
    // Pidgeon-process slag: several tonnes per tonne of metal, offered to cement plants with its analysis.
    { name: '皮江法还原渣（镁渣）', nameEn: 'Pidgeon reduction slag', materialClass: 'BY_PRODUCT', form: 'SLAG', byProduct: { kind: 'REDUCTION_SLAG', uses: ['cement raw meal', 'road base'], moisturePct: 6 },
      card: card(null, null, null, null), capacity: 20_000, price: 30, certifications: [], scenarios: [],
      composition: [{ element: 'CaO', minPct: 45, maxPct: 55 }, { element: 'SiO2', minPct: 25, maxPct: 32 }, { element: 'MgO', minPct: 5, maxPct: 10 }, { element: 'Fe2O3', maxPct: 6 }] },
  ],
  'jiuhua-dc': [
    { name: 'AM60B 压铸座椅骨架', nameEn: 'AM60B die-cast seat frame', grade: 'AM60B', form: 'DIE_CASTING', card: card(228, 132, 8, 1.8, TESTED), capacity: 150, price: 36_000, certifications: ['IATF16949', 'ISO9001'], scenarios: ['AUTO_SEAT_FRAME'] },
    { name: 'AM50A 压铸方向盘骨架', nameEn: 'AM50A die-cast steering-wheel armature', grade: 'AM50A', form: 'DIE_CASTING', card: card(215, 118, 11, 1.77, TESTED), capacity: 80, price: 38_000, certifications: ['IATF16949'], scenarios: ['AUTO_STEERING_WHEEL'] },
    { name: 'AM60B 仪表盘支架', nameEn: 'AM60B instrument-panel beam', grade: 'AM60B', form: 'DIE_CASTING', card: card(225, 130, 7, 1.8, TESTED), capacity: 120, price: 37_500, certifications: ['IATF16949'], scenarios: ['AUTO_IP_BEAM'] },
    // Die casting turns 30–50 % of a shot into parts: the rest is returns, sold back to recyclers.
    { name: 'AM60B 浇道渣包回炉料', nameEn: 'AM60B runners and overflows (Type I returns)', materialClass: 'SCRAP', grade: 'AM60B', form: 'SCRAP', scrap: { scrapClass: 'TYPE_I', sorted: true },
      card: card(null, null, null, 1.8), capacity: 120, price: 13_000, certifications: [], scenarios: [], recycledContentPct: 100 },
  ],
  'wanjiang-recycling': [
    { name: '再生 AZ91D 合金锭', nameEn: 'Recycled AZ91D ingot', grade: 'AZ91D', form: 'INGOT', card: card(225, 148, 3, 1.81), capacity: 800, price: 17_600, certifications: ['ISO14001'], scenarios: ['HOUSING_POWER_TOOL'], recycledContentPct: 85, carbonFootprintKgCo2ePerKg: 4.2 },
    { name: '压铸回炉料', nameEn: 'Clean die-cast returns (scrap)', materialClass: 'SCRAP', grade: 'AM60B', form: 'SCRAP', scrap: { scrapClass: 'TYPE_I', sorted: true }, card: card(null, null, null, 1.8), capacity: 500, price: 12_000, certifications: [], scenarios: [], recycledContentPct: 100 },
    { name: '镁合金切屑（含油）', nameEn: 'AZ-family machining chips, oily (Type IV)', materialClass: 'SCRAP', form: 'SCRAP', scrap: { scrapClass: 'TYPE_IV', alloyFamily: 'AZ', oilPct: 4, sorted: false },
      card: card(null, null, null, null), capacity: 200, price: 6_500, certifications: [], scenarios: [], recycledContentPct: 100 },
    { name: '混合涂装压铸废件', nameEn: 'Mixed-alloy painted die-cast scrap (Type II)', materialClass: 'SCRAP', form: 'SCRAP', scrap: { scrapClass: 'TYPE_II', sorted: false },
      card: card(null, null, null, null), capacity: 300, price: 8_000, certifications: [], scenarios: [], recycledContentPct: 100 },
  ],
  // An OEM sells the rejects of its own lines back to recyclers (closed loop).
  'xingtu-auto': [
    { name: 'AM60B 座椅骨架报废件（涂装）', nameEn: 'AM60B seat-frame rejects, painted (Type II)', materialClass: 'SCRAP', grade: 'AM60B', form: 'SCRAP', scrap: { scrapClass: 'TYPE_II', sorted: true },
      card: card(null, null, null, 1.8), capacity: 40, price: 9_000, certifications: [], scenarios: [], recycledContentPct: 100 },
  ],
  'qingyang-new-materials': [
    { name: 'AZ61A 挤压型材', nameEn: 'AZ61A extruded profile', grade: 'AZ61A', form: 'EXTRUSION', card: card(310, 228, 14, 1.8, SPEC_MINIMUM), capacity: 300, price: 32_000, certifications: ['ISO9001'], scenarios: ['EBIKE_FRAME'] },
    { name: 'ZK60A-T5 挤压管材', nameEn: 'ZK60A-T5 extruded tube', grade: 'ZK60A', temper: 'T5', form: 'EXTRUSION', card: card(300, 235, 5, 1.83, SPEC_MINIMUM), capacity: 100, price: 45_000, certifications: ['ISO9001', 'AS9100'], scenarios: ['EBIKE_FRAME', 'RAIL_AEROSPACE'], firstBatchNewMaterial: true, catalogueEntry: 'High-performance magnesium alloy extrusions' },
  ],
  'chaohu-extrusion': [
    { name: 'AZ80A-T5 高强型材', nameEn: 'AZ80A-T5 high-strength profile', grade: 'AZ80A', temper: 'T5', form: 'EXTRUSION', card: card(380, 275, 7, 1.8, SPEC_MINIMUM), capacity: 150, price: 39_000, certifications: ['ISO9001'], scenarios: ['EBIKE_FRAME'] },
    { name: 'AZ31B 建筑模板型材', nameEn: 'AZ31B building formwork profile', grade: 'AZ31B', form: 'EXTRUSION', card: card(262, 193, 14, 1.77), capacity: 1200, price: 27_000, certifications: ['ISO9001'], scenarios: ['BUILDING_FORMWORK'], recycledContentPct: 30 },
    { name: 'AZ31B 光伏边框型材 (MAO)', nameEn: 'AZ31B PV frame profile, MAO coated', grade: 'AZ31B', form: 'EXTRUSION', card: card(255, 185, 12, 1.77), capacity: 600, price: 29_500, certifications: ['ISO9001', 'ISO14001'], scenarios: ['PV_STORAGE_FRAME'] },
  ],
  'luyang-precision': [
    { name: 'AM60B 电动自行车轮毂', nameEn: 'AM60B e-bike wheel', grade: 'AM60B', form: 'WHEEL', card: card(225, 130, 8, 1.8, TESTED), capacity: 100, price: 34_000, certifications: ['ISO9001'], scenarios: ['EBIKE_WHEEL'] },
    { name: 'AZ91D 压铸笔记本外壳', nameEn: 'AZ91D die-cast laptop housing', grade: 'AZ91D', form: 'DIE_CASTING', card: card(235, 155, 3, 1.81, TESTED), capacity: 60, price: 52_000, certifications: ['ROHS', 'REACH', 'ISO9001'], scenarios: ['HOUSING_3C'] },
    { name: 'AZ91D 电动工具壳体', nameEn: 'AZ91D power-tool housing', grade: 'AZ91D', form: 'DIE_CASTING', card: card(230, 150, 3, 1.81), capacity: 90, price: 41_000, certifications: ['ROHS'], scenarios: ['HOUSING_POWER_TOOL'] },
  ],
  'xinzhan-sheet': [
    { name: 'AZ31B-O 退火镁板', nameEn: 'AZ31B-O annealed sheet', grade: 'AZ31B', temper: 'O', form: 'SHEET', card: card(255, 150, 21, 1.77, SPEC_MINIMUM), capacity: 150, price: 46_000, certifications: ['ISO9001', 'ROHS', 'REACH'], scenarios: ['HOUSING_3C'] },
    { name: 'AZ31B-H24 镁板', nameEn: 'AZ31B-H24 sheet', grade: 'AZ31B', temper: 'H24', form: 'SHEET', card: card(290, 221, 15, 1.77, SPEC_MINIMUM), capacity: 200, price: 48_000, certifications: ['ISO9001', 'ROHS'], scenarios: ['HOUSING_3C'] },
  ],
  'dongzhi-mg': [
    { name: 'AE44 压铸副车架', nameEn: 'AE44 die-cast engine cradle', grade: 'AE44', form: 'DIE_CASTING', card: card(245, 142, 10, 1.82, TESTED), capacity: 70, price: 58_000, certifications: ['IATF16949'], scenarios: ['AUTO_POWERTRAIN_WARM', 'AUTO_BODY_STRUCTURE'], firstBatchNewMaterial: true },
    { name: 'AS41 变速箱壳体', nameEn: 'AS41 gearbox housing', grade: 'AS41', form: 'DIE_CASTING', card: card(215, 140, 6, 1.78), capacity: 60, price: 54_000, certifications: ['IATF16949'], scenarios: ['AUTO_POWERTRAIN_WARM'] },
  ],
};

const VARIANTS = [
  { suffix: '', capacityFactor: 1, priceFactor: 1 },
  { suffix: ' · 大批量 bulk', capacityFactor: 2, priceFactor: 0.96 },
  { suffix: ' · 快速交付 fast delivery', capacityFactor: 0.5, priceFactor: 1.05 },
];

export interface DemoListing {
  readonly supplierKey: string;
  readonly draft: ListingDraft;
}

/** 26 product lines × 3 variants = 78 listings. */
export function demoListings(): DemoListing[] {
  return Object.entries(PRODUCTS).flatMap(([supplierKey, products]) => {
    const city = DEMO_ORGANIZATIONS.find((organization) => organization.key === supplierKey)!.city;
    return products.flatMap((product) =>
      VARIANTS.map((variant, index) => {
        const { name, nameEn, capacity, price, ...rest } = product;
        const step = price >= 1_000 ? 100 : 1;
        const listPrice = Math.round((price * variant.priceFactor) / step) * step;
        return {
          supplierKey,
          draft: {
            ...rest,
            title: `${name}${variant.suffix}`,
            titleEn: nameEn,
            city,
            monthlyCapacityTonnes: capacity * variant.capacityFactor,
            minOrderTonnes: Math.max(1, Math.round(capacity / 50)),
            priceFrom: exWorks(listPrice, city),
            priceTo: exWorks(Math.round(listPrice * 1.08), city),
            leadTimeDays: 14 + index * 10,
            deliveryRegions: ['Anhui', 'Jiangsu', 'Zhejiang', 'Shanghai'],
          },
        };
      }),
    );
  });
}

export interface DemoRequirement {
  readonly buyerKey: string;
  readonly draft: RequirementDraft;
}

const inMonths = (months: number) => {
  const date = new Date();
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.toISOString().slice(0, 10);
};

/** 23 requirements: across the scenarios (some anonymous, one matched-only), and for ingot, scrap and slag. */
export function demoRequirements(): DemoRequirement[] {
  const base: [string, RequirementDraft][] = [
    ['xingtu-auto', { title: '座椅骨架 AM60B 压铸件 / seat frames', scenario: 'AUTO_SEAT_FRAME', quantityTonnesPerMonth: 80, requiredCertifications: ['IATF16949'], maxPrice: delivered(38_000) }],
    ['xingtu-auto', { title: '仪表盘支架 / instrument-panel beams', scenario: 'AUTO_IP_BEAM', quantityTonnesPerMonth: 60, requiredCertifications: ['IATF16949'], maxPrice: delivered(39_000), visibility: Visibility.ANONYMOUS }],
    ['xingtu-auto', { title: '方向盘骨架 / steering-wheel armatures', scenario: 'AUTO_STEERING_WHEEL', quantityTonnesPerMonth: 30, requiredCertifications: ['IATF16949'] }],
    ['yuanhang-auto', { title: '车身结构件 / body structural castings', scenario: 'AUTO_BODY_STRUCTURE', quantityTonnesPerMonth: 50, requiredCertifications: ['IATF16949'], maxPrice: delivered(60_000) }],
    ['yuanhang-auto', { title: '耐热变速箱壳体 / warm gearbox housings', scenario: 'AUTO_POWERTRAIN_WARM', quantityTonnesPerMonth: 40, serviceTemperatureC: 150, maxPrice: delivered(56_000) }],
    ['yuanhang-auto', { title: 'AM60B 合金锭 / AM60B ingot for in-house casting', acceptableGrades: ['AM60B'], form: 'INGOT', quantityTonnesPerMonth: 400, maxPrice: delivered(19_500) }],
    ['cloudtop-electronics', { title: '笔记本镁合金外壳 / laptop housings', scenario: 'HOUSING_3C', quantityTonnesPerMonth: 25, form: 'DIE_CASTING', maxPrice: delivered(55_000), visibility: Visibility.ANONYMOUS }],
    ['cloudtop-electronics', { title: '手机中框镁板 / phone mid-frame sheet', scenario: 'HOUSING_3C', acceptableGrades: ['AZ31B'], form: 'SHEET', quantityTonnesPerMonth: 15 }],
    ['cloudtop-electronics', { title: 'AZ91D 合金锭 / AZ91D ingot', acceptableGrades: ['AZ91'], form: 'INGOT', quantityTonnesPerMonth: 300, maxPrice: delivered(19_000) }],
    ['huajian-formwork', { title: '镁合金建筑模板型材 / formwork profiles', scenario: 'BUILDING_FORMWORK', quantityTonnesPerMonth: 900, maxPrice: delivered(28_000) }],
    ['huajian-formwork', { title: '再生料建筑模板 / formwork with recycled content', scenario: 'BUILDING_FORMWORK', quantityTonnesPerMonth: 400, description: '优先再生镁含量 ≥ 30 % / recycled content ≥ 30 % preferred' }],
    ['tianchang-ebike', { title: '电动自行车车架管材 / e-bike frame tubes', scenario: 'EBIKE_FRAME', quantityTonnesPerMonth: 120, maxPrice: delivered(34_000) }],
    ['tianchang-ebike', { title: '轮毂压铸件 / e-bike wheels', scenario: 'EBIKE_WHEEL', quantityTonnesPerMonth: 90 }],
    ['tianchang-ebike', { title: '高强挤压型材 / high-strength profiles', acceptableGrades: ['ZK60A', 'AZ80A'], form: 'EXTRUSION', minTensileStrengthMpa: 290, quantityTonnesPerMonth: 40, visibility: Visibility.MATCHED_ONLY }],
    ['chuzhou-pv', { title: '光伏边框型材 / PV frame profiles', scenario: 'PV_STORAGE_FRAME', quantityTonnesPerMonth: 500, maxPrice: delivered(30_000) }],
    ['chuzhou-pv', { title: '储能柜结构件 / storage cabinet structures', scenario: 'PV_STORAGE_FRAME', quantityTonnesPerMonth: 200, requiredCertifications: ['ISO14001'] }],
    ['chuzhou-pv', { title: '纯镁锭 / pure magnesium ingot', acceptableGrades: ['Mg99.90'], form: 'INGOT', quantityTonnesPerMonth: 1000, maxPrice: delivered(17_000) }],
    ['yuanhang-auto', { title: '座椅骨架二供 / second source for seat frames', scenario: 'AUTO_SEAT_FRAME', quantityTonnesPerMonth: 40, visibility: Visibility.ANONYMOUS }],
    ['xingtu-auto', { title: '轻量化副车架 / lightweight engine cradles', scenario: 'AUTO_POWERTRAIN_WARM', acceptableGrades: ['AE44'], quantityTonnesPerMonth: 35 }],
    ['cloudtop-electronics', { title: '电动工具外壳 / power-tool housings', scenario: 'HOUSING_POWER_TOOL', quantityTonnesPerMonth: 45, requiredCertifications: ['ROHS'] }],
    // A die-caster buys ingot to tighter limits than the grade's die-casting limits.
    ['jiuhua-dc', { title: 'AZ91D 高纯合金锭 / high-purity AZ91D ingot', acceptableGrades: ['AZ91D'], form: 'INGOT', composition: [{ element: 'Fe', maxPct: 0.004 }, { element: 'Ni', maxPct: 0.001 }], quantityTonnesPerMonth: 250, maxPrice: delivered(19_500) }],
    // A recycler buys clean returns only: no oily chips, no painted scrap, no mixed alloys.
    ['wanjiang-recycling', { title: '清洁压铸回炉料 / clean die-cast returns, AM family', materialClass: 'SCRAP', scrapClasses: ['TYPE_I'], acceptableGrades: ['AM60B'], quantityTonnesPerMonth: 100, maxPrice: delivered(14_000) }],
    ['jiangnan-cement', { title: '镁渣 水泥生料配料 / reduction slag for cement raw meal', materialClass: 'BY_PRODUCT', composition: [{ element: 'CaO', minPct: 40 }], quantityTonnesPerMonth: 5_000, maxPrice: delivered(60) }],
  ];
  return base.map(([buyerKey, draft], index) => ({
    buyerKey,
    draft: { durationMonths: 12, city: 'Hefei', neededBy: inMonths(2 + (index % 6)), ...draft },
  }));
}

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

/**
 * The reference data a moderator keeps, at levels of 2025–26 (domain-trade.md: Mg99.90 ex-works about
 * CNY 16,000–17,000/t, AZ91D ingot CNY 2,000–2,500/t above it, FOB China about USD 2,250–2,400/t).
 * Demo values, dated a few days back; not a price report.
 */
export const DEMO_REFERENCE_DATA = () => ({
  exchangeRates: [
    { currency: 'USD', cnyPerUnit: 7.1, date: daysAgo(3) },
    { currency: 'EUR', cnyPerUnit: 8.25, date: daysAgo(3) },
  ] as const,
  referencePrices: [
    { series: 'Mg99.90 ex-works Fugu', date: daysAgo(3), price: exWorks(16_700, 'Fugu'), source: 'demo: association survey of Fugu smelters' },
    { series: 'AZ91D alloy ingot ex-works', date: daysAgo(3), price: exWorks(19_000, 'Fugu'), source: 'demo: association survey of alloy ingot producers' },
    {
      series: 'Mg99.90 FOB China',
      grade: 'Mg99.90',
      date: daysAgo(3),
      price: { amount: 2_320, currency: 'USD', unit: 'PER_TONNE', taxBasis: 'VAT_EXCLUDED', incoterm: 'FOB', place: 'Tianjin port', paymentTerms: 'LETTER_OF_CREDIT' },
      source: 'demo: export quotations',
    },
  ] satisfies readonly ReferencePriceDraft[],
});
