import { type Hit, longestFirst, nameOf } from './hits.ts';
import { isOrdinaryPhrase, lexiconTag } from './lexicon.ts';
import { afterLeadingWords, clauseStart, cutAtBoundary, isGenericPrefix, leadingBoundary, startsName } from './names.ts';
import type { Resources } from './resources.ts';

/** A named base or sub-area after a park's name belongs to it (榆次工业园区寇村基地). */
const SUB_BASE = /^[\u4e00-\u9fff]{2}(?:基地|片区)/;
const MAX_NAME_PREFIX = 20;
/** 总投资百亿元, 占地3000亩: an amount before a name says how big, never which. */
const AMOUNT = /(?:总投资|投资|占地)?(?:\d+(?:\.\d+)?|[一二三四五六七八九十百千]+)\s*[多余]?\s*[万亿]*\s*(?:元|吨|亩|平方米|平方公里)/g;

/**
 * Named parks (晋中经济技术开发区, 阳煤昔阳化工园区, 中鼎物流园, 山西转型综改示范区), the
 * demonstration areas named after a place (南部城郊农业示范区) and the parks of the vocabulary.
 */
export function findParks(text: string, resources: Resources): Hit[] {
  // A park inside a park is read by extractPlan, from the longer name's own text.
  return longestFirst([...suffixedParks(text, resources), ...demonstrationAreas(text, resources), ...vocabularyParks(text, resources), ...listedParks(text, resources)]);
}

/**
 * A park suffix and the name that runs left of it to the start of its clause, cut after the
 * last word that cannot be part of a name. A suffix with nothing but generic words before it
 * (开发区, 现代工业园区, 省级经济技术开发区) names no park.
 */
function suffixedParks(text: string, resources: Resources): Hit[] {
  const parks = resources.vocabulary.parks;
  // A copy per call: a global pattern's lastIndex is state, and the shared resources keep none.
  const pattern = new RegExp(parks.suffixPattern);
  const hits: Hit[] = [];
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const suffixStart = m.index;
    let suffixEnd = m.index + m[0].length;
    // 园区 right after a suffix word ending in 园 (产业园区) is the same suffix, read longer.
    if (text.startsWith('区', suffixEnd) && m[0].endsWith('园')) suffixEnd += 1;
    pattern.lastIndex = suffixEnd;
    const bare = parks.areaWithSubArea.includes(m[0]);
    const isArea = bare || parks.areaSuffixes.includes(m[0]);
    // 山西转型综改示范区晋中区: a zone's named sub-area is part of its name; 示范区晋中区 (the
    // zone said short) is a park only by its sub-area.
    const subArea = isArea ? /^[\u4e00-\u9fff]{2}区(?![\u4e00-\u9fff]{0,1}[区园])/.exec(text.slice(suffixEnd)) : null;
    if (bare && !subArea) continue;
    if (subArea) suffixEnd += subArea[0].length;
    else {
      const base = SUB_BASE.exec(text.slice(suffixEnd));
      if (base && !/[\u4e00-\u9fff]/.test(text[suffixEnd + base[0].length] ?? '')) suffixEnd += base[0].length;
    }
    const start = parkNameStart(text, suffixStart, resources);
    if (start === undefined) continue;
    const prefix = text.slice(start, suffixStart);
    // 让|开发区, 茶|园区: one character before a suffix is too little for a name.
    if (!isArea && (nameOf(prefix).length < 2 || isGenericPrefix(prefix, resources) || isHeadWordOnly(prefix, resources))) continue;
    // A weak head (物流中心, 陆港) also ends ordinary phrases: 家居物流中心 is a trade's centre.
    if (parks.weakSuffixes.includes(m[0]) && isOrdinaryPhrase(nameOf(prefix), resources.lexicon) && !startsWithRegion(prefix, resources)) continue;
    if (parks.notParks.some((word) => text.slice(start, suffixEnd).endsWith(word))) continue;
    // 吕梁新区 is an area; 宜居宜业新区, 城市新区 are wishes and kinds: only a place names one.
    const placeHead = parks.placeSuffixes.includes(m[0]);
    if (placeHead && !isCityOrCounty(nameOf(prefix), resources)) continue;
    const baseHead = parks.baseSuffixes.includes(m[0]);
    if (baseHead && !isNamedBase(text, start, prefix, resources)) continue;
    // 立体康养服务示范基地: a demonstration base is an area only where a place or a name opens it.
    if (parks.placeBaseSuffixes.includes(m[0]) && !startsWithPlaceOrName(nameOf(prefix), resources)) continue;
    const surface = text.slice(start, suffixEnd);
    const ruleId = isArea ? 'park.area-suffix' : baseHead ? 'park.base' : placeHead ? 'park.place-area' : 'park.suffix';
    hits.push({ start, end: suffixEnd, surface, name: nameOf(surface), ruleId }, ...sharedHeadParks(text, start, suffixStart, suffixEnd, resources));
  }
  return hits;
}

