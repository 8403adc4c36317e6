import type { NormalizedText, Repetition } from '../model/text.ts';

/**
 * The working model of normalisation: lines whose every character remembers its source offset.
 * Repairs drop lines, merge lines and rewrite characters, and the map back to the source comes
 * out right by construction instead of being patched afterwards.
 */
export interface DraftLine {
  text: string;
  /** Source offset of each UTF-16 unit of `text`. Non-decreasing. */
  src: number[];
  /** Source offset of the line break that ends this line (the source length when none). */
  eol: number;
  /** Set apart from the line before by layout alone (see NormalizedText.blockBreaks). */
  blockBreakBefore: boolean;
}

export interface Draft {
  lines: DraftLine[];
  repetitions: Repetition[];
}

/** One repair: a pure function from draft to draft. */
export type Repair = (draft: Draft) => Draft;

export function isBlank(line: DraftLine): boolean {
  return line.text.trim().length === 0;
}

export function draftFromText(text: string): Draft {
  const lines: DraftLine[] = [];
  const breaks = /\r\n|\n|\r/g;
  let start = 0;
  for (let m = breaks.exec(text); m !== null; m = breaks.exec(text)) {
    lines.push(sourceLine(text, start, m.index));
    start = m.index + m[0].length;
  }
  if (start < text.length) lines.push(sourceLine(text, start, text.length));
  return { lines, repetitions: [] };
}

function sourceLine(text: string, start: number, end: number): DraftLine {
  const src = new Array<number>(end - start);
  for (let i = 0; i < src.length; i++) src[i] = start + i;
  return { text: text.slice(start, end), src, eol: end, blockBreakBefore: false };
}

/** Builds a rewritten line one kept or replaced character at a time. */
export class LineBuilder {
  private readonly parts: string[] = [];
  readonly src: number[] = [];

  push(chars: string, sourceOffset: number): void {
    this.parts.push(chars);
    for (let i = 0; i < chars.length; i++) this.src.push(sourceOffset);
  }

  /** Keeps text[i] with its own offset (both units of a surrogate pair when given one). */
  keep(line: DraftLine, i: number): void {
    this.parts.push(line.text[i] ?? '');
    this.src.push(line.src[i] ?? line.eol);
  }

  build(from: DraftLine): DraftLine {
    return { ...from, text: this.parts.join(''), src: this.src };
  }
}

/** Applies a character rewrite to every line, leaving the line structure alone. */
export function rewriteLines(draft: Draft, rewrite: (line: DraftLine) => DraftLine): Draft {
  return { ...draft, lines: draft.lines.map(rewrite) };
}

/** The final text: one line per paragraph, separated by a single '\n' that maps to a source line break. */
export function emit(draft: Draft, sourceLength: number): NormalizedText {
  const kept = draft.lines.filter((line) => line.text.length > 0);
  const parts: string[] = [];
  let length = 0;
  for (const line of kept) length += line.text.length;
  length += Math.max(0, kept.length - 1);
  const toSource = new Int32Array(length + 1);
  const blockBreaks: number[] = [];
  let at = 0;
  kept.forEach((line, index) => {
    if (index > 0) {
      const previous = kept[index - 1] as DraftLine;
      parts.push('\n');
      toSource[at++] = Math.min(previous.eol, line.src[0] ?? previous.eol);
      if (line.blockBreakBefore) blockBreaks.push(at);
    }
    parts.push(line.text);
    for (let i = 0; i < line.text.length; i++) toSource[at++] = line.src[i] ?? line.eol;
  });
  const last = kept[kept.length - 1];
  toSource[at] = last ? (last.src[last.src.length - 1] ?? 0) + 1 : Math.min(sourceLength, 0);
  const normalized: NormalizedText = { text: parts.join(''), toSource };
  if (blockBreaks.length > 0) normalized.blockBreaks = blockBreaks;
  return normalized;
}
