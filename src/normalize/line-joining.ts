import { charLength, displayWidth, endsParagraph, isAsciiAlnum, isSpace } from './chars.ts';
import type { Draft, DraftLine, Repair } from './draft.ts';
import { isBlank } from './draft.ts';
import { matchHeading, startsNewUnit } from './headings.ts';

/**
 * PDF extraction breaks lines where the page did, inside sentences and names (孝义, the 14th
 * plan), and puts blank lines between them; Word exports (晋中, the 2017 report) break a few
 * lines too. Joining rules, read off the five documents:
 *  - a line that ends a sentence (。！？；：) ends its paragraph;
 *  - a heading ends its paragraph, except that a 篇/章/节 title may run on to one short,
 *    unpunctuated line (`第二章 “十三五”时期经济社会发展的` + `指导思想和主要目标`);
 *  - a line that starts a heading, a numbered item or a labelled entry (`两心：…`) starts a paragraph;
 *  - table rows (tabs, or two or more bare figures) and short cells never join;
 *  - a short line (cover lines, labels) does not take the next line unless it ends inside a
 *    clause (`，` `、` an open bracket), and a short next line
 *    joins only when it closes the sentence (`来。`).
 * Blank lines never decide anything on their own: in PDF text they are everywhere.
 */
const MIN_CONTINUED_CHARS = 14;
/** `两心：平遥旅游…` after `一核：中心城区…`: a labelled entry of a list starts its own line. */
const LABEL = /^[^，。、；：:\s]{1,8}[：:]/;
const MAX_TAIL_CHARS = 10;
const MAX_HEADING_TAIL_CHARS = 20;

interface Paragraph {
  line: DraftLine;
  hasTab: boolean;
  headingContinued: boolean;
  firstWidth: number;
  maxWidth: number;
  lineCount: number;
  blankLinesBefore: number;
}

interface Layout {
  /** Hard-wrapped at a fixed width (PDF); 0 when the lines are whole paragraphs. */
  bodyWidth: number;
}

export const joinWrappedLines: Repair = (draft) => paragraphsOf(draft, continues);

/**
 * For text whose lines are whole blocks already: the Word, HTML and Markdown readers write each
 * heading and paragraph on a line of its own, so a long unpunctuated title before a paragraph is
 * two blocks, not a line the page wrapped. Blank lines are read as ever (two of them still close
 * a box); no two lines are joined.
 */
export const keepBlockLines: Repair = (draft) => paragraphsOf(draft, () => false);

function paragraphsOf(draft: Draft, joins: (paragraph: Paragraph, line: DraftLine, next: string) => boolean): Draft {
  const layout = measureLayout(draft.lines);
  const paragraphs: Paragraph[] = [];
  let current: Paragraph | null = null;
  let blankRun = 0;
  for (const line of draft.lines) {
    if (isBlank(line)) {
      blankRun++;
      continue;
    }
    const text = line.text.trim();
    if (current && joins(current, line, text)) {
      current.line = append(current.line, line);
      current.hasTab ||= line.text.includes('\t');
      current.maxWidth = Math.max(current.maxWidth, displayWidth(text));
      current.lineCount++;
    } else {
      if (current) paragraphs.push(current);
      current = {
        line,
        hasTab: line.text.includes('\t'),
        headingContinued: false,
        firstWidth: displayWidth(text),
        maxWidth: displayWidth(text),
        lineCount: 1,
        blankLinesBefore: blankRun,
      };
    }
    blankRun = 0;
  }
  if (current) paragraphs.push(current);
  let smallPrint = false;
  return {
    ...draft,
    lines: paragraphs.map((paragraph, i) => {
      const body = isBodyPrint(layout, paragraph);
      const apart = i > 0 && (paragraph.line.blockBreakBefore || (layout.bodyWidth === 0 ? paragraph.blankLinesBefore >= 2 : smallPrint && body));
      if (layout.bodyWidth > 0 && paragraph.maxWidth >= layout.bodyWidth + 8) smallPrint = true;
      if (body || startsNewUnit(paragraph.line.text)) smallPrint = false;
      return { ...paragraph.line, blockBreakBefore: apart };
    }),
  };
}

