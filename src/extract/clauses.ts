/**
 * The clauses of a section's text, as the status and figure rules read them: a sentence ends at
 * 。；！？ (or their half-width forms) and at a line end; a sentence's segments end at ，and ：
 * outside brackets (a comma between digits is a thousands separator). A verb governs its segment,
 * and a list of segments only where nothing but names stands in them.
 */

export interface Span {
  start: number;
  end: number;
}

export interface Segment extends Span {
  /** The mark that closes the segment: '，', '：', or '' at the end of the sentence. */
  closer: '，' | '：' | '';
}

export interface Sentence extends Span {
  segments: Segment[];
}

const SENTENCE_END = new Set(['。', '；', ';', '！', '!', '？', '?', '\n']);
const COMMAS = new Set(['，', ',']);
const COLONS = new Set(['：', ':']);
const OPENING = new Set(['（', '(', '“', '《', '「', '【', '[']);
const CLOSING = new Set(['）', ')', '”', '》', '」', '】', ']']);

const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';

/**
 * How far a sentence reaches on either side of an offset. Real sentences are shorter (the longest
 * of the default documents has about 500 characters); text without end marks (a table run
 * together, say) is read in windows, so that reading each mention stays linear in the section.
 */
export const SENTENCE_REACH = 1000;

/** The sentence around an offset: from after the previous end mark to its own end mark (not included). */
export function sentenceAround(text: string, at: number): Span {
  const from = Math.max(0, at - SENTENCE_REACH);
  const to = Math.min(text.length, at + SENTENCE_REACH);
  let start = Math.min(at, text.length);
  while (start > from && !SENTENCE_END.has(text[start - 1] ?? '')) start -= 1;
  let end = Math.max(at, start);
  while (end < to && !SENTENCE_END.has(text[end] ?? '')) end += 1;
  return { start, end };
}

/** The segments of a sentence, split at commas and colons outside brackets and quotes. */
export function segmentsOf(text: string, sentence: Span): Segment[] {
  const segments: Segment[] = [];
  let depth = 0;
  let start = sentence.start;
  for (let i = sentence.start; i < sentence.end; i += 1) {
    const ch = text[i] ?? '';
    if (OPENING.has(ch)) depth += 1;
    else if (CLOSING.has(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && (COMMAS.has(ch) || COLONS.has(ch))) {
      if (ch === ',' && isDigit(text[i - 1]) && isDigit(text[i + 1])) continue;
      if (ch === ':' && isDigit(text[i - 1]) && isDigit(text[i + 1])) continue;
      segments.push({ start, end: i, closer: COMMAS.has(ch) ? '，' : '：' });
      start = i + 1;
    }
  }
  segments.push({ start, end: sentence.end, closer: '' });
  return segments;
}

/** The sentence around an offset with its segments. */
export function sentenceOf(text: string, at: number): Sentence {
  const span = sentenceAround(text, at);
  return { ...span, segments: segmentsOf(text, span) };
}

/** The index of the segment that holds an offset (the last one when it is past them all). */
export function segmentIndexAt(sentence: Sentence, at: number): number {
  const index = sentence.segments.findIndex((s) => at >= s.start && at < s.end);
  return index >= 0 ? index : sentence.segments.length - 1;
}

/** Separators between the items of a list inside one segment. */
export const LIST_MARKS = new Set(['、', '和', '及', '与', '或']);

/** Item numbering at the start of a line or a list (1. , 2、, （3）, 一、, ①). */
export const NUMBERING = /^\s*(?:\d{1,2}\s*[.．、)）]|[（(]\s*\d{1,2}\s*[)）]|[一二三四五六七八九十]{1,3}\s*[、.．]|[①-⑳])/;
