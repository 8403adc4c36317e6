/**
 * Finds administrative divisions in normalised text by the gazetteer's names: full names,
 * short forms (晋中), former names (太谷县) and "parent + name" forms (晋城市城区), longest
 * match first, only where the name is not part of an ordinary word or of a longer name.
 */
import type { Gazetteer, GazetteerRow, RegionLevel } from '../gazetteer/index.ts';
import { stemOf } from '../gazetteer/names.ts';
import type { Lexicon } from './lexicon.ts';
import { type FormEntry, provinceOf, type RegionIndex, type TrieNode } from './region-index.ts';
import type { Resources } from './resources.ts';
import type { RuleId } from './rules.ts';
import { lazyWordBoundaries, type WordBoundaries } from './word-boundaries.ts';

export interface RegionHit {
  start: number;
  end: number;
  surface: string;
  /** Gazetteer code of the division: the entity is `region:<code>`. */
  code: string;
  ruleId: RuleId;
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
} as const satisfies Record<string, RuleId>;

interface Candidate {
  start: number;
  end: number;
  entries: FormEntry[];
}

const LEVEL_RANK: Record<RegionLevel, number> = { province: 0, prefecture: 1, county: 2, township: 3 };
/** Characters that end an official name: what follows one starts a new word (晋中市/委). */
const SUFFIX_CHARS = new Set(['省', '市', '县', '区', '镇', '乡', '州', '盟', '旗', '道']);
const STREET_CHARS = new Set(['街', '路', '巷']);
/** Modifiers that make a generic district name an ordinary noun again (中心城区 = downtown). */
const GENERIC_MODIFIERS = ['中心'];

/** A lexicon word this frequent is read as the ordinary word first (as in the gazetteer build). */
const COMMON_WORD_FREQUENCY = 100;
/** A word this frequent is an ordinary word whatever jieba tags it (长安 5355, 恒山 792, 西山 498 ns). */
const VERY_COMMON_WORD_FREQUENCY = 300;
/** Stems that say where in a town, not which town: 城东, 城中, 东城, 河西, 城关. */
const POSITIONAL_STEM = /^(?:[城河江湖山桥关][东西南北中]|[东西南北中][城关郊])$/;

/**
 * Whether a short form is an ordinary word before it is a place far from the plan: jieba knows
 * it as a frequent word other than a place name (平安, 和平, 新华), or as a very frequent word of
 * any kind (长安, 江南), or it is positional (城东, 河西).
 */
function isOrdinaryShortName(name: string, lexicon: Lexicon): boolean {
  const word = lexicon.byWord.get(name);
  if (POSITIONAL_STEM.test(name)) return true;
  if (!word) return false;
  return word.frequency >= VERY_COMMON_WORD_FREQUENCY || (word.tag !== 'ns' && word.frequency >= COMMON_WORD_FREQUENCY);
}

const HAN = /\p{Script=Han}/u;
/** Words that join the two ends of a route (太原至郑州, 集宁经大同, 蒙西-武汉, 太原—延安). */
const ROUTE_WORDS = new Set(['至', '经', '-', '—', '－', '~', '～']);
const OPENING_MARKS = new Set(['“', '‘', '《', '「', '『', '（', '(']);
/** Characters that may stand next to a name in a list or a route: 、 和 与 及 至 等 (太原、大同; 离石至隰县). */
const LIST_BEFORE = new Set(['、', '和', '与', '及', '至', '从', '经', '到', '赴', '在', '同']);
const LIST_AFTER = new Set(['、', '和', '与', '及', '至', '等', '到']);
const standsAlone = (ch: string | undefined, allowed: ReadonlySet<string>): boolean =>
  ch === undefined || !HAN.test(ch) || allowed.has(ch);

/** Where the names that passed their word checks start and end: a list's or route's other items. */
interface PlaceSpans {
  starts: ReadonlySet<number>;
  ends: ReadonlySet<number>;
}

/**
 * A place of another province is read by its short form as an item of a list (郑州、洛阳、济源等)
 * or an end of a route (太原至郑州两小时, 集宁经大同, 蒙西-武汉特高压), not inside a phrase
 * (“六安联创”, 乐山鸡). A county needs more: separators on both sides and another place as its
 * neighbour across one (焦作和济源; not 山区与平川, 、西山、汾河, 平川“108廊带…”, nor 龙城 of
 * 龙城高速 read alone).
 */
