import type { Section } from './section.ts';
import type { NormalizedText, Span } from './text.ts';

/**
 * Maps a span of a section's own text to the normalised text. A section's text is its spans
 * joined by '\n', so an offset that falls on a joining '\n' belongs to no span; a range that
 * crosses spans is widened to cover the spans it touches.
 */
export function sectionToNormalized(section: Section, start: number, end: number): Span {
  if (start < 0 || end < start || end > section.text.length) {
    throw new RangeError(`span [${start}, ${end}) is outside section ${section.ordinal} (length ${section.text.length})`);
  }
  let cursor = 0;
  let normStart = -1;
  let normEnd = -1;
  for (const span of section.spans) {
    const length = span.end - span.start;
    if (normStart < 0 && start <= cursor + length) normStart = span.start + Math.max(0, start - cursor);
    if (end <= cursor + length) {
      normEnd = span.start + Math.max(0, end - cursor);
      break;
    }
    cursor += length + 1; // the joining '\n'
  }
  if (normStart < 0 || normEnd < 0) throw new RangeError(`span [${start}, ${end}) does not map into section ${section.ordinal}`);
  return { start: normStart, end: Math.max(normStart, normEnd) };
}

/** Maps a span of normalised text to the source text it was made from, line breaks included. */
export function normalizedToSource(normalized: NormalizedText, span: Span): Span {
  const { toSource, text } = normalized;
  if (span.start < 0 || span.end < span.start || span.end > text.length) {
    throw new RangeError(`span [${span.start}, ${span.end}) is outside the normalised text (length ${text.length})`);
  }
  if (span.end === span.start) {
    const at = toSource[span.start] ?? 0;
    return { start: at, end: at };
  }
  return { start: toSource[span.start] ?? 0, end: (toSource[span.end - 1] ?? 0) + 1 };
}

/** Section-text span → source span: the exact passage a mention was read from. */
export function sectionToSource(normalized: NormalizedText, section: Section, start: number, end: number): Span {
  return normalizedToSource(normalized, sectionToNormalized(section, start, end));
}
