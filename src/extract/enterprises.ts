import { type Hit, longestFirst, nameOf } from './hits.ts';
import { isCoinedWord, isOrdinaryPhrase, isOrdinaryWord, isProperWord, type Lexicon, lexiconTag, type TaggedWord } from './lexicon.ts';
import { clauseStart, cutAtBoundary, isGenericPrefix, leadingBoundary, startsName } from './names.ts';
import { afterLeadingVerb, mendSplitWord } from './parks.ts';
import type { Resources } from './resources.ts';

const MAX_NAME_PREFIX = 30;
const FUNCTION_CHAR = /[的等和与及或以在对向把将为是了被于从各大]/;

/** Named companies and groups: 山西信发化工有限公司, 孝义市金达工业集团, 祁玻集团. */
export function findEnterprises(text: string, resources: Resources, options: { shortForms?: readonly string[] } = {}): Hit[] {
  return longestFirst([
    ...legalFormNames(text, resources),
    ...shortNames(text, options.shortForms ?? [], resources),
    ...listedEnterprises(text, resources),
    ...representatives(text, resources),
    ...brandAndIndustry(text, resources),
    ...capacityHeads(text, resources),
    ...worksListHeads(text, resources),
    ...countedFirms(text, resources),
    ...jointVentures(text),
    ...brandsAfterVerb(text, resources),
    ...brandsBeforeProject(text, resources),
  ]);
}

/**
 * Names ending in a legal form or 集团 (山西信发化工有限公司, 阳煤集团): the only enterprise names
 * whose short forms a plan may use later, so the plan's first pass reads these alone.
 */
export function legalFormNames(text: string, resources: Resources): Hit[] {
  const hits: Hit[] = [];
  // Company suffixes, longest first at each position. 集团 on its own ends short forms too
  // (祁玻集团, 阳煤集团); inside brackets (山西汾西矿业（集团）…) it is part of a longer name.
  const suffix = new RegExp(resources.vocabulary.enterprises.suffixPattern);
  for (let m = suffix.exec(text); m; m = suffix.exec(text)) {
    const suffixStart = m.index;
    const end = m.index + m[0].length;
    const next = text[end] ?? '';
    if (m[0] === '集团' && (text[suffixStart - 1] === '（' || text[suffixStart - 1] === '(')) continue;
    if (m[0] === '集团' && /[军]/.test(next)) continue;
    // 银行化改制, 集团化运作: a suffix made into a verb or an adjective names nothing.
    if (next === '化') continue;
    // 一局一中心一公司, 两公司: a counted suffix is a count, not a name.
    if (/[一二两三四五六七八九十]/.test(text[suffixStart - 1] ?? '')) continue;
    // 左权、榆社2家支行: so is a count of firms.
    if (/(?:\d|[一二两三四五六七八九十])家$/.test(text.slice(Math.max(0, suffixStart - 4), suffixStart))) continue;
    const clause = clauseStart(text, suffixStart, { maxLength: MAX_NAME_PREFIX, allowBrackets: true, allowSpaces: true });
    let start = mendSplitWord(text, clause.start, cutAtBoundary(text, clause.start, suffixStart, resources), suffixStart, resources);
    if (nameOf(text.slice(start, suffixStart)).length < 2) {
      // 有实力的公司, 晋能控股等集团: a function word right before the suffix leaves no name;
      // a verb-like word (盛都宝固废利用有限公司) may still be part of one.
      if (start > clause.start && FUNCTION_CHAR.test(text[start - 1] ?? '')) continue;
      start = cutAtBoundary(text, clause.start, suffixStart, resources, { minPrefix: 2 });
    }
    if (clause.truncated && start === clause.start) continue;
    // …420万吨/年山西汾西矿业…: the 年 of a capacity is not the start of the next name.
    if (text[start] === '年' && text[start - 1] === '/') start += 1;
    start = afterLeadingVerb(text, start, suffixStart, resources);
    start = mendCharCut(text, clause.start, start, resources);
    const prefix = text.slice(start, suffixStart);
    // 驻并银行, 驻晋企业: firms stationed in a place, a kind of firm, not one.
    if (prefix.startsWith('驻')) continue;
    if (nameOf(prefix).length < 2 || isGenericPrefix(prefix, resources)) continue;
    if (m[0] !== '集团' && namesAKind(prefix, resources)) continue;
    // 新增A股上市公司5家, 组建20个优质教育集团: a status (上市) or a trade of schools (教育) right
    // before the suffix makes a kind of body, whatever comes before it.
    if (resources.vocabulary.enterprises.kindWords.some((w) => prefix.endsWith(w))) continue;
    if (rankedKind(prefix, resources)) continue;
    const surface = text.slice(start, end);
    hits.push({ start, end, surface, name: nameOf(surface), ruleId: m[0] === '集团' ? 'enterprise.group' : 'enterprise.company' });
  }
  return hits;
}

