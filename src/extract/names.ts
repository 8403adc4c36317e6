import { lexiconTag } from './lexicon.ts';
import type { Resources } from './resources.ts';

/*
 * The hard part of reading a name by its suffix (…产业园, …有限公司, …项目) is where it starts.
 * A name runs left from its suffix over name characters to the start of its clause
 * (punctuation, a line break), and then starts after the last word of the clause that
 * cannot be part of a name: a verb, a preposition, a quantifier (建设, 推进, 依托, 以, 一批 …).
 */

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const NAME_SYMBOL = /[A-Za-z0-9０-９Ａ-Ｚａ-ｚ·×\-－—²³]/;

export function isNameChar(ch: string): boolean {
  return CJK.test(ch) || NAME_SYMBOL.test(ch);
}

export interface ClauseOptions {
  /** At most this many characters before the suffix. */
  maxLength: number;
  /** Let the name span bracketed parts such as 山西汾西矿业（集团）…. */
  allowBrackets?: boolean;
  /** Spaces inside the name (PDF text: `110 万吨`). */
  allowSpaces?: boolean;
}

export interface Clause {
  start: number;
  /** The clause ran on past maxLength: its true start is further left. */
  truncated: boolean;
}

/** Where the clause holding text[end - 1] starts: the first name character after a break. */
export function clauseStart(text: string, end: number, options: ClauseOptions): Clause {
  let i = end;
  let depth = 0;
  const limit = Math.max(0, end - options.maxLength);
  while (i > limit) {
    const ch = text[i - 1] ?? '';
    if (options.allowBrackets && (ch === '）' || ch === ')')) depth += 1;
    else if (options.allowBrackets && (ch === '（' || ch === '(') && depth > 0) depth -= 1;
    else if (depth > 0 && ch !== '\n') {
      /* inside brackets anything but a line break goes */
    } else if (ch === '.' && /\d/.test(text[i - 2] ?? '') && /\d/.test(text[i] ?? '')) {
      /* a decimal point */
    } else if (!(isNameChar(ch) || (options.allowSpaces === true && (ch === ' ' || ch === '\u3000')))) break;
    i -= 1;
  }
  if (depth > 0) {
    // An unclosed bracket: the name starts after it.
    const open = Math.max(text.lastIndexOf('（', end - 1), text.lastIndexOf('(', end - 1));
    if (open >= i) i = open + 1;
  }
  const truncated = i === limit && limit > 0 && isNameChar(text[i - 1] ?? '');
  while (i < end && /[\s\u3000]/.test(text[i] ?? '')) i += 1;
  return { start: i, truncated };
}

const CONJUNCTIONS = new Set(['和', '与', '及', '或']);
const COUNTED = /(?:\d+(?:\.\d+)?\s*余?\s*(?:个|项|户|座|条|家|所|处|批|类|种|大|张|年|节|章|篇)|[一二三四五六七八九十两百千]+\s*余?\s*(?:个|项|户|座|条|家|所|处|批|类|种|大|张|节|章|篇))/g;

export interface CutOptions {
  /** Boundary words this kind of name may contain (a project's 及, 和). */
  keep?: readonly string[];
  /** The name must keep at least this many characters before its suffix. */
  minPrefix?: number;
  /** Boundary words that may also end a name (二期提升|工程): `cutToName` may step over one. */
  stepOver?: readonly string[];
}

/**
 * The start of the name whose suffix begins at `suffixStart`, within the clause starting at
 * `from`: just after the last boundary word (or counted quantity: 100个, 十大) that leaves a
 * prefix of at least `minPrefix` characters.
 */
export function cutAtBoundary(text: string, from: number, suffixStart: number, resources: Resources, options: CutOptions = {}): number {
  const { boundariesByLast, protected: protectedWords } = resources.vocabulary.names;
  const minPrefix = options.minPrefix ?? 0;
  const keep = new Set(options.keep ?? []);
  let best = from;
  for (let i = from + 1; i <= suffixStart - minPrefix; i += 1) {
    // Only a word ending in the character before i can end at i: look at those alone.
    for (const word of boundariesByLast.get(text[i - 1] ?? '') ?? []) {
      if (keep.has(word)) continue;
      const at = i - word.length;
      if (at < from || !text.startsWith(word, at)) continue;
      if (isProtected(text, at, i, from, protectedWords)) continue;
      // A conjunction joins two words: one character before it is part of a name (民和玫瑰…).
      if (CONJUNCTIONS.has(word) && at - from === 1) continue;
      best = i;
      break;
    }
  }
  // A copy per call: a global pattern's lastIndex is state, and the module keeps none.
  const counted = new RegExp(COUNTED);
  const clause = text.slice(from, suffixStart);
  for (let m = counted.exec(clause); m; m = counted.exec(clause)) {
    const cut = from + m.index + m[0].length;
    if (cut > best && cut <= suffixStart - minPrefix) best = cut;
  }
  while (best < suffixStart && /[\s\u3000]/.test(text[best] ?? '')) best += 1;
  return best;
}

