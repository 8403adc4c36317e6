/**
 * Finds strategic areas that span regions (108廊带, 太原都市区, 京津冀, …经济带 / …城市群) and the
 * passages that define a zone's extent by enumerating the regions it covers.
 */
import type { RegionHit } from './regions.ts';
import { nameOf } from './hits.ts';
import { isOrdinaryPhrase } from './lexicon.ts';
import { afterLeadingWords } from './names.ts';
import type { Resources } from './resources.ts';
import type { RegionLetters } from './region-letters.ts';
import type { RuleId } from './rules.ts';

export interface ZoneHit {
  start: number;
  end: number;
  /** The text as written. */
  surface: string;
  /** Canonical name: the zone's entity is `zone:<name>`. */
  name: string;
  ruleId: RuleId;
}

export interface ZoneCoverage {
  zone: ZoneHit;
  /** Gazetteer code of the covered region. */
  code: string;
  /** The passage that states the extent: from the zone's name to the end of the enumeration. */
  start: number;
  end: number;
  ruleId: RuleId;
}

export const ZONE_RULES = {
  corridor: 'zone.corridor',
  suffix: 'zone.name-with-zone-suffix',
  multiRegion: 'zone.multi-region-suffix',
  pilot: 'zone.comprehensive-pilot-zone',
  known: 'zone.multi-region-name',
  abbreviations: 'zone.province-abbreviations',
  enumeration: 'zone.enumeration-sharing-head',
  bigRegion: 'zone.big-region',
  riverBasin: 'zone.national-river-basin',
  countedGroup: 'zone.counted-county-group',
  open: 'zone.open-head',
  abbreviationHead: 'zone.abbreviation-head',
  coverage: 'zone.coverage.enumeration-after-cue',
} as const satisfies Record<string, RuleId>;

/** Variant heads that name the same zone: 离柳中方城镇组群 = 离柳中方城镇群. */
const HEAD_VARIANTS: Record<string, string> = { 城镇组群: '城镇群' };

/**
 * The corridor and the demonstration zone over it are one Zone (the 晋中 plan uses both for
 * the same six counties): 晋中108廊带区域一体化发展示范区, 108廊带示范区 and 108廊带 → 108廊带.
 */
const CORRIDOR = /([\p{Script=Han}]{2,3}?)?(\d+)\s*(?:廊带((?:区域)?(?:一体化)?(?:发展)?示范区)?|示范区)/gu;

/** Characters that end a name on its left (的, 和, 、 …); words come from data/dictionary. */
const BOUNDARY_CHARS = new Set([...'的和与及、在以将把向对为是了从由等并或同至于入即']);
/** Morphemes of geography that make a prefix a place (黄河, 中原, 桑干河流域). */
const GEOGRAPHY = /[河山海湖江原川岭]|[\p{Script=Han}]{2}关/u;
/** Characters a zone's name may hold besides Han ones: 首都1.5小时经济圈, 兰州－西宁. */
const NAME_CHAR = /[\p{Script=Han}\d.－—\-\s]/u;
const MAX_PREFIX = 16;
/** 沿黄, 沿汾: "along" a river or line names the places along it; 沿线, 沿途 refer back instead. */
const ALONG = /^沿[^线途街路岸]/u;
/** Words that open a comparison within a scope (重要的, 最具, 领先, 一流). */
const COMPARISON = /^(?:重要|最|领先|一流|首个|第一|前列|领跑|率先)/u;
/** What ends a place's name: 我市西部地区 is part of the city, not of China. */
const PLACE_END = /[市县省区镇乡州盟国]$/u;

interface WordLists {
  boundaries: readonly string[];
  generic: ReadonlySet<string>;
  resources: Resources;
}

/** Where a head word occurs in a text: [start, end) of each occurrence. */
type HeadFinder = (head: string) => Array<[number, number]>;

/**
 * The occurrences of head words in `text`, also where a PDF line break or a stray space cuts one
 * (中原城市\n群): the words are looked up in the text with its spaces taken out, and mapped back.
 */
function headFinder(text: string): HeadFinder {
  if (!/\s/u.test(text)) {
    return (head) => {
      const found: Array<[number, number]> = [];
      for (let at = text.indexOf(head); at >= 0; at = text.indexOf(head, at + 1)) found.push([at, at + head.length]);
      return found;
    };
  }
  const offsets: number[] = [];
  for (const m of text.matchAll(/\S/g)) offsets.push(m.index);
  const compact = text.replace(/\s+/gu, '');
  return (head) => {
    const found: Array<[number, number]> = [];
    for (let at = compact.indexOf(head); at >= 0; at = compact.indexOf(head, at + 1)) {
      found.push([offsets[at] as number, (offsets[at + head.length - 1] as number) + 1]);
    }
    return found;
  };
}

