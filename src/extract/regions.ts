/**
 * Finds administrative divisions in normalised text by the gazetteer's names: full names,
 * short forms (晋中), former names (太谷县) and "parent + name" forms (晋城市城区), longest
 * match first, only where the name is not part of an ordinary word or of a longer name.
 */
import { loadGazetteer } from '../gazetteer/index.ts';
import type { Gazetteer, GazetteerRow, RegionLevel } from '../gazetteer/index.ts';
import type { Jieba } from '@node-rs/jieba';
import { createDomainJieba, generalLexicon } from './dictionary.ts';

export interface RegionHit {
  start: number;
  end: number;
  surface: string;
  /** Gazetteer code of the division: the entity is `region:<code>`. */
  code: string;
  ruleId: string;
}

export interface RegionContext {
  /** Code of the region that issued the plan (140502 for the 晋城市城区 plan), if known. */
  planRegionCode: string | null;
  /**
   * Spans of longer names found by the other finders (parks, zones, enterprises, projects).
   * The longest name as written wins (GUIDELINES), so a region name inside one of them is not a
   * mention of its own: 晋中 in 晋中经济技术开发区. Use `regionsInsideName` for its LOCATED_IN.
   */
  longerNames?: readonly { start: number; end: number }[];
}

export const REGION_RULES = {
  full: 'region.gazetteer.full-name',
  short: 'region.gazetteer.short-name',
  former: 'region.gazetteer.former-name',
  composite: 'region.gazetteer.parent-and-name',
  townshipShort: 'region.gazetteer.township-short-name-in-plan-region',
  generic: 'region.gazetteer.generic-name-in-plan-region',
} as const;

type Form = 'full' | 'short' | 'former' | 'composite';

interface FormEntry {
  row: GazetteerRow;
  form: Form;
  /** For a composite form (灵石县静升镇): the parent division and the length of its name. */
  parent?: { row: GazetteerRow; length: number };
}

interface TrieNode {
  next: Map<string, TrieNode>;
  entries: FormEntry[] | null;
}

interface Candidate {
  start: number;
  end: number;
  entries: FormEntry[];
}

interface RegionIndex {
  gazetteer: Gazetteer;
  root: TrieNode;
  segmenter: Jieba | null;
}

const LEVEL_RANK: Record<RegionLevel, number> = { province: 0, prefecture: 1, county: 2, township: 3 };
/** Characters that end an official name: what follows one starts a new word (晋中市/委). */
const SUFFIX_CHARS = new Set(['省', '市', '县', '区', '镇', '乡', '州', '盟', '旗', '道']);
const STREET_CHARS = new Set(['街', '路', '巷']);
/** Modifiers that make a generic district name an ordinary noun again (中心城区 = downtown). */
const GENERIC_MODIFIERS = ['中心'];

const indexes = new WeakMap<Gazetteer, RegionIndex>();

let allLexiconWords: ReadonlySet<string> | undefined;
function lexiconWords(): ReadonlySet<string> {
  allLexiconWords ??= new Set(generalLexicon().map((w) => w.word));
  return allLexiconWords;
}

const HAN = /\p{Script=Han}/u;
/** Characters that may stand next to a name in a list or a route: 、 和 与 及 至 等 (太原、大同; 离石至隰县). */
const LIST_BEFORE = new Set(['、', '和', '与', '及', '至', '从', '经', '到', '赴', '在', '同']);
const LIST_AFTER = new Set(['、', '和', '与', '及', '至', '等', '到']);
const standsAlone = (ch: string | undefined, allowed: ReadonlySet<string>): boolean =>
  ch === undefined || !HAN.test(ch) || allowed.has(ch);

/**
 * A short form of a division far from the plan (六安 in “六安联创”, 广安 in 广安街, 乐山 in 乐山鸡)
 * or a town's short form is read only where it stands alone: between punctuation or list words.
 */
function isolated(text: string, start: number, end: number, sides: 'both' | 'after'): boolean {
  if (sides === 'both' && text[start - 1] === '、' && text[start - 2] !== undefined && text[end] !== undefined) {
    // The last item of a list of places (北京、上海、深圳设立…) ends where the list does.
    return true;
  }
  return (sides === 'after' || standsAlone(text[start - 1], LIST_BEFORE)) && standsAlone(text[end], LIST_AFTER);
}

