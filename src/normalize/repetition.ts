import type { Repetition } from '../model/text.ts';
import type { Draft, DraftLine, Repair } from './draft.ts';
import { isBlank } from './draft.ts';

/**
 * A block repeated back to back (the 2017 report pasted eight times) is one text: keep the first
 * copy and report how many there were, so that its mentions are not counted eight times.
 * Small repeats (table rows of dashes, empty cells) are layout, not pasted copies.
 */
const MIN_BLOCK_LINES = 3;
const MIN_BLOCK_CHARS = 100;

export const dropRepeatedBlocks: Repair = (draft) => {
  const whole = dropWholeDocumentRepeat(draft);
  return dropAdjacentBlockRepeats(whole);
};

function dropWholeDocumentRepeat(draft: Draft): Draft {
  const lines = draft.lines;
  let m = lines.length;
  while (m > 0 && isBlank(lines[m - 1] as DraftLine)) m--;
  const ids = lineIds(lines, m);
  for (let period = 1; period <= m / 2; period++) {
    if (ids[period] !== ids[0]) continue;
    let same = true;
    for (let i = period; i < m && same; i++) same = ids[i] === ids[i - period];
    if (!same || !substantive(lines, 0, period)) continue;
    // The last copy may lack only the blank lines that close a copy (the file's end trimmed them).
    const copies = Math.ceil(m / period);
    const missing = copies * period - m;
    let onlyBlanksMissing = true;
    for (let i = period - missing; i < period && onlyBlanksMissing; i++) onlyBlanksMissing = isBlank(lines[i] as DraftLine);
    if (!onlyBlanksMissing) continue;
    return {
      lines: [...lines.slice(0, period), ...lines.slice(m)],
      repetitions: [...draft.repetitions, repetition(lines, 0, period, copies, 'document')],
    };
  }
  return draft;
}

function dropAdjacentBlockRepeats(draft: Draft): Draft {
  const lines = draft.lines;
  const ids = lineIds(lines, lines.length);
  const dropped = new Uint8Array(lines.length);
  const repetitions: Repetition[] = [...draft.repetitions];
  for (let period = MIN_BLOCK_LINES; period <= lines.length / 2; period++) {
    let run = 0;
    for (let i = 0; i + period <= lines.length; i++) {
      const equal = i + period < lines.length && ids[i] === ids[i + period] && !dropped[i] && !dropped[i + period];
      if (equal) {
        run++;
        continue;
      }
      if (run >= period) {
        const start = i - run;
        const copies = 1 + Math.floor(run / period);
        if (substantive(lines, start, start + period)) {
          repetitions.push(repetition(lines, start, start + period, copies, 'block'));
          dropped.fill(1, start + period, start + copies * period);
        }
      }
      run = 0;
    }
  }
  if (repetitions.length === draft.repetitions.length) return draft;
  return { lines: lines.filter((_, i) => !dropped[i]), repetitions };
}

function lineIds(lines: DraftLine[], count: number): Int32Array {
  const known = new Map<string, number>();
  const ids = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    const text = (lines[i] as DraftLine).text;
    let id = known.get(text);
    if (id === undefined) {
      id = known.size;
      known.set(text, id);
    }
    ids[i] = id;
  }
  return ids;
}

function substantive(lines: DraftLine[], start: number, end: number): boolean {
  let nonBlank = 0;
  let chars = 0;
  for (let i = start; i < end; i++) {
    const line = lines[i] as DraftLine;
    if (isBlank(line)) continue;
    nonBlank++;
    chars += line.text.trim().length;
  }
  return nonBlank >= MIN_BLOCK_LINES && chars >= MIN_BLOCK_CHARS;
}

function repetition(lines: DraftLine[], start: number, end: number, copies: number, scope: Repetition['scope']): Repetition {
  const first = lines[start] as DraftLine;
  const last = lines[end - 1] as DraftLine;
  const keptStart = first.src[0] ?? first.eol - first.text.length;
  const next = lines[end];
  const nextStart = next ? (next.src[0] ?? next.eol - next.text.length) : last.eol;
  return { copies, blockLength: nextStart - keptStart, kept: { start: keptStart, end: last.eol }, scope };
}