const isHan = (ch: string | undefined): boolean => ch !== undefined && /\p{Script=Han}/u.test(ch);

/** Where a name ending at `end` begins: after the last boundary word or character before it. */
function nameStart(text: string, end: number, lists: WordLists): number {
  let start = end;
  while (start > 0 && end - start < MAX_PREFIX) {
    const before = text[start - 1] as string;
    // An alias in brackets is part of the name: 蒙晋冀（乌大张）长城金三角合作区.
    const alias = before === '）' ? /（\p{Script=Han}{2,6}）$/u.exec(text.slice(Math.max(0, start - 8), start)) : null;
    // A quoted word inside the name is part of it too: 黄河“几”字弯都市圈.
    const quoted = before === '”' && start < end ? /“\p{Script=Han}{1,4}”$/u.exec(text.slice(Math.max(0, start - 6), start)) : null;
    if (alias) start -= alias[0].length;
    else if (quoted && isHan(text[start - quoted[0].length - 1])) start -= quoted[0].length;
    else if (NAME_CHAR.test(before)) start--;
    else break;
  }
  // A point belongs to a name only between digits (1.5小时); otherwise it ends a sentence.
  while (start < end && !/[\p{Script=Han}\d]/u.test(text[start] as string)) start++;
  const placeAt = (at: number): boolean => [2, 3].some((n) => isRegionName(text.slice(at, at + n), lists.resources));
  // A word that is the whole of what stands before the head is the name's own (榆次太谷旅游门户与|休闲组团).
  return afterLeadingWords(text, cutAfterBoundaries(text, start, end, lists), end, lists.resources, { tags: LEADING_TAGS, placeAt, keepWhole: true });
}

/**
 * jieba's tags of words that open a clause and never a zone's name: verbs (引领|汉江生态经济带,
 * 举办|长江经济带, 增强|徐州都市圈, 擦亮|国家资源型…试验区), time words (近年来|…) and adverbs.
 */
const LEADING_TAGS = new Set(['v', 't', 'd']);

/** The start of a name within text[start, end): after the last boundary word or character. */
function cutAfterBoundaries(text: string, start: number, end: number, lists: WordLists): number {
  let cut = start;
  for (let i = start; i < end; i++) {
    if (BOUNDARY_CHARS.has(text[i] as string)) cut = i + 1;
    for (const word of lists.boundaries) {
      if (text.startsWith(word, i) && i + word.length <= end) {
        cut = Math.max(cut, i + word.length);
        break;
      }
    }
  }
  while (cut < end && /\s/u.test(text[cut] as string)) cut++;
  return cut;
}

/** Whether a name may begin at `at`: at a clause's start or right after a boundary word. */
function isLeftBounded(text: string, at: number, lists: WordLists): boolean {
  const before = text[at - 1];
  if (!isHan(before) || BOUNDARY_CHARS.has(before as string)) return true;
  return lists.boundaries.some((w) => w.length <= at && text.startsWith(w, at - w.length));
}

const isRegionName = (name: string, resources: Resources): boolean =>
  resources.gazetteer.byName(name).some((e) => e.row.kind === 'region' && e.row.level !== 'township');
const isProvinceName = (name: string, resources: Resources): boolean =>
  resources.gazetteer.byName(name).some((e) => e.row.kind === 'region' && e.row.level === 'province');

/** The prefix without the generic words it ends with (太原都市 → 太原, 黄河精品 → 黄河). */
function coreOf(prefix: string, generic: ReadonlySet<string>): string {
  let core = prefix;
  for (let changed = true; changed && core.length > 0; ) {
    changed = false;
    for (const word of generic) {
      if (word.length < core.length && core.endsWith(word)) {
        core = core.slice(0, -word.length);
        changed = true;
      }
    }
  }
  return core;
}

/** Region names inside `core`, left to right, not overlapping (太原晋中 → 太原, 晋中). */
function regionNamesIn(core: string, resources: Resources): string[] {
  const names: string[] = [];
  for (let i = 0; i < core.length; ) {
    let longest = 0;
    for (let j = core.length; j >= i + 2 && longest === 0; j--) {
      // A division whose name is an ordinary word (资源县) does not make 资源型经济 a place.
      const name = core.slice(i, j);
      if (isRegionName(name, resources) && !isOrdinaryPhrase(name, resources.lexicon)) longest = j - i;
    }
    if (longest > 0) names.push(core.slice(i, i + longest));
    i += Math.max(1, longest);
  }
  return names;
}

/**
 * Whether `run` is a sequence of two to four province abbreviations (京津冀, 晋陕豫) and not a
 * word that happens to be spelt with them: a region's name (辽宁), a doubled character (青青) or
 * an ordinary word (新贵).
 */
