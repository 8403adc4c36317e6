/**
 * Finds strategic areas that span regions (108廊带, 太原都市区, 京津冀, …经济带 / …城市群) and the
 * passages that define a zone's extent by enumerating the regions it covers.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadGazetteer } from '../gazetteer/index.ts';
import type { Gazetteer } from '../gazetteer/index.ts';
import type { RegionHit } from './regions.ts';

export interface ZoneHit {
  start: number;
  end: number;
  /** The text as written. */
  surface: string;
  /** Canonical name: the zone's entity is `zone:<name>`. */
  name: string;
  ruleId: string;
}

export interface ZoneCoverage {
  zone: ZoneHit;
  /** Gazetteer code of the covered region. */
  code: string;
  /** The passage that states the extent: from the zone's name to the end of the enumeration. */
  start: number;
  end: number;
  ruleId: string;
}

export const ZONE_RULES = {
  corridor: 'zone.corridor',
  suffix: 'zone.name-with-zone-suffix',
  known: 'zone.multi-region-name',
  coverage: 'zone.coverage.enumeration-after-cue',
} as const;

import zoneWords from '../../data/dictionary/zones.json' with { type: 'json' };

/** Names of multi-region areas that carry no zone suffix of their own (京津冀, 雄安新区). */
const MULTI_REGION_NAMES = zoneWords.names;
/** 长三角地区 is 长三角: a word that continues such a name. */
const NAME_CONTINUATIONS = zoneWords.nameContinuations;

/** Words that end the name of a strategic area, longest first. */
const ZONE_SUFFIXES = [...zoneWords.suffixes].sort((a, b) => b.length - a.length);

/**
 * The corridor and the demonstration zone over it are one Zone (the 晋中 plan uses both for
 * the same six counties): 晋中108廊带区域一体化发展示范区, 108廊带示范区 and 108廊带 → 108廊带.
 */
const CORRIDOR = /([\p{Script=Han}]{2,3}?)?(\d+)\s*(?:廊带((?:区域)?(?:一体化)?(?:发展)?示范区)?|示范区)/gu;

/** Characters that end a name on its left (的, 和, 、 …); words come from data/dictionary. */
const BOUNDARY_CHARS = new Set([...'的和与及、在以将把向对为是了从由等并或同至于入即']);
/** Morphemes of geography that make a prefix a place (黄河, 中原, 桑干河流域). */
const GEOGRAPHY = /[河山海湖江原川岭]/u;
/** Verbs before zone names that the shared boundary list (data/dictionary) does not hold. */
const ZONE_BOUNDARY_WORDS = ['打造成', '建设成为', '构筑', '通往', '环绕', '合力'];
const MAX_PREFIX = 10;

interface WordLists {
  boundaries: string[];
  generic: Set<string>;
}

let wordLists: WordLists | undefined;

function loadWordLists(): WordLists {
  if (!wordLists) {
    const dir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'dictionary');
    const read = (file: string): { words: string[] } =>
      JSON.parse(readFileSync(join(dir, file), 'utf8')) as { words: string[] };
    wordLists = {
      boundaries: [...read('name-boundaries.json').words, ...ZONE_BOUNDARY_WORDS].sort((a, b) => b.length - a.length),
      generic: new Set(read('generic-words.json').words),
    };
  }
  return wordLists;
}

/** Where a name ending at `end` begins: after the last boundary word or character before it. */
function nameStart(text: string, end: number, lists: WordLists): number {
  let start = end;
  while (start > 0 && end - start < MAX_PREFIX && /[\p{Script=Han}\d]/u.test(text[start - 1] as string)) start--;
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
  return cut;
}

/** First letters of the short names of provinces and prefectures (太 of 太原, 忻 of 忻州). */
function regionLetters(gazetteer: Gazetteer): Set<string> {
  const letters = new Set<string>();
  for (const row of gazetteer.rows) {
    if (row.level !== 'province' && row.level !== 'prefecture') continue;
    for (const s of row.shortNames) if (s[0] !== undefined) letters.add(s[0]);
  }
  return letters;
}

/**
 * Whether the part before a zone suffix names places: a division's name (太原), geography
 * (黄河, 中原), or an abbreviation of divisions (太忻 = 太原 + 忻州). 数据存储经济带 does not.
 */
function namesPlaces(prefix: string, gazetteer: Gazetteer, letters: Set<string>, generic: Set<string>): boolean {
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
  if (core.length < 2 || generic.has(core)) return false;
  for (let i = 0; i < core.length; i++) {
    for (let j = i + 2; j <= core.length; j++) {
      if (gazetteer.byName(core.slice(i, j)).some((e) => e.row.kind === 'region' && e.row.level !== 'township')) return true;
    }
  }
  if (GEOGRAPHY.test(core)) return true;
  return core.length <= 4 && [...core].every((ch) => letters.has(ch));
}

/** Zones named in `text`, longest name first where names overlap, in text order. */
export function findZones(text: string, gazetteer: Gazetteer = loadGazetteer()): ZoneHit[] {
  const lists = loadWordLists();
  const letters = regionLetters(gazetteer);
  const found: ZoneHit[] = [];
  const hit = (start: number, end: number, name: string, ruleId: string): void => {
    found.push({ start, end, surface: text.slice(start, end), name, ruleId });
  };

  for (const m of text.matchAll(CORRIDOR)) {
    const [whole, region, digits] = m;
    let start = m.index;
    // A leading region name belongs to the zone's name (晋中108廊带…); anything else does not.
    if (region !== undefined) {
      const isRegion = gazetteer.byName(region).some((e) => e.row.kind === 'region');
      const tail = [...region].findIndex((_, i) => gazetteer.byName(region.slice(i)).some((e) => e.row.kind === 'region'));
      start += isRegion ? 0 : tail >= 0 ? tail : region.length;
    }
    hit(start, m.index + whole.length, `${digits}廊带`, ZONE_RULES.corridor);
  }

  for (const suffix of ZONE_SUFFIXES) {
    for (let at = text.indexOf(suffix); at >= 0; at = text.indexOf(suffix, at + 1)) {
      const start = nameStart(text, at, lists);
      const prefix = text.slice(start, at);
      if (!namesPlaces(prefix, gazetteer, letters, lists.generic)) continue;
      hit(start, at + suffix.length, prefix + suffix, ZONE_RULES.suffix);
    }
  }

  for (const name of MULTI_REGION_NAMES) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const more = NAME_CONTINUATIONS.find((w) => text.startsWith(w, at + name.length)) ?? '';
      hit(at, at + name.length + more.length, name, ZONE_RULES.known);
    }
  }

  // 关中平原、中原城市群: a place coordinated with a suffixed zone shares its suffix.
  for (const zone of [...found]) {
    if (zone.ruleId !== ZONE_RULES.suffix) continue;
    let end = zone.start - 1;
    while (end > 0 && (text[end] === '、' || text.startsWith('和', end))) {
      let start = end;
      while (start > 0 && end - start < MAX_PREFIX && /[\p{Script=Han}]/u.test(text[start - 1] as string) && text[start - 1] !== '、') start--;
      start = Math.max(start, nameStart(text, end, lists));
      const name = text.slice(start, end);
      if (name.length < 2 || !namesPlaces(name, gazetteer, letters, lists.generic) || gazetteer.byName(name).some((e) => e.row.kind === 'region')) break;
      hit(start, end, name, ZONE_RULES.suffix);
      end = start - 1;
    }
  }

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
    COVERAGE_CUE.lastIndex = zone.end;
    const cue = COVERAGE_CUE.exec(sectionText);
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
