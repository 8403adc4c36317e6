/**
 * The title of a plan (anything but a work report), by its grammar:
 *
 *   title  [PERIOD年][REGION]SUBJECT HEAD[（PERIOD）][（DRAFT）]
 *   HEAD   纲要 | 规划 | 计划 | 计划摘要 | 方案 | 行动计划 | 行动方案 | 实施方案 …, the word that ends it
 *
 * found, in this order, in a notice of issue (山西省人民政府关于印发…纲要的通知), as a line of its
 * own on the cover (a Markdown front matter's title counts; a draft mark may stand on the next
 * line), or in 《》 opening a sentence that presents the plan
 * (《孝义市…纲要（2016—2020）》（以下简称《规划纲要》），根据…编制). A 《》 inside a sentence
 * (根据《…建议》) is a document the plan cites, not its title.
 */
import type { PlanKind } from '../../model/document.ts';
import { NATIONAL_REGION } from '../../model/document.ts';
import { DATE_SOURCE, dateOf, fiveYearPlanNumber, fiveYearPlanYears, isoOf, yearRangeIn } from './dates.ts';
import { leadingRegion, nationalName, type PlaceIndex } from './region.ts';
import { CONGRESS } from './report.ts';

export interface PlanTitle {
  title: string;
  kind: PlanKind;
  region: string | null;
  period: [number, number] | null;
  draft: boolean;
}

const HEAD = /(?:纲要|规划|计划|方案|(?:纲要|规划|计划)摘要)$/;
const DRAFT = /草案|征求意见稿|讨论稿|送审稿/;
const DRAFT_MARK = /^[（(](讨论稿|征求意见稿|送审稿|草案)[）)]$/;
/** Where a section, a list item, a box or a table starts: a heading, not a title. */
const SECTION_START = /^(?:第[一二三四五六七八九十百零〇\d]+[章节篇编部分条]|[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．]|专栏|表\s*\d|图\s*\d|附件|附表|目\s*录)/;
/** What may follow the issuer's name in a title: the subject, a plan's number or years, a quote, the end. */
const AFTER_REGION = new RegExp(
  '^(?:的)?(?:国民经济|发展国民经济|人民政府|政府|[“"‘《（(]|第[一二三四五六七八九十]+个五年|[一二三四五六七八九十]{1,3}五|\\d{4}|[〇○零一二三四五六七八九]{4}|关于|$)',
);
const COVER_SEGMENTS = 15;

/** The plan's title and what it says, or null when the front has no plan title. */
export function readPlanTitle(segments: readonly string[], places: PlaceIndex | null): PlanTitle | null {
  const found = noticeTitle(segments) ?? coverTitle(segments) ?? quotedTitle(segments);
  if (!found) return null;
  const draftMark = segments.slice(0, 8).find((segment) => DRAFT_MARK.test(segment));
  const title = draftMark && !DRAFT.test(found.title) ? `${found.title}${draftMark.replace('(', '（').replace(')', '）')}` : found.title;
  const kind = kindOf(found.title);
  const subject = titleSubject(found.title);
  const region =
    leadingRegion(subject, AFTER_REGION, places) ??
    found.issuer ??
    issuerHeader(segments) ??
    (/^(?:发展)?国民经济/.test(subject) || segments.some((segment) => CONGRESS.exec(segment)?.[8]) ? NATIONAL_REGION : null);
  return { title, kind, region, period: periodOf(title, kind, segments), draft: DRAFT.test(title) };
}

/** The title without the 《》 around it and without the notes in brackets after it. */
export function bareTitle(title: string): string {
  let bare = title.replace(/^《(.*)》$/, '$1');
  for (let m = /[（(][^（）()]{1,24}[）)]$/.exec(bare); m; m = /[（(][^（）()]{1,24}[）)]$/.exec(bare)) bare = bare.slice(0, m.index);
  return bare;
}

/** The title after any years it opens with (1976—1985年发展国民经济十年规划纲要). */
function titleSubject(title: string): string {
  return bareTitle(title).replace(new RegExp(`^(?:\\d{4}|[〇○零一二三四五六七八九]{4})(?:\\s*[—–\\-－~～至到]+\\s*(?:\\d{4}|[〇○零一二三四五六七八九]{4}))?年?`), '');
}

/** Whether a whole segment is a plan's title. */
export function isPlanTitle(segment: string): boolean {
  const bare = bareTitle(segment);
  return (
    bare.length >= 6 &&
    bare.length <= 90 &&
    HEAD.test(bare) &&
    !/[，。；：！？,;:!?《》]/.test(bare) &&
    !SECTION_START.test(bare) &&
    !/政府工作报告|通知|决定|说明|建议/.test(bare)
  );
}

interface FoundTitle {
  title: string;
  issuer: string | null;
}

/** 〔issuer〕关于印发〔title〕的通知: the notice that issues the plan names it and its issuer. */
function noticeTitle(segments: readonly string[]): FoundTitle | null {
  for (const [i, segment] of segments.entries()) {
    const m = /^(.*?)关于印发《?([^《》]+?)》?的通知/.exec(segment);
    if (!m || !isPlanTitle(m[2] ?? '')) continue;
    const issuer = (m[1] ?? '').replace(/(?:人民政府)?(?:办公厅|办公室)?$/, '') || (segments[i - 1] ?? '').replace(/人民政府(?:办公厅|办公室)?$/, '');
    return { title: m[2] ?? '', issuer: nationalName(issuer) ?? leadingRegion(issuer, /^$/, null) };
  }
  return null;
}

