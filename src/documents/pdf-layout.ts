import type { PageLines } from './pdf-furniture.ts';
import type { TextLine } from './pdf-lines.ts';

/**
 * The body text's geometry, measured over the whole document once the furniture is gone: a
 * page's lines are told apart from the document's habits (its body font size, its line spacing,
 * where its lines start and how far full lines reach), not from fixed sizes.
 */
export interface Layout {
  /** The font size most of the text is set in. */
  bodySize: number;
  /** Baseline to baseline distance of consecutive body lines of one paragraph. */
  pitch: number;
  /** Per page, the left edge of the text block (books mirror their margins on facing pages). */
  lefts: number[];
  /** How far from the left edge a full line of body text reaches. */
  width: number;
}

/** Sizes within this share of the body size are body text (a heading is bigger). */
const SAME_SIZE = 0.1;
/** Full lines are the longest ones; a few wider ones (tables, wide figures) are outliers. */
const FULL_LINE_QUANTILE = 0.9;
/**
 * Full lines end together, within an em or so (the last character that fits); this many of them
 * show where the text block ends. Fewer, and the margins are the better guess.
 */
const MIN_FULL_LINES = 3;
const FULL_LINE_SPREAD = 1.5;

export function measureLayout(pages: readonly PageLines[]): Layout {
  const all = pages.flatMap((page) => page.lines);
  const bodySize = modeOf(all.map((line) => ({ value: line.size, weight: line.text.length })), 0.5) ?? 12;
  const isBody = (line: TextLine): boolean => sameSize(line.size, bodySize);
  const pitches = pages.flatMap((page) => linePitches(page.lines.filter(isBody), bodySize));
  const pitch = modeOf(pitches.map((value) => ({ value, weight: 1 })), 0.5) ?? 1.5 * bodySize;
  const documentLeft = blockLeftOf(all.filter(isBody)) ?? 0;
  const lefts = pages.map((page) => blockLeftOf(page.lines.filter(isBody)) ?? documentLeft);
  const reaches = pages.flatMap((page, index) => page.lines.filter(isBody).map((line) => line.right - (lefts[index] ?? 0)));
  const longest = quantile(reaches, FULL_LINE_QUANTILE) ?? 0;
  const fullLines = reaches.filter((reach) => Math.abs(reach - longest) <= FULL_LINE_SPREAD * bodySize).length;
  const width = fullLines >= MIN_FULL_LINES ? longest : Math.max(longest, marginsWidth(pages, lefts, isBody) - bodySize);
  return { bodySize, pitch, lefts, width };
}

/**
 * The width the page's margins leave if the right margin is as wide as the left: where no lines
 * show where full lines end (a page of a few short lines), the paper does. The narrowest page
 * counts, so that a book whose margins alternate is not taken wider than it is.
 */
function marginsWidth(pages: readonly PageLines[], lefts: readonly number[], isBody: (line: TextLine) => boolean): number {
  const widths = pages.flatMap((page, index) => (page.lines.some(isBody) ? [page.width - 2 * (lefts[index] ?? 0)] : []));
  return widths.length > 0 ? Math.min(...widths) : 0;
}

/**
 * The left edge of a text block: the leftmost place where two lines or more start. Not the most
 * common start: on a page of short paragraphs or of table cells most lines are indented.
 */
function blockLeftOf(lines: readonly TextLine[]): number | null {
  const starts = new Map<number, number>();
  for (const line of lines) starts.set(Math.round(line.left), (starts.get(Math.round(line.left)) ?? 0) + 1);
  const recurring = [...starts].filter(([, count]) => count >= 2).map(([left]) => left);
  return recurring.length > 0 ? Math.min(...recurring) : null;
}

export function sameSize(a: number, b: number): boolean {
  return Math.abs(a - b) <= SAME_SIZE * Math.max(a, b);
}

/** Baseline distances between neighbouring body lines, within the range line spacing can take. */
function linePitches(lines: readonly TextLine[], bodySize: number): number[] {
  const out: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const delta = (lines[i]?.baseline ?? 0) - (lines[i - 1]?.baseline ?? 0);
    if (delta >= 0.9 * bodySize && delta <= 3 * bodySize) out.push(delta);
  }
  return out;
}

/** The most common value, in bins of `step` (the bin's mean is returned); null for no values. */
function modeOf(values: ReadonlyArray<{ value: number; weight: number }>, step: number): number | null {
  const bins = new Map<number, { weight: number; sum: number; count: number }>();
  for (const { value, weight } of values) {
    const key = Math.round(value / step);
    const bin = bins.get(key) ?? { weight: 0, sum: 0, count: 0 };
    bin.weight += weight;
    bin.sum += value;
    bin.count += 1;
    bins.set(key, bin);
  }
  let best: { weight: number; sum: number; count: number } | null = null;
  for (const bin of bins.values()) if (!best || bin.weight > best.weight) best = bin;
  return best ? best.sum / best.count : null;
}

function quantile(values: readonly number[], q: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? null;
}