function isAbbreviationSequence(run: string, resources: Resources): boolean {
  if (run.length < 2 || run.length > 4 || ![...run].every((ch) => resources.vocabulary.zones.provinceLetters.has(ch))) return false;
  if (new Set(run).size < run.length) return false;
  if (regionNamesIn(run, resources).length > 0) return false;
  return !isOrdinaryPhrase(run, resources.lexicon);
}

/**
 * Whether the part before a zone suffix names places: a division's name (太原), geography
 * (黄河, 中原, 雁门关), a capital (首都), the places along a river (沿黄), or an abbreviation of
 * divisions (太忻 = 太原 + 忻州, 京津冀). 数据存储经济带 does not.
 */
function namesPlaces(prefix: string, resources: Resources, letters: RegionLetters, generic: ReadonlySet<string>): boolean {
  const core = coreOf(prefix, generic);
  if (core.length < 2 || generic.has(core)) return false;
  if (regionNamesIn(core, resources).length > 0) return true;
  if (GEOGRAPHY.test(core) || ALONG.test(core)) return true;
  if (resources.vocabulary.zones.capitalWords.some((w) => core.startsWith(w))) return true;
  if (opensWithAbbreviations(core, resources)) return true;
  // 成渝地区双城经济圈: an abbreviation of places and 地区 open the name.
  const area = /^(\p{Script=Han}{2,4}?)(?:地区|区域)/u.exec(core);
  if (area && isLetterAbbreviation(area[1] as string, resources, letters)) return true;
  if (core.length <= 4 && [...core].every((ch) => letters.regions.has(ch) || resources.vocabulary.zones.provinceLetters.has(ch))) return true;
  // 离柳中方, 交汾文孝, 孝汾平介灵: three to five counties by their first letters, when they spell no word.
  return core.length >= 3 && core.length <= 5 && [...core].every((ch) => letters.counties.has(ch) || letters.regions.has(ch)) && !isOrdinaryPhrase(core, resources.lexicon);
}

/** A corridor's name before 经济走廊 is short; a longer run is a clause. */
const MAX_OPEN_PREFIX = 8;

/**
 * 太忻 (太原 + 忻州): two to four first letters of provinces and prefectures that spell no word
 * and no division, which abbreviate the places an area spans (太忻一体化示范区).
 */
function isLetterAbbreviation(core: string, resources: Resources, letters: RegionLetters): boolean {
  if (core.length < 2 || core.length > 4 || new Set(core).size < core.length) return false;
  if (![...core].every((ch) => letters.regions.has(ch) || resources.vocabulary.zones.provinceLetters.has(ch))) return false;
  return regionNamesIn(core, resources).length === 0 && !isOrdinaryPhrase(core, resources.lexicon);
}

/**
 * 汾渭: two first letters of divisions that are no word, no division, no big region of China and
 * hold no word of geography of their own.
 */
function isPlacePair(pair: string, resources: Resources, letters: RegionLetters): boolean {
  // 四大平原: a count, not two places.
  if (pair[0] === pair[1] || GEOGRAPHY.test(pair) || resources.vocabulary.zones.bigRegions.includes(pair)) return false;
  const isLetter = (ch: string): boolean => letters.regions.has(ch) || letters.counties.has(ch) || resources.vocabulary.zones.provinceLetters.has(ch);
  return [...pair].every(isLetter) && !isRegionName(pair, resources) && !isOrdinaryPhrase(pair, resources.lexicon);
}

/** Whether the part before a head names two or more places (晋陕豫…, 太原晋中, 兰州－西宁). */
function namesSeveralPlaces(prefix: string, resources: Resources): boolean {
  return opensWithAbbreviations(prefix, resources) || regionNamesIn(prefix, resources).length >= 2 || hasAdjacentRegionNames(prefix, resources);
}

/**
 * Whether two divisions' names stand side by side, one of them no ordinary word: 平遥 and 介休 are
 * also words of the lexicon, but 平遥祁县 and 灵石介休 name two counties each.
 */
function hasAdjacentRegionNames(prefix: string, resources: Resources): boolean {
  const longestAt = (i: number): number => {
    for (let j = Math.min(prefix.length, i + 6); j >= i + 2; j--) if (isRegionName(prefix.slice(i, j), resources)) return j;
    return -1;
  };
  for (let i = 0; i < prefix.length - 3; i++) {
    const mid = longestAt(i);
    const end = mid < 0 ? -1 : longestAt(mid);
    if (end < 0) continue;
    const ordinary = (a: number, b: number): boolean => isOrdinaryPhrase(prefix.slice(a, b), resources.lexicon);
    if (!ordinary(i, mid) || !ordinary(mid, end)) return true;
  }
  return false;
}

