/**
 * The gazetteer's name forms as a trie, and one segmenter per province that tells a name from a
 * word: built once with the resources, read by the region finder (regions.ts).
 */
import type { Gazetteer, GazetteerRow } from '../gazetteer/index.ts';
import { domainWords } from './dictionary.ts';
import type { Lexicon } from './lexicon.ts';
import { baseDictionary, createSegmenter, type BaseDictionary, type Segmenter } from './segmenter.ts';

export type Form = 'full' | 'short' | 'former' | 'composite';

export interface FormEntry {
  row: GazetteerRow;
  form: Form;
  /** For a composite form (灵石县静升镇): the parent division and the length of its name. */
  parent?: { row: GazetteerRow; length: number };
}

/** Keyed by UTF-16 code unit: reading `text[j]` of CJK text made a new string per character. */
export interface TrieNode {
  next: Map<number, TrieNode>;
  entries: FormEntry[] | null;
}

/** The gazetteer's name forms as a trie, and the segmenters that tell a name from a word. */
export interface RegionIndex {
  /** The trie's first level by UTF-16 code unit: every character of a text is looked up here. */
  firstNodes: ReadonlyArray<TrieNode | undefined>;
  /**
   * One segmenter per home province, its counties and towns words there: the lexicon with the
   * province's names laid over it, made on first use and kept (a few thousand words each).
   */
  segmenterFor(provinceCode: string): Segmenter;
}

/** The province of a division code: its first two digits. */
export const provinceOf = (code: string): string => code.slice(0, 2);

/** Whether `larger` is a division above town level that a town's short form must not shadow. */
const namesLarger = (larger: GazetteerRow, town: GazetteerRow): boolean =>
  larger.level === 'province' || larger.level === 'prefecture' || (larger.level === 'county' && provinceOf(larger.code) === provinceOf(town.code));

export function buildRegionIndex(gazetteer: Gazetteer, lexicon: Lexicon): RegionIndex {
  const root: TrieNode = { next: new Map(), entries: null };
  const add = (name: string, entry: FormEntry): void => {
    let node = root;
    for (let i = 0; i < name.length; i++) {
      const unit = name.charCodeAt(i);
      let child = node.next.get(unit);
      if (!child) node.next.set(unit, (child = { next: new Map(), entries: null }));
      node = child;
    }
    node.entries ??= [];
    if (!node.entries.some((e) => e.row === entry.row)) node.entries.push(entry);
  };
  for (const row of gazetteer.rows) {
    add(row.name, { row, form: 'full' });
    for (const name of row.formerNames) add(name, { row, form: 'former' });
  }
  const words = lexicon.byWord;
  for (const row of gazetteer.rows) {
    for (const name of row.shortNames) {
      // A town's short form is read only when it is no ordinary word (梧桐, 振兴, 新建) and names
      // no province, prefecture or county of its own province (河北 is a province before it is
      // 河北镇); a far county of that name (高阳县 for 孝义's 高阳镇) and towns sharing it are told
      // apart by the plan's region.
      if (row.level === 'township' && (words.has(name) || gazetteer.byName(name).some((e) => namesLarger(e.row, row)))) continue;
      add(name, { row, form: 'short' });
    }
  }
  const base = baseDictionary(lexicon.byWord);
  const segmenters = new Map<string, Segmenter>();
  const segmenterFor = (provinceCode: string): Segmenter => {
    let segmenter = segmenters.get(provinceCode);
    if (!segmenter) {
      segmenter = provinceSegmenter(gazetteer, base, provinceCode);
      segmenters.set(provinceCode, segmenter);
    }
    return segmenter;
  };
  const firstNodes = new Array<TrieNode | undefined>(0x10000).fill(undefined);
  for (const [unit, node] of root.next) firstNodes[unit] = node;
  return { firstNodes, segmenterFor };
}

/**
 * The segmenter for plans of one province: the names of every province and prefecture and of
 * the counties and towns of that province only, so that the 45,000 names of the country do not
 * re-cut ordinary words (路桥, 兴业, 向城镇) into places.
 */
function provinceSegmenter(gazetteer: Gazetteer, base: BaseDictionary, provinceCode: string): Segmenter {
  // A far county or town is a word only where jieba's own lexicon makes it one (see farFullName).
  const rows = gazetteer.rows.filter((row) => provinceOf(row.code) === provinceCode || row.level === 'province' || row.level === 'prefecture');
  return createSegmenter(base, domainWords({ ...gazetteer, rows }));
}
