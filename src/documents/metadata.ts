import type { PlanKind, PlanMeta, SourceDocument } from '../model/document.ts';
import { defaultPlanId } from '../model/ids.ts';
import type { ManifestEntry } from './manifest.ts';

/** What the text itself says about the plan; every field may be missing. */
export interface TextMetadata {
  title: string | null;
  kind: PlanKind | null;
  regionName: string | null;
  periodStart: number | null;
  periodEnd: number | null;
  issuedOn: string | null;
  draft: boolean;
}

/** The front matter: the cover, the notice of issue and the first paragraph say what the plan is. */
const FRONT_LINES = 40;

/**
 * Reads title, kind, issuing region, period, date and draft flag from the normalised text,
 * where the documents state them: a cover title line (晋城市城区…纲要 + （讨论稿）), a title in
 * 《》 in the first paragraph (晋中, 孝义, the 14th plan), a report's dateline
 * (——2017年2月21日在晋中市第四届人民代表大会…), a date line on the cover (二〇一六年八月十八日)
 * or under the notice (2021年4月9日).
 */
export function readTextMetadata(text: string): TextMetadata {
  const lines = text.split('\n').slice(0, FRONT_LINES);
  const front = lines.join('\n');
  const report = reportMetadata(lines);
  if (report) return report;

  const cover = lines.find((line) => /国民经济和社会发展.*(?:规划纲要|纲要|规划)$/.test(line) && !line.startsWith('《') && line.length <= 60);
  const quoted = /《([^《》]*国民经济和社会发展[^《》]*(?:纲要|规划)[^《》]*)》/.exec(front)?.[1] ?? null;
  const draftMark = lines.find((line) => /^[（(](讨论稿|征求意见稿|送审稿|草案)[）)]$/.test(line));
  const baseTitle = cover ?? quoted;
  const title = baseTitle && draftMark ? `${baseTitle}${draftMark.replace('(', '（').replace(')', '）')}` : baseTitle;
  const period = periodOf(front) ?? periodOfOrdinal(title ?? front);
  return {
    title,
    kind: title && /五年规划|五年.*规划纲要/.test(title) ? 'five-year-plan' : title ? 'other' : null,
    regionName: title ? regionOf(title) : null,
    periodStart: period?.[0] ?? null,
    periodEnd: period?.[1] ?? null,
    issuedOn: dateLine(lines),
    draft: draftMark !== undefined || /讨论稿|征求意见稿|送审稿/.test(lines.slice(0, 5).join('')),
  };
}

/** The text's own statements, then the manifest on top; the file name as the title of last resort. */
export function planMeta(source: SourceDocument, normalizedText: string, entry?: ManifestEntry): PlanMeta {
  const text = readTextMetadata(normalizedText);
  const partial = {
    title: entry?.title ?? text.title ?? source.fileName.replace(/\.[^.]+$/, ''),
    kind: entry?.kind ?? text.kind ?? 'other',
    regionName: entry?.regionName ?? text.regionName ?? '',
    regionCode: entry?.regionCode ?? null,
    periodStart: entry?.periodStart ?? text.periodStart,
    periodEnd: entry?.periodEnd ?? text.periodEnd,
    issuedOn: entry?.issuedOn !== undefined ? entry.issuedOn : text.issuedOn,
    draft: entry?.draft ?? text.draft,
    sourceFile: source.fileName,
  } satisfies Omit<PlanMeta, 'id'>;
  return { id: entry?.id ?? defaultPlanId(partial, source.sha256), ...partial };
}

function reportMetadata(lines: string[]): TextMetadata | null {
  const titleAt = lines.findIndex((line) => /^政府工作报告$/.test(line));
  if (titleAt < 0) return null;
  const dateline = lines.slice(titleAt, titleAt + 4).find((line) => /^——/.test(line)) ?? '';
  const date = /(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(dateline);
  const region = /在(\S+?[省市县区旗])第\S+?届/.exec(dateline)?.[1] ?? null;
  const year = date ? Number(date[1]) : Number(/^(\d{4})$/.exec(lines[titleAt - 1] ?? '')?.[1] ?? NaN);
  const known = Number.isFinite(year);
  return {
    title: `${known ? `${year}年` : ''}${region ?? ''}政府工作报告`,
    kind: 'work-report',
    regionName: region,
    periodStart: known ? year : null,
    periodEnd: known ? year : null,
    issuedOn: date ? isoDate(Number(date[1]), Number(date[2]), Number(date[3])) : null,
    draft: false,
  };
}

function periodOf(text: string): [number, number] | null {
  const m = /[（(]\s*(\d{4})\s*(?:年)?\s*[—–\-－~～至]+\s*(\d{4})\s*(?:年)?\s*[）)]/.exec(text);
  if (!m) return null;
  const start = Number(m[1]);
  const end = Number(m[2]);
  return end > start && end - start <= 15 ? [start, end] : null;
}

/** 第十三个五年 is 2016–2020, 第十四个 2021–2025: the plan's number fixes its years. */
function periodOfOrdinal(text: string): [number, number] | null {
  const numerals: Record<string, number> = { 十一: 11, 十二: 12, 十三: 13, 十四: 14, 十五: 15 };
  const m = /第(十[一二三四五])个五年/.exec(text);
  const n = m ? numerals[m[1] ?? ''] : undefined;
  if (n === undefined) return null;
  const start = 2016 + (n - 13) * 5;
  return [start, start + 4];
}

function regionOf(title: string): string | null {
  return /^(?:\d{4}年)?(.+?[省市县区旗])(?:的)?(?:国民经济|政府工作报告)/.exec(title)?.[1] ?? null;
}

const CHINESE_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** A line that is only a date, in figures or in Chinese numerals, is the plan's date. */
function dateLine(lines: string[]): string | null {
  for (const line of lines) {
    const figures = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(line);
    if (figures) return isoDate(Number(figures[1]), Number(figures[2]), Number(figures[3]));
    const chinese = /^([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日$/.exec(line);
    if (chinese) {
      const year = Number([...(chinese[1] ?? '')].map((ch) => CHINESE_DIGITS[ch] ?? 0).join(''));
      return isoDate(year, smallNumber(chinese[2] ?? ''), smallNumber(chinese[3] ?? ''));
    }
  }
  return null;
}

function smallNumber(numeral: string): number {
  if (numeral === '十') return 10;
  const [tens, units] = numeral.includes('十') ? numeral.split('十') : ['', numeral];
  const t = tens === undefined ? 0 : tens === '' ? (numeral.includes('十') ? 1 : 0) : (CHINESE_DIGITS[tens] ?? 0);
  return t * 10 + (units ? (CHINESE_DIGITS[units] ?? 0) : 0);
}

function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