function listedOrRouted(text: string, start: number, end: number, level: RegionLevel, places: PlaceSpans): boolean {
  const [before, after] = [text[start - 1], text[end]];
  if (level === 'county') {
    // An end of a route whose other end is a place (太原至绥德铁路).
    if (ROUTE_WORDS.has(before as string) && places.ends.has(start - 1)) return true;
    if (ROUTE_WORDS.has(after as string) && places.starts.has(end + 1)) return true;
    // The first item of a list may follow any word (推进义乌、昆山…).
    if (!standsAlone(before, LIST_BEFORE) && !ROUTE_WORDS.has(before as string) && after !== '、') return false;
    if ((!standsAlone(after, LIST_AFTER) && !ROUTE_WORDS.has(after as string)) || OPENING_MARKS.has(after as string)) return false;
    return (before !== undefined && places.ends.has(start - 1)) || (after !== undefined && places.starts.has(end + 1));
  }
  if (ROUTE_WORDS.has(before as string) || ROUTE_WORDS.has(after as string)) return true;
  return isolated(text, start, end, 'both');
}

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

/**
 * "Parent + name" forms (灵石县静升镇, 晋城市城区, 湖北省仙桃市): a division's full name written
 * right after its parent's full or short name, one candidate spanning both.
 */
function withComposites(found: Candidate[]): Candidate[] {
  const byStart = new Map<number, Candidate[]>();
  for (const c of found) {
    const list = byStart.get(c.start);
    if (list) list.push(c);
    else byStart.set(c.start, [c]);
  }
  const bySpan = new Map<string, Candidate>(found.map((c) => [`${c.start}:${c.end}`, c]));
  for (const head of found) {
    for (const parentEntry of head.entries) {
      if ((parentEntry.form !== 'full' && parentEntry.form !== 'short') || parentEntry.row.kind !== 'region') continue;
      for (const tail of byStart.get(head.end) ?? []) {
        for (const child of tail.entries) {
          if (child.form !== 'full' || child.row.parentCode !== parentEntry.row.code) continue;
          if (child.row.level !== 'county' && child.row.level !== 'township') continue;
          const key = `${head.start}:${tail.end}`;
          let composite = bySpan.get(key);
          if (!composite) {
            composite = { start: head.start, end: tail.end, entries: [] };
            bySpan.set(key, composite);
            found.push(composite);
          }
          if (composite.entries.some((e) => e.row === child.row)) continue;
          composite.entries = [...composite.entries, { row: child.row, form: 'composite', parent: { row: parentEntry.row, length: head.end - head.start } }];
        }
      }
    }
  }
  return found;
}

function candidatesIn(text: string, index: RegionIndex): Candidate[] {
  const { firstNodes } = index;
  const found: Candidate[] = [];
  for (let i = 0; i < text.length; i++) {
    let node: TrieNode | undefined = firstNodes[text.charCodeAt(i)];
    for (let j = i + 1; node; j++) {
      if (node.entries) found.push({ start: i, end: j, entries: node.entries });
      node = j < text.length ? node.next.get(text.charCodeAt(j)) : undefined;
    }
  }
  return found;
}

/** Whether a name is a word of its own; a name ending in its suffix (晋中市委) needs only its start. */
function isWord(boundaries: WordBoundaries, text: string, start: number, end: number, full: boolean): boolean {
  if (!boundaries.at(start)) return false;
  return boundaries.at(end) || (full && SUFFIX_CHARS.has(text[end - 1] as string));
}

/** 中心城区 (downtown): the generic name is part of an ordinary noun (主城区 is one jieba word). */
function genericInsideNoun(text: string, start: number): boolean {
  return GENERIC_MODIFIERS.some((m) => text.startsWith(m, start - m.length));
}

const relatedTo =
  (gazetteer: Gazetteer, planRegionCode: string | null) =>
  (row: GazetteerRow): boolean =>
    planRegionCode !== null && (gazetteer.isWithin(row.code, planRegionCode) || gazetteer.isWithin(planRegionCode, row.code));

/**
 * The area where a town is read by its short form: the plan's prefecture for a county or town
 * plan (a county directly under its province stands for itself), else the plan's own region.
 */
function townArea(gazetteer: Gazetteer, planRegionCode: string | null): string | null {
  if (planRegionCode === null) return null;
  const plan = gazetteer.byCode(planRegionCode);
  if (!plan || plan.level === 'province' || plan.level === 'prefecture') return plan?.code ?? planRegionCode;
  const chain = [plan, ...gazetteer.ancestors(plan.code)];
  return (chain.find((r) => r.level === 'prefecture') ?? chain.find((r) => r.level === 'county') ?? plan).code;
}

