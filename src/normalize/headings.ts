/**
 * The heading markers of Chinese planning documents. Normalisation needs them to know where a
 * paragraph cannot continue; structure needs them to cut sections. One definition for both.
 */
const NUMERAL = '[一二三四五六七八九十百零〇两]+';

const PART = new RegExp(`^第${NUMERAL}篇`);
const CHAPTER = new RegExp(`^第${NUMERAL}章`);
const SECTION = new RegExp(`^第${NUMERAL}节`);
const BOX = /^专栏\s*\d*/;
const TABLE = /^表\s*\d+(?:[-—－]\d+)?(?![\d.])/;
const ITEM = new RegExp(`^(${NUMERAL})、`);
const SUBITEM = new RegExp(`^[（(](${NUMERAL})[）)]`);

export type HeadingKind = 'part' | 'chapter' | 'section' | 'box' | 'table' | 'item' | 'subitem';

export interface HeadingMatch {
  kind: HeadingKind;
  /** The marker itself, e.g. `第三章`, `专栏 1`, `（二）`. */
  marker: string;
  /** 1, 2, 3 … for numbered markers (章, 节, 篇, 一、, （一）), null otherwise. */
  number: number | null;
  /** True when the line is only a heading; false when a numbered item runs on into its paragraph. */
  standalone: boolean;
}

/** Headings are short; a longer line that starts like one is prose (or a run-in item). */
const MAX_HEADING_CHARS = 60;
const MAX_ITEM_HEADING_CHARS = 40;

/** Classifies a trimmed line. Run-in items (`（一）经济发展…。…`) come back with standalone=false. */
export function matchHeading(line: string): HeadingMatch | null {
  const text = line.trim();
  const sentence = /[。；]/.test(text);
  const short = [...text].length <= MAX_HEADING_CHARS && !sentence;
  for (const [kind, pattern] of [
    ['part', PART],
    ['chapter', CHAPTER],
    ['section', SECTION],
  ] as const) {
    const m = pattern.exec(text);
    if (m && short) return { kind, marker: m[0], number: chineseNumber(m[0].slice(1, -1)), standalone: true };
  }
  const box = BOX.exec(text);
  if (box && short) return { kind: 'box', marker: box[0].trim(), number: null, standalone: true };
  const table = TABLE.exec(text);
  if (table && short) return { kind: 'table', marker: table[0], number: null, standalone: true };
  const itemStandalone = [...text].length <= MAX_ITEM_HEADING_CHARS && !/[。；，,]/.test(text);
  const item = ITEM.exec(text);
  if (item) return { kind: 'item', marker: item[0], number: chineseNumber(item[1] ?? ''), standalone: itemStandalone };
  const sub = SUBITEM.exec(text);
  if (sub) return { kind: 'subitem', marker: sub[0], number: chineseNumber(sub[1] ?? ''), standalone: itemStandalone };
  return null;
}

/** True when a line opens a new unit (heading or numbered item): a wrapped paragraph never continues into it. */
export function startsNewUnit(line: string): boolean {
  const text = line.trim();
  return PART.test(text) || CHAPTER.test(text) || SECTION.test(text) || BOX.test(text) || TABLE.test(text) || ITEM.test(text) || SUBITEM.test(text);
}

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 … 九十九 (and 百): enough for chapter and item numbers. */
export function chineseNumber(numeral: string): number | null {
  if (numeral.length === 0) return null;
  if (numeral === '百') return 100;
  let total = 0;
  let current = 0;
  for (const ch of numeral) {
    if (ch === '十') {
      total += (current === 0 ? 1 : current) * 10;
      current = 0;
    } else if (ch === '百') {
      total += (current === 0 ? 1 : current) * 100;
      current = 0;
    } else {
      const d = DIGITS[ch];
      if (d === undefined) return null;
      current = d;
    }
  }
  return total + current;
}
