import { SCENARIOS } from '@magmatch/catalog';

/**
 * The shared query set of the search parity suite: the plan's own words and the trade's, as buyers type
 * them — Chinese, English, mixed, designations in every standard, typos (transpositions included),
 * full-width input from a Chinese input method, and every scenario's names.
 */
export const PARITY_QUERIES: readonly { readonly kind: string; readonly query: string }[] = [
  ...[
    '镁合金', '压铸', '压铸件', '镁合金压铸件', '座椅骨架', '座椅支架', '仪表盘支架', '仪表板横梁', '车身结构件', '方向盘骨架', '3C', '3C外壳',
    '笔记本外壳', '电动工具', '家电外壳', '建筑模板', '镁合金模板', '电动自行车', '电动车车架', '轮毂', '光伏边框', '储能', '轨道交通', '航空航天',
    '型材', '挤压材', '管材', '板材', '卷板', '锻件', '锭', '镁锭', '合金锭', '纯镁', '原镁', '高纯镁', '三个九', '再生镁', '废镁', '镁屑', '回炉料',
    '镁渣', '还原渣', '水泥', '汽车轻量化', '池州', '合肥', '支架', '外壳', '骨架',
  ].map((query) => ({ kind: 'Chinese', query })),
  ...[
    'magnesium alloy', 'die casting', 'die-cast', 'seat frame', 'instrument panel beam', 'body structure', 'steering wheel', 'laptop housing',
    'power tool', 'formwork', 'e-bike frame', 'wheel', 'extrusion', 'profile', 'tube', 'sheet', 'coil', 'forging', 'ingot', 'alloy ingot',
    'pure magnesium', 'primary magnesium', 'high-purity magnesium', 'recycled magnesium', 'scrap', 'chips', 'clean returns', 'slag',
    'reduction slag', 'cement', 'housing', 'bracket',
  ].map((query) => ({ kind: 'English', query })),
  ...['AZ91D 压铸', 'AM60B seat frame', 'AZ31B 板材', 'ZK60A 管材', 'Mg99.90 锭', '镁合金 ingot', 'die-cast 外壳', 'recycled 合金锭'].map((query) => ({ kind: 'mixed', query })),
  ...['AZ91D', 'AZ91', 'MDC1D', 'EN-MC21120', 'UNS M11916', 'AM60B-F', 'MDC2B', 'ZK61M', 'Mg9995A', 'GB/T 3499 Mg9990', 'AZ31B', 'AZ80A', 'ZK60A-T5', 'AM50A'].map(
    (query) => ({ kind: 'designation', query }),
  ),
  ...['AZ19D', 'AM06B', 'magnesuim alloy', 'extrsuion', 'alloy ingto', 'formwrok', 'laptop housnig', 'reduction salg', 'Chizohu', 'recylced'].map((query) => ({ kind: 'typo', query })),
  ...['ingo', 'extr', 'hous', 'lapt', 'AZ9', 'seat fr'].map((query) => ({ kind: 'word start', query })),
  ...['的', '青阳', '九华', '皖江', '池州 压铸', '合肥 型材', '镁业'].map((query) => ({ kind: 'other words', query })),
  ...['ＡＺ９１Ｄ', 'ＡＭ６０Ｂ－Ｆ', '镁合金（压铸）', 'ｄｉｅ ｃａｓｔｉｎｇ'].map((query) => ({ kind: 'full-width', query })),
  ...SCENARIOS.flatMap((scenario) => [scenario.nameZh, scenario.name]).map((query) => ({ kind: 'scenario name', query })),
];
