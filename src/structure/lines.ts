import type { Span } from '../model/text.ts';

/** The normalised text is one paragraph (or heading, or table row) per line. */
export interface TextLine {
  index: number;
  start: number;
  end: number;
  text: string;
}

export function splitLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  let start = 0;
  let index = 0;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    lines.push({ index: index++, start, end, text: text.slice(start, end) });
    if (newline < 0) break;
    start = newline + 1;
  }
  return text.length === 0 ? [] : lines;
}

/** Runs of consecutive lines become one span each, so a section's text reads as the text does. */
export function spansOf(lines: TextLine[]): Span[] {
  const spans: Span[] = [];
  let previous: TextLine | null = null;
  for (const line of lines) {
    const last = spans[spans.length - 1];
    if (last && previous && line.index === previous.index + 1) last.end = line.end;
    else spans.push({ start: line.start, end: line.end });
    previous = line;
  }
  return spans;
}
