/**
 * The trade's vocabulary, as buyers and sellers type it into search: scenario names, product forms and their
 * everyday words, materials and purities, part names, processes, properties and industries, in Chinese and
 * English. Reviewed data beside the catalogue; both search engines are built from it (see
 * `libs/search/README.md`). Each entry's first term is the word both engines index; every other term is
 * read as it. `broader` entries are indexed too (a tube is an extrusion); `parts` split a compound into the
 * entries it is made of (镁合金压铸件 = 镁合金 + 压铸).
 */
import { SCENARIOS, type ProductForm } from './reference.js';

export type LexiconKind = 'SCENARIO' | 'FORM' | 'MATERIAL' | 'PART' | 'PROCESS' | 'PROPERTY' | 'INDUSTRY';

export interface LexiconEntry {
  readonly kind: LexiconKind;
  /** The words that mean this, the indexed one first. */
  readonly terms: readonly string[];
  /** The entries (by their first term) this one also belongs to: 管材 → 挤压材. */
  readonly broader?: readonly string[];
  /** A compound read as the entries it is made of (by their first term). */
  readonly parts?: readonly string[];
  /** The scenario code of a SCENARIO entry, the product form of a FORM entry. */
  readonly scenario?: string;
  readonly form?: ProductForm;
  readonly source: string;
}

const PLAN = '安徽省《促进镁基材料产业高质量发展实施方案》(2024)';
const TEMPLATE = (code: string) => `scenario template ${code}`;
const GBT5153 = 'GB/T 5153-2016 (wrought magnesium product forms)';
const GBT3499 = 'GB/T 3499-2003 (原生镁锭 primary magnesium ingot)';
const GBT19078 = 'GB/T 19078-2016 (铸造镁合金锭 cast alloy ingot)';
const TRADE = 'trade usage: producers\' datasheets and procurement notices';
const SCRAP = 'domain-trade notes: scrap classes and slag';

/** A scenario's entry: its template's own names first, then the other words for it. */
const scenario = (code: string, terms: readonly string[], broader: readonly string[]): LexiconEntry => {
  const { name, nameZh } = SCENARIOS.find((candidate) => candidate.code === code)!;
  const key = (term: string) => term.toLowerCase().replace(/[^\p{L}\p{N}.]+/gu, '');
  const own = [nameZh, name];
  return { kind: 'SCENARIO', scenario: code, terms: [...own, ...terms.filter((term) => !own.some((word) => key(word) === key(term)))], broader, source: TEMPLATE(code) };
};
const form = (value: ProductForm, terms: readonly string[], source: string, broader?: readonly string[]): LexiconEntry => ({ kind: 'FORM', form: value, terms, source, broader });
const entry = (kind: LexiconKind, terms: readonly string[], source: string, more: Partial<LexiconEntry> = {}): LexiconEntry => ({ kind, terms, source, ...more });