/** Places listed before one park head (长子、黎城, 介休、左权) are read up to this long. */
const MAX_PLACE = 6;

/**
 * 长子、黎城省级开发区, 介休、左权煤炭物流园区: places listed with 、 before a park whose name is a place
 * and generic words (省级) name one park each, of the same kind: 长子省级开发区. The item's own
 * characters are the mention; its name takes the shared head.
 */
function sharedHeadParks(text: string, start: number, suffixStart: number, end: number, resources: Resources): Hit[] {
  const prefix = text.slice(start, suffixStart);
  let place = 0;
  for (let length = Math.min(MAX_PLACE, prefix.length); length >= 2 && place === 0; length -= 1) {
    if (isPlacePrefix(prefix.slice(0, length), resources) && isGenericPrefix(prefix.slice(length), resources)) place = length;
  }
  if (place === 0) return [];
  const head = nameOf(text.slice(start + place, end));
  const hits: Hit[] = [];
  for (let at = start; text[at - 1] === '、'; ) {
    const itemEnd = at - 1;
    let itemStart = -1;
    for (let length = Math.min(MAX_PLACE, itemEnd); length >= 2 && itemStart < 0; length -= 1) {
      const from = itemEnd - length;
      // 在榆次区、晋中经济技术开发区: a division by its full name lists the places themselves.
      if (isPlacePrefix(text.slice(from, itemEnd), resources) && startsName(text, from, resources) && !/[省市县区乡镇]$/.test(text[itemEnd - 1] ?? '')) itemStart = from;
    }
    if (itemStart < 0) break;
    const surface = text.slice(itemStart, itemEnd);
    hits.push({ start: itemStart, end: itemEnd, surface, name: nameOf(surface) + head, ruleId: 'park.shared-head' });
    at = itemStart;
  }
  return hits;
}

/**
 * Where the name whose suffix starts at `suffixStart` begins, or undefined when its clause runs
 * on too far to tell. After the boundary cut, three things that the cut leaves are no part of
 * a name: an amount (总投资百亿元|兵器集团…产业园), a leading verb (提速|晋北物流园, 让|开发区),
 * and half a word the cut split (精细化|工 of 清徐精细化工循环产业园 is mended to the whole).
 */
export function parkNameStart(text: string, suffixStart: number, resources: Resources, maxPrefix: number = MAX_NAME_PREFIX): number | undefined {
  const clause = clauseStart(text, suffixStart, { maxLength: maxPrefix, allowBrackets: true });
  let start = cutAtBoundary(text, clause.start, suffixStart, resources);
  if (clause.truncated && start === clause.start) return undefined;
  start = mendSplitWord(text, clause.start, start, suffixStart, resources);
  start = afterAmount(text, start, suffixStart);
  start = afterTitleVerb(text, start, suffixStart, resources);
  const placeAt = (at: number): boolean => resources.gazetteer.byName(text.slice(at, at + 2)).length > 0;
  return afterLeadingWords(text, afterLeadingVerb(text, start, suffixStart, resources), suffixStart, resources, { tags: LEADING_TAGS, placeAt, keepWhole: false });
}

/**
 * jieba's tags of words that open a clause and never a park's name: verbs and verbal nouns
 * (明晰|开发区, 合理优化|园区), pronouns and determiners (其他|省级园区, 每个|开发区), time words
 * (年内|朔州经济开发区), adverbs (同步享受|科技创新城) and adjectives, prepositions, conjunctions.
 */
