import { type Hit, longestFirst, nameOf } from './hits.ts';
import { isOrdinaryPhrase, lexiconTag } from './lexicon.ts';
import { clauseStart, cutAtBoundary, isGenericPrefix, leadingBoundary } from './names.ts';
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
  return longestFirst([...suffixedParks(text, resources), ...demonstrationAreas(text, resources), ...vocabularyParks(text, resources)]);
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
    const surface = text.slice(start, suffixEnd);
    hits.push({ start, end: suffixEnd, surface, name: nameOf(surface), ruleId: isArea ? 'park.area-suffix' : 'park.suffix' });
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
  return afterLeadingVerb(text, start, suffixStart, resources);
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

/** Tags of content words (精细化工, 出行), which a name may hold; not of 各县, 全市 (pronouns). */
const CONTENT_TAGS = new Set(['n', 'v', 'vn', 'a', 'an', 'l', 'i', 'nz', 'ns', 'nt']);
