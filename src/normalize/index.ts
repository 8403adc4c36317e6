import type { NormalizedText, Repetition } from '../model/text.ts';
import { removeSpacesInChineseText } from './chinese-spacing.ts';
import type { Draft, Repair } from './draft.ts';
import { draftFromText, emit } from './draft.ts';
import { joinWrappedLines } from './line-joining.ts';
import { dropPageFurniture } from './page-furniture.ts';
import { unifyPunctuation } from './punctuation.ts';
import { dropRepeatedBlocks } from './repetition.ts';
import { dropTableOfContents } from './table-of-contents.ts';
import { collapseWhitespace } from './whitespace.ts';

/**
 * The repairs, in order. Line-level repairs come first, while blank lines and page layout are
 * still there to read; the paragraph joiner consumes the blank lines; character repairs run on
 * the joined paragraphs so that a figure split from its unit (`2015` / `年`) is seen whole.
 */
export const REPAIRS: ReadonlyArray<readonly [name: string, repair: Repair]> = [
  ['drop repeated blocks', dropRepeatedBlocks],
  ['drop table of contents', dropTableOfContents],
  ['drop page furniture', dropPageFurniture],
  ['join wrapped lines', joinWrappedLines],
  ['collapse whitespace', collapseWhitespace],
  ['unify punctuation', unifyPunctuation],
  ['remove spaces in Chinese text', removeSpacesInChineseText],
];

/** Rounds are cheap and a second round almost never changes anything; the cap only guards against a cycle. */
const MAX_ROUNDS = 8;

export interface NormalizeResult {
  normalized: NormalizedText;
  repetitions: Repetition[];
}

/**
 * Repairs the text of one document and keeps the map back to the source. The repairs are run
 * again on their own output until nothing changes, which makes normalisation idempotent by
 * construction: the heuristics of one repair can enable another (a joined line may now have
 * Chinese next to a half-width comma), and a second reading must not find more to do.
 */
export function normalize(text: string): NormalizeResult {
  let draft = runRepairs(draftFromText(text));
  for (let round = 1; round < MAX_ROUNDS; round++) {
    const again = runRepairs({ lines: draft.lines, repetitions: draft.repetitions });
    if (sameLines(again, draft)) break;
    draft = again;
  }
  return { normalized: emit(draft, text.length), repetitions: draft.repetitions };
}

function runRepairs(draft: Draft): Draft {
  return REPAIRS.reduce((current, [, repair]) => repair(current), draft);
}

function sameLines(a: Draft, b: Draft): boolean {
  const left = a.lines.filter((line) => line.text.length > 0);
  const right = b.lines.filter((line) => line.text.length > 0);
  return left.length === right.length && left.every((line, i) => line.text === right[i]?.text);
}