const LEADING_TAGS = new Set(['v', 'vn', 'r', 't', 'd', 'a', 'p', 'c']);

/**
 * 延津县获批|国家现代农业产业园, 蕉岭园获批|省级特色产业园: a verb of award inside the prefix makes
 * a clause (a place won a title); the name, if any, starts after the verb.
 */
function afterTitleVerb(text: string, start: number, end: number, resources: Resources): number {
  const prefix = text.slice(start, end);
  let cut = start;
  for (const verb of resources.vocabulary.parks.titleVerbs) {
    const at = prefix.lastIndexOf(verb);
    if (at > 0) cut = Math.max(cut, start + at + verb.length);
  }
  return cut;
}

/** The start moved past the last amount of money or size in text[start, end). */
function afterAmount(text: string, start: number, end: number): number {
  let cut = start;
  // A copy per call: a global pattern's lastIndex is state, and the module keeps none.
  const amount = new RegExp(AMOUNT);
  const span = text.slice(start, end);
  for (let m = amount.exec(span); m; m = amount.exec(span)) cut = start + m.index + m[0].length;
  return cut;
}

/**
 * The start moved past a verb that opens the prefix (提速晋北物流园, 驻并银行 …): a name holds
 * no verb of action. A region's name is never stripped, whatever jieba tags it.
 */
export function afterLeadingVerb(text: string, start: number, end: number, resources: Resources): number {
  if (resources.gazetteer.byName(text.slice(start, start + 2)).length > 0) return start;
  // The longest word at the start decides: 不锈钢 is a noun though 不锈 is a verb.
  // One character is too little to tell a verb (振东集团, 让开发区 alike): words of two or more.
  for (let length = Math.min(4, end - start); length >= 2; length -= 1) {
    const tag = lexiconTag(text.slice(start, start + length), resources.lexicon);
    if (tag !== undefined) return tag === 'v' ? start + length : start;
  }
  return start;
}

/**
 * A boundary cut inside an ordinary word (精细|化工: 细化 is a boundary word) splits the word;
 * the name then starts at the word's own clause cut, left of the whole word. Only a word of
 * three or more characters that holds the whole boundary word counts (申报|国家 is no split
 * of 报国, 以|太原 none of 以太).
 */
export function mendSplitWord(text: string, clauseFrom: number, start: number, end: number, resources: Resources): number {
  if (start <= clauseFrom) return start;
  let boundaryStart = start;
  for (let k = Math.max(clauseFrom, start - 4); k < start; k += 1) {
    if (leadingBoundary(text.slice(k, start), resources) === start - k) {
      boundaryStart = k;
      break;
    }
  }
  for (let from = Math.max(clauseFrom, start - 3); from <= boundaryStart && from < start; from += 1) {
    for (let to = Math.min(end, from + 4); to > start; to -= 1) {
      // Two characters cross a cut by chance too often (以|太原 read as 以太): three or more.
      if (to - from < 3 || !CONTENT_TAGS.has(lexiconTag(text.slice(from, to), resources.lexicon) ?? '')) continue;
      return cutAtBoundary(text, clauseFrom, from, resources);
    }
  }
  return start;
}

/** 大同国际…: a region's name opens the prefix (大同 is an ordinary word too). */
function startsWithRegion(prefix: string, resources: Resources): boolean {
  return [3, 2].some((length) => resources.gazetteer.byName(prefix.slice(0, length)).length > 0);
}

/**
 * 北方氢能产业基地, 非常规天然气示范基地, 林菌示范基地: a base after ordinary words or a bare
 * two-character word is a role a plan gives a place, not an area; one named by a place or a
 * proper name (吕梁双创基地, 龙芯安全可靠信息产业基地) is.
 */