/**
 * 加快组建省级港口集团, 培育发展大型糖业集团, 引进南亚东南亚大型银行: a rank or size word (省级, 大型,
 * 中小) opening the prefix before ordinary words, or closing it, says which class of firm, not
 * which firm (古城集团, 阳煤集团 open on no such word).
 */
function rankedKind(prefix: string, resources: Resources): boolean {
  const name = nameOf(prefix);
  for (let cut = 2; cut <= 3 && cut < name.length; cut += 1) {
    if (isGenericPrefix(name.slice(name.length - cut), resources) && RANK_OR_SIZE.test(name.slice(name.length - cut))) return true;
  }
  for (let cut = 1; cut <= Math.min(4, name.length - 2); cut += 1) {
    const head = name.slice(0, cut);
    if (RANK_OR_SIZE.test(head) && (isGenericPrefix(head, resources) || /^[省市县]属$/.test(head)) && isOrdinaryPhrase(name.slice(cut), resources.lexicon)) return true;
  }
  return false;
}
const RANK_OR_SIZE = /^(?:[省市县区]级|[省市县]属|国家级|大型|中小|中型|小型|大中型|优质|知名|龙头)$/;

/**
 * 滴滴出|行科技公司: a one-character boundary word (出) that makes a word with the name's first
 * character (出行) was no boundary; the name starts at the boundary before it instead.
 */
function mendCharCut(text: string, clauseFrom: number, start: number, resources: Resources): number {
  if (start - 1 <= clauseFrom || leadingBoundary(text.slice(start - 1, start), resources) !== 1) return start;
  if (!isOrdinaryWord(text.slice(start - 1, start + 1), resources.lexicon)) return start;
  const before = cutAtBoundary(text, clauseFrom, start - 1, resources);
  return before < start - 2 && !isGenericPrefix(text.slice(before, start - 1), resources) ? before : start;
}

/**
 * 影视公司, 支持银行, 军民融合专营支行: a prefix that reads wholly as ordinary words says what
 * kind of company, not which one, unless a place's name opens it (大同新成新材料公司 does not
 * read so; 集团 is left out: short group names such as 古城集团 are ordinary words).
 */
function namesAKind(prefix: string, resources: Resources): boolean {
  const name = nameOf(prefix);
  return isOrdinaryPhrase(name, resources.lexicon) && resources.gazetteer.byName(name.slice(0, 2)).length === 0;
}

const isHan = (ch: string | undefined): boolean => ch !== undefined && /[\u4e00-\u9fff]/.test(ch);

/**
 * The 、-separated items of the list that ends at `to`, back to the start of its clause. A closed
 * bracket inside an item (太重集团（大同）高端起重机产业基地) belongs to it: the list goes on
 * before it, to the items it follows (中车…、陕汽重卡).
 */
function listBefore(text: string, to: number, resources: Resources): Array<[number, number]> {
  let from = to;
  while (from > 0 && to - from < 120) {
    const before = text[from - 1] ?? '';
    if (before === '）' || before === ')') {
      const open = text.lastIndexOf(before === '）' ? '（' : '(', from - 1);
      if (open < 0 || from - open > 12 || /[，,。；;：:！？\n、]/.test(text.slice(open, from))) break;
      from = open;
      continue;
    }
    if (/[，,。；;：:！？\n（()“”]/.test(before)) break;
    from -= 1;
  }
  const items: Array<[number, number]> = [];
  let end = to;
  while (end > from) {
    let start = end;
    while (start > from && text[start - 1] !== '、') start -= 1;
    items.unshift([start === from ? cutAtBoundary(text, start, end, resources) : start, end]);
    end = start - 1;
  }
  return items;
}

/**
 * Enterprises named in a list that says what they are: 宏圣科威、宇光电缆、新华电缆等企业,
 * 阿里巴巴、京东商城…等国内、省内大型电子商务企业, 以山西金谷农投等高科技企业为主体.
 */
