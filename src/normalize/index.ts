import type { NormalizedText, Repetition } from '../model/text.ts';
import { removeSpacesInChineseText } from './chinese-spacing.ts';
import type { Draft, Repair } from './draft.ts';
import { draftFromText, emit } from './draft.ts';
import { joinWrappedLines, keepBlockLines } from './line-joining.ts';
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

/** The same repairs for text whose lines are whole blocks (NormalizeOptions.linesAreBlocks): no line is joined. */
const BLOCK_LINE_REPAIRS: ReadonlyArray<readonly [name: string, repair: Repair]> = REPAIRS.map(([name, repair]) =>
  repair === joinWrappedLines ? (['keep block lines', keepBlockLines] as const) : ([name, repair] as const),
);

export interface NormalizeOptions {
  /**
   * Each line is a whole block already (a heading, a paragraph, a table row), as the Word, HTML
   * and Markdown readers write them: lines are never joined. Plain text and PDF text, wrapped
   * where the page was, are joined by the rules of line-joining.ts.
   */
  linesAreBlocks?: boolean;
}

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
export function normalize(text: string, options: NormalizeOptions = {}): NormalizeResult {
  const repairs = options.linesAreBlocks ? BLOCK_LINE_REPAIRS : REPAIRS;
  let draft = runRepairs(draftFromText(text), repairs);
  for (let round = 1; round < MAX_ROUNDS; round++) {
    const again = runRepairs({ lines: draft.lines, repetitions: draft.repetitions }, repairs);
    if (sameLines(again, draft)) break;
    draft = again;
  }
  return { normalized: emit(draft, text.length), repetitions: draft.repetitions };
}

function runRepairs(draft: Draft, repairs: typeof REPAIRS): Draft {
  return repairs.reduce((current, [, repair]) => repair(current), draft);
}

function sameLines(a: Draft, b: Draft): boolean {
  const left = a.lines.filter((line) => line.text.length > 0);
  const right = b.lines.filter((line) => line.text.length > 0);
  return left.length === right.length && left.every((line, i) => line.text === right[i]?.text);
}