function isNamedBase(text: string, start: number, prefix: string, resources: Resources): boolean {
  const name = nameOf(prefix);
  // 1000万只肉蛋鸡…产业基地: a count of what a base breeds or makes says what it does, not which.
  if (isTitle(text, start, prefix, resources) || /\d+\s*[万亿]?\s*[只头吨]/.test(name)) return false;
  // 百度（山西）人工智能…产业基地: an enterprise's base, named with its branch, is its project.
  if (/[（(]/.test(name)) return false;
  return startsWithRegion(name, resources) || (name.length >= 3 && !isOrdinaryPhrase(name, resources.lexicon));
}

/**
 * 吕梁, 孝义市: a 新区 is a city's or a county's new district; a township's (孝义市下栅乡新区卫生院)
 * is the new part of a village, not a development area.
 */
function isCityOrCounty(prefix: string, resources: Resources): boolean {
  return resources.gazetteer.byName(prefix).some((entry) => entry.row.level !== 'township');
}

/** 吕梁, 孝义市下栅乡, 城西: a prefix that reads wholly as places and directions, one place at least (北部 alone names no area). */
function isPlacePrefix(prefix: string, resources: Resources): boolean {
  const { directions } = resources.vocabulary.parks;
  const ok: boolean[] = new Array<boolean>(prefix.length + 1).fill(false);
  ok[0] = true;
  for (let i = 0; i < prefix.length; i += 1) {
    if (!ok[i]) continue;
    for (let length = 2; length <= 4 && i + length <= prefix.length; length += 1) {
      const word = prefix.slice(i, i + length);
      if (directions.includes(word) || resources.gazetteer.byName(word).length > 0) ok[i + length] = true;
    }
  }
  return ok[prefix.length] === true && (!directions.includes(prefix) || resources.gazetteer.byName(prefix).length > 0);
}

/**
 * 国家新型工业化产业示范基地, 创建…双创示范基地: a base named after the country or the province,
 * or one a place seeks or wins, is a title awarded, not an area with its own management.
 */
function isTitle(text: string, start: number, prefix: string, resources: Resources): boolean {
  const parks = resources.vocabulary.parks;
  // A verb inside the prefix (…开发区获批国家绿色产业基地) says what a park won: a clause, no name.
  return parks.titleMarks.some((mark) => nameOf(prefix).startsWith(mark)) || parks.titleVerbs.some((verb) => text.startsWith(verb, start - verb.length) || prefix.includes(verb));
}

/** A prefix that is itself only a park head word (陆港|物流园区) names no park. */
function isHeadWordOnly(prefix: string, resources: Resources): boolean {
  return resources.vocabulary.parks.suffixes.includes(nameOf(prefix));
}

/**
 * 南部城郊农业示范区, 阳曲现代农业产业示范区, 碛口生态文旅示范区: a 示范区 named after a place is
 * an area with its own management (ANNOTATION: parks). One named after the country or the
 * province (国家全域旅游示范区, 省级…) or after an ordinary word (资源型经济转型发展示范区) is a
 * title or a programme: the name must start with a place, a direction or a proper name.
 */
function demonstrationAreas(text: string, resources: Resources): Hit[] {
  const parks = resources.vocabulary.parks;
  const hits: Hit[] = [];
  for (let at = text.indexOf('示范区'); at >= 0; at = text.indexOf('示范区', at + 1)) {
    const end = at + 3;
    // 示范区晋中区 and the zone's own names are read by the suffix rule.
    if (parks.areaSuffixes.some((s) => text.startsWith(s, end - s.length))) continue;
    const start = parkNameStart(text, at, resources, 16);
    if (start === undefined || at - start < 4) continue;
    const prefix = text.slice(start, at);
    // 晋中市国家现代农业示范区 is a title too; 汾河百公里中游示范区, 即108示范区 are works and zones.
    if (isGenericPrefix(prefix, resources) || parks.titleMarks.some((mark) => prefix.includes(mark)) || /[\d百千]/.test(prefix)) continue;
    if (parks.titleVerbs.some((verb) => text.startsWith(verb, start - verb.length))) continue;
    if (!startsWithPlaceOrName(prefix, resources)) continue;
    const surface = text.slice(start, end);
    hits.push({ start, end, surface, name: nameOf(surface), ruleId: 'park.demonstration-area' });
  }
  return hits;
}

/** 阳曲…, 南部…, 碛口…, 西山…: a region, a direction or a word jieba knows as no ordinary word. */
function startsWithPlaceOrName(prefix: string, resources: Resources): boolean {
  const head = prefix.slice(0, 2);
  if (resources.gazetteer.byName(head).length > 0 || resources.vocabulary.parks.directions.includes(head)) return true;
  const tag = lexiconTag(head, resources.lexicon);
  return tag === undefined || tag === 'ns' || tag === 'nz';
}

/** Parks the plans name without any park suffix (山西农谷). */
function vocabularyParks(text: string, resources: Resources): Hit[] {
  const hits: Hit[] = [];
  for (const { name, pattern: named } of resources.vocabulary.parks.named) {
    const pattern = new RegExp(named);
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      hits.push({ start: m.index, end: m.index + m[0].length, surface: m[0], name, ruleId: 'park.vocabulary' });
    }
  }
  return hits;
}