/** A title on a line of its own, or broken over two short lines. */
function coverTitle(segments: readonly string[]): FoundTitle | null {
  const cover = segments.slice(0, COVER_SEGMENTS);
  for (const [i, segment] of cover.entries()) {
    if (isPlanTitle(segment)) return { title: segment.replace(/^《(.*)》$/, '$1'), issuer: null };
    const joined = segment + (cover[i + 1] ?? '');
    if (segment.length <= 30 && !HEAD.test(segment) && isPlanTitle(joined)) return { title: joined, issuer: null };
  }
  return null;
}

/**
 * 《title》 opening a sentence (the plan presenting itself) or after the verb that issues it
 * (现将《…》印发给你们, 印发《…》).
 */
function quotedTitle(segments: readonly string[]): FoundTitle | null {
  for (const segment of segments) {
    for (const m of segment.matchAll(/(?:^|[。！？]|现将|(印发了?))《([^《》]{6,90})》/g)) {
      const title = m[2] ?? '';
      if (!isPlanTitle(title)) continue;
      // 中共中央、国务院印发了《…》: who issues it is named just before the verb.
      return { title, issuer: m[1] ? issuerBefore(segment.slice(0, m.index)) : null };
    }
  }
  return null;
}

/** The issuer named at the end of `text`, after its last punctuation: 中共中央、国务院, 山西省人民政府办公厅. */
function issuerBefore(text: string): string | null {
  const name = text.split(/[，。；：！？\s]/).pop() ?? '';
  return nationalName(name) ?? leadingRegion(name, /^(?:人民政府|办公厅|办公室|$)/, null);
}

/** 山西省人民政府文件: the letterhead of the notice names the issuer. */
function issuerHeader(segments: readonly string[]): string | null {
  for (const segment of segments.slice(0, 6)) {
    const m = /^(.+?)人民政府(?:办公厅|办公室)?(?:文件)?$/.exec(segment) ?? /^(国务院)(?:办公厅)?(?:文件)?$/.exec(segment);
    const region = m ? (nationalName(m[1] ?? '') ?? leadingRegion(m[1] ?? '', /^$/, null)) : null;
    if (region) return region;
  }
  return null;
}

const ACTION = /(?:行动计划|行动方案|实施方案|工作方案|[一两二三四五六七八九十]年行动|攻坚行动|专项行动)$/;
/** The n-th five-year plan itself (第十三个五年规划纲要, “十四五”规划), not a plan of one field for those years. */
const FIVE_YEAR_OUTLINE = /(?:第[一二三四五六七八九十]{1,3}个五年|[“"]?[一二三四五六七八九十]{1,3}五[”"]?)(?:规划|计划)(?:和.*)?(?:纲要|摘要)?$/;

/**
 * The kind a title names: an outline of the national economy and society (国民经济和社会发展…
 * 规划纲要, the older 五年计划, the ten-year 规划纲要) or the five-year plan by its number is a
 * five-year plan; an action plan or implementation programme ends in its word; a plan of one
 * field for a period (“十四五”新材料产业发展规划, …专项规划) is a special plan. An annual plan
 * (2021年国民经济和社会发展计划) and a master plan of land use (…总体规划) are neither.
 */
export function kindOf(title: string): PlanKind {
  const bare = bareTitle(title);
  if (ACTION.test(bare)) return 'action-plan';
  const period = fiveYearPlanNumber(bare) !== null || yearRangeIn(title) !== null;
  if (/国民经济/.test(bare) && (period || /纲要/.test(bare))) return 'five-year-plan';
  if (FIVE_YEAR_OUTLINE.test(bare)) return 'five-year-plan';
  if (/规划(?:纲要)?$/.test(bare) && !/总体规划$/.test(bare) && (/专项规划/.test(bare) || period)) return 'special-plan';
  return 'other';
}

/** The years in the title, else the plan's number, else a span in brackets on the front. */
function periodOf(title: string, kind: PlanKind, segments: readonly string[]): [number, number] | null {
  const fromTitle = yearRangeIn(title);
  if (fromTitle) return fromTitle;
  const n = fiveYearPlanNumber(title);
  if (n !== null) return fiveYearPlanYears(n);
  if (kind === 'other') return null;
  for (const segment of segments) {
    for (const m of segment.matchAll(/[（(]([^（）()]{9,24})[）)]/g)) {
      const range = yearRangeIn(m[1] ?? '');
      if (range) return range;
    }
  }
  return null;
}

/**
 * The date of a plan: a line that is only a date (the cover's 二〇一六年八月十八日, the notice's
 * 2021年4月9日), else the day a congress approved it (一九五五年七月三十日第一届全国人民代表大会…通过).
 */
export function planDate(segments: readonly string[]): string | null {
  const only = new RegExp(`^${DATE_SOURCE}$`);
  for (const segment of segments) {
    const m = only.exec(segment);
    const iso = m ? isoOf(dateOf(m, 1)) : null;
    if (iso) return iso;
  }
  for (const segment of segments) {
    const m = CONGRESS.exec(segment);
    const iso = m ? isoOf(dateOf(m, 1) ?? dateOf(m, 4)) : null;
    if (iso) return iso;
  }
  return null;
}
