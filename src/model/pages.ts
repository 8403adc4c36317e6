import type { Span } from './text.ts';

/**
 * Pages of a source with pages (PDF): `pageStarts[k]` is the source offset where page k + 1
 * starts (ExtractedText.pageStarts). Offsets past the last start are on the last page.
 */
export function pageAt(pageStarts: readonly number[], offset: number): number {
  // The last start at or before the offset, by binary search: a plan has thousands of mentions.
  let low = 0;
  let high = pageStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((pageStarts[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}

export interface PageRange {
  first: number;
  last: number;
}

/** The pages a source span covers: the page of its first character to the page of its last. */
export function pagesOf(pageStarts: readonly number[], span: Span): PageRange {
  const first = pageAt(pageStarts, span.start);
  return { first, last: Math.max(first, pageAt(pageStarts, Math.max(span.start, span.end - 1))) };
}