/**
 * The province whose places a plan without a known region is read as home: the corpus's
 * (Shanxi's) documents come without a manifest more often than not, and the province is what
 * their names would have given. A plan with a region code is read from its own province.
 */
const HOME_PROVINCE_WITHOUT_PLAN_REGION = '14';
const homeProvinceOf = (planRegionCode: string | null): string =>
  planRegionCode === null ? HOME_PROVINCE_WITHOUT_PLAN_REGION : provinceOf(planRegionCode);

/**
 * Whether the full name of a county or town of another province is written as that name: a
 * stem of two characters or more that is no ordinary word (老城区, 古城区, 城南 are parts of a
 * town), followed by its suffix, the whole a word of its own that jieba cuts before the suffix
 * or keeps whole (义乌市, 东华门街道; not 区域城镇 → 域城镇, 向城镇转移, 滨湖区域).
 */
function farFullName(
  row: GazetteerRow,
  text: string,
  start: number,
  end: number,
  boundaries: WordBoundaries | null,
  lexicon: Lexicon,
): boolean {
  const stem = stemOf(row.name, row.level);
  if (stem === row.name || stem.length < 2 || isOrdinaryShortName(stem, lexicon)) return false;
  if (boundaries === null) return true;
  const cut = start + stem.length;
  if (!boundaries.at(start) || !boundaries.at(end)) return false;
  if (boundaries.at(cut)) return true;
  for (let at = start + 1; at < end; at += 1) if (boundaries.at(at)) return false;
  return true;
}

/** Where a plan stands, asked of every division a name form may denote: made once per text read. */
interface PlanPlace {
  planRegionCode: string | null;
  /** The plan's own region, a division within it or one that contains it. */
  related(row: GazetteerRow): boolean;
  /** Within the area where the plan reads towns by their short forms (see townArea). */
  inArea(row: GazetteerRow): boolean;
  /** In the plan's home province. */
  home(row: GazetteerRow): boolean;
}

function planPlace(gazetteer: Gazetteer, planRegionCode: string | null): PlanPlace {
  const related = relatedTo(gazetteer, planRegionCode);
  const area = townArea(gazetteer, planRegionCode);
  const homeProvince = homeProvinceOf(planRegionCode);
  return {
    planRegionCode,
    related,
    inArea: (row) => area !== null && (gazetteer.isWithin(row.code, area) || related(row)),
    home: (row) => provinceOf(row.code) === homeProvince,
  };
}

interface Choice {
  row: GazetteerRow;
  ruleId: RuleId;
  entry: FormEntry;
}

/**
 * Which division a name form denotes in this plan, or null when it names none (a zone unit,
 * a township short form outside the plan's region) or several equally (城区 in the 晋中 plan).
 */
