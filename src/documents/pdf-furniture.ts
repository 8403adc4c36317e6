import type { TextLine } from './pdf-lines.ts';

/** The lines of one page and the page's size (points), as the furniture and paragraph passes read them. */
export interface PageLines {
  width: number;
  height: number;
  /** Top to bottom. */
  lines: TextLine[];
}

/**
 * Running headers, footers and page numbers sit in the page's margins, at the same place on page
 * after page. They are found by that position and that repetition, never by their words:
 *  - only the outermost lines of a page count (at most STACK from the top or from the bottom,
 *    inside the outer BAND of the page's height), read from the edge inwards and stopping at the
 *    first line that is not furniture, so a page's body is never cut in the middle;
 *  - a line whose text, with digits masked, also stands at the same distance from the same edge
 *    on a page at most NEIGHBOURHOOD pages away is a running header or footer (a title, a
 *    chapter's name on its pages, `第 3 页` — odd and even pages may alternate). Near pages, not
 *    any pages: a file holding the same report twice has the same lines at the same places a
 *    report's length apart. The line must have words: rows of bare figures look alike by chance;
 *  - a page number on its own (`12`, `- 12 -`, `—12—`, `第 3 页`, `3/40`, `Page 3 of 40`) at the
 *    edge is furniture when it repeats so, or when it could be the page's own number (not more
 *    than the page's place in the file, which may have unnumbered covers): even alone on a page
 *    of its own it means nothing else there, while a year (`2017` atop a report's cover) stays;
 *  - a line at a place where furniture was found on SLOT_PAGES pages or more (the header of a
 *    chapter one page long) is furniture too;
 *  - and whatever the rule, furniture lies outside the text block: further out than the body's
 *    first (or last) line stands on most pages. A table's cells (`亿元`, `预期性`) repeat at the top
 *    of page after page too, but inside the block, where the body's first line is.
 * A document of one or two pages therefore loses only page numbers and headers that repeat.
 */
const BAND = 0.2;
const STACK = 3;
const NEIGHBOURHOOD = 2;
const SLOT_PAGES = 3;
/** Same place: baselines this close (points) measured from the same edge. */
const SAME_PLACE = 2;
/** The share of pages on which the body starting at a place makes it the text block's edge. */
const BLOCK_EDGE_SHARE = 0.2;
/** Places are compared in bins of this many points (baselines of one layout differ by fractions). */
const EDGE_BIN = 2;
/**
 * Outside the block: further out than the block's edge by this many of the line's own ems. Pages
 * end a line or so short of one another (a paragraph that will not leave one line alone), so the
 * body's last line strays about a line from its common places; furniture sits well apart.
 */
const OUTSIDE = 2;

