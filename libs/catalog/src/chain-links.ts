import type { MaterialClass } from './data/grades.js';
import type { ProductForm } from './data/reference.js';

/**
 * The links of the magnesium industry chain, as the Anhui plan and the association's chain map name them:
 * smelting (primary magnesium), alloying (alloy ingot), casting, extrusion and rolling, deep processing
 * (forgings, wheels, powder, finished parts), applications (the users), recycling (scrap and slag), and the
 * equipment and testing that serve them. Source: ../shared/design/domain-trade.md.
 */
export const CHAIN_LINKS = ['SMELTING', 'ALLOYING', 'CASTING', 'EXTRUSION_ROLLING', 'DEEP_PROCESSING', 'APPLICATION', 'RECYCLING', 'EQUIPMENT', 'TESTING'] as const;
export type ChainLink = (typeof CHAIN_LINKS)[number];

/** The words the trade writes each link in, English and Chinese, as spreadsheets name them. */
export const CHAIN_LINK_WORDS: Record<ChainLink, readonly string[]> = {
  SMELTING: ['smelting', '冶炼', '原镁'],
  ALLOYING: ['alloying', '合金', '合金化'],
  CASTING: ['casting', 'die casting', '铸造', '压铸'],
  EXTRUSION_ROLLING: ['extrusion', 'rolling', 'extrusion and rolling', '挤压', '轧制', '挤压轧制'],
  DEEP_PROCESSING: ['deep processing', '深加工'],
  APPLICATION: ['application', 'applications', '应用', '终端应用'],
  RECYCLING: ['recycling', '回收', '再生', '资源综合利用'],
  EQUIPMENT: ['equipment', '装备', '设备'],
  TESTING: ['testing', '检测', '检验检测'],
};

/** The link a code ("CASTING", any case) or a word of the trade ("压铸", "die casting") names; null for none. */
export function chainLinkNamed(text: string): ChainLink | null {
  const typed = text.trim().toLowerCase();
  return CHAIN_LINKS.find((link) => link.toLowerCase() === typed.replace(/[\s-]+/g, '_') || CHAIN_LINK_WORDS[link].includes(typed)) ?? null;
}

const LINK_OF_FORM: Record<ProductForm, ChainLink> = {
  INGOT: 'ALLOYING',
  DIE_CASTING: 'CASTING',
  SAND_CASTING: 'CASTING',
  EXTRUSION: 'EXTRUSION_ROLLING',
  SHEET: 'EXTRUSION_ROLLING',
  PLATE: 'EXTRUSION_ROLLING',
  WIRE: 'EXTRUSION_ROLLING',
  FORGING: 'DEEP_PROCESSING',
  WHEEL: 'DEEP_PROCESSING',
  POWDER: 'DEEP_PROCESSING',
  SCRAP: 'RECYCLING',
  SLAG: 'RECYCLING',
};

/**
 * The link of the chain that makes a material: primary magnesium is smelted, alloy ingot alloyed, scrap and
 * slag recycled, and every other form made by its process. A requirement naming no form asks the link of its
 * class (an alloy bought without a form is bought as ingot).
 */
export function chainLinkOf(materialClass: MaterialClass, form: ProductForm | null): ChainLink {
  if (materialClass === 'PRIMARY_MAGNESIUM') return 'SMELTING';
  if (materialClass === 'SCRAP' || materialClass === 'BY_PRODUCT') return 'RECYCLING';
  return LINK_OF_FORM[form ?? 'INGOT'];
}