export const LEXICON: readonly LexiconEntry[] = [
  // Scenarios: each template's names, and the plan's own words for them.
  scenario('AUTO_IP_BEAM', ['仪表盘支架', '仪表板支架', '仪表板横梁', '仪表盘横梁', 'instrument panel beam', 'instrument-panel bracket', 'cross-car beam', 'ip beam'], ['汽车', '支架']),
  scenario('AUTO_SEAT_FRAME', ['座椅骨架', '座椅支架', '座椅框架', 'seat frame', 'seat bracket'], ['汽车', '座椅', '骨架']),
  scenario('AUTO_BODY_STRUCTURE', ['车身结构件', '车身件', '白车身结构件', 'body structural part', 'body structure', 'body-in-white part'], ['汽车', '结构件']),
  scenario('AUTO_STEERING_WHEEL', ['方向盘骨架', '方向盘', 'steering wheel armature', 'steering wheel'], ['汽车', '骨架']),
  scenario('AUTO_POWERTRAIN_WARM', ['动力总成耐热件', '动力总成', 'powertrain part', 'warm powertrain part', 'powertrain'], ['汽车']),
  scenario('HOUSING_3C', ['3c外壳', '3c电子外壳', '3c产品外壳', '3c housing', '3c electronics housing'], ['3c', '外壳']),
  scenario('HOUSING_POWER_TOOL', ['电动工具外壳', '家电外壳', 'power tool housing', 'appliance housing'], ['电动工具', '家电', '外壳']),
  scenario('BUILDING_FORMWORK', ['镁合金建筑模板', '建筑模板', '镁建筑模板', '镁合金模板', 'building formwork', 'formwork'], ['建筑', '模板']),
  scenario('EBIKE_FRAME', ['电动自行车车架', '电动车车架', 'e-bike frame', 'ebike frame', 'electric bicycle frame'], ['电动自行车', '车架']),
  scenario('EBIKE_WHEEL', ['电动自行车轮毂', '电动车轮毂', 'e-bike wheel', 'ebike wheel'], ['电动自行车', '轮毂']),
  scenario('PV_STORAGE_FRAME', ['光伏边框', '储能结构件', '光伏储能结构件', 'pv frame', 'solar frame', 'energy storage structure'], ['光伏', '储能']),
  scenario('RAIL_AEROSPACE', ['轨道交通内饰', '航空航天结构件', 'rail transit interior', 'aerospace structure'], ['轨道交通', '航空航天']),

  // Product forms and their everyday words.
  form('INGOT', ['锭', '镁锭', '铸锭', 'ingot', 'ingots'], GBT3499),
  form('INGOT', ['合金锭', '镁合金锭', 'alloy ingot'], GBT19078, ['锭']),
  form('INGOT', ['纯镁锭', '原镁锭', '原生镁锭', 'pure magnesium ingot', 'primary magnesium ingot'], GBT3499, ['锭', '纯镁']),
  form('DIE_CASTING', ['压铸', '压铸件', '压铸品', '压铸产品', '高压铸造', '镁压铸', 'die casting', 'die castings', 'die-cast', 'hpdc'], TRADE),
  form('DIE_CASTING', ['半固态成型', '触变成型', '半固态压铸', 'thixomolding', 'thixomolded', 'semi-solid casting'], TRADE, ['压铸']),
  form('SAND_CASTING', ['砂型铸造', '砂铸', '砂铸件', '砂型铸件', 'sand casting', 'sand castings'], 'ASTM B80 (sand castings); GB/T 1177', ['铸件']),
  form('SAND_CASTING', ['铸件', '铸造件', 'casting', 'castings'], TRADE),
  form('SAND_CASTING', ['金属型铸造', '永久型铸造', 'permanent mould casting', 'permanent mold casting'], 'ASTM B199 (permanent-mould castings)', ['铸件']),
  form('EXTRUSION', ['挤压材', '挤压', '挤压件', '挤压制品', 'extrusion', 'extrusions', 'extruded'], GBT5153),
  form('EXTRUSION', ['型材', '挤压型材', '镁型材', '镁合金型材', 'profile', 'profiles', 'extruded profile'], 'GB/T 5155 (extruded profiles)', ['挤压材']),
  form('EXTRUSION', ['管材', '镁管', '挤压管', 'tube', 'tubes', 'pipe', 'extruded tube'], 'GB/T 5155; ASTM B107 (extruded tubes)', ['挤压材']),
  form('EXTRUSION', ['棒材', '镁棒', '挤压棒', 'bar', 'bars', 'rod', 'rods'], 'GB/T 5155; ASTM B107 (extruded bars and rods)', ['挤压材']),
  form('SHEET', ['板材', '板', '镁板', '镁合金板', 'sheet', 'sheets'], 'GB/T 5154 (magnesium alloy sheet and plate)'),
  form('SHEET', ['卷板', '镁卷', '带材', 'coil', 'coils', 'strip'], 'GB/T 5154; trade usage', ['板材']),
  form('SHEET', ['薄板', 'thin sheet'], 'GB/T 5154', ['板材']),
  form('PLATE', ['厚板', '中厚板', 'plate', 'plates', 'thick plate'], 'GB/T 5154; ASTM B90 (sheet and plate)', ['板材']),
  form('FORGING', ['锻件', '锻造件', '模锻件', 'forging', 'forgings', 'forged'], 'ASTM B91 (forgings)'),
  form('WHEEL', ['轮毂', '车轮', '镁轮毂', 'wheel', 'wheels', 'rim'], TRADE),
  form('POWDER', ['镁粉', '粉', '镁合金粉', 'powder', 'magnesium powder'], TRADE),
  form('WIRE', ['焊丝', '镁丝', '丝材', 'wire', 'welding wire'], TRADE),
  form('SCRAP', ['废镁', '镁废料', '废料', '再生料', 'scrap', 'magnesium scrap'], SCRAP),
  form('SCRAP', ['回炉料', '压铸回炉料', '浇口料', '水口料', '边角料', 'returns', 'clean returns', 'runners', 'offcuts'], SCRAP, ['废镁']),
  form('SCRAP', ['镁屑', '屑', '切屑', '车屑', '镁粉屑', 'chips', 'turnings', 'swarf', 'fines'], SCRAP, ['废镁']),
  form('SCRAP', ['含油废料', '油污废料', '涂层废料', '喷涂件废料', 'oily scrap', 'painted scrap', 'coated scrap'], SCRAP, ['废镁']),
  form('SLAG', ['镁渣', '渣', '冶炼渣', 'slag', 'magnesium slag'], `${SCRAP}; ${PLAN}`),
  form('SLAG', ['还原渣', '镁还原渣', '皮江法还原渣', 'reduction slag', 'pidgeon slag'], `${SCRAP}; ${PLAN} (镁还原渣)`, ['镁渣']),
  form('SLAG', ['镁浮渣', '浮渣', '熔渣', 'dross'], SCRAP, ['镁渣']),
  form('SLAG', ['熔剂渣', '溶剂渣', 'flux residue', 'flux slag'], SCRAP, ['镁渣']),

  // Materials and purities.
  entry('MATERIAL', ['镁', '金属镁', 'magnesium', 'mg'], GBT3499),
  entry('MATERIAL', ['纯镁', '原镁', '原生镁', '精镁', 'pure magnesium', 'primary magnesium', 'unalloyed magnesium'], GBT3499, { broader: ['镁'] }),
  entry('MATERIAL', ['高纯镁', '超高纯镁', 'high-purity magnesium', 'ultra high purity magnesium'], `${GBT3499}; ${PLAN}`, { broader: ['纯镁'] }),
  entry('MATERIAL', ['99.90', '99.9', '三个9', '三个九', '999镁', '9990'], `${GBT3499}: Mg9990`, { broader: ['纯镁'] }),
  entry('MATERIAL', ['99.95', '四个9五', '9995'], `${GBT3499}: Mg9995A, Mg9995B`, { broader: ['高纯镁'] }),
  entry('MATERIAL', ['99.98', '9998'], `${GBT3499}: Mg9998`, { broader: ['高纯镁'] }),
  entry('MATERIAL', ['99.99', '四个9', '四个九', '4n', '9999'], `${GBT3499}: Mg9999`, { broader: ['高纯镁'] }),
  entry('MATERIAL', ['99.80', '99.8', '9980'], `${GBT3499}: Mg9980`, { broader: ['纯镁'] }),
  entry('MATERIAL', ['镁合金', '镁基材料', '镁基合金', 'magnesium alloy', 'magnesium alloys', 'mg alloy'], PLAN, { broader: ['镁'] }),
  entry('MATERIAL', ['铸造镁合金', '压铸镁合金', 'cast magnesium alloy', 'casting alloy'], GBT19078, { broader: ['镁合金'] }),
  entry('MATERIAL', ['变形镁合金', '加工镁合金', 'wrought magnesium alloy', 'wrought alloy'], GBT5153, { broader: ['镁合金'] }),
  entry('MATERIAL', ['稀土镁合金', '含稀土镁合金', 'rare earth magnesium alloy', 're magnesium alloy'], 'ASTM B80 (WE, EZ, QE alloys); GB/T 1177', { broader: ['镁合金'] }),
  entry('MATERIAL', ['耐热镁合金', '高温镁合金', '抗蠕变镁合金', 'heat resistant magnesium alloy', 'creep resistant alloy'], 'domain notes: AE44, AS41, WE43', { broader: ['镁合金'] }),
  entry('MATERIAL', ['高强镁合金', '高强度镁合金', 'high strength magnesium alloy'], TRADE, { broader: ['镁合金'] }),
  entry('MATERIAL', ['镁锂合金', 'mg-li alloy', 'magnesium lithium alloy'], 'GB/T 5153 (LA, LZ grades)', { broader: ['镁合金'] }),
  entry('MATERIAL', ['再生镁', '再生镁合金', '二次镁', 'recycled magnesium', 'secondary magnesium', 'recycled alloy'], PLAN, { broader: ['镁合金'] }),
  entry('MATERIAL', ['可降解镁合金', '生物可降解镁合金', '医用镁合金', 'biodegradable magnesium', 'bioresorbable magnesium'], PLAN, { broader: ['镁合金'] }),
  entry('MATERIAL', ['镁储氢材料', '储氢镁', '镁基储氢', 'magnesium hydrogen storage', 'mgh2'], PLAN),
  entry('MATERIAL', ['镁二次电池', '镁电池', 'magnesium battery'], PLAN),
  entry('MATERIAL', ['镁基化合物', '氧化镁', '氢氧化镁', 'magnesium compound', 'magnesium oxide'], PLAN),
  entry('MATERIAL', ['铝合金', 'aluminium alloy', 'aluminum alloy'], TRADE),
  entry('MATERIAL', ['az系', 'az系镁合金', 'az series', 'mg-al-zn'], 'ASTM B275 designation letters', { broader: ['镁合金'] }),
  entry('MATERIAL', ['am系', 'am系镁合金', 'am series', 'mg-al-mn'], 'ASTM B275 designation letters', { broader: ['镁合金'] }),
  entry('MATERIAL', ['zk系', 'zk系镁合金', 'zk series', 'mg-zn-zr'], 'ASTM B275 designation letters', { broader: ['镁合金'] }),
  entry('MATERIAL', ['we系', 'we系镁合金', 'we series', 'mg-y-re'], 'ASTM B275 designation letters', { broader: ['镁合金', '稀土镁合金'] }),
  entry('MATERIAL', ['稀土', 'rare earth', 'rare earths'], 'composition element RE'),
  entry('MATERIAL', ['铝', 'aluminium', 'aluminum'], 'composition element Al'),
  entry('MATERIAL', ['锌', 'zinc'], 'composition element Zn'),
  entry('MATERIAL', ['锰', 'manganese'], 'composition element Mn'),
  entry('MATERIAL', ['铁', 'iron'], 'composition element Fe'),
  entry('MATERIAL', ['镍', 'nickel'], 'composition element Ni'),
  entry('MATERIAL', ['铜', 'copper'], 'composition element Cu'),
  entry('MATERIAL', ['硅', 'silicon'], 'composition element Si'),
  entry('MATERIAL', ['钙', 'calcium'], 'composition element Ca'),
  entry('MATERIAL', ['锆', 'zirconium'], 'composition element Zr'),
  entry('MATERIAL', ['钇', 'yttrium'], 'composition element Y'),
  entry('MATERIAL', ['氧化钙', 'cao', 'calcium oxide'], 'slag analysis (CaO)'),
  entry('MATERIAL', ['二氧化硅', 'sio2', 'silica'], 'slag analysis (SiO2)'),
  entry('MATERIAL', ['水泥原料', '水泥掺合料', '水泥', 'cement', 'cement raw meal'], `${PLAN} (镁还原渣在水泥、混凝土、墙体材料等领域应用)`),
  entry('MATERIAL', ['混凝土', '混凝土掺合料', 'concrete'], PLAN),
  entry('MATERIAL', ['墙体材料', '墙材', '砌块', 'wall materials', 'blocks'], PLAN),
  entry('MATERIAL', ['路基材料', 'road base'], SCRAP),

  // Parts and their near-synonyms, as purchasing engineers write them.
  entry('PART', ['支架', '托架', '安装支架', 'bracket', 'brackets', 'mount'], `${PLAN} (仪表盘支架、座椅支架)`),
  entry('PART', ['骨架', '框架', '构架', 'frame', 'armature', 'skeleton'], TEMPLATE('AUTO_SEAT_FRAME')),
  entry('PART', ['外壳', '壳体', '机壳', '外罩', 'housing', 'housings', 'casing', 'enclosure', 'shell'], TEMPLATE('HOUSING_3C')),
  entry('PART', ['笔记本外壳', '笔记本电脑外壳', '笔电外壳', 'laptop housing', 'notebook housing', 'laptop case'], TEMPLATE('HOUSING_3C'), { broader: ['外壳'] }),
  entry('PART', ['手机中框', '中框', 'phone middle frame', 'midframe'], TEMPLATE('HOUSING_3C'), { broader: ['骨架'] }),
  entry('PART', ['平板外壳', '平板电脑外壳', 'tablet housing'], TEMPLATE('HOUSING_3C'), { broader: ['外壳'] }),
  entry('PART', ['相机机身', '相机外壳', 'camera body'], TEMPLATE('HOUSING_3C'), { broader: ['外壳'] }),
  entry('PART', ['后盖', '背板', 'back cover', 'rear cover'], TEMPLATE('HOUSING_3C'), { broader: ['外壳'] }),
  entry('PART', ['散热器', '散热片', '散热壳体', 'heat sink', 'heatsink'], `${PLAN} (散热)`),
  entry('PART', ['车架', '自行车车架', 'bike frame', 'bicycle frame'], TEMPLATE('EBIKE_FRAME'), { broader: ['骨架'] }),
  entry('PART', ['前叉', 'fork', 'front fork'], TEMPLATE('EBIKE_FRAME')),
  entry('PART', ['方向盘骨架芯', '转向盘骨架', 'steering wheel core'], TEMPLATE('AUTO_STEERING_WHEEL'), { broader: ['骨架'] }),
  entry('PART', ['转向管柱支架', '转向柱支架', 'steering column bracket'], TRADE, { broader: ['支架'] }),
  entry('PART', ['减震塔', '减振塔', 'shock tower', 'strut tower'], TEMPLATE('AUTO_BODY_STRUCTURE')),
  entry('PART', ['门内板', '车门内板', 'door inner', 'door inner panel'], TEMPLATE('AUTO_BODY_STRUCTURE')),
  entry('PART', ['尾门内板', '后背门内板', 'liftgate inner', 'tailgate inner'], TEMPLATE('AUTO_BODY_STRUCTURE')),
  entry('PART', ['前端模块', '前端框架', 'front end carrier', 'front-end module'], TEMPLATE('AUTO_BODY_STRUCTURE')),
  entry('PART', ['座椅靠背', '座椅靠背骨架', 'seat back frame', 'seatback'], TEMPLATE('AUTO_SEAT_FRAME'), { broader: ['骨架'] }),
  entry('PART', ['座盆', '座椅盆架', 'seat pan'], TEMPLATE('AUTO_SEAT_FRAME')),
  entry('PART', ['变速箱壳体', '变速器壳体', 'gearbox housing', 'transmission housing', 'transmission case'], TEMPLATE('AUTO_POWERTRAIN_WARM'), { broader: ['外壳'] }),
  entry('PART', ['发动机支架', '发动机托架', 'engine bracket', 'engine cradle'], TEMPLATE('AUTO_POWERTRAIN_WARM'), { broader: ['支架'] }),
  entry('PART', ['油底壳', 'oil pan', 'oil sump'], TEMPLATE('AUTO_POWERTRAIN_WARM')),
  entry('PART', ['缸盖罩', '气门室盖', 'cylinder head cover', 'valve cover'], TEMPLATE('AUTO_POWERTRAIN_WARM')),
  entry('PART', ['电机壳体', '电机外壳', 'motor housing', 'motor casing'], TRADE, { broader: ['外壳'] }),
  entry('PART', ['电池包壳体', '电池托盘', '电池箱体', 'battery tray', 'battery housing', 'battery enclosure'], TRADE, { broader: ['外壳'] }),
  entry('PART', ['显示屏支架', '中控屏支架', 'display bracket', 'screen bracket'], TRADE, { broader: ['支架'] }),
  entry('PART', ['边框', '框', 'frame profile', 'edge frame'], TEMPLATE('PV_STORAGE_FRAME')),
  entry('PART', ['储能柜', '储能箱体', 'energy storage cabinet', 'battery cabinet'], TEMPLATE('PV_STORAGE_FRAME')),
  entry('PART', ['光伏支架', 'pv mounting', 'solar mounting bracket'], TEMPLATE('PV_STORAGE_FRAME'), { broader: ['支架'] }),
  entry('PART', ['座椅', 'seat', 'seats'], TEMPLATE('AUTO_SEAT_FRAME')),
  entry('PART', ['仪表盘', '仪表板', 'instrument panel', 'dashboard'], TEMPLATE('AUTO_IP_BEAM')),
  entry('PART', ['横梁', '梁', 'beam', 'cross member'], TEMPLATE('AUTO_IP_BEAM')),
  entry('PART', ['内饰件', '内饰', 'interior part', 'interior trim'], TEMPLATE('RAIL_AEROSPACE')),
  entry('PART', ['座椅骨架件', 'seat structure'], TEMPLATE('AUTO_SEAT_FRAME'), { broader: ['骨架'] }),
  entry('PART', ['结构件', '结构零件', 'structural part', 'structural parts', 'structure'], `${PLAN} (大型结构件、主承力部件)`),
  entry('PART', ['零部件', '部件', '零件', 'component', 'components', 'part', 'parts'], PLAN),
  entry('PART', ['手柄', '把手', 'handle', 'grip'], TEMPLATE('HOUSING_POWER_TOOL')),
  entry('PART', ['齿轮箱', 'gear case'], TEMPLATE('HOUSING_POWER_TOOL'), { broader: ['外壳'] }),
  entry('PART', ['模板', '铝模板', 'formwork panel'], TEMPLATE('BUILDING_FORMWORK')),
  entry('PART', ['牺牲阳极', '镁阳极', 'sacrificial anode', 'magnesium anode'], TRADE),

  // Processes.
  entry('PROCESS', ['冶炼', '镁冶炼', '皮江法', 'smelting', 'pidgeon process'], PLAN),
  entry('PROCESS', ['精炼', '提纯', 'refining', 'purification'], PLAN),
  entry('PROCESS', ['铸造', 'casting process', 'foundry'], PLAN),
  entry('PROCESS', ['塑性变形', '塑性加工', 'plastic forming', 'wrought processing'], PLAN),
  entry('PROCESS', ['轧制', '热轧', '冷轧', 'rolling', 'rolled', 'hot rolled'], GBT5153),
  entry('PROCESS', ['锻造', 'forging process'], 'ASTM B91'),
  entry('PROCESS', ['冲压', '温冲压', 'stamping', 'warm forming'], TRADE),
  entry('PROCESS', ['机加工', '机械加工', 'cnc', 'machining', 'machined'], TRADE),
  entry('PROCESS', ['焊接', 'welding', 'welded'], TRADE),
  entry('PROCESS', ['热处理', '固溶', '时效', 'heat treatment', 'solution treatment', 'ageing', 'aging'], 'ASTM B296 (tempers T4, T5, T6)'),
  entry('PROCESS', ['表面处理', 'surface treatment', 'surface finishing'], TRADE),
  entry('PROCESS', ['微弧氧化', 'mao', 'micro arc oxidation', 'plasma electrolytic oxidation', 'peo'], TEMPLATE('PV_STORAGE_FRAME')),
  entry('PROCESS', ['阳极氧化', 'anodizing', 'anodising'], TRADE),
  entry('PROCESS', ['化学转化膜', '化成处理', 'conversion coating', 'chromate conversion'], TRADE),
  entry('PROCESS', ['喷涂', '喷粉', '涂装', 'painting', 'powder coating', 'coating', 'painted'], TRADE),
  entry('PROCESS', ['电泳', 'e-coating', 'electrophoretic coating'], TRADE),
  entry('PROCESS', ['回收', '回收利用', '再生利用', '综合利用', 'recycling', 'recovery'], PLAN),
  entry('PROCESS', ['重熔', '回炉', 'remelting', 'remelt'], SCRAP),
  entry('PROCESS', ['拆解', '报废汽车拆解', 'dismantling'], PLAN),
  entry('PROCESS', ['预处理', '分拣', 'pretreatment', 'sorting', 'sorted'], PLAN),
  entry('PROCESS', ['一体化压铸', '大型一体化压铸', 'giga casting', 'megacasting', 'integrated die casting'], TRADE, { broader: ['压铸'] }),
  entry('PROCESS', ['真空压铸', 'vacuum die casting'], TRADE, { broader: ['压铸'] }),

  // Properties buyers ask for.
  entry('PROPERTY', ['抗拉强度', '抗拉', 'tensile strength', 'uts'], 'GB/T 228.1'),
  entry('PROPERTY', ['屈服强度', '屈服', 'yield strength', 'proof stress'], 'GB/T 228.1'),
  entry('PROPERTY', ['伸长率', '延伸率', '断后伸长率', 'elongation', 'ductility'], 'GB/T 228.1'),
  entry('PROPERTY', ['硬度', '布氏硬度', 'hardness', 'brinell'], 'GB/T 231.1 (Brinell)'),
  entry('PROPERTY', ['密度', 'density'], TRADE),
  entry('PROPERTY', ['轻量化', '减重', 'lightweighting', 'lightweight', 'weight reduction'], PLAN),
  entry('PROPERTY', ['耐腐蚀', '防腐', '腐蚀防护', 'corrosion resistance', 'corrosion resistant', 'corrosion protection'], PLAN),
  entry('PROPERTY', ['减震降噪', '减振', '阻尼', 'damping', 'vibration damping', 'noise reduction'], PLAN),
  entry('PROPERTY', ['电磁屏蔽', 'emi shielding', 'electromagnetic shielding'], PLAN),
  entry('PROPERTY', ['散热', '导热', 'heat dissipation', 'thermal conductivity'], PLAN),
  entry('PROPERTY', ['抗冲击', '高抗冲击', '耐冲击', 'impact resistance', 'crashworthiness'], PLAN),
  entry('PROPERTY', ['耐热', '抗蠕变', '蠕变', 'heat resistance', 'creep resistance', 'creep'], TEMPLATE('AUTO_POWERTRAIN_WARM')),
  entry('PROPERTY', ['阻燃', '不燃', 'flame retardant', 'flammability'], TEMPLATE('RAIL_AEROSPACE')),
  entry('PROPERTY', ['疲劳', '疲劳强度', 'fatigue', 'fatigue strength'], TEMPLATE('EBIKE_FRAME')),
  entry('PROPERTY', ['表面质量', '外观', 'surface finish', 'surface quality', 'cosmetic'], TEMPLATE('HOUSING_3C')),
  entry('PROPERTY', ['低碳', '碳足迹', 'low carbon', 'carbon footprint'], PLAN),
  entry('PROPERTY', ['再生含量', '回收料含量', 'recycled content'], TRADE),

  // Industries and markets.
  entry('INDUSTRY', ['汽车', '乘用车', '新能源汽车', 'automotive', 'auto', 'car', 'vehicle', 'ev'], PLAN),
  entry('INDUSTRY', ['汽车轻量化', 'automotive lightweighting', 'vehicle lightweighting'], `${PLAN}: magnesium is the lightweighting; every automotive listing is one`, { parts: ['汽车'] }),
  entry('INDUSTRY', ['3c', '3c电子', '消费电子', '电子', 'consumer electronics', 'electronics'], PLAN),
  entry('INDUSTRY', ['家电', '家用电器', 'home appliance', 'home appliances', 'appliance'], PLAN),
  entry('INDUSTRY', ['电动工具', 'power tool', 'power tools'], PLAN),
  entry('INDUSTRY', ['电动自行车', '电动车', '两轮车', 'e-bike', 'ebike', 'electric bicycle'], PLAN),
  entry('INDUSTRY', ['光伏', '太阳能', 'photovoltaic', 'pv', 'solar'], PLAN),
  entry('INDUSTRY', ['储能', '新型储能', 'energy storage'], PLAN),
  entry('INDUSTRY', ['光伏储能', 'pv and storage', 'solar and storage'], PLAN, { parts: ['光伏', '储能'] }),
  entry('INDUSTRY', ['建筑', '建材', 'construction', 'building'], PLAN),
  entry('INDUSTRY', ['轨道交通', '高铁', '地铁', 'rail transit', 'railway', 'rail'], PLAN),
  entry('INDUSTRY', ['航空航天', '航空', '航天', 'aerospace', 'aviation'], PLAN),
  entry('INDUSTRY', ['国防军工', '军工', 'defence', 'defense'], PLAN),
  entry('INDUSTRY', ['医疗', '医用材料', 'medical', 'medical devices'], PLAN),
  entry('INDUSTRY', ['钢铁脱硫', '脱硫', 'steel desulphurisation', 'desulfurization'], 'GB/T 3499 uses (Mg9980 for desulphurisation)'),

  // Compounds the trade writes as one word, read as their parts.
  entry('FORM', ['镁合金压铸件', '镁合金压铸', '镁压铸件', 'magnesium die casting', 'magnesium die castings'], TRADE, { parts: ['镁合金', '压铸'] }),
  entry('FORM', ['镁合金挤压型材', '镁合金挤压材', 'magnesium extrusion', 'magnesium extrusions'], TRADE, { parts: ['镁合金', '型材'] }),
  entry('FORM', ['镁合金板材', '镁合金薄板', 'magnesium sheet', 'magnesium alloy sheet'], TRADE, { parts: ['镁合金', '板材'] }),
  entry('FORM', ['镁合金锻件', 'magnesium forging', 'magnesium forgings'], TRADE, { parts: ['镁合金', '锻件'] }),
  entry('FORM', ['镁合金铸件', 'magnesium casting', 'magnesium castings'], TRADE, { parts: ['镁合金', '铸件'] }),
  entry('FORM', ['镁合金轮毂', 'magnesium wheel', 'magnesium wheels'], TRADE, { parts: ['镁合金', '轮毂'] }),
  entry('FORM', ['废镁合金', '镁合金废料', 'magnesium alloy scrap'], SCRAP, { parts: ['镁合金', '废镁'] }),
  entry('FORM', ['镁合金屑', '镁屑料', 'magnesium chips'], SCRAP, { parts: ['镁合金', '镁屑'] }),
  entry('PART', ['压铸支架', 'die-cast bracket'], TRADE, { parts: ['压铸', '支架'] }),
  entry('PART', ['压铸外壳', 'die-cast housing'], TRADE, { parts: ['压铸', '外壳'] }),
  entry('PART', ['挤压型材车架', 'extruded frame'], TRADE, { parts: ['型材', '车架'] }),
];

