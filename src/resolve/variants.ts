/*
 * The forms one thing takes, read by grammar rather than listed (ANNOTATION.md "One thing, many
 * forms"): abbreviated head words of parks, either order of a road's two ends, a road's segment
 * written into its name, and the two orders of a national road's number. Each rule maps a
 * normalised name to the one form all its variants share; names no rule fits stay as they are.
 */
import type { EntityType } from '../model/entity.ts';

/** Abbreviated head words of development areas and their full forms (综保区 = 综合保税区). */
const PARK_HEADS: ReadonlyArray<readonly [short: string, full: string]> = [
  ['经开区', '经济技术开发区'],
  ['高新区', '高新技术产业开发区'],
  ['综保区', '综合保税区'],
];

/** Head words of roads and railways, with the form they are written to (高速公路 → 高速). */
const ROAD_HEADS: ReadonlyArray<readonly [written: RegExp, head: string]> = [
  [/(?:高速公路|高速)$/, '高速'],
  [/(?:城际铁路|城际)$/, '城际铁路'],
  [/高铁$/, '高铁'],
  [/铁路$/, '铁路'],
  [/一级公路$/, '一级公路'],
  [/公路$/, '公路'],
];

/** 汾阳—石楼, 汾阳至石楼, 汾阳-石楼: the two ends of a road. */
const ENDS = /^([\u4e00-\u9fff]{2,6}?)(?:至|—|－|-|~|～)([\u4e00-\u9fff]{2,6}?)$/;

/** A segment written into a road's name: （孝义段）, 孝义段, 晋中段. */
const SEGMENT = /（[\u4e00-\u9fff]{1,8}段）|[\u4e00-\u9fff]{2,4}段$/;

/** The form a road's or railway's variants share: ends in text order of code points, head as above. */
function roadForm(name: string): string | undefined {
  for (const [written, head] of ROAD_HEADS) {
    const at = name.search(written);
    if (at <= 0) continue;
    const ends = ENDS.exec(name.slice(0, at).replace(SEGMENT, ''));
    if (!ends) return undefined;
    const [a, b] = [ends[1] ?? '', ends[2] ?? ''].sort();
    return `${a}至${b}${head}`;
  }
  return undefined;
}

/** 207国道 = 国道207: the number after the head word, as the national standard writes it. */
function nationalRoadForm(name: string): string | undefined {
  const m = /^(\d{3})国道$/.exec(name);
  return m ? `国道${m[1]}` : undefined;
}

/**
 * Generic head words of a policy's name: 三权分置改革 = 三权分置, 创新驱动发展战略 = 创新驱动战略 =
 * 创新驱动. Stripped only when what remains has four characters or more (农村改革 stays).
 */
const POLICY_HEADS = /(?:发展战略|战略|改革)$/;

/** A policy named by a number code and a head word: “13710”工作制度 = “13710”工作机制. */
const POLICY_CODE = /^(\d{3,})(?:工作)?(?:制度|机制|思路|模式)$/;

/** 开展好党史学习教育: the complement 好 of the verb before a name is not part of it. */
const VERB_COMPLEMENT = /^好(?=[\u4e00-\u9fff]{4,})/;

/**
 * The kind of place a reform is applied to, written before its name: 开发区“三化三制”改革 =
 * “三化三制”改革. Dropped only when four or more characters of the name remain.
 */
const POLICY_SCOPE = /^(?:开发区|园区)(?=[\u4e00-\u9fff\d]{4,})/;

function policyForm(name: string): string {
  const code = POLICY_CODE.exec(name);
  if (code) return code[1] ?? name;
  let s = name.replace(VERB_COMPLEMENT, '').replace(POLICY_SCOPE, '');
  const head = POLICY_HEADS.exec(s);
  if (head && s.length - head[0].length >= 4) s = s.slice(0, -head[0].length);
  return s;
}

/** A scenic site and its grade: 王家大院5A景区 = 王家大院 (only when a specific name of three or more characters remains). */
const SCENIC_GRADE = /(?:国家)?[345]A级?(?:旅游)?景区$/;

/** A work and its head word 工程: 中部引黄工程 = 中部引黄 (only when four or more characters remain). */
const WORK_HEAD = /工程$/;

function projectForm(name: string): string {
  const grade = SCENIC_GRADE.exec(name);
  if (grade && name.length - grade[0].length >= 3) return name.slice(0, -grade[0].length);
  if (WORK_HEAD.test(name) && name.length - 2 >= 4 && !/(?:建设|改造)工程$/.test(name)) return name.slice(0, -2);
  return name;
}

/**
 * An enterprise with or without its legal form or 集团: 晋能控股集团 = 晋能控股, 城发集团 = 城发,
 * 山西信发化工有限公司 = 山西信发化工 (only when two characters or more remain).
 */
