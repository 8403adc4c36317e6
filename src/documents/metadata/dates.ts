/**
 * Dates, years and plan numbers as the documents write them: in figures (2021年2月22日) or in
 * Chinese numerals (二〇一六年八月十八日, 一九五三—一九五七), and five-year plans by their number
 * (第十三个五年, “十四五”, 十五计划).
 */

const DIGITS: Readonly<Record<string, number>> = { 〇: 0, '○': 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** A year: four figures, four Chinese digits, or (as one dateline writes it) two figures. */
const YEAR = '(\\d{4}|[〇○零一二三四五六七八九]{4}|\\d{2})';
const SMALL = '(\\d{1,2}|[一二三四五六七八九十]{1,3})';

/** `YEAR年MONTH月[DAY日]`, three groups; not inside a longer number. */
export const DATE_SOURCE = `(?<![\\d〇○零一二三四五六七八九])${YEAR}\\s*年\\s*${SMALL}\\s*月(?:\\s*${SMALL}\\s*日)?`;

export interface WrittenDate {
  year: number;
  month: number;
  day: number | null;
}

/**
 * The date in a match of DATE_SOURCE whose groups start at `at`. A two-figure year (19年) takes
 * its century from `centuryOf` when given (the year in the title), else the 2000s.
 */
export function dateOf(groups: ReadonlyArray<string | undefined>, at: number, centuryOf?: number | null): WrittenDate | null {
  const [yearText, monthText, dayText] = [groups[at], groups[at + 1], groups[at + 2]];
  if (yearText === undefined || monthText === undefined) return null;
  let year = numberOf(yearText);
  if (yearText.length === 2) year += centuryOf ? centuryOf - (centuryOf % 100) : 2000;
  const month = numberOf(monthText);
  const day = dayText === undefined ? null : numberOf(dayText);
  if (month < 1 || month > 12 || (day !== null && (day < 1 || day > 31))) return null;
  return { year, month, day };
}

/** The first date written in `text`. */
export function firstDate(text: string, centuryOf?: number | null): WrittenDate | null {
  const m = new RegExp(DATE_SOURCE).exec(text);
  return m ? dateOf(m, 1, centuryOf) : null;
}

/** YYYY-MM-DD of a date with its day; null without one. */
export function isoOf(date: WrittenDate | null): string | null {
  if (!date || date.day === null) return null;
  return `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

/** 2021, 二〇二一 (digit by digit), 十二, 二十三, 三十一 (as numbers are said). */
export function numberOf(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  if (!text.includes('十')) return Number([...text].map((ch) => DIGITS[ch] ?? 0).join(''));
  const [tens = '', units = ''] = text.split('十');
  return (tens === '' ? 1 : (DIGITS[tens] ?? 0)) * 10 + (units === '' ? 0 : (DIGITS[units] ?? 0));
}

const RANGE = new RegExp(
  `(?<![\\d〇○零一二三四五六七八九])(\\d{4}|[〇○零一二三四五六七八九]{4})\\s*年?\\s*[—–\\-－~～至到]+\\s*(\\d{4}|[〇○零一二三四五六七八九]{4})(?![\\d〇○零一二三四五六七八九])`,
);

/** A span of years written out (2016—2020, 一九五三—一九五七, 2021-2025年) of at most 15 years. */
export function yearRangeIn(text: string): [number, number] | null {
  const m = RANGE.exec(text);
  if (!m) return null;
  const start = numberOf(m[1] ?? '');
  const end = numberOf(m[2] ?? '');
  return end > start && end - start <= 15 ? [start, end] : null;
}

/**
 * The number of the five-year plan a title names: 第十三个五年规划, 第一个五年计划, “九五”计划,
 * “十四五”新材料产业发展规划, 十五计划 (the tenth: 十 + 五), 十五五规划 (the fifteenth).
 */
export function fiveYearPlanNumber(text: string): number | null {
  const m =
    /第([一二三四五六七八九十]{1,3})个五年/.exec(text) ??
    /[“"‘']([一二三四五六七八九十]{1,3})五[”"’']/.exec(text) ??
    /(?<![一二三四五六七八九十])([一二三四五六七八九十]{1,3})五(?=规划|计划|时期)/.exec(text);
  const n = m ? numberOf(m[1] ?? '') : 0;
  return n >= 1 && n <= 30 ? n : null;
}

/**
 * The years of the n-th five-year plan: the first ran 1953–1957, the second 1958–1962; after
 * three years of readjustment the third began in 1966, and every plan since has followed the last.
 */
export function fiveYearPlanYears(n: number): [number, number] {
  const start = n === 1 ? 1953 : n === 2 ? 1958 : 1966 + (n - 3) * 5;
  return [start, start + 4];
}
