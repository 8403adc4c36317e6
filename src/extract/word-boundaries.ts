import type { Segmenter } from './segmenter.ts';

/** Offsets where the segmenter puts a word boundary, computed where asked. */
export interface WordBoundaries {
  at(offset: number): boolean;
}

/**
 * Characters that jieba never joins to a word: it segments each run between them on its own
 * (jieba-rs splits its input on every character outside Han letters, Latin letters, digits and
 * `+#&._%`). ASCII space and control characters, general and CJK punctuation and full-width
 * forms are a safe subset of those, so a run between them cut alone gives the boundaries a cut
 * of the whole text would.
 */
function isSeparator(unit: number): boolean {
  return unit <= 0x20 || (unit >= 0x2010 && unit <= 0x206f) || (unit >= 0x3000 && unit <= 0x303f) || unit >= 0xff00;
}

/**
 * Word boundaries of `text`, each run between separators segmented on first use: most of a
 * section holds no name that needs the check, and cutting whole sections was the largest single
 * cost of reading regions (measured on the default corpus).
 */
export function lazyWordBoundaries(text: string, segmenter: Segmenter): WordBoundaries {
  const boundary = new Uint8Array(text.length + 1);
  const known = new Uint8Array(text.length + 1);
  const separatorAt = (i: number): boolean => isSeparator(text.charCodeAt(i));
  const cutRunAround = (offset: number): void => {
    let start = offset;
    while (start > 0 && !separatorAt(start - 1)) start -= 1;
    let end = offset;
    while (end < text.length && !separatorAt(end)) end += 1;
    let at = start;
    boundary[start] = 1;
    for (const token of segmenter.cut(text.slice(start, end))) {
      at += token.length;
      if (at <= end) boundary[at] = 1;
    }
    // If the segmenter altered the run, trust no boundary it gave rather than misplaced ones.
    if (at !== end) boundary.fill(1, start, end + 1);
    known.fill(1, start, end + 1);
  };
  return {
    at(offset: number): boolean {
      if (offset <= 0 || offset >= text.length) return true;
      if (separatorAt(offset - 1) || separatorAt(offset)) return true;
      if (known[offset] !== 1) cutRunAround(offset);
      return boundary[offset] === 1;
    },
  };
}