function listedEnterprises(text: string, resources: Resources): Hit[] {
  const { listClassAtEnd } = resources.vocabulary.enterprises;
  // A copy per call: a global pattern's lastIndex is state, and the shared resources keep none.
  const listClose = new RegExp(resources.vocabulary.enterprises.listClose);
  const hits: Hit[] = [];
  for (let m = listClose.exec(text); m; m = listClose.exec(text)) {
    listClose.lastIndex = m.index + 1;
    // The kind between 等 and 企业 says only what sort of enterprise (国内、省内大型电子商务, 9家).
    const kind = m[0].slice(1).replace(/、/g, '').replace(listClassAtEnd, '').replace(FIRM_COUNT, '');
    if (!isGenericPrefix(kind, resources)) continue;
    for (const [start, end] of listBefore(text, m.index, resources)) {
      const surface = text.slice(start, end);
      const name = nameOf(surface);
      if (name.length < 2 || name.length > 12 || isGenericPrefix(surface, resources) || /[的和及或]/.test(name) || isOrdinaryPhrase(name, resources.lexicon)) continue;
      hits.push({ start, end, surface, name, ruleId: 'enterprise.list-item' });
    }
  }
  return hits;
}

/** 9家, 两家: how many firms a list closed by 等 holds. */
const FIRM_COUNT = /^(?:\d+|[一二两三四五六七八九十]+)家/;

/**
 * 智奇铁路、科达自控2家企业: a list without 等 closed by the count of its firms, when the count
 * is the number of items (so the list is all of them, and nothing before it belongs to it).
 */
function countedFirms(text: string, resources: Resources): Hit[] {
  const close = /(\d+|[两三四五六七八九十])家(?:企业|公司)/g;
  const hits: Hit[] = [];
  for (let m = close.exec(text); m; m = close.exec(text)) {
    if (text[m.index - 1] === '等') continue;
    const items = listBefore(text, m.index, resources);
    if (items.length < 2 || items.length !== countOf(m[1] ?? '')) continue;
    for (const [start, end] of items) {
      const surface = text.slice(start, end);
      if (isShortFirmName(surface, resources)) hits.push({ start, end, surface, name: nameOf(surface), ruleId: 'enterprise.counted-list' });
    }
  }
  return hits;
}

const CHINESE_DIGITS = '_一两三四五六七八九十';
function countOf(count: string): number {
  return /^\d+$/.test(count) ? Number(count) : count === '二' ? 2 : CHINESE_DIGITS.indexOf(count);
}

/**
 * Short names made of a brand and an industry (金鼎煤机, 宇光电缆, 方盛液压, 晋汉生物科技): two
 * characters that start a name and are no place or generic word, then an industry word.
 */
function brandAndIndustry(text: string, resources: Resources): Hit[] {
  const hits: Hit[] = [];
  for (const industry of resources.vocabulary.enterprises.industries) {
    for (let at = text.indexOf(industry); at >= 0; at = text.indexOf(industry, at + 1)) {
      const start = at - 2;
      const brand = text.slice(start, at);
      if (start < 0 || !isHan(brand[0]) || !isHan(brand[1]) || !startsName(text, start, resources)) continue;
      if (isGenericPrefix(brand, resources) || resources.gazetteer.byName(brand).length > 0 || startsName(text, start + 1, resources) || isOrdinaryPhrase(brand, resources.lexicon)) continue;
      const end = at + industry.length;
      // 华为数据|中心, 高|科技, 中|医药: an industry word inside a longer word is no name's end.
      if ([1, 2].some((more) => end + more <= text.length && isOrdinaryWord(text.slice(at, end + more), resources.lexicon))) continue;
      const withCharBefore = text.slice(at - 1, end);
      if (lexiconTag(withCharBefore, resources.lexicon) !== undefined || isGenericPrefix(withCharBefore, resources)) continue;
      // 做大|医药, 深化|科技: a name never starts with a verb the boundary list knows.
      if (leadingBoundary(brand, resources) === brand.length) continue;
      // 海洋科技, 卫星数据, 海洋生物: a word as common as these (brands are rare words) and a field
      // the generic words know name a field; 海洋液压 names a trade's firm, and the country's name
      // opens many firms' (中国建材, 中国医药).
      if ((resources.lexicon.byWord.get(brand)?.frequency ?? 0) > MAX_BRAND_WORD_FREQUENCY && isGenericPrefix(industry, resources) && !brand.startsWith('中国')) continue;
      // 渤海科技|大学, 中国液压|胶管之都: the words go on into the name of a school, a title or a work.
      if (continuesOtherName(text, end, resources)) continue;
      hits.push({ start, end, surface: text.slice(start, end), name: text.slice(start, end), ruleId: 'enterprise.brand-and-industry' });
    }
  }
  return hits;
}