function continues(paragraph: Paragraph, line: DraftLine, next: string): boolean {
  const text = paragraph.line.text.trim();
  if (paragraph.hasTab || line.text.includes('\t')) return false;
  const heading = matchHeading(text);
  if (heading?.standalone) {
    const title = heading.kind === 'part' || heading.kind === 'chapter' || heading.kind === 'section';
    if (title && !paragraph.headingContinued && isHeadingTail(next)) {
      paragraph.headingContinued = true;
      return true;
    }
    return false;
  }
  if (startsNewUnit(next) || endsParagraph(text) || LABEL.test(next)) return false;
  if (charLength(text) < MIN_CONTINUED_CHARS && !/[，、,（(“《]$/.test(text)) return false;
  if (isTableRow(text) || isTableRow(next)) return false;
  if (charLength(next) <= MAX_TAIL_CHARS && !/[。！？；!?;][”’」』）)]*$/.test(next)) return false;
  return true;
}

function isHeadingTail(next: string): boolean {
  return (
    charLength(next) <= MAX_HEADING_TAIL_CHARS &&
    !/[。；！？：:;]/.test(next) &&
    /[\u3400-\u9fff]/.test(next) &&
    !startsNewUnit(next) &&
    !isTableRow(next)
  );
}

const FIGURE = /^(?:[[［(（]?[-+<>＜＞≤≥~～]?\d[\d.,:：%％/～~\-—]*[\]］)）]?|[-—–]{1,2})$/;

/**
 * A row of a flattened table: cells separated by tabs, or two bare figures side by side
 * (`98 100`, `334.3 505 8.6%`, `11836.39 -`) and no sentence or clause. Prose puts a unit or a
 * word after each figure (`10 万吨…、金晖兆隆 10 万吨`), so figures there are never neighbours.
 */
export function isTableRow(text: string): boolean {
  if (text.includes('\t')) return true;
  if (/[。；，]/.test(text)) return false;
  const tokens = text.split(/[\s\u00a0\u3000]+/);
  for (let i = 1; i < tokens.length; i++) {
    if (FIGURE.test(tokens[i - 1] ?? '') && FIGURE.test(tokens[i] ?? '')) return true;
  }
  return false;
}

function append(head: DraftLine, tail: DraftLine): DraftLine {
  let headEnd = head.text.length;
  while (headEnd > 0 && isSpace(head.text[headEnd - 1])) headEnd--;
  let tailStart = 0;
  while (tailStart < tail.text.length && isSpace(tail.text[tailStart])) tailStart++;
  const left = head.text.slice(0, headEnd);
  const right = tail.text.slice(tailStart);
  // Words and numbers of Latin script broken across lines (`(Project` / `company)`) keep a space.
  const space = isAsciiAlnum(left[left.length - 1]) && isAsciiAlnum(right[0]);
  return {
    text: left + (space ? ' ' : '') + right,
    src: [...head.src.slice(0, headEnd), ...(space ? [head.eol] : []), ...tail.src.slice(tailStart)],
    eol: tail.eol,
    blockBreakBefore: head.blockBreakBefore,
  };
}

/**
 * Where layout alone says a block ended. In documents of whole-paragraph lines (晋中) a 专栏
 * box is closed by two blank lines. In hard-wrapped PDF text (孝义) boxes are set in smaller
 * print, so their lines are wider than the body's; the first body paragraph (several lines,
 * none wider than the body) after lines in small print is where the box ended.
 */
function isBodyPrint(layout: Layout, paragraph: Paragraph): boolean {
  const body = layout.bodyWidth;
  return body > 0 && !startsNewUnit(paragraph.line.text) && paragraph.lineCount >= 2 && paragraph.maxWidth <= body + 2 && paragraph.firstWidth >= body - 8;
}

/** The most common width of long lines, if a good share of lines have it (a hard-wrapped page). */
function measureLayout(lines: DraftLine[]): Layout {
  const counts = new Map<number, number>();
  let nonBlank = 0;
  for (const line of lines) {
    if (isBlank(line)) continue;
    nonBlank++;
    const width = displayWidth(line.text);
    if (width >= 30) counts.set(width, (counts.get(width) ?? 0) + 1);
  }
  let mode = 0;
  let best = 0;
  for (const [width, count] of counts) {
    if (count > best || (count === best && width < mode)) {
      mode = width;
      best = count;
    }
  }
  let near = 0;
  for (let w = mode - 2; w <= mode + 2; w++) near += counts.get(w) ?? 0;
  return { bodyWidth: nonBlank >= 20 && near / nonBlank >= 0.3 ? mode : 0 };
}