/** Whether a prefix opens with a sequence of province abbreviations (晋陕豫黄河…, 蒙晋冀（乌大张）…). */
function opensWithAbbreviations(prefix: string, resources: Resources): boolean {
  let n = 0;
  while (n < prefix.length && resources.vocabulary.zones.provinceLetters.has(prefix[n] as string)) n++;
  return isAbbreviationSequence(prefix.slice(0, n), resources);
}

/** The opening quote of a quoted prefix that ends at `end` (融入“首都1.5小时”经济圈), or -1. */
function quotedPrefixStart(text: string, end: number): number {
  if (text[end - 1] !== '”') return -1;
  const open = text.lastIndexOf('“', end - 1);
  return open >= 0 && end - open <= MAX_PREFIX && !/[”，。；、]/u.test(text.slice(open + 1, end - 1)) ? open : -1;
}

/**
 * 雁门关农牧交错带示范区, 晋陕豫金三角区: the demonstration zone or area over a belt is the belt
 * (as 108廊带示范区 is 108廊带): the word joins the surface, not the canonical name.
 */
function continuationAt(text: string, end: number, resources: Resources): string {
  return resources.vocabulary.zones.zoneContinuations.find((w) => text.startsWith(w, end) && !/[\p{Script=Han}]/u.test(text[end + w.length] ?? '')) ??
    resources.vocabulary.zones.zoneContinuations.find((w) => text.startsWith(w, end) && w.length > 1) ?? '';
}

/**
 * Where the name before a zone head at `at` begins. A quoted part of the name may stand before the
 * head (融入“首都1.5小时”经济圈) after place words of the name (黄河“金三角”经济圈), and the head
 * itself may be quoted after them (对接黄河“金三角”).
 */
function suffixedNameStart(text: string, at: number, headEnd: number, lists: WordLists): number {
  const quoted = quotedPrefixStart(text, at);
  if (quoted >= 0) return nameStart(text, quoted, lists);
  if (text[at - 1] === '“' && text[headEnd] === '”') return nameStart(text, at - 1, lists);
  return nameStart(text, at, lists);
}

type Emit = (start: number, end: number, name: string, ruleId: RuleId) => void;

/** Zones by a head that needs two or more places before it: 晋陕豫黄河金三角协作区, 太原晋中产城一体化组团. */
function findMultiRegionZones(text: string, headsIn: HeadFinder, resources: Resources, letters: RegionLetters, lists: WordLists, hit: Emit): void {
  for (const suffix of resources.vocabulary.zones.multiRegionSuffixes) {
    for (const [at, headEnd] of headsIn(suffix)) {
      const start = nameStart(text, at, lists);
      const prefix = nameOf(text.slice(start, at));
      if (namesSeveralPlaces(prefix, resources) || isLetterAbbreviation(coreOf(prefix, lists.generic), resources, letters)) {
        hit(start, headEnd, nameOf(text.slice(start, at)) + suffix, ZONE_RULES.multiRegion);
        continue;
      }
      // 榆次太谷旅游门户与休闲组团: 与 or 和 joins two descriptions inside one name when the part
      // before it names the places and the part after it names none.
      const conjunct = text[start - 1];
      if ((conjunct !== '与' && conjunct !== '和') || regionNamesIn(prefix, resources).length > 0) continue;
      const left = nameStart(text, start - 1, lists);
      if (namesSeveralPlaces(nameOf(text.slice(left, start - 1)), resources)) {
        hit(left, headEnd, nameOf(text.slice(left, at)) + suffix, ZONE_RULES.multiRegion);
      }
    }
  }
}

/** A verb jieba's lexicon holds as a common word (带来, 带动), not a rare entry of it (带开). */
function isCommonVerb(word: string, resources: Resources): boolean {
  const entry = resources.lexicon.byWord.get(word);
  return word.length === 2 && entry !== undefined && entry.tag === 'v' && entry.frequency >= 100;
}

