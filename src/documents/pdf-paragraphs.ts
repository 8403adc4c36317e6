import type { PageLines } from './pdf-furniture.ts';
import { type Layout, sameSize } from './pdf-layout.ts';
import { isWide, type TextLine } from './pdf-lines.ts';

/**
 * How a line follows the one before it in the output: on the same output line (a wrapped line of
 * one paragraph), on a new line (a new paragraph) or after a blank line (a new block, set apart by
 * white space on the page).
 */
export type Join = 'continue' | 'paragraph' | 'block';

/**
 * A new paragraph starts where the page shows one, the way a reader sees it:
 *  - more white space above the line than the line spacing (a block apart);
 *  - a change of font size (a heading, a caption, a footnote);
 *  - a first-line indent: the line starts to the right of the margin, and not left of the line
 *    before (a first line is indented, the lines it wraps to are not);
 *  - the line before ends short: the next line's first word (a Latin word, or one CJK character
 *    with the punctuation that may not be parted from it) would have fitted after it, so the
 *    line did not wrap, it ended (a paragraph's last line, a heading, a table cell).
 * Across a page break there is no white space to read: the paragraph continues when the last
 * line of the page is full and the next page starts at the margin in the same size.
 */
const BLOCK_GAP = 1.3;
/** An indent is at least this share of an em; alignment noise is far less. */
const INDENT = 0.8;
/** Room left at the end of a line below this share of an em is spacing noise, not room for a word. */
const FIT_SLACK = 0.5;
/** What may not start a line, so moves down with the character before it. */
const NO_LINE_START = /^[，。、；：？！）》」』】〕”’…—%·,.;:?!)\]}]+/u;
/** What may not end a line, so moves down with the character after it. */
const NO_LINE_END = /^[“‘（《「『【〔([{]+/u;

/** Where one line stands relative to the text block of its page. */
export interface PlacedLine {
  line: TextLine;
  /** The left edge of the text block on the line's page. */
  blockLeft: number;
}

export function joinBetween(before: PlacedLine, after: PlacedLine, layout: Layout, samePage: boolean): Join {
  const a = before.line;
  const b = after.line;
  if (samePage) {
    const expected = (layout.pitch * Math.max(a.size, b.size)) / layout.bodySize;
    if (b.baseline - a.baseline > BLOCK_GAP * expected) return 'block';
  }
  if (!sameSize(a.size, b.size)) return 'paragraph';
  const indentBefore = a.left - before.blockLeft;
  const indentAfter = b.left - after.blockLeft;
  // An indented line starts a paragraph (its continuation lines return to the margin), unless the
  // line before is indented further still (a deeper first line, the line after it comes back).
  if (indentAfter >= INDENT * b.size && indentAfter > indentBefore - INDENT * b.size) return 'paragraph';
  if (before.blockLeft + layout.width - a.right > firstWordWidth(b) + FIT_SLACK * a.size) return 'paragraph';
  return 'continue';
}

/**
 * The width of the line's first unbreakable piece, from the line's own measure: CJK characters
 * are an em wide, the Latin characters share the rest of the line's width.
 */
export function firstWordWidth(line: TextLine): number {
  const chars = [...line.text.replace(/\s/g, '')];
  const wide = chars.filter(isWide).length;
  const narrowWidth = chars.length > wide ? Math.max(0, line.right - line.left - wide * line.size) / (chars.length - wide) : 0;
  const word = firstWord(line.text);
  return [...word].reduce((sum, char) => sum + (isWide(char) ? line.size : narrowWidth), 0);
}

function firstWord(text: string): string {
  const opening = NO_LINE_END.exec(text)?.[0] ?? '';
  const rest = text.slice(opening.length);
  const first = rest[0] ?? '';
  const body = isWide(first) ? first : latinWord(rest);
  const closing = NO_LINE_START.exec(rest.slice(body.length))?.[0] ?? '';
  return opening + body + closing;
}

/** Latin text breaks at a space or after a hyphen, and next to CJK. */
function latinWord(text: string): string {
  let end = 0;
  for (const char of text) {
    if (/\s/.test(char) || isWide(char)) break;
    end += char.length;
    if (char === '-' || char === '\u2010') break;
  }
  return text.slice(0, end);
}

/**
 * What joins two wrapped lines of one paragraph: nothing in CJK text (no hyphenation either: a
 * hyphen at a line's end stays as printed); a space between Latin words and figures, which a
 * line break only splits at a space.
 */
export function glue(before: string, after: string): string {
  return /[A-Za-z0-9,.;:!?)\]%]$/.test(before) && /^[A-Za-z0-9([]/.test(after) ? ' ' : '';
}

const SEPARATOR: Readonly<Record<Exclude<Join, 'continue'>, string>> = { paragraph: '\n', block: '\n\n' };

/**
 * The document's text, one paragraph per line, and where each page starts in it. A page with no
 * text left (blank, an image, only furniture) stands as an empty line, so that every page has a
 * start of its own and the starts increase strictly.
 */
export function assembleText(pages: readonly PageLines[], layout: Layout): { text: string; pageStarts: number[] } {
  let text = '';
  const pageStarts: number[] = [];
  let previous: PlacedLine | null = null;
  for (const [pageIndex, page] of pages.entries()) {
    const blockLeft = layout.lefts[pageIndex] ?? 0;
    if (page.lines.length === 0) {
      if (previous) text += '\n';
      pageStarts.push(text.length);
      text += '\n';
      previous = null;
      continue;
    }
    for (const [lineIndex, line] of page.lines.entries()) {
      const current = { line, blockLeft };
      if (previous) {
        const join = joinBetween(previous, current, layout, lineIndex > 0);
        text += join === 'continue' ? glue(previous.line.text, line.text) : SEPARATOR[join];
      }
      if (lineIndex === 0) pageStarts.push(text.length);
      text += line.text;
      previous = current;
    }
  }
  if (!text.endsWith('\n')) text += '\n';
  return { text, pageStarts };
}
