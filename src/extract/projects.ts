import projects from '../../data/dictionary/projects.json' with { type: 'json' };
import { findEnterprises } from './enterprises.ts';
import { type Hit, longestFirst, nameOf } from './hits.ts';
import { clauseStart, cutAtBoundary, isGenericPrefix } from './names.ts';

const STOPLIST = new Set(projects.stoplist);
const PHYSICAL = projects.physicalWorks;
const UNITS = [...projects.capacityUnits].sort((a, b) => b.length - a.length);
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const CAPACITY = new RegExp(`(\\d+(?:\\.\\d+)?)\\s*(${UNITS.map(escape).join('|')})(\\s*/\\s*年)?`);
const MAX_NAME_PREFIX = 30;
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
    let start = m.index;
    let end = m.index + m[0].length;
    while (start < end && /[\s\u3000]/.test(text[start] ?? '')) start += 1;
    while (end > start && /[\s\u3000]/.test(text[end - 1] ?? '')) end -= 1;
    const entry = text.slice(start, end);
    if (entry.includes('：') || entry.includes(':')) continue;
    const enterprise = findEnterprises(entry).find((hit) => hit.start === 0);
    if (enterprise) {
      hits.push(...splitEntry(text, start, end, enterprise.end));
    } else if (/(?:项目|工程)(?:（[^）]*）)?$/.test(entry) && !isGenericPrefix(entry.replace(/(?:项目|工程)(?:（[^）]*）)?$/, ''))) {
      if (STOPLIST.has(nameOf(entry))) continue;
      hits.push(projectHit(text, start, end, 'project.box-item'));
    }
  }
  return hits;
}

/**
 * An enterprise's entry may list several projects (…40万吨/年费托合成蜡项目、一期30万吨/年…
 * 项目、18万吨合成氨…项目): each …项目 closes one; the first carries the enterprise's name.
 */
function splitEntry(text: string, start: number, end: number, enterpriseLength: number): Hit[] {
  const entry = text.slice(start, end);
  const rest = entry.slice(enterpriseLength);
  if (!/项目|工程/.test(rest) && !CAPACITY.test(rest)) return [];
  const hits: Hit[] = [];
  let pieceStart = 0;
  const CLOSE = /(?:项目|工程)(?:（[^）]*）)?(?=、|$)/g;
  for (let m = CLOSE.exec(entry); m; m = CLOSE.exec(entry)) {
    const pieceEnd = m.index + m[0].length;
    if (pieceEnd > enterpriseLength) {
      hits.push(projectHit(text, start + pieceStart, start + pieceEnd, pieceStart === 0 ? 'project.box-line' : 'project.box-line-item'));
    }
    pieceStart = pieceEnd + 1;
  }
  if (pieceStart === 0) hits.push(projectHit(text, start, end, 'project.box-line'));
  else if (pieceStart < entry.length && CAPACITY.test(entry.slice(pieceStart))) {
    hits.push(projectHit(text, start + pieceStart, end, 'project.box-line-item'));
  }
  return hits;
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
    const start = cutAtBoundary(text, clause.start, suffixStart, { keep: KEEP_IN_NAME });
    if (clause.truncated && start === clause.start) continue;
    const prefix = text.slice(start, suffixStart);
    if (text[start - 1] === '等') {
      hits.push(...listItems(text, clause.start, start - 1));
      continue;
    }
    if (prefix.includes('项目') || isGenericPrefix(prefix) || STOPLIST.has(nameOf(text.slice(start, end)))) continue;
    if (m[0] === '工程' && !PHYSICAL.some((word) => prefix.includes(word))) continue;
    hits.push(projectHit(text, start, end, 'project.named'));
  }
  return hits;
}

/** 吉利新能源汽车、东方希望铝、…等转型标杆项目: the named items before 等. */
function listItems(text: string, from: number, to: number): Hit[] {
  const hits: Hit[] = [];
  let itemEnd = to;
  while (itemEnd > from) {
    let itemStart = itemEnd;
    while (itemStart > from && text[itemStart - 1] !== '、') itemStart -= 1;
    const start = cutAtBoundary(text, itemStart, itemEnd, { keep: KEEP_IN_NAME });
    const surface = text.slice(start, itemEnd);
    if (nameOf(surface).length >= 3 && !isGenericPrefix(surface)) hits.push(projectHit(text, start, itemEnd, 'project.list-item'));
    if (itemStart <= from) break;
    itemEnd = itemStart - 1;
  }
  return hits;
}
