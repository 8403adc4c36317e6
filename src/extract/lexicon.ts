/**
 * jieba's general lexicon as the finders ask it: whether a word is known, its tag and its
 * frequency, and the ordinary words (nouns, verbs …) apart from the names (nr, ns, nt, nz …).
 * Built once from the parsed lexicon when resources are loaded.
 */
import { Jieba } from '@node-rs/jieba';
import type { LexiconWord } from './dictionary.ts';

/** A word as jieba cuts and tags a text. */
export interface TaggedWord {
  word: string;
  tag: string;
}

/** jieba tags of ordinary words (nouns, verbs, adjectives …), not of names (nr, ns, nt, nz …). */
const ORDINARY_TAGS = new Set(['n', 'v', 'vn', 'a', 'ad', 'an', 'd', 'vd', 'f', 'm', 'q', 'r', 'p', 'c', 'u', 'l', 'i', 's', 't', 'b', 'z', 'ng', 'vg', 'ag']);

export interface Lexicon {
  /** Every word in lexicon order, for the segmenters built from it. */
  readonly words: readonly LexiconWord[];
  /** A word's frequency and tag (the last entry where jieba lists a word twice). */
  readonly byWord: ReadonlyMap<string, { frequency: number; tag: string }>;
  /** Words with an ordinary tag, and the length of the longest. */
  readonly ordinary: ReadonlySet<string>;
  readonly ordinaryLongest: number;
  /** The length of the longest ordinary word starting with each UTF-16 code unit (most are short). */
  readonly ordinaryLongestFrom: Uint8Array;
  /**
   * The text cut and tagged by jieba with its HMM, which makes words of characters the lexicon
   * does not hold as one word (沃特海默, 益海|嘉里): the only sight of names no list holds.
   */
  readonly tagWords: (text: string) => readonly TaggedWord[];
}

export function buildLexicon(words: readonly LexiconWord[]): Lexicon {
  const ordinary = new Set(words.filter((w) => ORDINARY_TAGS.has(w.tag)).map((w) => w.word));
  let ordinaryLongest = 0;
  const ordinaryLongestFrom = new Uint8Array(0x10000);
  for (const w of ordinary) {
    ordinaryLongest = Math.max(ordinaryLongest, w.length);
    const first = w.charCodeAt(0);
    ordinaryLongestFrom[first] = Math.max(ordinaryLongestFrom[first] ?? 0, Math.min(w.length, 255));
  }
  // Built once with the lexicon (a few hundred ms at load time) and kept by it, not by the module.
  const jieba = Jieba.withDict(Buffer.from(words.map((w) => `${w.word} ${w.frequency} ${w.tag}`).join('\n'), 'utf8'));
  const tagWords = (text: string): TaggedWord[] => jieba.tag(text, true);
  return { words, byWord: new Map(words.map((w) => [w.word, { frequency: w.frequency, tag: w.tag }])), ordinary, ordinaryLongest, ordinaryLongestFrom, tagWords };
}

/** jieba's tags of proper nouns: people's names, places, organisations, other names. */
const PROPER_TAGS = new Set(['nr', 'nrt', 'nrfg', 'ns', 'nt', 'nz']);

/**
 * A word jieba's HMM made of characters its lexicon does not hold as one word (沃特海默, 益海):
 * jieba tags it x. Coined brand names are such words; ordinary words never are.
 */
export function isCoinedWord(word: TaggedWord, lexicon: Lexicon): boolean {
  return word.tag === 'x' && word.word.length >= 2 && /^[\u4e00-\u9fff]+$/.test(word.word) && !lexicon.byWord.has(word.word);
}

/** A proper noun by jieba's tag (中电投/nt, 万达/nz, 斯芬克斯/nr), or a coined word. */
export function isProperWord(word: TaggedWord, lexicon: Lexicon): boolean {
  return PROPER_TAGS.has(word.tag) || isCoinedWord(word, lexicon);
}

/** jieba's tag of a word of at most four characters, or undefined when jieba does not know it. */
export function lexiconTag(word: string, lexicon: Lexicon): string | undefined {
  return word.length <= 4 ? lexicon.byWord.get(word)?.tag : undefined;
}

/** A word of jieba's lexicon that is an ordinary word (noun, verb …), not a name. */
export function isOrdinaryWord(word: string, lexicon: Lexicon): boolean {
  return ORDINARY_TAGS.has(lexiconTag(word, lexicon) ?? '');
}

/**
 * Whether a phrase reads wholly as ordinary words of jieba's lexicon (住宿, 生物制药, 合作制):
 * such a phrase names a kind of business, not an enterprise (宏圣科威, 京东商城 do not read so).
 */
export function isOrdinaryPhrase(phrase: string, lexicon: Lexicon): boolean {
  const { ordinary: words, ordinaryLongestFrom: longestFrom } = lexicon;
  // singles[i]: the fewest one-character words in a reading of phrase[0, i); a name read as
  // characters (方+盛) is no ordinary phrase, one affix (合作+制) may be.
  const singles: number[] = new Array<number>(phrase.length + 1).fill(Number.POSITIVE_INFINITY);
  singles[0] = 0;
  for (let i = 0; i < phrase.length; i += 1) {
    const here = singles[i] ?? Number.POSITIVE_INFINITY;
    if (here === Number.POSITIVE_INFINITY) continue;
    const longest = longestFrom[phrase.charCodeAt(i)] ?? 0;
    for (let len = 1; len <= longest && i + len <= phrase.length; len += 1) {
      if (!words.has(phrase.slice(i, i + len))) continue;
      const next = here + (len === 1 ? 1 : 0);
      if (next < (singles[i + len] ?? Number.POSITIVE_INFINITY)) singles[i + len] = next;
    }
  }
  return (singles[phrase.length] ?? Number.POSITIVE_INFINITY) <= Math.min(1, phrase.length - 2);
}