/** 申沃--华夏动力新能源客车…项目: two partners joined by a dash at the head of a project. */
function jointVentures(text: string): Hit[] {
  const hits: Hit[] = [];
  const JOINT = /(?:^|\n)([\u4e00-\u9fff]{2,4})\s*(?:--|——|－－|—)\s*([\u4e00-\u9fff]{2,4})(?=新|[\u4e00-\u9fff]{2,}(?:项目|基地))/g;
  for (let m = JOINT.exec(text); m; m = JOINT.exec(text)) {
    const [whole, first, second] = m;
    if (!first || !second) continue;
    const firstAt = m.index + whole.indexOf(first);
    const secondAt = m.index + whole.lastIndexOf(second);
    hits.push({ start: firstAt, end: firstAt + first.length, surface: first, name: first, ruleId: 'enterprise.joint-venture' });
    hits.push({ start: secondAt, end: secondAt + second.length, surface: second, name: second, ruleId: 'enterprise.joint-venture' });
  }
  return hits;
}

/**
 * The short forms a plan itself gives its enterprises: the name without its legal form (阳煤 for
 * 阳煤集团, 祁玻 for 祁玻集团) and, where a region opens it, without the region too (兴安化工 for
 * 孝义市兴安化工有限公司), when what is left is no ordinary word (焦煤 is coking coal, not 山西焦煤集团).
 */
export function planShortForms(names: Iterable<string>, isRegionName: (name: string) => boolean, resources: Resources): string[] {
  const forms = new Set<string>();
  for (const name of names) {
    const stem = name.replace(LEGAL_FORM, '');
    if (stem === name) continue;
    const candidates = [stem];
    // The longest region name that opens the stem, and only a whole one (孝义市|兴安化工, not 孝义|市兴安化工).
    const cut = [4, 3, 2].find((n) => isRegionName(stem.slice(0, n)) && !/^[省市县区]/.test(stem.slice(n)));
    if (cut !== undefined) candidates.push(stem.slice(cut));
    for (const form of candidates) if (form.length >= 2 && form.length <= 8 && /^[\u4e00-\u9fff]+$/.test(form) && !isOrdinaryWord(form, resources.lexicon) && !isOrdinaryPhrase(form, resources.lexicon)) forms.add(form);
  }
  return [...forms].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
}

const LEGAL_FORM = /(?:股份有限公司|有限责任公司|责任有限公司|有限公司|集团公司|（集团）|集团|公司)$/;

/** An enterprise cited by a short form the plan gave it (阳煤 after 阳煤集团). */
function shortNames(text: string, shortForms: readonly string[], resources: Resources): Hit[] {
  const hits: Hit[] = [];
  for (const name of shortForms) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      if (!startsName(text, at, resources)) continue;
      // 安泰街桥, 同煤大道: a street named after a company is no mention of it.
      if (resources.vocabulary.enterprises.streetHeads.some((head) => text.startsWith(head, at + name.length))) continue;
      hits.push({ start: at, end: at + name.length, surface: name, name, ruleId: 'enterprise.plan-short-form' });
    }
  }
  return hits;
}

/** 以比亚迪、江铃重汽、威马等为代表的新能源汽车产业集群: the leading firms of an industry. */
const REPRESENTATIVES = /以([^，。；：！？\n]{2,60}?)等为代表的/g;

/**
 * The items of a 以…等为代表的 list that names the firms leading an industry: each item is an
 * enterprise when it is a short name (no region, no ordinary words: 太原、大同 or 焦化、钢铁
 * stand for places and trades).
 */
function representatives(text: string, resources: Resources): Hit[] {
  const hits: Hit[] = [];
  // A copy per call: a global pattern's lastIndex is state, and the module keeps none.
  const list = new RegExp(REPRESENTATIVES);
  for (let m = list.exec(text); m; m = list.exec(text)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 16);
    if (!/(?:产业|企业|集群|公司|集团)/.test(after)) continue;
    const listStart = m.index + 1;
    for (let start = listStart, i = listStart; i <= listStart + (m[1] ?? '').length; i += 1) {
      if (i < listStart + (m[1] ?? '').length && text[i] !== '、') continue;
      const surface = text.slice(start, i);
      start = i + 1;
      if (isShortFirmName(surface, resources)) hits.push({ start: i - surface.length, end: i, surface, name: nameOf(surface), ruleId: 'enterprise.representative' });
    }
  }
  return hits;
}