const ENTERPRISE_FORMS = /(?:股份有限公司|有限责任公司|责任有限公司|有限公司|公司)$/;

function enterpriseForm(name: string): string {
  const m = ENTERPRISE_FORMS.exec(name);
  if (!m || name.length - m[0].length < 2) return name;
  return name.slice(0, -m[0].length);
}

/** Head words of development areas, longest first (what names the kind of area, not which one). */
const AREA_HEADS = /(?:高新技术产业开发区|经济技术开发区|综合保税区|产业开发区|经济开发区|开发区|产业园区|工业园区|示范园区|园区|产业园|工业园|示范园|物流园|物流中心|陆港|示范区|新区|基地|园|城)$/;

/**
 * Words that say what kind of area or business a name is, not which one: what is left of a name
 * once a region is dropped must hold more than these (太原武宿综合保税区 → 武宿综合保税区 holds 武宿;
 * 大同经济技术开发区 → 经济技术开发区 holds nothing and keeps its region; 山西焦煤 → 焦煤 too).
 */
const GENERIC_WORDS = [
  '国家级', '省级', '国家', '国际', '中国', '现代', '都市', '农业', '工业', '科技', '经济', '技术', '产业', '物流', '商贸', '文化', '旅游',
  '生态', '创新', '示范', '综合', '循环', '新材料', '材料', '高新', '新能源', '能源', '电子', '信息', '数字', '智能', '医药', '药业', '健康',
  '航空', '通用', '食品', '化工', '煤化工', '装备', '制造', '机械', '大数据', '电商', '商务', '服务', '农产品', '特色', '专业', '绿色',
  '低碳', '智慧', '双创', '职业', '教育', '医疗', '保税', '开发', '城市', '城区', '新区', '中心', '港', '国投', '城投', '交投', '交控',
  '建投', '农投', '文旅', '投资', '控股', '集团', '银行', '商业', '农商', '农村', '煤业', '煤矿', '焦煤', '煤炭', '煤电', '电力', '钢铁',
  '铝业', '锅炉', '燃气', '水务', '建设', '建材', '实业', '发展', '运销', '有限', '公司', '股份',
].sort((a, b) => b.length - a.length);

/** Whether a name is made of generic words only (see GENERIC_WORDS). */
function onlyGeneric(rest: string): boolean {
  let s = rest;
  while (s.length > 0) {
    const word = GENERIC_WORDS.find((w) => s.startsWith(w));
    if (word === undefined) return false;
    s = s.slice(word.length);
  }
  return true;
}

/**
 * A name with the region written before it dropped, when what remains is still specific: at
 * least two characters besides its head word and not generic words only (太原武宿综合保税区 =
 * 武宿综合保税区, 太谷胡村玛钢铸造园 = 胡村玛钢铸造园, 孝义金岩 = 金岩). `isRegionName` says whether a
 * prefix names a division (from the gazetteer: full names and short forms of counties and above).
 */
export function withoutRegionPrefix(type: EntityType, name: string, isRegionName: (prefix: string) => boolean): string {
  for (let n = Math.min(7, name.length - 2); n >= 2; n--) {
    const prefix = name.slice(0, n);
    if (!isRegionName(prefix)) continue;
    const rest = name.slice(n);
    const core = type === 'PARK' ? rest.replace(AREA_HEADS, '') : rest;
    if (core.length < 2 || onlyGeneric(core)) return name;
    if (/^[（(]|^[市县区省]/.test(rest)) return name;
    return rest;
  }
  return name;
}

/** The shared form of a normalised name's variants, or the name itself. */
export function variantForm(type: EntityType, name: string): string {
  if (type === 'PARK' || type === 'ZONE') {
    for (const [short, full] of PARK_HEADS) if (name.endsWith(short) && name.length > short.length) return name.slice(0, -short.length) + full;
    return name;
  }
  if (type === 'PROJECT') return nationalRoadForm(name) ?? roadForm(name) ?? name;
  return name;
}

/**
 * The key one thing's forms share, for its id: the variant form without the head words and legal
 * forms that the same thing is written with or without (三权分置改革 = 三权分置, 城发集团 = 城发,
 * 王家大院5A景区 = 王家大院). The entity keeps the fullest name it is written with; only the id
 * is read from this key.
 */
export function identityForm(type: EntityType, name: string, isRegionName: (prefix: string) => boolean = () => false): string {
  const variant = variantForm(type, name);
  if (type === 'POLICY') return policyForm(variant);
  if (type === 'ENTERPRISE') return withoutRegionPrefix(type, enterpriseForm(variant), isRegionName);
  if (type === 'PARK') return withoutRegionPrefix(type, variant, isRegionName);
  if (type === 'PROJECT' && variant === name) return projectForm(variant);
  return variant;
}