function regionIndex(gazetteer: Gazetteer): RegionIndex {
  let index = indexes.get(gazetteer);
  if (index) return index;
  const root: TrieNode = { next: new Map(), entries: null };
  const add = (name: string, entry: FormEntry): void => {
    let node = root;
    for (const ch of name) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { next: new Map(), entries: null }));
      node = child;
    }
    node.entries ??= [];
    if (!node.entries.some((e) => e.row === entry.row)) node.entries.push(entry);
  };
  for (const row of gazetteer.rows) {
    add(row.name, { row, form: 'full' });
    for (const name of row.formerNames) add(name, { row, form: 'former' });
  }
  const lexicon = lexiconWords();
  for (const row of gazetteer.rows) {
    for (const name of row.shortNames) {
      // A town's short form is read only when it is no ordinary word (梧桐, 振兴, 新建) and names
      // nothing else (河北 is a province before it is 河北镇).
      if (row.level === 'township' && (lexicon.has(name) || gazetteer.byName(name).some((e) => e.row !== row))) continue;
      add(name, { row, form: 'short' });
    }
  }
  for (const row of gazetteer.rows) {
    if (row.level !== 'county' && row.level !== 'township') continue;
    const parent = row.parentCode === null ? undefined : gazetteer.byCode(row.parentCode);
    if (!parent || parent.kind !== 'region') continue;
    for (const parentName of [parent.name, ...parent.shortNames]) add(parentName + row.name, { row, form: 'composite', parent: { row: parent, length: parentName.length } });
  }
  index = { gazetteer, root, segmenter: null };
  indexes.set(gazetteer, index);
  return index;
}

function candidatesIn(text: string, root: TrieNode): Candidate[] {
  const found: Candidate[] = [];
  for (let i = 0; i < text.length; i++) {
    let node: TrieNode | undefined = root;
    for (let j = i; j < text.length; j++) {
      node = node.next.get(text[j] as string);
      if (!node) break;
      if (node.entries) found.push({ start: i, end: j + 1, entries: node.entries });
    }
  }
  return found;
}

/**
 * Offsets where jieba, with the division names in its dictionary, puts a word boundary.
 * A bare name counts only where it is a word of its own: 晋中/国家 yes, 长治久安 and
 * 昔阳/城市 (阳城) and 振兴/县域 (兴县) no.
 */
function wordBoundaries(text: string, segmenter: Jieba): Uint8Array {
  const boundaries = new Uint8Array(text.length + 1);
  let offset = 0;
  boundaries[0] = 1;
  for (const token of segmenter.cut(text, false)) {
    offset += token.length;
    if (offset <= text.length) boundaries[offset] = 1;
  }
  // If the segmenter altered the text, trust no boundary it gave rather than misplaced ones.
  if (offset !== text.length) boundaries.fill(1);
  return boundaries;
}

/** Whether a name is a word of its own; a name ending in its suffix (晋中市委) needs only its start. */
function isWord(boundaries: Uint8Array, text: string, start: number, end: number, full: boolean): boolean {
  if (boundaries[start] !== 1) return false;
  return boundaries[end] === 1 || (full && SUFFIX_CHARS.has(text[end - 1] as string));
}

/** 中心城区 (downtown): the generic name is part of an ordinary noun (主城区 is one jieba word). */
function genericInsideNoun(text: string, start: number): boolean {
  return GENERIC_MODIFIERS.some((m) => text.startsWith(m, start - m.length));
}

const relatedTo =
  (gazetteer: Gazetteer, planRegionCode: string | null) =>
  (row: GazetteerRow): boolean =>
    planRegionCode !== null && (gazetteer.isWithin(row.code, planRegionCode) || gazetteer.isWithin(planRegionCode, row.code));

/** Whether the row's province is one the gazetteer holds down to counties. */
function hasCounties(gazetteer: Gazetteer, row: GazetteerRow): boolean {
  const province = gazetteer.byCode(`${row.code.slice(0, 2)}0000`);
  return province !== undefined && gazetteer.children(province.code).some((p) => gazetteer.children(p.code).length > 0);
}

interface Choice {
  row: GazetteerRow;
  ruleId: string;
  entry: FormEntry;
}

/**
 * Which division a name form denotes in this plan, or null when it names none (a zone unit,
 * a township short form outside the plan's region) or several equally (城区 in the 晋中 plan).
 */
function choose(text: string, candidate: Candidate, gazetteer: Gazetteer, planRegionCode: string | null): Choice | null {
  const related = relatedTo(gazetteer, planRegionCode);
  // Without a plan region, home is the province the gazetteer holds down to its towns (山西).
  const home = (row: GazetteerRow): boolean =>
    planRegionCode === null ? hasCounties(gazetteer, row) : row.code.slice(0, 2) === planRegionCode.slice(0, 2);
  const { start, end } = candidate;
  const usable = candidate.entries.filter((e) => {
    if (e.row.kind !== 'region') return false;
    if (e.form === 'short' && e.row.level === 'township') return related(e.row) && isolated(text, start, end, 'after');
    if (e.form === 'short' && e.row.level === 'prefecture' && !home(e.row)) {
      return isolated(text, start, end, 'both');
    }
    // 城区 / 矿区 name a district only in that district's own plan or its prefecture's.
    if (e.row.generic) return planRegionCode !== null && (e.row.code === planRegionCode || e.row.parentCode === planRegionCode);
    return true;
  });
  if (usable.length === 0) return null;
  const near = usable.filter((e) => related(e.row));
  const pool = near.length > 0 ? near : usable;
  const topRank = Math.min(...pool.map((e) => LEVEL_RANK[e.row.level]));
  const top = pool.filter((e) => LEVEL_RANK[e.row.level] === topRank);
  const rows = new Set(top.map((e) => e.row));
  if (rows.size !== 1) return null;
  const entry = top[0] as FormEntry;
  const ruleId = entry.row.generic
    ? REGION_RULES.generic
    : entry.form === 'short' && entry.row.level === 'township'
      ? REGION_RULES.townshipShort
      : REGION_RULES[entry.form];
  return { row: entry.row, ruleId, entry };
}

