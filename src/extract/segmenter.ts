/**
 * jieba's exact cut without its HMM (the maximum-probability path through the word graph of a
 * dictionary), written over the lexicon already in memory, with a small dictionary of domain words
 * laid over it. It gives the cuts of a jieba built from the general lexicon plus those words
 * (createDomainJieba), without building that jieba: each such build parses the 349,000 words again
 * and holds 45 MB, and the region finder wants one per province.
 *
 * The algorithm is jieba's (jieba-rs `cut` with hmm = false): the text in blocks of Han letters,
 * Latin letters, digits and `+#&._%-`, every other character a word of its own; in a block, the
 * words of the dictionary that start at each character (a character that starts none is a word of
 * frequency 1), and from the end backwards the path whose sum of ln(frequency) − ln(total) is
 * largest (the longest word among equals); single Latin letters and digits on the path are joined.
 */

/** jieba-rs's RE_HAN_DEFAULT: what it segments by the dictionary; anything else stands alone. */
const BLOCK_CHAR = /[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\u{20000}-\u{2A6DF}\u{2A700}-\u{2B73F}\u{2B740}-\u{2B81F}\u{2B820}-\u{2CEAF}\u{2CEB0}-\u{2EBEF}\u{2F800}-\u{2FA1F}a-zA-Z0-9+#&._%-]/u;
const ASCII_ALNUM = /^[a-zA-Z0-9]$/;

/** A dictionary's words and frequencies: the general lexicon, once. */
export interface BaseDictionary {
  frequencyOf(word: string): number | undefined;
  /** The sum of every word's frequency. */
  readonly total: number;
  /** The longest word starting with each UTF-16 code unit, in code units (most are short). */
  readonly longestFrom: Uint8Array;
}

export function baseDictionary(words: ReadonlyMap<string, { frequency: number }>): BaseDictionary {
  let total = 0;
  const longestFrom = new Uint8Array(0x10000);
  for (const [word, { frequency }] of words) {
    total += frequency;
    const first = word.charCodeAt(0);
    longestFrom[first] = Math.max(longestFrom[first]!, Math.min(word.length, 255));
  }
  return { frequencyOf: (word) => words.get(word)?.frequency, total, longestFrom };
}

/** Cuts a text into words. */
export interface Segmenter {
  cut(text: string): string[];
}

/** What a cut reads of the dictionary. */
interface CutDictionary {
  frequencyOf(word: string): number | undefined;
  logTotal: number;
  longestFrom: Uint8Array;
}

/** The general dictionary with `domain` words laid over it (their frequency replaces the general one). */
export function createSegmenter(base: BaseDictionary, domain: ReadonlyMap<string, number>): Segmenter {
  let total = base.total;
  const longestFrom = base.longestFrom.slice();
  for (const [word, frequency] of domain) {
    total += frequency - (base.frequencyOf(word) ?? 0);
    const first = word.charCodeAt(0);
    longestFrom[first] = Math.max(longestFrom[first]!, Math.min(word.length, 255));
  }
  const dictionary: CutDictionary = { frequencyOf: (word) => domain.get(word) ?? base.frequencyOf(word), logTotal: Math.log(total), longestFrom };
  return {
    cut(text: string): string[] {
      const out: string[] = [];
      let blockStart = -1;
      for (let i = 0; i < text.length; ) {
        const width = (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
        const char = text.slice(i, i + width);
        if (BLOCK_CHAR.test(char)) {
          if (blockStart < 0) blockStart = i;
        } else {
          if (blockStart >= 0) cutBlock(text.slice(blockStart, i), dictionary, out);
          blockStart = -1;
          out.push(char);
        }
        i += width;
      }
      if (blockStart >= 0) cutBlock(text.slice(blockStart), dictionary, out);
      return out;
    },
  };
}

/** One block by the most probable path through its word graph, onto `out`. */
function cutBlock(block: string, dictionary: CutDictionary, out: string[]): void {
  const { frequencyOf, logTotal, longestFrom } = dictionary;
  // Character starts (a character outside the BMP is two code units) and the end.
  const starts: number[] = [];
  for (let i = 0; i < block.length; i += (block.codePointAt(i) ?? 0) > 0xffff ? 2 : 1) starts.push(i);
  const n = starts.length;
  starts.push(block.length);
  const score = new Float64Array(n + 1);
  const next = new Int32Array(n + 1);
  for (let k = n - 1; k >= 0; k -= 1) {
    let best = Number.NEGATIVE_INFINITY;
    let bestEnd = -1;
    const longest = longestFrom[block.charCodeAt(starts[k]!)]!;
    for (let e = k + 1; e <= n && starts[e]! - starts[k]! <= longest; e += 1) {
      const frequency = frequencyOf(block.slice(starts[k], starts[e]));
      if (frequency === undefined) continue;
      const value = Math.log(frequency) - logTotal + score[e]!;
      // The last of equals wins, as Rust's max_by does over edges in order of their end.
      if (value >= best) {
        best = value;
        bestEnd = e;
      }
    }
    if (bestEnd < 0) {
      best = Math.log(1) - logTotal + score[k + 1]!;
      bestEnd = k + 1;
    }
    score[k] = best;
    next[k] = bestEnd;
  }
  let latinFrom = -1;
  for (let k = 0; k < n; k = next[k]!) {
    const word = block.slice(starts[k], starts[next[k]!]);
    if (ASCII_ALNUM.test(word)) {
      if (latinFrom < 0) latinFrom = starts[k]!;
      continue;
    }
    if (latinFrom >= 0) {
      out.push(block.slice(latinFrom, starts[k]));
      latinFrom = -1;
    }
    out.push(word);
  }
  if (latinFrom >= 0) out.push(block.slice(latinFrom));
}
