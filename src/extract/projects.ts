import projects from '../../data/dictionary/projects.json' with { type: 'json' };
import { findEnterprises } from './enterprises.ts';
import { type Hit, longestFirst, nameOf } from './hits.ts';
import { clauseStart, cutAtBoundary, isGenericPrefix } from './names.ts';

const STOPLIST = new Set(projects.stoplist);
const PHYSICAL = projects.physicalWorks;
const UNITS = [...projects.capacityUnits].sort((a, b) => b.length - a.length);
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const CAPACITY = new RegExp(`(\\d+(?:\\.\\d+)?)\\s*(${UNITS.map(escape).join('|')})(\\s*/\\s*年)?`);
const MAX_NAME_PREFIX = 40;
/** Conjunctions inside a project's name (轻质合金及配套项目) do not end it. */
const KEEP_IN_NAME = ['和', '与', '及', '以及', '配套', '新建', '扩建', '改建', '续建', '开发', '建设', '利用', '综合利用'];

export interface ProjectOptions {
  /** The text is a 专栏 box: each line or ；-separated entry may list one project. */
  box?: boolean;
}

/** A project's capacity as typed props: 年产 110 万吨 → { capacity: 110, capacityUnit: '万吨' }. */
export function capacityOf(text: string): Record<string, number | string> | undefined {
  const m = CAPACITY.exec(text);
  if (!m?.[1] || !m[2]) return undefined;
  const perYear = m[3] !== undefined || /年(?:产|处理|生产)/.test(text.slice(0, m.index + 1));
  return { capacity: Number(m[1]), capacityUnit: m[2], ...(perYear ? { capacityPeriod: 'year' } : {}) };
}

/**
 * Projects: in 专栏 boxes, each entry that starts with its enterprise and names a capacity or
 * ends in 项目 (孝义市兴安化工有限公司年产110万吨…项目), and entries ending in 项目/工程; in
 * prose, named …项目 and physical …工程 (吉利山西新能源汽车项目, 娘子关调水工程), and the
 * named items of a list ending in 等…项目.
 */
export function findProjects(text: string, options: ProjectOptions = {}): Hit[] {
  const hits: Hit[] = [];
  if (options.box) hits.push(...boxProjects(text));
  hits.push(...proseProjects(text));
  return longestFirst(hits);
}

function boxProjects(text: string): Hit[] {
  const hits: Hit[] = [];
  const ENTRY = /[^；;。\n]+/g;
  for (let m = ENTRY.exec(text); m; m = ENTRY.exec(text)) {
    for (const [start, end] of entriesOf(text, m.index, m.index + m[0].length)) {
      const entry = text.slice(start, end);
      if (entry.includes('：') || entry.includes(':')) continue;
      const enterprise = findEnterprises(entry).find((hit) => hit.start === 0);
      const rest = enterprise ? entry.slice(enterprise.end) : '';
      if (enterprise && (/项目|工程/.test(rest) || CAPACITY.test(rest))) {
        hits.push(projectHit(text, start, end, 'project.box-line'));
      } else if (!enterprise && ENDS_AS_PROJECT.test(entry) && !isGenericPrefix(entry.replace(ENDS_AS_PROJECT, ''))) {
        if (!STOPLIST.has(nameOf(entry))) hits.push(projectHit(text, start, end, 'project.box-item'));
      }
    }
  }
  return hits;
}

const ENDS_AS_PROJECT = /(?:项目|工程)(?:（[^）]*）)?$/;
/** A capacity that closes one entry where the PDF lost the line break before the next. */
const ENTRY_CLOSE = /(?:\/年|万吨|MW|项目)\s*$/;

/**
 * The entries of one box line, trimmed: usually the line itself, but split before an
 * enterprise that starts right after a capacity (…420万吨/年山西汾西矿业（集团）…).
 */
function entriesOf(text: string, from: number, to: number): Array<[number, number]> {
  let start = from;
  let end = to;
  while (start < end && /[\s\u3000]/.test(text[start] ?? '')) start += 1;
  while (end > start && /[\s\u3000]/.test(text[end - 1] ?? '')) end -= 1;
  const cuts = [start];
  const line = text.slice(start, end);
  for (const e of findEnterprises(line)) {
    if (e.start > 0 && ENTRY_CLOSE.test(line.slice(0, e.start))) cuts.push(start + e.start);
  }
  cuts.push(end);
  const entries: Array<[number, number]> = [];
  for (let i = 0; i + 1 < cuts.length; i += 1) {
    let a = cuts[i] ?? start;
    let b = cuts[i + 1] ?? end;
    while (a < b && /[\s\u3000]/.test(text[a] ?? '')) a += 1;
    while (b > a && /[\s\u3000]/.test(text[b - 1] ?? '')) b -= 1;
    if (b > a) entries.push([a, b]);
  }
  return entries;
}

function projectHit(text: string, start: number, end: number, ruleId: string): Hit {
  const surface = text.slice(start, end);
  const capacity = capacityOf(surface);
  return { start, end, surface, name: nameOf(surface), ruleId, ...(capacity ? { props: capacity } : {}) };
}

function proseProjects(text: string): Hit[] {
  const hits: Hit[] = [];
  const SUFFIX = /项目|工程/g;
  for (let m = SUFFIX.exec(text); m; m = SUFFIX.exec(text)) {
    const suffixStart = m.index;
    const end = suffixStart + m[0].length;
    const clause = clauseStart(text, suffixStart, { maxLength: MAX_NAME_PREFIX });
    let start = cutAtBoundary(text, clause.start, suffixStart, { keep: KEEP_IN_NAME });
    if (clause.truncated && start === clause.start) continue;
    // …一期工程和阳大高速铁路项目: a project named before a conjunction is another project.
    const joined = /(?:项目|工程)(?:和|及|与|以及)/g;
    for (let j = joined.exec(text.slice(start, suffixStart)); j; j = joined.exec(text.slice(start, suffixStart))) {
      start += j.index + j[0].length;
      joined.lastIndex = 0;
    }
    const prefix = text.slice(start, suffixStart);
    if (text[start - 1] === '等') {
      hits.push(...listItems(text, listStart(text, start - 1), start - 1));
      continue;
    }
    if (prefix.includes('项目') || isGenericPrefix(prefix) || STOPLIST.has(nameOf(text.slice(start, end)))) continue;
    if (m[0] === '工程' && !PHYSICAL.some((word) => prefix.includes(word))) continue;
    hits.push(projectHit(text, start, end, 'project.named'));
  }
  return hits;
}

/** Where a list ending at `to` starts: after the last clause break that is not 、. */
function listStart(text: string, to: number): number {
  let i = to;
  while (i > 0 && !/[，,。；;：:！？\n（）()“”]/.test(text[i - 1] ?? '') && to - i < 200) i -= 1;
  return i;
}

/** 吉利新能源汽车、东方希望铝、…等转型标杆项目: the named items before 等. */
function listItems(text: string, from: number, to: number): Hit[] {
  const hits: Hit[] = [];
  let itemEnd = to;
  while (itemEnd > from) {
    let itemStart = itemEnd;
    while (itemStart > from && text[itemStart - 1] !== '、') itemStart -= 1;
    const start = cutAtBoundary(text, itemStart, itemEnd);
    const surface = text.slice(start, itemEnd);
    if (nameOf(surface).length >= 3 && !isGenericPrefix(surface)) hits.push(projectHit(text, start, itemEnd, 'project.list-item'));
    if (itemStart <= from) break;
    itemEnd = itemStart - 1;
  }
  return hits;
}