/** Items of a list: 唐槐、科创城 before 等园区; at most this many characters each. */
const MAX_LIST_ITEM = 12;

/**
 * 唐槐、科创城等园区, 离石天源等物流园区, 汾阳数字供应链等物流集聚区: a list closed by 等 and a park
 * class word (with only generic words between: 物流, 省级) lists parks by their short names. Each
 * item runs back to a 、 or its clause start, cut after a verb (支持离石天源). A region's bare
 * name (长治、晋中等开发区) is the region the park lies in, read as such by the region finder.
 */
function listedParks(text: string, resources: Resources): Hit[] {
  const hits: Hit[] = [];
  for (let at = text.indexOf('等'); at >= 0; at = text.indexOf('等', at + 1)) {
    if (!closesParkList(text, at + 1, resources)) continue;
    let end = at;
    while (end > 0) {
      const start = parkNameStart(text, end, resources, MAX_LIST_ITEM);
      if (start === undefined) break;
      const surface = text.slice(start, end);
      const name = nameOf(surface);
      // 晋中通用航空产业园等: an item with a park head of its own is read by the suffix rule.
      const headed = resources.vocabulary.parks.suffixes.some((suffix) => text.startsWith(suffix, end - suffix.length));
      if (!headed && isListedPark(name, resources)) hits.push({ start, end, surface, name, ruleId: 'park.list-item' });
      // The list goes on left only over 、 right before this item.
      if (text[start - 1] !== '、') break;
      end = start - 1;
    }
  }
  return hits;
}

/** Whether text after 等 at `from` is a park class word, with generic words before it and no stop after. */
function closesParkList(text: string, from: number, resources: Resources): boolean {
  const parks = resources.vocabulary.parks;
  for (let length = 0; length <= 6; length += 1) {
    const head = parks.listClasses.find((word) => text.startsWith(word, from + length));
    if (!head) continue;
    if (length > 0 && !isGenericPrefix(text.slice(from, from + length), resources)) return false;
    const after = from + length + head.length;
    return !parks.listStops.some((stop) => text.startsWith(stop, after));
  }
  return false;
}

/** An item of a park list that names one: a specific name, not a region alone, a kind or a number. */
function isListedPark(name: string, resources: Resources): boolean {
  // An item ending in 园 or 区 is a park by its own head, or a head cut by a line break (产|业园).
  if (name.length < 2 || name.length > MAX_LIST_ITEM || /\d|[园区]$/.test(name)) return false;
  if (resources.gazetteer.byName(name).length > 0 || isGenericPrefix(name, resources)) return false;
  // 大同肉制品产业等集聚区: an item ending in a kind word (产业, 集群) names a trade, not a park.
  if (isGenericPrefix(name.slice(-2), resources)) return false;
  // 离石天源 reads as ordinary words (离石 is a word too): a region opening it makes it a name.
  return startsWithRegion(name, resources) || !isOrdinaryPhrase(name, resources.lexicon);
}

/** Tags of content words (精细化工, 出行), which a name may hold; not of 各县, 全市 (pronouns). */
const CONTENT_TAGS = new Set(['n', 'v', 'vn', 'a', 'an', 'l', 'i', 'nz', 'ns', 'nt']);