/** A firm's short name as a list gives it: 2 to 6 name characters, no place, trade or phrase. */
function isShortFirmName(surface: string, resources: Resources): boolean {
  const name = nameOf(surface);
  if (name.length < 2 || name.length > 6 || !/^[\u4e00-\u9fff]+$/.test(name)) return false;
  if (isGenericPrefix(name, resources) || isOrdinaryPhrase(name, resources.lexicon) || resources.gazetteer.byName(name).length > 0) return false;
  return !/[的和及或与等]/.test(name) && lexiconTag(name, resources.lexicon) !== 'ns';
}

/**
 * 推动中钢10万吨焊丝钢项目, 抓好金风科技300兆瓦时、山西道威400兆瓦时储能电站项目: the name that
 * heads a project's capacity in a list of works is the enterprise that builds it (ANNOTATION:
 * 阳煤集团寿阳乙二醇项目 names 阳煤集团). A place (晋北1400万千瓦), a work (…铁矿300万吨) or
 * generic words before the capacity name no enterprise.
 */
function capacityHeads(text: string, resources: Resources): Hit[] {
  const { workEnds, industries } = resources.vocabulary.enterprises;
  // A copy per call: a global pattern's lastIndex is state, and the shared resources keep none.
  const capacity = new RegExp(resources.vocabulary.enterprises.capacity);
  const hits: Hit[] = [];
  for (let m = capacity.exec(text); m; m = capacity.exec(text)) {
    const end = m.index;
    const clause = clauseStart(text, end, { maxLength: 16 });
    const cut = cutAtBoundary(text, clause.start, end, resources);
    if (clause.truncated && cut === clause.start) continue;
    const start = afterLeadingVerb(text, cut, end, resources);
    const name = nameOf(text.slice(start, end));
    // 柳林年消纳|20万吨, 存栏达到|…: a verb before the capacity makes a clause, not a name.
    if (lexiconTag(name.slice(-2), resources.lexicon) === 'v' || lexiconTag(name.slice(-1), resources.lexicon) === 'v') continue;
    if (name.length < 2 || name.length > 10 || /\d/.test(name) || isGenericPrefix(name, resources)) continue;
    if (workEnds.some((head) => name.endsWith(head)) || isPlaceOnly(name, resources)) continue;
    // 晋能集团孝义|…万吨: a named company and the place of its work; the suffix rule reads it.
    if (/(?:集团|公司)./.test(name)) continue;
    if (isOrdinaryPhrase(name, resources.lexicon) && !industries.some((industry) => name.endsWith(industry))) continue;
    hits.push({ start, end, surface: text.slice(start, end), name, ruleId: 'enterprise.capacity-head' });
  }
  return hits;
}

/** 晋北, 浑源, 大同市区: a region, or a region and generic words, or a place jieba knows. */
function isPlaceOnly(name: string, resources: Resources): boolean {
  const gazetteer = resources.gazetteer;
  if (gazetteer.byName(name).length > 0 || lexiconTag(name, resources.lexicon) === 'ns') return true;
  for (let cut = 2; cut <= Math.min(4, name.length - 1); cut += 1) {
    if (gazetteer.byName(name.slice(0, cut)).length > 0 && isGenericPrefix(name.slice(cut), resources)) return true;
  }
  return false;
}

/** 中车大功率电传动矿用车、陕汽重卡、中兵有色金属铸造等项目: a list of works closed by 等…项目. */
const WORKS_LIST_CLOSE = /等(?:[^，。；：！？\n、]{0,6}?)项目/g;
/** jieba tags of the content word a product or a work starts with (矿用车, 掘进机, 环保 …). */
const PRODUCT_TAGS = new Set(['n', 'vn', 'nz', 'j', 'b']);
const MIN_HEAD = 2;
const MAX_HEAD = 4;

/**
 * 中车大功率电传动矿用车、骏腾肉鸡、北航长鹰蜜蜂飞机制造等项目: each item of a list of works
 * is a product or a work, headed by the firm that makes it (ANNOTATION: a 专栏 line "with its
 * enterprise when it starts with one"). The head is the shortest opening of two to four
 * characters that jieba cannot read as ordinary words and that a product word follows.
 */
