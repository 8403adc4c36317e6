// A larger corpus made from the real one, deterministically (seeded PRNG, no Math.random):
// documents recombined (chapters shuffled across documents and renumbered), names varied so that
// entities stay realistic (Shanxi prefectures and counties swapped for other Shanxi divisions
// from data/gazetteer/regions.json, enterprise trade names swapped among those the corpus uses),
// written as .txt files with a manifest.json giving each a unique id.
//
//   node --import tsx bench/generate-corpus.ts --scale 10 --out /tmp/corpus-x10 [--seed 7]
import { mkdir, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../src/config.ts';
import type { Manifest, ManifestEntry } from '../src/documents/manifest.ts';
import { dict as jiebaDictionary } from '@node-rs/jieba/dict.js';
import { parseLexicon } from '../src/extract/dictionary.ts';
import { readCorpus, type CorpusFile } from './lib/corpus.ts';
import { Random, seedOf } from './lib/random.ts';

export const DEFAULT_SEED = 20250101;

interface RegionRow {
  code: string;
  name: string;
  level: string;
  parentCode: string | null;
  shortNames: string[];
  kind: string;
  generic: boolean;
}

interface SplitDocument {
  corpusFile: CorpusFile;
  preamble: string;
  chapters: string[];
}

const CHAPTER_HEADING = /^[ \t\u3000]*第[一二三四五六七八九十百零]+章/gm;
/** Shorter chunks between headings are table-of-contents lines: they stay with the preamble. */
const MIN_CHAPTER_CHARS = 400;

/** Splits a document at its chapter headings (第X章 at a line start). */
export function splitChapters(text: string): { preamble: string; chapters: string[] } {
  const starts = [...text.matchAll(CHAPTER_HEADING)].map((match) => match.index);
  const bounds = [...starts, text.length];
  let preambleEnd = 0;
  const chapters: string[] = [];
  for (let i = 0; i < starts.length; i += 1) {
    const chunk = text.slice(bounds[i]!, bounds[i + 1]!);
    if (chunk.length < MIN_CHAPTER_CHARS && chapters.length === 0) preambleEnd = bounds[i + 1]!;
    else if (chunk.length < MIN_CHAPTER_CHARS) chapters[chapters.length - 1] += chunk;
    else chapters.push(chunk);
  }
  if (starts.length === 0) return { preamble: text, chapters: [] };
  return { preamble: text.slice(0, preambleEnd || starts[0]!), chapters };
}

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
export function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n]!;
  if (n < 20) return `十${n % 10 === 0 ? '' : DIGITS[n % 10]}`;
  return `${DIGITS[Math.floor(n / 10)]}十${n % 10 === 0 ? '' : DIGITS[n % 10]}`;
}

function renumber(chapter: string, ordinal: number): string {
  return chapter.replace(/^([ \t\u3000]*)第[一二三四五六七八九十百零]+章/, (_all, indent: string) => `${indent}第${chineseNumber(ordinal)}章`);
}

function shanxiRegions(): RegionRow[] {
  const rows = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'data', 'gazetteer', 'regions.json'), 'utf8')) as RegionRow[];
  return rows.filter((row) => row.code.startsWith('14') && row.kind === 'region');
}

const ENTERPRISE_NAME = /(?:山西|[\u4e00-\u9fff]{2}[市县区])([\u4e00-\u9fff]{2})[\u4e00-\u9fff]{0,8}?(?:有限责任公司|有限公司|集团)/g;

/** Trade names (金岩, 东义, 鹏飞 …) of the enterprises in the corpus, common words left out. */
export function tradeNames(texts: readonly string[], regionNames: ReadonlySet<string>): string[] {
  const common = new Map(parseLexicon(jiebaDictionary).map((word) => [word.word, word.frequency]));
  const found = new Set<string>();
  for (const text of texts) for (const match of text.matchAll(ENTERPRISE_NAME)) found.add(match[1]!);
  // A name that also runs through ordinary text (新能 of 新能源, 级医 of 三级医院) is no trade name.
  const occurrences = (name: string) => texts.reduce((sum, text) => sum + text.split(name).length - 1, 0);
  return [...found]
    .filter((name) => !regionNames.has(name) && (common.get(name) ?? 0) < 500 && !/[市县区省]/.test(name) && occurrences(name) <= 12)
    .sort();
}

export interface GeneratedDocument {
  fileName: string;
  entry: ManifestEntry;
  text: string;
  base: string;
}

/** Everything the generator derives from the real corpus once. */
export class CorpusGenerator {
  private readonly documents: SplitDocument[];
  private readonly pool: string[];
  private readonly prefectures: RegionRow[];
  private readonly counties: RegionRow[];
  private readonly byCode: Map<string, RegionRow>;
  private readonly trades: string[];
  readonly corpusBytes: number;

  constructor(files: readonly CorpusFile[], corpusBytes: number, private readonly seed: number = DEFAULT_SEED) {
    this.corpusBytes = corpusBytes;
    this.documents = files.map((corpusFile) => ({ corpusFile, ...splitChapters(corpusFile.source.text) }));
    this.pool = this.documents.flatMap((doc) => doc.chapters);
    const regions = shanxiRegions();
    this.byCode = new Map(regions.map((row) => [row.code, row]));
    this.prefectures = regions.filter((row) => row.level === 'prefecture' && !row.generic);
    this.counties = regions.filter((row) => row.level === 'county' && !row.generic);
    const names = new Set(regions.flatMap((row) => [row.name, ...row.shortNames]));
    this.trades = tradeNames(
      files.map((file) => file.source.text),
      names,
    );
  }