/** Zones named by a place and a head word: 太原都市区, 西山文化带, “首都1.5小时”经济圈. */
function findSuffixedZones(text: string, headsIn: HeadFinder, resources: Resources, letters: RegionLetters, lists: WordLists, hit: Emit): void {
  const canonical = (prefix: string, suffix: string): string => nameOf(prefix) + (HEAD_VARIANTS[suffix] ?? suffix);
  for (const suffix of resources.vocabulary.zones.suffixes) {
    for (const [at, headEnd] of headsIn(suffix)) {
      // 城市核心区 is a city's core district, not the 城市核 of a city cluster.
      if (suffix === '城市核' && text[headEnd] === '心') continue;
      // A head must be a head: in 为岳阳发展带来, 德州长远发展带来 the head's last character and the
      // next make a verb (带来, 带动), and 发展带 is no word of the text.
      // A locative after the head (经济带上游, 都市圈内) is no verb; a rare entry of the lexicon (带开) no evidence.
      if (isCommonVerb(text.slice(headEnd - 1, headEnd + 1), resources) && !/[上下中内外]/u.test(text[headEnd] ?? '')) continue;
      const start = suffixedNameStart(text, at, headEnd, lists);
      const prefix = text.slice(start, at);
      // 泛珠三角、长三角、环渤海三大经济圈: a count before the head shares it among the items of a
      // list (read by findEnumeratedZones); the last item and the count are no name.
      if (LIST_CLOSER.test(prefix)) continue;
      if (namesPlaces(nameOf(prefix), resources, letters, lists.generic)) {
        hit(start, headEnd + continuationAt(text, headEnd, resources).length, canonical(prefix, suffix), ZONE_RULES.suffix);
        continue;
      }
      // 沿汾生态治理和高质量发展带: a conjunction joins two descriptions inside one name when the
      // part after it names no place and the part before it names one and ends in a description
      // (治理, 修复); a part that ends in a noun of its own (…保护廊道和文化旅游带) is an item of a list.
      const conjunct = text[start - 1];
      if (conjunct !== '和' && conjunct !== '与') continue;
      const left = nameStart(text, start - 1, lists);
      const leftPart = nameOf(text.slice(left, start - 1));
      const endsInDescription = coreOf(leftPart, lists.generic) !== leftPart;
      if (endsInDescription && namesPlaces(leftPart, resources, letters, lists.generic) && !isRegionName(leftPart, resources)) {
        hit(left, headEnd, canonical(text.slice(left, at), suffix), ZONE_RULES.suffix);
      }
    }
  }

  findMultiRegionZones(text, headsIn, resources, letters, lists, hit);

  // 新亚欧大陆桥经济走廊, 中蒙俄经济走廊: an economic corridor is a zone by its head word; the name
  // before it need not be China's places, but it must say which (not 一条经济走廊, 重要经济走廊).
  for (const suffix of resources.vocabulary.zones.openSuffixes) {
    for (const [at, headEnd] of headsIn(suffix)) {
      const start = nameStart(text, at, lists);
      const prefix = nameOf(text.slice(start, at));
      const core = coreOf(prefix, lists.generic);
      if (core.length >= 2 && prefix.length <= MAX_OPEN_PREFIX && !lists.generic.has(core) && !/^[\d一二三四五六七八九十两几多]/u.test(core)) {
        hit(start, headEnd, prefix + suffix, ZONE_RULES.open);
      }
    }
  }

  // 汾渭平原 (汾河 + 渭河, a joint air-quality area of eleven cities): a landform head after the
  // first letters of two places; after a full name (汾河平原) or a word (华北平原) it is the landform.
  for (const head of resources.vocabulary.zones.abbreviationHeads) {
    for (const [at, headEnd] of headsIn(head)) {
      const pair = text.slice(Math.max(0, at - 2), at);
      // 四大平原河网: a count before the head says how many landforms, not which two places;
      // “两大平原” quoted is a name the plan gives.
      const quoted = text[at - 3] === '“' && text[headEnd] === '”';
      if (pair.length === 2 && (quoted || !/[一二三四五六七八九十两百千万大]/u.test(pair)) && isLeftBounded(text, at - 2, lists) && isPlacePair(pair, resources, letters)) hit(at - 2, headEnd, pair + head, ZONE_RULES.abbreviationHead);
    }
  }

  for (const suffix of resources.vocabulary.zones.pilotSuffixes) {
    for (const [at, headEnd] of headsIn(suffix)) {
      let start = nameStart(text, at, lists);
      // The head alone is the category; 转型综改试验区 names the one over 山西, and 吕梁市转型综改试验区
      // is a city's share of it.
      const places = regionNamesIn(nameOf(text.slice(start, at)), resources);
      if (places.some((name) => !isProvinceName(name, resources))) continue;
      // A province's name opens the name (我市位处|山西转型综改试验区).
      const province = places[0] === undefined ? -1 : text.indexOf(places[0], start);
      if (province >= 0 && province < at) start = province;
      const prefix = nameOf(text.slice(start, at));
      if (prefix.length === 0) continue;
      hit(start, headEnd, prefix + suffix, ZONE_RULES.pilot);
    }
  }
}

/**
 * 京津冀, 晋陕豫, 京津地区: a sequence of province abbreviations, bounded as a name: on the left by
 * a boundary, on the right by one, by a word of regional cooperation (京津冀协同发展) or by a zone's
 * head word (粤港澳大湾区), since such letters also run together by accident (苏宁云商, 新台阶).
 */