/** Words too common to narrow a search (Chinese function words and filler); neither engine requires them. */
export const SEARCH_STOP_WORDS: readonly string[] = ['的', '用', '之', '及', '与', '和', '或', '等', '类', '件', '款', '型', 'the', 'of', 'for', 'and', 'or', 'a', 'an', 'with'];

/** The word of the lexicon a listing of each class is found by, whatever its title says. */
export const MATERIAL_CLASS_TERMS = { PRIMARY_MAGNESIUM: '纯镁', ALLOY: '镁合金', SCRAP: '废镁', BY_PRODUCT: '镁渣' } as const;
/** … of each scrap class (TYPE_III: dross-bearing). */
export const SCRAP_CLASS_TERMS = { TYPE_I: '回炉料', TYPE_II: '含油废料', TYPE_III: '镁浮渣', TYPE_IV: '镁屑' } as const;
/** … of each by-product kind. */
export const BY_PRODUCT_TERMS = { REDUCTION_SLAG: '还原渣', DROSS: '镁浮渣', FLUX_RESIDUE: '熔剂渣', OTHER: '镁渣' } as const;
/** … of each product form: the first FORM entry of that form. */
export const FORM_TERMS = Object.fromEntries(
  LEXICON.filter((entry) => entry.kind === 'FORM' && entry.form && !entry.parts)
    .reverse()
    .map((entry) => [entry.form!, entry.terms[0]!]),
) as Record<ProductForm, string>;