/** A cut at `cut` (after a boundary word at `at`) would split a protected name. */
function isProtected(text: string, at: number, cut: number, from: number, protectedWords: readonly string[]): boolean {
  for (const word of protectedWords) {
    for (let q = Math.max(from, cut - word.length + 1); q <= at; q += 1) {
      if (q < cut && q + word.length > cut && text.startsWith(word, q)) return true;
    }
  }
  return false;
}

/** A bare quantity (120万吨, 50MW, 2×35万千瓦) says how big, not which. */
const QUANTITY = /[\d.×]+(?:万|亿)?(?:千瓦|兆瓦|MW|GW|吨|立方米|平方米|m³|公里|千米)(?:\/年)?/g;
const NUMERAL = /[\d０-９.一二三四五六七八九十两百千万亿第个大级期号批]/;

/**
 * Whether a prefix only says what kind of thing follows (现代, 电子商务, 一批, 省级 …) and so
 * names nothing: true when it can be read wholly as generic words and numerals.
 */
export function isGenericPrefix(prefix: string, resources: Resources): boolean {
  const { generic, genericLongest } = resources.vocabulary.names;
  // A bracketed qualifier (县（市）, （一期）) adds no name.
  const s = prefix.replace(/[\s\u3000]/g, '').replace(/（[^（）]*）|\([^()]*\)/g, '').replace(QUANTITY, '');
  if (s.length === 0) return true;
  // A number that is not a year or a quantity names something (108科技产业园, 207国道).
  if (/\d{3,}(?![\d年])/.test(s)) return false;
  const ok: boolean[] = new Array<boolean>(s.length + 1).fill(false);
  ok[0] = true;
  for (let i = 0; i < s.length; i += 1) {
    if (!ok[i]) continue;
    if (NUMERAL.test(s[i] ?? '')) ok[i + 1] = true;
    for (let len = 1; len <= genericLongest && i + len <= s.length; len += 1) {
      if (generic.has(s.slice(i, i + len))) ok[i + len] = true;
    }
  }
  return ok[s.length] === true;
}

/**
 * Whether a name may start at `at`: at the start of a clause, or right after a word that
 * cannot be part of a name (推进阳煤…, but not 高阳煤矿).
 */
export function startsName(text: string, at: number, resources: Resources): boolean {
  if (at === 0 || !isNameChar(text[at - 1] ?? '')) return true;
  const { boundaries, protected: protectedWords } = resources.vocabulary.names;
  return boundaries.some((word) => word.length <= at && text.startsWith(word, at - word.length) && !isProtected(text, at - word.length, at, 0, protectedWords));
}

/**
 * Like `cutAtBoundary`, but where the last boundary word leaves only generic words before the
 * suffix (吴王山森林公园二期提升|工程), the rightmost earlier cut that leaves a name, provided
 * that name does not itself begin with a boundary word (大力推进重点工程 stays no name).
 */
export function cutToName(text: string, from: number, suffixStart: number, resources: Resources, options: CutOptions = {}): number {
  const first = cutAtBoundary(text, from, suffixStart, resources, options);
  if (first <= from || !isGenericPrefix(text.slice(first, suffixStart), resources)) return first;
  if (!(options.stepOver ?? []).some((w) => text.startsWith(w, first - w.length))) return first;
  // Only the one word before the suffix may be stepped over: a second cut means a sentence.
  const start = cutAtBoundary(text, from, suffixStart, resources, { ...options, minPrefix: suffixStart - first + 1 });
  const prefix = text.slice(start, suffixStart);
  if (start >= first || isGenericPrefix(prefix, resources) || /[等的、\d]/.test(text.slice(start, first))) return first;
  const { boundaries, protected: protectedWords } = resources.vocabulary.names;
  if (boundaries.some((w) => prefix.startsWith(w) && !isProtected(text, start, start + w.length, start, protectedWords))) return first;
  return start;
}

/** Length of the boundary word a text starts with (实施小微企业创办工程 → 2), or 0. */
export function leadingBoundary(text: string, resources: Resources): number {
  const { boundaries, protected: protectedWords } = resources.vocabulary.names;
  const word = boundaries.find((w) => text.startsWith(w) && !isProtected(text, 0, w.length, 0, protectedWords));
  return word?.length ?? 0;
}

export interface LeadingWords {
  /** jieba's tags of the words that open a clause and never this kind of name. */
  tags: ReadonlySet<string>;
  /** Whether a place's name starts at an offset: it stops the moving. */
  placeAt: (at: number) => boolean;
  /** Whether a word that is the whole of text[start, end) stays, as the name's own. */
  keepWhole: boolean;
}

/**
 * The start moved past every word with one of `tags` that opens text[start, end), one after
 * another, the longest word at the start (four characters down to two) deciding each time.
 */
export function afterLeadingWords(text: string, start: number, end: number, resources: Resources, words: LeadingWords): number {
  for (let moved = true; moved; ) {
    moved = false;
    if (words.placeAt(start)) return start;
    for (let length = Math.min(4, end - start - (words.keepWhole ? 1 : 0)); length >= 2; length -= 1) {
      const tag = lexiconTag(text.slice(start, start + length), resources.lexicon);
      if (tag === undefined) continue;
      if (words.tags.has(tag)) {
        start += length;
        moved = true;
      }
      break;
    }
  }
  return start;
}