function worksListHeads(text: string, resources: Resources): Hit[] {
  const close = new RegExp(WORKS_LIST_CLOSE);
  const hits: Hit[] = [];
  for (let m = close.exec(text); m; m = close.exec(text)) {
    const heads: Hit[] = [];
    for (const [start, end] of listBefore(text, m.index, resources)) {
      const head = itemHead(text.slice(start, end), resources);
      if (head) heads.push({ start, end: start + head.length, surface: head, name: head, ruleId: 'enterprise.works-list-head' });
    }
    // One odd opening in a list of works is as likely a word jieba lacks; two or more make a
    // list of firms' works (骏腾肉鸡、恒宗黄芪精深加工).
    if (heads.length >= 2) hits.push(...heads);
  }
  return hits;
}

/** The firm's name that opens a list item (骏腾|肉鸡), or undefined when none reads so. */
function itemHead(item: string, resources: Resources): string | undefined {
  // 兰合铁路、中兰铁路…等重大项目, 益芦航道: an item that is a line's, a waterway's or a school's
  // name by its head word opens on that work's own name, not on a firm's (丰邦汽车商务广场 does not).
  if (resources.vocabulary.enterprises.otherHeads.some((h) => nameOf(item).endsWith(h))) return undefined;
  for (let k = MIN_HEAD; k <= Math.min(MAX_HEAD, item.length - 2); k += 1) {
    const head = item.slice(0, k);
    if (!/^[\u4e00-\u9fff]+$/.test(head) || !startsProduct(item, k, resources)) continue;
    // 集成|电路: a word across the cut means the cut is inside a word, not after a name.
    if (isOrdinaryWord(item.slice(k - 1, k + 1), resources.lexicon)) continue;
    // 广珠|城际轨道交通: the item goes on into a work's head word.
    if (continuesOtherName(item, k, resources)) return undefined;
    if (!isShortFirmName(head, resources) || isPlaceOnly(head, resources) || lexiconTag(head, resources.lexicon) !== undefined) return undefined;
    if (leadingBoundary(head, resources) > 0 || FUNCTION_CHAR.test(head) || !readsAsCoinedName(head, resources)) return undefined;
    return head;
  }
  return undefined;
}

const QUALIFYING_HEADS = new Set(['高铁', '高速', '公路', '机场', '路']);

/**
 * 渤海科技|大学, 通村水泥|（油）路, 广珠|城际轨道交通: the text after `at` (past a bracketed
 * qualifier) starts with the head word of a line, a waterway, a school or a title, so what ends at
 * `at` is a piece of that name.
 */
function continuesOtherName(text: string, at: number, resources: Resources): boolean {
  const rest = text.slice(at, at + 12).replace(/^(?:（[^（）]{1,4}）|\([^()]{1,4}\))/, '');
  // 高行液压|高铁导轨板: a head that also qualifies a product (高铁, 路) ends the name only at a break.
  return resources.vocabulary.enterprises.otherHeads.some(
    (h) => rest.startsWith(h) && ((h.length >= 2 && !QUALIFYING_HEADS.has(h)) || !isHan(rest[h.length])),
  );
}

/** A product or work word (two characters or more, a noun by jieba's tags) starts at `at`. */
function startsProduct(item: string, at: number, resources: Resources): boolean {
  for (let len = 2; len <= 4 && at + len <= item.length; len += 1) {
    if (PRODUCT_TAGS.has(lexiconTag(item.slice(at, at + len), resources.lexicon) ?? '')) return true;
  }
  return false;
}

/**
 * A coined name (骏腾, 中车, 麦柯耐斯) holds no word jieba knows and no place: 光伏全, 碳纳米
 * and 吕梁云, 京东山西 are a product's or a place's words cut at the wrong place, and a name
 * opening on a generic character (新研, 北肉) says which kind, not which firm.
 */
function readsAsCoinedName(head: string, resources: Resources): boolean {
  if (isGenericPrefix(head.slice(0, 1), resources) || /^[东西南北新晋蒙冀豫陕]/.test(head)) return false;
  for (let at = 0; at + 2 <= head.length; at += 1) {
    const pair = head.slice(at, at + 2);
    if (lexiconTag(pair, resources.lexicon) !== undefined || resources.gazetteer.byName(pair).length > 0) return false;
  }
  return true;
}

