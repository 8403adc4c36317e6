/**
 * The heading of a government work report (政府工作报告), by its grammar. The forms it has:
 *
 *   title     [YEAR年][ISSUER][YEAR年]政府[YEAR年]工作报告[（DATE NAME | YEAR[年]）]   2021年山西省政府工作报告,
 *             山西省2003年政府工作报告（2003年1月10日 刘振华）, 临汾市政府工作报告（2021年2月23日 李云峰）,
 *             兰州市人民政府工作报告（2012）, 湖北省人民政府2002年工作报告, 2018年省政府工作报告 (the region
 *             from the dateline),
 *             a bare year line above a bare 政府工作报告 (2017 / 政 府 工 作 报 告); ISSUER a region, a
 *             division word alone (省 市 州 自治区 …) or the congress it is delivered to
 *             (厦门市第十四届人民代表大会第二次会议政府工作报告, 韩正市长在上海市第十二届人民代表大会第二次会议上的政府工作报告（2004年）)
 *   dateline  [——][DATE][在][DATE][REGION]第N届[全国]人民代表大会第N次会议上, over one or two lines
 *             (——2021年2月22日在大同市第十五届人民代表大会第六次会议上, ──在太原市第十二届 / 人民代表大会…,
 *             2013年4月10日 / 在太原市第十三届…, ——在2013年1月23日山西省第十二届…, ——19年2月24日在…)
 *   speaker   [REGION[人民政府] | 国务院][代]OFFICE NAME, OFFICE a division's head (省长 市长 县长
 *             区长 旗长 州长 盟长 镇长 乡长), 主席, 总理 or 专员 (市长 张三, 吕梁市人民政府市长 张广勇,
 *             山西省省长孟学农, 代市长 张强)
 *
 * Only the heading (the lines before 各位代表) is read: a plan the speech goes on to name
 * (并就《…第十二个五年规划纲要（草案）》的说明…) is not the report's title, nor its year.
 */
import { DATE_SOURCE, dateOf, firstDate, isoOf, type WrittenDate } from './dates.ts';
import { isRegionName, nationalName } from './region.ts';

export interface ReportHeading {
  /**
   * The year the report is for (reportYear): the title's, or the year it is delivered in, or the
   * next when it is delivered in November or December (a congress that meets at the year's end
   * opens the next year's work).
   */
  year: number | null;
  region: string | null;
  issuedOn: string | null;
  speaker: string | null;
  speakerOffice: string | null;
}

const REPORT_TITLE = /^《?(?:(\d{4})年)?《?([\u4e00-\u9fff]{0,60}?)(?:(\d{4})年)?(?:人民)?政府(?:(\d{4})年)?工作报告》?\s*(?:[（(]([^（）()]*)[）)])?$/;
const COUNT = '[一二三四五六七八九十百零〇\\d]+';
/** A title's issuer that is the congress the report is delivered to, with its speaker before it. */
const CONGRESS_ISSUER = new RegExp(`^(?:[\\u4e00-\\u9fff]{1,12}?在)?([\\u4e00-\\u9fff]{0,24}?)第${COUNT}届(全国)?人民代表大会(?:第${COUNT}次(?:全体)?会议)?上?的?$`);
/** A division word alone (2018年省政府工作报告): the region is the dateline's. */
const DIVISION_ALONE = /^(?:省|市|县|区|州|旗|盟|地区|自治区|自治州|自治县)$/;
/** A bracket after the title holding only a year: 兰州市人民政府工作报告（2012）. */
const BRACKET_YEAR = /^\s*(\d{4})\s*年?\s*$/;
/** Months in which a congress meets for the next year's work. */
const YEAR_END_MONTH = 11;
/** A congress: its region (or 全国) and its session; what the dateline of a report and the approval line of a plan name. */
export const CONGRESS = new RegExp(
  `^[（(\\s]*(?:${DATE_SOURCE})?\\s*在?\\s*(?:${DATE_SOURCE})?\\s*([\\u4e00-\\u9fff]{0,24}?)第${COUNT}届(全国)?人民代表大会(?:第${COUNT}次(?:全体)?会议)?`,
);
const NAME = '([\\u4e00-\\u9fff]{2,4}|[\\u4e00-\\u9fff]{1,10}[·・•．][\\u4e00-\\u9fff·・•．]{1,20})';
const OFFICE = '((?:代理?)?(?:[省市县区旗州盟镇乡]长|主席|总理|专员))';
const SPEAKER = new RegExp(`^([\\u4e00-\\u9fff]{0,24}?)${OFFICE}[:：]?\\s*${NAME}$`);
const PAREN = new RegExp(`^\\s*(?:${DATE_SOURCE})?\\s*${NAME}?\\s*$`);

