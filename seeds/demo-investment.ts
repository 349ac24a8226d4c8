import type { ChainLink } from '@magmatch/catalog';
import type { EnterpriseDraft, ExpertDraft, InvestmentProjectDraft, TechChallengeDraft } from '@magmatch/investment';

/** An enterprise of the chain map; `memberKey` names the demo organisation it trades as. Fictional. */
export interface DemoEnterprise extends Omit<EnterpriseDraft, 'organizationId'> {
  readonly memberKey?: string;
}

const CHIZHOU = 'Chizhou–Qingyang';
const HEFEI = 'Hefei–Chaohu';
const member = (memberKey: string, name: string, chainLinks: ChainLink[], city: string, cluster: string | null, more: Partial<DemoEnterprise> = {}): DemoEnterprise => ({
  memberKey, name, chainLinks, city, cluster, ...more,
});

/** The demo organisations as enterprises of the chain, and two that do not trade on MagMatch. */
export const DEMO_ENTERPRISES: readonly DemoEnterprise[] = [
  member('qingyang-mg', '池州青阳镁业 Qingyang Magnesium', ['SMELTING', 'ALLOYING', 'RECYCLING'], 'Chizhou', CHIZHOU, { tags: ['链主'], products: ['Mg99.90 ingot', 'AZ91D ingot', 'reduction slag'] }),
  member('dongzhi-mg', '东至镁业 Dongzhi Magnesium', ['SMELTING', 'ALLOYING'], 'Chizhou', CHIZHOU, { products: ['Mg99.95 ingot'] }),
  member('jiuhua-dc', '池州九华轻合金压铸 Jiuhua Light Alloy Die Casting', ['CASTING'], 'Chizhou', CHIZHOU, { tags: ['专精特新'], products: ['AM60B die castings'] }),
  member('wanjiang-recycling', '池州皖江再生镁 Wanjiang Magnesium Recycling', ['RECYCLING'], 'Chizhou', CHIZHOU, { products: ['Type I returns', 'recycled AZ91D'] }),
  member('qingyang-new-materials', '青阳镁基新材料 Qingyang Mg New Materials', ['ALLOYING', 'EXTRUSION_ROLLING', 'DEEP_PROCESSING'], 'Chizhou', CHIZHOU, { products: ['AZ31B and ZK60A extrusions', 'heat-resistant alloy QYM-AX41'] }),
  member('jiangnan-cement', '池州江南建材 Jiangnan Building Materials', ['APPLICATION'], 'Chizhou', CHIZHOU, { products: ['cement with slag'] }),
  member('chaohu-extrusion', '巢湖镁合金型材 Chaohu Magnesium Extrusion', ['EXTRUSION_ROLLING'], 'Hefei', HEFEI, { products: ['AZ31B profiles'] }),
  member('xinzhan-sheet', '合肥新站镁板 Xinzhan Magnesium Sheet', ['EXTRUSION_ROLLING'], 'Hefei', HEFEI, { products: ['AZ31B sheet'] }),
  member('luyang-precision', '合肥庐阳精密压铸 Luyang Precision Die Casting', ['CASTING', 'DEEP_PROCESSING'], 'Hefei', HEFEI, { tags: ['专精特新小巨人'], products: ['seat frames', 'IP beams'] }),
  member('xingtu-auto', '合肥星途汽车零部件 Xingtu Auto Parts', ['APPLICATION'], 'Hefei', HEFEI, { tags: ['链主'], products: ['seats', 'cockpit modules'] }),
  member('cloudtop-electronics', '合肥云端电子 Cloudtop Electronics', ['APPLICATION'], 'Hefei', HEFEI, { products: ['laptop housings'] }),
  member('huajian-formwork', '安徽华建模板 Huajian Formwork', ['APPLICATION'], 'Hefei', HEFEI, { products: ['building formwork'] }),
  { name: '池州轻合金检测中心 Chizhou Light Alloy Testing Centre', chainLinks: ['TESTING'], city: 'Chizhou', cluster: CHIZHOU, tags: ['CNAS'] },
  { name: '合肥镁压铸装备 Hefei Die-Casting Machinery', chainLinks: ['EQUIPMENT'], city: 'Hefei', cluster: HEFEI, products: ['cold-chamber die-casting machines'] },
];

/** Projects that would fill links of the chain. Fictional. */
export const DEMO_INVESTMENT_PROJECTS: readonly InvestmentProjectDraft[] = [
  { name: '青阳年产5万吨镁合金锭扩建 Qingyang 50 kt/a alloy ingot expansion', chainLink: 'ALLOYING', city: 'Chizhou', cluster: CHIZHOU, investmentCny: 1_200_000_000, stage: 'UNDER_CONSTRUCTION', seeking: ['downstream partners'] },
  { name: '巢湖镁合金汽车轻量化部件 Chaohu lightweight auto parts', chainLink: 'DEEP_PROCESSING', city: 'Hefei', cluster: HEFEI, investmentCny: 600_000_000, stage: 'SEEKING_PARTNERS', seeking: ['technology', 'capital'] },
  { name: '合肥镁合金挤压型材 Hefei magnesium extrusion line', chainLink: 'EXTRUSION_ROLLING', city: 'Hefei', cluster: HEFEI, investmentCny: 300_000_000, stage: 'PLANNING', seeking: ['capital', 'land'] },
  { name: '池州镁还原渣综合利用 Chizhou reduction-slag utilisation', chainLink: 'RECYCLING', city: 'Chizhou', cluster: CHIZHOU, investmentCny: 150_000_000, stage: 'PROPOSED', seeking: ['partners', 'technology'] },
];

/** Experts and teams of the talent database. Fictional names, and contacts on reserved example domains. */
export const DEMO_EXPERTS: readonly ExpertDraft[] = [
  { name: '陈立 Chen Li', institution: 'Hefei University of Technology', fields: ['die casting', 'porosity', 'simulation'], contact: 'chen.li@hfut.example', contactConsent: true },
  { name: '刘芳 Liu Fang', institution: 'Chongqing University', fields: ['腐蚀防护', '微弧氧化'], contact: 'liu.fang@cqu.example', contactConsent: true },
  { name: '赵强 Zhao Qiang', institution: 'Institute of Metal Research, CAS', fields: ['rare earth magnesium alloy', 'creep resistance'] },
  { name: '吴静团队 Wu Jing team', institution: 'Anhui University of Technology', fields: ['镁还原渣综合利用', 'cement'], contact: '+86 555 000 0000', contactConsent: true },
];

/** A problem an OEM posts, open for applications for half a year from seeding (`ownerKey`: the demo organisation that posts it). */
export const demoTechChallenges = (): readonly (TechChallengeDraft & { readonly ownerKey: string })[] => [
  {
    ownerKey: 'xingtu-auto',
    title: 'AM60B 座椅骨架薄壁件气孔与腐蚀 Seat-frame porosity and corrosion',
    description: 'Thin-wall AM60B seat frames show porosity after T5 and corrode at steel fasteners in salt spray.',
    fields: ['压铸', '腐蚀防护'],
    rewardCny: 800_000,
    deadline: new Date(Date.now() + 182 * 86_400_000).toISOString().slice(0, 10),
  },
];