function choose(
  text: string,
  candidate: Candidate,
  plan: PlanPlace,
  boundaries: WordBoundaries | null,
  places: PlaceSpans,
  lexicon: Lexicon,
): Choice | null {
  const { related, inArea, home, planRegionCode } = plan;
  const { start, end } = candidate;
  const usable = candidate.entries.filter((e) => {
    if (e.row.kind !== 'region') return false;
    if (e.form === 'short' && e.row.level === 'township') {
      // A town of a neighbouring county only as a list item (not 张村 inside the village 大张村).
      return related(e.row) ? isolated(text, start, end, 'after') : inArea(e.row) && isolated(text, start, end, 'both');
    }
    if (e.form === 'short' && !home(e.row)) {
      if (e.row.level === 'county' && isOrdinaryShortName(text.slice(start, end), lexicon)) return false;
      if (e.row.level === 'prefecture' || e.row.level === 'county') return listedOrRouted(text, start, end, e.row.level, places);
    }
    if (e.form === 'full' && !home(e.row) && (e.row.level === 'county' || e.row.level === 'township')) {
      if (!farFullName(e.row, text, start, end, boundaries, lexicon)) return false;
      // 区 is also "area" (平川区的祁县, 滨湖区污水处理厂): a far district is read as a list item.
      if (e.row.name.endsWith('区') && !listedOrRouted(text, start, end, 'county', places)) return false;
    }
    // 城区 / 矿区 name a district only in that district's own plan or its prefecture's.
    if (e.row.generic) return planRegionCode !== null && (e.row.code === planRegionCode || e.row.parentCode === planRegionCode);
    return true;
  });
  if (usable.length === 0) return null;
  // Nearest first: the plan's own region, its prefecture, its province, then anywhere.
  const tier = (row: GazetteerRow): number => (related(row) ? 0 : inArea(row) ? 1 : home(row) ? 2 : 3);
  const nearest = Math.min(...usable.map((e) => tier(e.row)));
  const pool = usable.filter((e) => tier(e.row) === nearest);
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
function needsBoundaryCheck(candidate: Candidate, planProvince: string): boolean {
  const farLocal = (e: FormEntry): boolean =>
    e.form === 'full' && (e.row.level === 'county' || e.row.level === 'township') && provinceOf(e.row.code) !== planProvince;
  return candidate.entries.some((e) => e.form === 'short' || e.row.generic || e.row.name.length <= 2 || farLocal(e));
}

/**
 * Region mentions in `text`. Overlapping names are settled longest first, then leftmost; a
 * name that stands for nothing in this plan (a zone unit such as 山西转型综合改革示范区晋中开发区,
 * a town's short form outside the plan's region) still takes its span, so the shorter names
 * inside it are not read on their own (阳泉 in 阳泉曲).
 */
export function findRegions(text: string, resources: Resources, context: RegionContext): RegionHit[] {
  const { gazetteer, lexicon } = resources;
  const index = resources.places.regions;
  const planProvince = homeProvinceOf(context.planRegionCode);
  const named = candidatesIn(text, index);
  if (named.length === 0) return [];
  let boundaries: WordBoundaries | null = null;
  const candidates = withComposites(named).filter((c) => {
    // Towns of other provinces by their short forms are neither read nor in the way of other names.
    if (c.entries.every((e) => e.form === 'short' && e.row.level === 'township' && provinceOf(e.row.code) !== planProvince)) return false;
    if (needsBoundaryCheck(c, planProvince)) {
      boundaries ??= lazyWordBoundaries(text, index.segmenterFor(planProvince));
      if (!isWord(boundaries, text, c.start, c.end, c.entries.some((e) => e.form !== 'short'))) return false;
    }
    if (c.entries.every((e) => e.row.generic) && genericInsideNoun(text, c.start)) return false;
    // 广安街, 朝阳街: a street named after a place is no mention of the place.
    if (c.entries.every((e) => e.form === 'short') && STREET_CHARS.has(text[c.end] as string)) return false;
    return true;
  });
  const placeNames = candidates.filter((c) => c.entries.some((e) => e.row.kind === 'region' && !e.row.generic));
  const places: PlaceSpans = { starts: new Set(placeNames.map((c) => c.start)), ends: new Set(placeNames.map((c) => c.end)) };
  // Longest first; between equally long overlapping names, the one near the plan's region
  // (山西 over 中山 in …经济圈中山西板块), then the leftmost.
  const plan = planPlace(gazetteer, context.planRegionCode);
  const near = new Map(candidates.map((c) => [c, c.entries.some((e) => plan.related(e.row)) ? 0 : 1]));
  candidates.sort(
    (a, b) => b.end - b.start - (a.end - a.start) || (near.get(a) ?? 1) - (near.get(b) ?? 1) || a.start - b.start,
  );
  const taken = new Uint8Array(text.length);
  for (const span of context.longerNames ?? []) taken.fill(1, Math.max(0, span.start), Math.min(text.length, span.end));
  const hits: RegionHit[] = [];
  for (const c of candidates) {
    const firstTaken = taken.indexOf(1, c.start);
    if (firstTaken !== -1 && firstTaken < c.end) continue;
    taken.fill(1, c.start, c.end);
    const choice = choose(text, c, plan, boundaries, places, lexicon);
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
export function regionsInsideName(name: string, resources: Resources, context: RegionContext = { planRegionCode: null }): RegionHit[] {
  const gazetteer = resources.gazetteer;
  const home = homeProvinceOf(context.planRegionCode);
  // A far county's short form inside a name is a brand borrowed from elsewhere first
  // (义乌商品博览城 in 孝义, 龙城高速 in 晋中).
  const hits = findRegions(name, resources, { planRegionCode: context.planRegionCode }).filter((hit) => {
    const row = gazetteer.byCode(hit.code);
    return !(row?.level === 'county' && hit.ruleId === REGION_RULES.short && provinceOf(row.code) !== home);
  });
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