interface Dateline {
  date: WrittenDate | null;
  region: string | null;
}

/** The heading's facts, or null when the heading has no report title. */
export function readReportHeading(heading: readonly string[]): ReportHeading | null {
  const titleAt = heading.findIndex(isReportTitle);
  if (titleAt < 0) return null;
  const title = REPORT_TITLE.exec(heading[titleAt] ?? '') ?? [];
  const written = title[1] ?? title[3] ?? title[4] ?? BRACKET_YEAR.exec(title[5] ?? '')?.[1];
  const titleYear = written ? Number(written) : bareYear(heading.slice(0, titleAt + 1));
  const paren = PAREN.exec(title[5] ?? '');
  const parenDate = paren ? dateOf(paren, 1, titleYear) : null;
  // The title names a congress too (…第二次会议上的政府工作报告): the dateline is another segment.
  const dateline = datelineIn(heading.filter((_, i) => i !== titleAt), titleYear);
  const speaker = speakerIn(heading);
  const date = dateline?.date ?? parenDate;
  const region = dateline?.region ?? issuerRegion(title[2] ?? '') ?? speaker?.region ?? null;
  return {
    year: reportYear(titleYear, date),
    region,
    issuedOn: isoOf(date),
    speaker: speaker?.name ?? paren?.[4] ?? null,
    speakerOffice: speaker?.office ?? null,
  };
}

/**
 * The year a report is for. The title's year where the date agrees with it (the same year, or the
 * year before for a congress at the year's end); else the date's year, or the next one for a
 * report delivered in November or December; else the title's year.
 */
function reportYear(titleYear: number | null, date: WrittenDate | null): number | null {
  if (!date) return titleYear;
  if (titleYear === date.year || titleYear === date.year + 1) return titleYear;
  return date.year + (date.month >= YEAR_END_MONTH ? 1 : 0);
}

/** …政府工作报告 with nothing before it but a year and the issuer (not 关于印发2021年政府工作报告…). */
function isReportTitle(segment: string): boolean {
  const issuer = REPORT_TITLE.exec(segment)?.[2];
  return issuer !== undefined && (issuer === '' || DIVISION_ALONE.test(issuer) || issuerRegion(issuer) !== null);
}

/** The region a title's issuer names: a region, or the congress of one. */
function issuerRegion(issuer: string): string | null {
  const congress = CONGRESS_ISSUER.exec(issuer);
  if (congress) return congress[2] ? nationalName('全国') : regionOf(congress[1] ?? '');
  return regionOf(issuer);
}

/** A line that is only a year (2017 above 政府工作报告). */
function bareYear(segments: readonly string[]): number | null {
  const line = segments.find((segment) => /^\d{4}年?$/.test(segment));
  return line ? Number(line.slice(0, 4)) : null;
}

/** The dateline, read across a line break when the congress's name is broken (…第十一届人民 / 代表大会…). */
function datelineIn(heading: readonly string[], centuryOf: number | null): Dateline | null {
  for (let i = 0; i < heading.length; i++) {
    for (const text of [heading[i] ?? '', heading.slice(i, i + 2).join(''), heading.slice(i, i + 3).join('')]) {
      const m = CONGRESS.exec(text);
      if (!m) continue;
      const date = dateOf(m, 1, centuryOf) ?? dateOf(m, 4, centuryOf) ?? firstDate(heading[i - 1] ?? '', centuryOf);
      return { date, region: m[8] ? nationalName('全国') : regionOf(m[7] ?? '') };
    }
  }
  return null;
}

function regionOf(text: string): string | null {
  if (text.length === 0) return null;
  return nationalName(text) ?? (isRegionName(text) ? text : null);
}

function speakerIn(heading: readonly string[]): { name: string; office: string; region: string | null } | null {
  for (const segment of heading) {
    const m = SPEAKER.exec(segment);
    if (!m || !m[2] || !m[3]) continue;
    const issuer = (m[1] ?? '').replace(/人民政府$/, '');
    return { name: m[3], office: m[2], region: regionOf(issuer) ?? (m[2].endsWith('总理') ? nationalName('国务院') : null) };
  }
  return null;
}