/** A brand that opens a phrase, as jieba's tags read it (see brandAt). */
interface Brand {
  end: number;
  /**
   * jieba reads a person's or organisation's name in it (华为/nr, 中电投/nt), or a coined word
   * with a name or a place jieba knows (益海|嘉里, 红星|美凯龙, 中国|商飞). Coined words alone are
   * as often new jargon jieba lacks (文旅, 康养, 餐厨) and one nz word a product (甲醇, 聚酯).
   */
  strong: boolean;
  /**
   * A word jieba's HMM made (益海, 美凯龙) and a name jieba knows beside it (嘉里, 红星), with no
   * place opening it: no site, person or region-and-jargon (…康养) reads so.
   */
  coinedWithName: boolean;
}

const MAX_BRAND = 8;
/**
 * Proper nouns this frequent are ordinary words jieba happens to tag as names (深度 1930 ns,
 * 智慧 1581 nr); brands are rare words.
 */
const MAX_BRAND_WORD_FREQUENCY = 1000;

/**
 * The brand that opens `text` at `at` (中磁|尚善, 红星|美凯龙, 益海|嘉里), by jieba's tags with its
 * HMM: a region may open it (天津|锦美, 孝义|鹏飞), then rare proper or coined words; the first
 * ordinary word ends it. A region alone, a generic or ordinary phrase is no brand.
 */
function brandAt(text: string, at: number, resources: Resources): Brand | undefined {
  let to = at;
  while (to < text.length && to - at < 16 && isHan(text[to])) to += 1;
  const { lexicon, gazetteer } = resources;
  // An ordinary word opening the phrase (建设, 小区) is no brand's start; asking jieba is dear.
  if (to - at < 2 || isOrdinaryWord(text.slice(at, at + 2), lexicon)) return undefined;
  let end = at;
  let named = 0;
  let coined = false;
  let tagged = false;
  let opened = false;
  let known = false;
  const words = lexicon.tagWords(text.slice(at, to));
  for (const [i, word] of words.entries()) {
    const isRegion = gazetteer.byName(word.word).length > 0;
    // One place may open a brand (天津|锦美); a second one makes a place's phrase (柳林|阿里).
    if (named === 0 && !opened && (isRegion || word.tag === 'ns')) {
      end += word.word.length;
      opened = true;
      continue;
    }
    if (isRegion || !isBrandWord(word, resources)) break;
    const isCoined = isCoinedWord(word, lexicon);
    // A person's or organisation's name is whole: a coined word after it is its business (阿里|文创).
    if (isCoined && tagged) break;
    const cut = isCoined ? swallowedAfter(word.word, words[i + 1]?.word ?? '', opened, lexicon) : 0;
    end += word.word.length - cut;
    named += word.word.length - cut;
    if (isCoined) coined = true;
    else if (PERSON_OR_ORGANISATION.has(word.tag)) tagged = true;
    else {
      known = true;
    }
    if (cut > 0) break;
  }
  const strong = tagged || (coined && (known || opened));
  if (named < 2 || end - at > MAX_BRAND) return undefined;
  const brand = text.slice(at, end);
  if (NOT_FIRM_END.test(brand) || resources.vocabulary.enterprises.workEnds.some((head) => brand.endsWith(head)) || gazetteer.byName(brand).length > 0 || isGenericPrefix(brand, resources) || isOrdinaryPhrase(brand, lexicon) || leadingBoundary(brand, resources) > 0) return undefined;
  return { end, strong, coinedWithName: coined && known && !opened };
}

/**
 * jieba's HMM may make one word of a name and the character after it (美锦等, 锦美炭|基板,
 * 固废基|地): 1 when the coined word's last character is a function word, starts a word of the
 * lexicon with what follows, or, after a place, is a word of its own (天津|锦美|炭: a local
 * firm's name after its place is two characters), so the name ends before it.
 */
function swallowedAfter(word: string, next: string, opened: boolean, lexicon: Lexicon): number {
  if (word.length < 3) return 0;
  const last = word.slice(-1);
  if (FUNCTION_CHAR.test(last) || (opened && word.length === 3 && lexicon.byWord.has(last))) return 1;
  for (let len = 1; len <= Math.min(3, next.length); len += 1) if (lexicon.byWord.has(last + next.slice(0, len))) return 1;
  return 0;
}

