// Passages rendered with their highlights as <mark> (or as buttons when a mark is clickable).
import { h } from '../dom.ts';
import { segmentText, snippetSegments, type MarkRange } from '../text-marks.ts';

export function markedSnippet(snippet: string, snippetStart: number, mentionText: string): HTMLElement {
  return h(
    'blockquote',
    { className: 'snippet' },
    snippetSegments(snippet, snippetStart, mentionText).map((segment) => (segment.mark ? h('mark', {}, segment.text) : segment.text)),
  );
}

/** Highlights every occurrence of the given names (evidence snippets carry no offsets of their own). */
export function snippetWithNames(snippet: string, names: string[]): HTMLElement {
  const ranges: MarkRange<null>[] = [];
  for (const name of names) {
    if (!name) continue;
    for (let at = snippet.indexOf(name); at >= 0; at = snippet.indexOf(name, at + name.length)) {
      ranges.push({ start: at, end: at + name.length, value: null });
    }
  }
  return h(
    'blockquote',
    { className: 'snippet' },
    segmentText(snippet, ranges).map((segment) => (segment.mark ? h('mark', {}, segment.text) : segment.text)),
  );
}

export function sectionPath(path: string[]): string {
  return path.join(' › ');
}