function findAbbreviationSequences(text: string, resources: Resources, lists: WordLists, hit: Emit): void {
  const { abbreviationFollowers, suffixes, multiRegionSuffixes } = resources.vocabulary.zones;
  const heads = [...abbreviationFollowers, ...suffixes, ...multiRegionSuffixes];
  // A copy per call: a global pattern's lastIndex is state, and the shared resources keep none.
  const letter = new RegExp(resources.vocabulary.zones.provinceLetter);
  for (let i = 0; i < text.length; ) {
    letter.lastIndex = i;
    const found = letter.exec(text);
    if (!found) break;
    i = found.index;
    // A PDF line break may fall inside the sequence (京\n津冀).
    let end = i + 1;
    for (let next = end; next < text.length; ) {
      while (next < text.length && /\s/u.test(text[next] as string)) next++;
      if (!resources.vocabulary.zones.provinceLetters.has(text[next] as string)) break;
      end = next = next + 1;
    }
    const run = nameOf(text.slice(i, end));
    const more = resources.vocabulary.zones.nameContinuations.find((w) => text.startsWith(w, end)) ?? '';
    // A pair is weaker evidence: 京津地区 before a noun (京津地区绿色能源供应基地) says whom a
    // thing serves, and is not read as a zone; 京津冀地区 is. So a pair needs a boundary after it
    // in the text, which the beginning of a longer name read on its own (晋蒙地区|羊毛…) lacks.
    const pair = run.length === 2;
    const after = pair ? end + more.length : end;
    const next = text[after];
    const bounded = next === undefined ? !pair : !isHan(next) || BOUNDARY_CHARS.has(next);
    const headed = heads.some((w) => text.startsWith(w, after));
    const rightBounded = bounded || headed;
    // 港澳, 台港澳, 京津, 沪浙 alone list places: a pair, or a run with Hong Kong, Macao or Taiwan,
    // is a zone only with a head or a cooperation word (粤港澳大湾区, 京津冀协同); 京津冀 alone is one.
    const weak = pair || /[港澳台]/.test(run);
    if (rightBounded && (!weak || headed) && isAbbreviationSequence(run, resources) && isLeftBounded(text, i, lists)) {
      hit(i, end + more.length, run, ZONE_RULES.abbreviations);
    }
    i = end;
  }
}

/**
 * 呼包鄂榆、兰州－西宁等城市群 and 关中平原、中原城市群: the items of an enumeration that share
 * one zone head are zones each. Items that are zones by their own name (京津冀) are passed over.
 */
function findEnumeratedZones(text: string, found: readonly ZoneHit[], resources: Resources, letters: RegionLetters, lists: WordLists, hit: Emit): void {
  const heads: number[] = [];
  /** Where a list's last item ends right before 等 or a count (离柳中方、交汾文孝两个城镇群). */
  const openEnds = new Set<number>();
  for (const zone of found) if (zone.ruleId === ZONE_RULES.suffix) heads.push(zone.start);
  for (const suffix of resources.vocabulary.zones.suffixes) {
    for (let at = text.indexOf(suffix); at >= 0; at = text.indexOf(suffix, at + 1)) {
      const closer = LIST_CLOSER.exec(text.slice(Math.max(0, at - 4), at));
      if (!closer) continue;
      heads.push(at - closer[0].length + 1);
      openEnds.add(at - closer[0].length);
    }
  }
  const zoneEndingAt = (end: number): ZoneHit | undefined => found.find((z) => z.end === end);
  for (const head of heads) {
    let end = head - 1;
    let first = openEnds.has(end);
    while (end > 0 && (first || text[end] === '、' || text[end] === '和')) {
      first = false;
      const known = zoneEndingAt(end);
      if (known) {
        end = known.start - 1;
        continue;
      }
      const start = itemStart(text, end, lists);
      const item = nameOf(text.slice(start, end));
      // A division's own name is an item of the list but not a zone (晋北、晋中、晋南城市群 holds
      // the city 晋中 between two areas): it is passed over, not taken as the list's end.
      const division = start >= 0 && start < end && isMajorRegionName(item, resources) && text[start - 1] === '、';
      if (!division && (start < 0 || !isZoneItem(item, resources, letters, lists))) break;
      if (!division) hit(start, end, item, ZONE_RULES.enumeration);
      end = start - 1;
    }
  }
}

/** What closes a list before its shared head: 等, or a count of the items (两个, 三大). */
const LIST_CLOSER = /(?:等|(?:[两二三四五六七八九十]|\d{1,2})[个大])$/u;

/**
 * A division's name as an item of a list of zones, unless it is only the short name of a city's
 * district that ends in a word of geography: 中原 (a district of 郑州) before 城市群 is the plain,
 * while 晋中, 河津 and 稷山 stay divisions.
 */