/**
 * Endings of what is no firm: an institution (与清华大学合作), a place (陕蒙两省区), a kind of firm
 * (央企, 国企).
 */
const NOT_FIRM_END = /(?:大学|学院|学校|医院|研究院|研究所|科学院|协会|学会|政府|部|局|委|厅|办|[省市县区]|企)$/;

const PERSON_OR_ORGANISATION = new Set(['nr', 'nrt', 'nrfg', 'nt']);

function isBrandWord(word: TaggedWord, resources: Resources): boolean {
  if (!isProperWord(word, resources.lexicon)) return false;
  return (resources.lexicon.byWord.get(word.word)?.frequency ?? 0) <= MAX_BRAND_WORD_FREQUENCY;
}

/**
 * Verbs after which a firm is what comes: one brings in, signs with or docks with a firm
 * (引进中电投，对接宝能), or works with one (与中石化共建, 与中国商飞深度合作).
 */
const BRAND_VERB = /(?:引进|引入|招引|签约|对接|落地|落户|携手|与|同)/g;
/** After 与/同/携手 the partner is a firm only when working together follows. */
const PARTNER_VERB = /^(?:深度|全面|战略|紧密|开展)?(?:合作|共建|共同|联合|合资|签约|签署|携手)/;
/** After 引进…: the brand stands alone, closes a list, or heads its project or group. */
const BRAND_CLOSE = /^(?:[，。；、,;：:！？\n）)]|等|项目|集团|公司|$)/;

/** 引进中电投，建设…; 与中国商飞深度合作: the firm one brings in or works with. */
function brandsAfterVerb(text: string, resources: Resources): Hit[] {
  const verb = new RegExp(BRAND_VERB);
  const hits: Hit[] = [];
  for (let m = verb.exec(text); m; m = verb.exec(text)) {
    const start = m.index + m[0].length;
    const partner = /^(?:与|同|携手)$/.test(m[0]);
    // 大同, 同比, 参与: most 与 and 同 join no partner; only a working-together verb close by says so.
    if (partner && !/合作|共建|共同|联合|合资|签约|签署|携手/.test(text.slice(start, start + 14))) continue;
    const brand = brandAt(text, start, resources);
    // 引进甲醇、LNG: an nz word alone is as often a product (甲醇, 聚酯) as a firm.
    if (!brand?.strong) continue;
    const after = text.slice(brand.end, brand.end + 8);
    if (partner ? !PARTNER_VERB.test(after) : !BRAND_CLOSE.test(after)) continue;
    const surface = text.slice(start, brand.end);
    hits.push({ start, end: brand.end, surface, name: surface, ruleId: 'enterprise.brand-after-verb' });
  }
  return hits;
}

/**
 * 推进益海嘉里项目建设, 推动宝能整车项目: a coined brand right after the verb and before its
 * project (or before the product words of it) is the firm building it. Lists closed by 等…项目
 * are the works-list rule's.
 */
function brandsBeforeProject(text: string, resources: Resources): Hit[] {
  const hits: Hit[] = [];
  for (let at = text.indexOf('项目'); at >= 0; at = text.indexOf('项目', at + 2)) {
    const clause = clauseStart(text, at, { maxLength: 20 });
    const cut = cutAtBoundary(text, clause.start, at, resources);
    if (cut === clause.start && clause.truncated) continue;
    const start = afterLeadingVerb(text, cut, at, resources);
    // Only right after a verb (推进|益海嘉里): after a count or 的 (41个老旧小区, 的酒文旅) the
    // words before 项目 say what kind of work.
    if (!afterVerb(text, start, resources)) continue;
    const brand = brandAt(text, start, resources);
    // A known proper name before 项目 is as often the site of the work (a scenic spot, a place:
    // 皇城相府项目) as its firm; a coined one is a brand.
    if (!brand?.coinedWithName) continue;
    const product = text.slice(brand.end, at);
    if (product.length > 0 && (product.length > 10 || !isOrdinaryPhrase(product, resources.lexicon))) continue;
    const surface = text.slice(start, brand.end);
    hits.push({ start, end: brand.end, surface, name: surface, ruleId: 'enterprise.brand-before-project' });
  }
  return hits;
}

/** A two-character verb (推进, 推动, 引进) ends right before `at`. */
function afterVerb(text: string, at: number, resources: Resources): boolean {
  const tag = lexiconTag(text.slice(Math.max(0, at - 2), at), resources.lexicon);
  return tag === 'v' || tag === 'vn';
}
