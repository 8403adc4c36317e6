// Splitting a passage into plain and highlighted runs, for snippets and the reader.

export interface MarkRange<T = unknown> {
  start: number;
  end: number;
  value: T;
}

export type Segment<T = unknown> = { text: string; mark: null } | { text: string; mark: MarkRange<T> };

/**
 * Plain and marked runs that together are exactly `text`. Ranges are UTF-16 offsets; ranges out
 * of bounds are clipped, and a range that overlaps an earlier (longer-first) one is dropped, so
 * that 晋中经济技术开发区 wins over the 晋中 inside it.
 */
export function segmentText<T>(text: string, ranges: readonly MarkRange<T>[]): Segment<T>[] {
  const sorted = ranges
    .map((range) => ({ ...range, start: Math.max(0, range.start), end: Math.min(text.length, range.end) }))
    .filter((range) => range.end > range.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: Segment<T>[] = [];
  let cursor = 0;
  for (const range of sorted) {
    if (range.start < cursor) continue;
    if (range.start > cursor) segments.push({ text: text.slice(cursor, range.start), mark: null });
    segments.push({ text: text.slice(range.start, range.end), mark: range });
    cursor = range.end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), mark: null });
  return segments;
}

/** The snippet's highlight from the API's snippetStart and the mention's surface form. */
export function snippetSegments(snippet: string, snippetStart: number, mentionText: string): Segment<null>[] {
  return segmentText(snippet, [{ start: snippetStart, end: snippetStart + mentionText.length, value: null }]);
}