function isMajorRegionName(item: string, resources: Resources): boolean {
  const rows = resources.gazetteer.byName(item).filter((e) => e.row.kind === 'region' && e.row.level !== 'township');
  return rows.some((e) => e.row.level !== 'county' || !e.row.name.endsWith('区') || !GEOGRAPHY.test(item.slice(-1)));
}

/** Items of an enumeration are short names; a longer run is a clause. */
const MAX_ITEM = 8;

/** Where an item of an enumeration ending at `end` begins (after 、 or a boundary), or -1. */
function itemStart(text: string, end: number, lists: WordLists): number {
  let start = end;
  while (start > 0 && end - start <= MAX_ITEM && NAME_CHAR.test(text[start - 1] as string) && text[start - 1] !== '、') start--;
  if (end - start > MAX_ITEM) return -1;
  return cutAfterBoundaries(text, start, end, lists);
}
/** An item is a zone when it names places and is not a single division (太原、大同等都市区). */
function isZoneItem(item: string, resources: Resources, letters: RegionLetters, lists: WordLists): boolean {
  if (item.length < 2 || isMajorRegionName(item, resources)) return false;
  // 泛珠三角、长三角、环渤海三大经济圈和…: an item holding a count closes a list of its own.
  if (/(?:[两二三四五六七八九十]|\d{1,2})[个大]/u.test(item)) return false;
  if (/[－—-]/u.test(item)) return item.split(/[－—-]/u).every((part) => isRegionName(part, resources));
  return namesPlaces(item, resources, letters, lists.generic);
}

/** 黄河流域 in any context (黄河流域生态保护和高质量发展 holds it), also cut by a line break. */
function findRiverBasins(headsIn: HeadFinder, resources: Resources, hit: Emit): void {
  for (const river of resources.vocabulary.zones.nationalRivers) {
    for (const [start, end] of headsIn(`${river}流域`)) hit(start, end, `${river}流域`, ZONE_RULES.riverBasin);
  }
}

/**
 * 中西部地区, 东北地区: a big region of China, when nothing before it makes it a part of some
 * place (我市西部地区, 山西中部地区 are parts of a city and a province).
 */
function findBigRegions(text: string, headsIn: HeadFinder, resources: Resources, lists: WordLists, hit: Emit): void {
  for (const [at, end] of resources.vocabulary.zones.bigRegions.flatMap((word) => headsIn(`${word}地区`))) {
    if (nameStart(text, at, lists) !== at || PLACE_END.test(text.slice(0, at))) continue;
    // At the head of a clause, 西部地区 opens a part of the plan's own region (西部地区以…为重点);
    // China's big regions follow a verb (融入中部地区崛起, 支援中西部地区).
    if (at === 0 || /[，。；：！？,;:\n]/u.test(text[at - 1] as string)) continue;
    // 中部地区重要的电力外送基地, 中部地区最具竞争力的: the big region is only the scope of a
    // comparison that describes the plan's own region.
    if (COMPARISON.test(text.slice(end, end + 2))) continue;
    if (resources.vocabulary.zones.nationalScope.some((w) => text.startsWith(w, at - w.length)) || isLeftBounded(text, at, lists)) {
      hit(at, end, nameOf(text.slice(at, end)), ZONE_RULES.bigRegion);
    }
  }
}

const COUNTS: Record<string, number> = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/**
 * 祁太平灵四县, 寿昔和左榆五县, 东山五县: a group of a plan's counties named by their first letters,
 * as many as the count says (three or more, spelling no word), or by the landform they share (东山,
 * 平川), and closed by the count and 县. The count is what tells the group from a phrase.
 */
function findCountedCountyGroups(text: string, resources: Resources, letters: RegionLetters, lists: WordLists, hit: Emit): void {
  for (const m of text.matchAll(/[两二三四五六七八九十]县/gu)) {
    const at = m.index;
    const n = COUNTS[text[at] as string] as number;
    const initials = text.slice(at - n, at);
    const isInitials =
      n >= 3 && at >= n && [...initials].every((ch) => letters.counties.has(ch) || letters.regions.has(ch)) &&
      !isRegionName(initials, resources) && !isOrdinaryPhrase(initials, resources.lexicon);
    if (isInitials && isLeftBounded(text, at - n, lists)) {
      hit(at - n, at + 2, nameOf(text.slice(at - n, at + 2)), ZONE_RULES.countedGroup);
      continue;
    }
    const landform = text.slice(at - 2, at);
    // The last of listed counties is no landform (稷山、河津两县).
    const listed = text[at - 3] === '、' && [2, 3, 4].some((k) => at - 3 - k >= 0 && isRegionName(text.slice(at - 3 - k, at - 3), resources));
    if (at >= 2 && /^\p{Script=Han}{2}$/u.test(landform) && GEOGRAPHY.test(landform) && !listed && isLeftBounded(text, at - 2, lists)) {
      hit(at - 2, at + 2, nameOf(text.slice(at - 2, at + 2)), ZONE_RULES.countedGroup);
    }
  }
}

