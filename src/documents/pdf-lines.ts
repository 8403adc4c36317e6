/**
 * Text runs as pdfjs places them, grouped into the lines a reader sees. Coordinates are those of
 * the page as displayed (pdfjs's viewport at scale 1): x to the right, y downwards from the top
 * edge, so that page rotation and crop boxes are already applied.
 */
export interface PlacedText {
  text: string;
  /** Left end of the run. */
  x: number;
  /** Baseline, from the top of the page. */
  y: number;
  /** Advance width of the run. */
  width: number;
  /** Font size (one em). */
  size: number;
}

/** One line of a page: its runs joined in reading order, with the geometry paragraphs are read from. */
export interface TextLine {
  text: string;
  left: number;
  right: number;
  baseline: number;
  /** The font size of the line's main run (the one with the most characters). */
  size: number;
}

/**
 * Runs whose baselines differ by less than this share of the larger font size sit on one line:
 * superscripts and mixed fonts shift a baseline by a third of an em at most, while the next line is
 * a whole em or more below.
 */
const SAME_LINE = 0.4;
/** Between two Latin letters or figures, a gap wider than this share of an em is a word space. */
const LATIN_WORD_GAP = 0.2;
/** CJK is set solid: only a gap of a whole em (table cells, spaced-out titles) separates it. */
const CJK_GAP = 1;
/** A run drawn again over itself (bold faked by overprinting) lands within this share of an em. */
const OVERPRINT = 0.3;

/** Groups runs into lines by baseline, top to bottom, each line's runs left to right. */
export function groupLines(runs: readonly PlacedText[]): TextLine[] {
  // Runs of spaces stay: where a PDF draws a space, it is the space between two words.
  const byBaseline = runs.filter((run) => run.text.length > 0 && run.size > 0).sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: PlacedText[][] = [];
  let current: PlacedText[] = [];
  let currentY = Number.NaN;
  let currentSize = 0;
  for (const run of byBaseline) {
    if (current.length > 0 && Math.abs(run.y - currentY) <= SAME_LINE * Math.max(run.size, currentSize)) {
      current.push(run);
      currentSize = Math.max(currentSize, run.size);
      continue;
    }
    if (current.length > 0) groups.push(current);
    current = [run];
    currentY = run.y;
    currentSize = run.size;
  }
  if (current.length > 0) groups.push(current);
  return groups.flatMap(lineOf);
}

function lineOf(runs: PlacedText[]): TextLine[] {
  const ordered = dropOverprints([...runs].sort((a, b) => a.x - b.x));
  // Where the ink is: spaces drawn before or after the words (an indent typed as spaces) are not.
  const inked = ordered.filter((run) => run.text.trim().length > 0);
  const first = inked[0];
  if (!first) return [];
  let text = '';
  let previous: PlacedText | null = null;
  for (const run of ordered) {
    if (previous && needsSpace(previous, run)) text += ' ';
    text += run.text;
    previous = run;
  }
  const main = inked.reduce((best, run) => (run.text.trim().length > best.text.trim().length ? run : best), first);
  return [
    {
      // Control characters are what broken fonts map some glyphs (often the space) to: no text.
      text: text
        .replace(/[\s\u00a0\u3000]+/g, ' ')
        .replace(/\p{Cc}/gu, '')
        .trim(),
      left: Math.min(...inked.map((run) => run.x)),
      right: Math.max(...inked.map((run) => run.x + run.width)),
      baseline: main.y,
      size: main.size,
    },
  ];
}

function dropOverprints(ordered: PlacedText[]): PlacedText[] {
  const kept: PlacedText[] = [];
  for (const run of ordered) {
    const twin = kept.some((other) => other.text === run.text && Math.abs(other.x - run.x) < OVERPRINT * run.size && Math.abs(other.y - run.y) < OVERPRINT * run.size);
    if (!twin) kept.push(run);
  }
  return kept;
}

/** Whether the gap between two runs of a line reads as a space. */
function needsSpace(left: PlacedText, right: PlacedText): boolean {
  const before = left.text.at(-1) ?? '';
  const after = right.text[0] ?? '';
  if (/\s/.test(before) || /\s/.test(after)) return false;
  const gap = right.x - (left.x + left.width);
  const em = Math.max(left.size, right.size);
  if (isWide(before) || isWide(after)) return gap > CJK_GAP * em;
  return gap > LATIN_WORD_GAP * em;
}

/**
 * Characters set on a full em and written without spaces: CJK ideographs and their punctuation,
 * kana, hangul, full-width forms, and the curly quotes and dashes Chinese text sets full-width.
 */
export function isWide(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return (
    (code >= 0x2e80 && code <= 0x9fff) ||
    (code >= 0xac00 && code <= 0xd7af) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xffef) ||
    (code >= 0x20000 && code <= 0x3ffff) ||
    (code >= 0x2010 && code <= 0x2027) // ‐ – — ‘ ’ “ ” … ‧
  );
}