/** Page numbers, numbers masked (`—#—`, `第#页`): a number alone, in dashes or brackets, or with its words. */
const PAGE_NUMBER = [
  /^[-‐–—_~～·•.(（[【<〈]*#[-‐–—_~～·•.)）\]】>〉]*$/u,
  /^第#页(?:[,，/／]?共#页)?$/u,
  /^共#页[,，/／]?第#页$/u,
  /^#[/／]#$/u,
  /^(?:page|p\.?)#(?:(?:of|\/)#)?$/iu,
];

type Side = 'top' | 'bottom';

interface Candidate {
  page: number;
  side: Side;
  /** Index of the line in its page. */
  index: number;
  /** The line's text with its numbers masked: what must recur. */
  masked: string;
  /** The first number of the line, if any. */
  number: number | null;
  /** Distance of the baseline from the page's edge on its side. */
  offset: number;
  size: number;
}

/** The pages with their running headers, footers and page numbers removed. */
export function dropFurniture(pages: readonly PageLines[]): PageLines[] {
  const stacks = pages.map((page, pageIndex) => ({ top: edgeCandidates(page, pageIndex, 'top'), bottom: edgeCandidates(page, pageIndex, 'bottom') }));
  const candidates = stacks.flatMap((stack) => [...stack.top, ...stack.bottom]);
  const recurring = recurrenceIndex(candidates);
  const alike = new Set(candidates.filter((candidate) => looksLikeFurniture(candidate, recurring)));
  const edges = { top: blockEdge(pages, alike, 'top'), bottom: blockEdge(pages, alike, 'bottom') };
  const outside = (candidate: Candidate): boolean => candidate.offset < edges[candidate.side] - OUTSIDE * candidate.size;
  const slots = confirmedSlots([...alike].filter(outside));
  const inSlot = (candidate: Candidate): boolean => slots.some((slot) => slot.side === candidate.side && Math.abs(slot.offset - candidate.offset) <= SAME_PLACE);
  return pages.map((page, pageIndex) => {
    const dropped = new Set<number>();
    for (const stack of [stacks[pageIndex]?.top ?? [], stacks[pageIndex]?.bottom ?? []]) {
      for (const candidate of stack) {
        if (!outside(candidate) || !(alike.has(candidate) || inSlot(candidate))) break;
        dropped.add(candidate.index);
      }
    }
    return { ...page, lines: page.lines.filter((_, index) => !dropped.has(index)) };
  });
}

/** The outermost lines of one side of a page, from the edge inwards. */
function edgeCandidates(page: PageLines, pageIndex: number, side: Side): Candidate[] {
  const indexes = page.lines.map((_, index) => index);
  const fromEdge = side === 'top' ? indexes : indexes.reverse();
  const out: Candidate[] = [];
  for (const index of fromEdge.slice(0, STACK)) {
    const line = page.lines[index];
    if (!line) break;
    const offset = side === 'top' ? line.baseline : page.height - line.baseline;
    if (offset > BAND * page.height) break;
    const digits = /[0-9０-９]+/.exec(line.text)?.[0];
    const number = digits === undefined ? null : Number(digits.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
    out.push({ page: pageIndex, side, index, masked: maskedText(line.text), number, offset, size: line.size });
  }
  return out;
}

/**
 * The text as compared across pages: each number masked as `#` (page numbers change), spaces
 * dropped except between two numbers, so that a row of figures (`2016 2017`) is not one number.
 */
export function maskedText(text: string): string {
  return text
    .replace(/[0-9０-９]+/g, '#')
    .replace(/[\s\u00a0\u3000]+/g, (space, at: number, all: string) => (all[at - 1] === '#' && all[at + space.length] === '#' ? ' ' : ''));
}

type RecurrenceIndex = ReadonlyMap<string, readonly Candidate[]>;

function recurrenceIndex(candidates: readonly Candidate[]): RecurrenceIndex {
  const index = new Map<string, Candidate[]>();
  for (const candidate of candidates) {
    const key = `${candidate.page}|${candidate.side}|${candidate.masked}`;
    index.set(key, [...(index.get(key) ?? []), candidate]);
  }
  return index;
}

/** Furniture by its text and its recurrence; whether it is outside the text block is checked apart. */
function looksLikeFurniture(candidate: Candidate, recurring: RecurrenceIndex): boolean {
  if (PAGE_NUMBER.some((shape) => shape.test(candidate.masked))) return isOwnPageNumber(candidate) || repeatsNearby(candidate, recurring);
  return /\p{L}/u.test(candidate.masked) && repeatsNearby(candidate, recurring);
}

function isOwnPageNumber(candidate: Candidate): boolean {
  return candidate.number !== null && candidate.number >= 1 && candidate.number <= candidate.page + 1;
}

function repeatsNearby(candidate: Candidate, recurring: RecurrenceIndex): boolean {
  for (let distance = -NEIGHBOURHOOD; distance <= NEIGHBOURHOOD; distance++) {
    if (distance === 0) continue;
    const others = recurring.get(`${candidate.page + distance}|${candidate.side}|${candidate.masked}`) ?? [];
    if (others.some((other) => Math.abs(other.offset - candidate.offset) <= SAME_PLACE)) return true;
  }
  return false;
}

/**
 * Where the text block begins (top) or ends (bottom), as a distance from that edge: the outermost
 * place where the outermost line that does not look like furniture stands on BLOCK_EDGE_SHARE of
 * the pages or more (the body starts at the top margin on most pages; a long table whose cells
 * repeat at the top of its pages must not move the margin). Infinity when nothing tells.
 */
function blockEdge(pages: readonly PageLines[], alike: ReadonlySet<Candidate>, side: Side): number {
  const furniture = new Set([...alike].filter((candidate) => candidate.side === side).map((candidate) => `${candidate.page}|${candidate.index}`));
  const counts = new Map<number, number>();
  for (const [pageIndex, page] of pages.entries()) {
    const order = side === 'top' ? page.lines.map((_, i) => i) : page.lines.map((_, i) => page.lines.length - 1 - i);
    const first = order.find((index) => !furniture.has(`${pageIndex}|${index}`));
    const line = first === undefined ? undefined : page.lines[first];
    if (!line) continue;
    const offset = EDGE_BIN * Math.round((side === 'top' ? line.baseline : page.height - line.baseline) / EDGE_BIN);
    counts.set(offset, (counts.get(offset) ?? 0) + 1);
  }
  const pagesWithText = [...counts.values()].reduce((sum, count) => sum + count, 0);
  const enough = Math.max(Math.min(2, pagesWithText), Math.ceil(BLOCK_EDGE_SHARE * pagesWithText));
  const shared = [...counts].filter(([, count]) => count >= enough).map(([offset]) => offset);
  if (shared.length > 0) return Math.min(...shared);
  const [mostCommon] = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  return mostCommon?.[0] ?? Number.POSITIVE_INFINITY;
}

/** Places (side, distance from the edge) where furniture stands on SLOT_PAGES pages or more. */
function confirmedSlots(found: readonly Candidate[]): Array<{ side: Side; offset: number }> {
  const slots: Array<{ side: Side; offset: number; pages: Set<number> }> = [];
  for (const candidate of found) {
    const slot = slots.find((s) => s.side === candidate.side && Math.abs(s.offset - candidate.offset) <= SAME_PLACE);
    if (slot) slot.pages.add(candidate.page);
    else slots.push({ side: candidate.side, offset: candidate.offset, pages: new Set([candidate.page]) });
  }
  return slots.filter((slot) => slot.pages.size >= SLOT_PAGES);
}