/** Zones named in `text`, longest name first where names overlap, in text order. */
export function findZones(text: string, resources: Resources): ZoneHit[] {
  const lists: WordLists = { boundaries: resources.vocabulary.zones.boundaries, generic: resources.vocabulary.names.generic, resources };
  const letters = resources.places.letters;
  const headsIn = headFinder(text);
  const found: ZoneHit[] = [];
  const hit: Emit = (start, end, name, ruleId) => {
    found.push({ start, end, surface: text.slice(start, end), name, ruleId });
  };

  for (const m of text.matchAll(CORRIDOR)) {
    const [whole, region, digits] = m;
    let start = m.index;
    // A leading region name belongs to the zone's name (晋中108廊带…); anything else does not.
    if (region !== undefined) {
      // A township's name (开通镇 in 逐步开通108廊带) is too short a word to be told from a verb.
      const isRegion = isRegionName(region, resources);
      const tail = [...region].findIndex((_, i) => isRegionName(region.slice(i), resources));
      start += isRegion ? 0 : tail >= 0 ? tail : region.length;
    }
    hit(start, m.index + whole.length, `${digits}廊带`, ZONE_RULES.corridor);
  }

  findSuffixedZones(text, headsIn, resources, letters, lists, hit);

  for (const name of resources.vocabulary.zones.names) {
    for (const [at, nameEnd] of headsIn(name)) {
      const more = resources.vocabulary.zones.nameContinuations.find((w) => text.startsWith(w, nameEnd)) ?? '';
      hit(at, nameEnd + more.length, name, ZONE_RULES.known);
    }
  }

  findAbbreviationSequences(text, resources, lists, hit);
  findRiverBasins(headsIn, resources, hit);
  findCountedCountyGroups(text, resources, letters, lists, hit);
  findBigRegions(text, headsIn, resources, lists, hit);
  findEnumeratedZones(text, [...found], resources, letters, lists, hit);

  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: ZoneHit[] = [];
  for (const h of found) if (!kept.some((k) => k.start < h.end && h.start < k.end)) kept.push(h);
  return kept.sort((a, b) => a.start - b.start);
}

/** Words that introduce the extent of an area: 涵盖 …, 包括 …, 范围 …. */
const COVERAGE_CUE = /涵盖|包括|包含|涉及|覆盖|范围(?:为|是|包括)?/gu;
/** What may stand between two regions of one enumeration. */
const LIST_GAP = /^(?:[、，,\s]|和|及|与|以及)*$/u;
const SENTENCE_END = /[。；;\n]/u;

/**
 * COVERS relations read from a passage that states a zone's extent: a sentence with the zone's
 * name, then a cue (涵盖, 包括, 涉及, 范围), then regions enumerated with 、 / 和 (a parenthesis
 * after a region, such as （含晋中经济开发区）, is part of that item, not a further region).
 */
export function findZoneCoverage(
  sectionText: string,
  zoneHits: readonly ZoneHit[],
  regionHits: readonly RegionHit[],
): ZoneCoverage[] {
  const covers: ZoneCoverage[] = [];
  const regions = [...regionHits].sort((a, b) => a.start - b.start);
  for (const zone of zoneHits) {
    let sentenceEnd = sectionText.slice(zone.end).search(SENTENCE_END);
    sentenceEnd = sentenceEnd < 0 ? sectionText.length : zone.end + sentenceEnd;
    // A copy per zone: a global pattern's lastIndex is state, and the module keeps none.
    const cues = new RegExp(COVERAGE_CUE);
    cues.lastIndex = zone.end;
    const cue = cues.exec(sectionText);
    if (!cue || cue.index >= sentenceEnd) continue;
    let cursor = cue.index + cue[0].length;
    let lastEnd = cursor;
    const listed: RegionHit[] = [];
    for (const region of regions) {
      if (region.start < cursor) continue;
      if (region.start >= sentenceEnd) break;
      if (!LIST_GAP.test(sectionText.slice(cursor, region.start))) break;
      listed.push(region);
      cursor = lastEnd = region.end;
      // Skip a parenthesis that qualifies this item: （含晋中经济开发区）.
      const open = sectionText[cursor];
      if (open === '（' || open === '(') {
        const close = sectionText.slice(cursor).search(/[）)]/u);
        if (close > 0) cursor += close + 1;
      }
    }
    if (listed.length < 2) continue;
    const seen = new Set<string>();
    for (const region of listed) {
      if (seen.has(region.code)) continue;
      seen.add(region.code);
      covers.push({ zone, code: region.code, start: zone.start, end: lastEnd, ruleId: ZONE_RULES.coverage });
    }
  }
  return covers;
}