/** Whether a name form could be a stand-alone mention at all (not a bare stem glued to a word). */
function needsBoundaryCheck(candidate: Candidate): boolean {
  return candidate.entries.some((e) => e.form === 'short' || e.row.generic || e.row.name.length <= 2);
}

/**
 * Region mentions in `text`. Overlapping names are settled longest first, then leftmost; a
 * name that stands for nothing in this plan (a zone unit such as 山西转型综合改革示范区晋中开发区,
 * a town's short form outside the plan's region) still takes its span, so the shorter names
 * inside it are not read on their own (阳泉 in 阳泉曲).
 */
export function findRegions(text: string, context: RegionContext, gazetteer: Gazetteer = loadGazetteer()): RegionHit[] {
  const index = regionIndex(gazetteer);
  let boundaries: Uint8Array | null = null;
  const candidates = candidatesIn(text, index.root).filter((c) => {
    if (needsBoundaryCheck(c)) {
      index.segmenter ??= createDomainJieba(gazetteer);
      boundaries ??= wordBoundaries(text, index.segmenter);
      if (!isWord(boundaries, text, c.start, c.end, c.entries.some((e) => e.form !== 'short'))) return false;
    }
    if (c.entries.every((e) => e.row.generic) && genericInsideNoun(text, c.start)) return false;
    // 广安街, 朝阳街: a street named after a place is no mention of the place.
    if (c.entries.every((e) => e.form === 'short') && STREET_CHARS.has(text[c.end] as string)) return false;
    return true;
  });
  // Longest first; between equally long overlapping names, the one near the plan's region
  // (山西 over 中山 in …经济圈中山西板块), then the leftmost.
  const related = relatedTo(gazetteer, context.planRegionCode);
  const near = new Map(candidates.map((c) => [c, c.entries.some((e) => related(e.row)) ? 0 : 1]));
  candidates.sort(
    (a, b) => b.end - b.start - (a.end - a.start) || (near.get(a) ?? 1) - (near.get(b) ?? 1) || a.start - b.start,
  );
  const taken = new Uint8Array(text.length);
  for (const span of context.longerNames ?? []) taken.fill(1, Math.max(0, span.start), Math.min(text.length, span.end));
  const hits: RegionHit[] = [];
  for (const c of candidates) {
    if (taken.subarray(c.start, c.end).some((t) => t === 1)) continue;
    taken.fill(1, c.start, c.end);
    const choice = choose(text, c, gazetteer, context.planRegionCode);
    if (!choice) continue;
    const parent = choice.entry.parent;
    if (parent && !choice.row.generic) {
      // 灵石县静升镇: a hierarchical address names each of its divisions (GUIDELINES). A
      // generic child (晋城市城区) is no name without its parent, so that form stays whole.
      const cut = c.start + parent.length;
      hits.push({ start: c.start, end: cut, surface: text.slice(c.start, cut), code: parent.row.code, ruleId: choice.ruleId });
      hits.push({ start: cut, end: c.end, surface: text.slice(cut, c.end), code: choice.row.code, ruleId: choice.ruleId });
      continue;
    }
    hits.push({ start: c.start, end: c.end, surface: text.slice(c.start, c.end), code: choice.row.code, ruleId: choice.ruleId });
  }
  return hits.sort((a, b) => a.start - b.start);
}

/**
 * The divisions named inside a longer name (晋中 in 晋中经济技术开发区, 祁县 in
 * 祁县玻璃器皿产业园), for the LOCATED_IN of parks, enterprises and projects. Innermost
 * (lowest-level) first.
 */
export function regionsInsideName(
  name: string,
  context: RegionContext = { planRegionCode: null },
  gazetteer: Gazetteer = loadGazetteer(),
): RegionHit[] {
  const hits = findRegions(name, { planRegionCode: context.planRegionCode }, gazetteer);
  const rank = (hit: RegionHit): number => {
    const row = gazetteer.byCode(hit.code);
    return row ? LEVEL_RANK[row.level] : -1;
  };
  return hits.sort((a, b) => rank(b) - rank(a) || a.start - b.start);
}

/** Region hits that do not lie inside any of the given longer spans. */
export function withoutNested<T extends { start: number; end: number }>(
  hits: readonly T[],
  longer: readonly { start: number; end: number }[],
): T[] {
  return hits.filter((h) => !longer.some((l) => l.start <= h.start && h.end <= l.end && l.end - l.start > h.end - h.start));
}