  static async fromCorpus(dir?: string, seed = DEFAULT_SEED): Promise<CorpusGenerator> {
    const { files, bytes } = await readCorpus(dir);
    return new CorpusGenerator(files, bytes, seed);
  }

  /** Document `index` of the corpus at `scale` (5 × scale documents in all). */
  document(scale: number, index: number): GeneratedDocument {
    const random = new Random(seedOf(`${this.seed}:${scale}:${index}`));
    const base = this.documents[index % this.documents.length]!;
    const baseEntry = base.corpusFile.manifestEntry;

    // Recombine: each chapter slot keeps the base's chapter or takes one from any document.
    const chapters = base.chapters.map((own) => (random.next() < 0.5 ? own : random.pick(this.pool)));
    const body = chapters.map((chapter, i) => renumber(chapter, i + 1)).join('');

    // Vary names: a permutation of prefectures and of counties, and of enterprise trade names.
    const substitutions = new Map<string, string>();
    const codeMap = new Map<string, string>();
    const mapRows = (rows: RegionRow[]) => {
      const targets = random.shuffle(rows);
      rows.forEach((row, i) => {
        const target = targets[i]!;
        codeMap.set(row.code, target.code);
        if (!substitutions.has(row.name)) substitutions.set(row.name, target.name);
        row.shortNames.forEach((short, k) => {
          if (short.length >= 2 && !substitutions.has(short)) substitutions.set(short, target.shortNames[k] ?? target.shortNames[0] ?? target.name);
        });
      });
    };
    mapRows(this.prefectures);
    mapRows(this.counties);
    const trades = random.shuffle(this.trades);
    this.trades.forEach((trade, i) => {
      if (!substitutions.has(trade)) substitutions.set(trade, trades[i]!);
    });
    const text = substitute(base.preamble + body, substitutions);

    const id = `g${scale}-${String(index).padStart(5, '0')}-${baseEntry?.id ?? 'plan'}`;
    const entry: ManifestEntry = { id };
    if (baseEntry) {
      Object.assign(entry, {
        ...baseEntry,
        id,
        ...(baseEntry.title ? { title: substitute(baseEntry.title, substitutions) } : {}),
        ...(baseEntry.regionName ? { regionName: substitute(baseEntry.regionName, substitutions) } : {}),
        ...(baseEntry.drafter ? { drafter: substitute(baseEntry.drafter, substitutions) } : {}),
      });
      delete entry.regionCode;
      const code = baseEntry.regionCode ? this.mappedCode(baseEntry.regionCode, codeMap) : undefined;
      if (code) entry.regionCode = code;
    }
    return { fileName: `${id}.txt`, entry, text, base: base.corpusFile.source.fileName };
  }

  /** The division the base plan's region became: itself for the province, a sibling for 城区. */
  private mappedCode(code: string, codeMap: Map<string, string>): string | undefined {
    if (codeMap.has(code)) return codeMap.get(code);
    const row = this.byCode.get(code);
    if (!row) return undefined;
    if (row.level === 'province') return code;
    if (row.generic && row.parentCode) {
      const parent = codeMap.get(row.parentCode) ?? row.parentCode;
      return [...this.byCode.values()].find((other) => other.parentCode === parent && other.name === row.name)?.code;
    }
    return undefined;
  }

  /** Writes 5 × scale documents and their manifest into `dir`; returns bytes written. */
  async write(scale: number, dir: string): Promise<{ files: number; bytes: number }> {
    await mkdir(dir, { recursive: true });
    const manifest: Manifest = { version: 1, plans: {} };
    let bytes = 0;
    const count = this.documents.length * scale;
    for (let index = 0; index < count; index += 1) {
      const doc = this.document(scale, index);
      const data = Buffer.from(doc.text, 'utf8');
      bytes += data.length;
      manifest.plans[doc.fileName] = doc.entry;
      await writeFile(path.join(dir, doc.fileName), data);
    }
    await writeFile(path.join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 1)}\n`);
    return { files: count, bytes };
  }
}

/** One pass, longest name first, so a replacement is never replaced again. */
export function substitute(text: string, substitutions: ReadonlyMap<string, string>): string {
  if (substitutions.size === 0) return text;
  const keys = [...substitutions.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
  const pattern = new RegExp(keys.map((key) => key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  return text.replace(pattern, (match) => substitutions.get(match) ?? match);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { scale: { type: 'string', default: '10' }, out: { type: 'string' }, seed: { type: 'string' } } });
  if (!values.out) throw new Error('--out <folder> is required');
  const generator = await CorpusGenerator.fromCorpus(undefined, values.seed ? Number(values.seed) : DEFAULT_SEED);
  const written = await generator.write(Number(values.scale), values.out);
  console.log(`${written.files} documents, ${(written.bytes / 1024 / 1024).toFixed(1)} MB in ${values.out}`);
}
