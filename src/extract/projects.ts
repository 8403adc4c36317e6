import { findEnterprises } from './enterprises.ts';
import { type Hit, longestFirst, nameOf } from './hits.ts';
import { isOrdinaryPhrase } from './lexicon.ts';
import { clauseStart, cutAtBoundary, cutToName, isGenericPrefix, isNameChar, leadingBoundary, startsName } from './names.ts';
import type { Resources } from './resources.ts';
import type { RuleId } from './rules.ts';

const MAX_NAME_PREFIX = 40;

export interface ProjectOptions {
  /** The text is a 专栏 box: each line or ；-separated entry may list one project. */
  box?: boolean;
}

/** A project's capacity as typed props: 年产 110 万吨 → { capacity: 110, capacityUnit: '万吨' }. */
export function capacityOf(text: string, resources: Resources): Record<string, number | string> | undefined {
  const m = resources.vocabulary.projects.capacity.exec(text);
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
export function findProjects(text: string, resources: Resources, options: ProjectOptions = {}): Hit[] {
  const hits: Hit[] = [];
  if (options.box) hits.push(...boxProjects(text, resources));
  hits.push(...proseProjects(text, resources));
  return longestFirst(hits);
}

function boxProjects(text: string, resources: Resources): Hit[] {
  const hits: Hit[] = [];
  const ENTRY = /[^；;。\n]+/g;
  for (let m = ENTRY.exec(text); m; m = ENTRY.exec(text)) {
    for (const [start, end] of entriesOf(text, m.index, m.index + m[0].length, resources)) {
      const entry = text.slice(start, end);
      if (entry.includes('：') || entry.includes(':')) continue;
      const enterprise = findEnterprises(entry, resources).find((hit) => hit.start === 0);
      const rest = enterprise ? entry.slice(enterprise.end) : '';
      if (enterprise && (/项目|工程/.test(rest) || resources.vocabulary.projects.capacity.test(rest))) {
        // A line ends with its 项目: text run on after it is the next paragraph the PDF joined.
        const last = /^.*(?:项目|工程)(?:（[^）]*）)?/s.exec(entry);
        hits.push(projectHit(text, start, last && /项目|工程/.test(rest) ? start + last[0].length : end, 'project.box-line', resources));
      } else if (!enterprise) {
        // 专栏10城市更新九大工程: the box's title names the kind of its works, no work.
        if (/^专栏\s*\d/.test(entry)) continue;
        // 创建国家5A景区项目（胜溪湖森林公园、孝河湿地公园、…）: a label whose bracket lists the
        // sites; the sites are the projects, the label is none (ANNOTATION.md, Lists).
        const sites = bracketSites(text, start, end, resources);
        if (sites) {
          hits.push(...sites);
          continue;
        }
        // 榆次老城整合开发重塑工程、平遥古城…建设工程、…: an entry that enumerates works lists each.
        const parts = topLevelItems(text, start, end);
        const enumerated = parts.length > 1 && parts.every(([a, b]) => ENDS_AS_PROJECT.test(text.slice(a, b)));
        // 打造一批…数字产业基地，着力推进…，重点建设百度…、大数据产业园…等项目: an entry with a
        // comma, or one that opens with a verb and lists (重点建设运城垣曲、大同浑源…电站项目), or
        // says what it includes (…工程主要包括…), is a sentence; the prose rules read its names.
        const bare = entry.replace(/（[^（）]*）|\([^()]*\)/g, '');
        if (!enumerated && (/[，,]|包括/.test(bare) || (leadingBoundary(bare, resources) > 0 && /[、等]/.test(bare)))) continue;
        for (const [a, b] of enumerated ? parts : [[start, end] as [number, number]]) {
          const item = text.slice(a, b);
          if (!ENDS_AS_PROJECT.test(item) || isGenericPrefix(item.replace(ENDS_AS_PROJECT, ''), resources) || resources.vocabulary.projects.stoplist.has(nameOf(item)) || isLabel(item)) continue;
          // A programme (…营销传播工程) is a policy; only a physical 工程 is a project.
          if (/工程(?:（[^）]*）)?$/.test(item) && !isPhysical(item.replace(ENDS_AS_PROJECT, ''), resources)) continue;
          hits.push(projectHit(text, a, b, 'project.box-item', resources));
        }
      }
    }
  }
  return hits;
}

const ENDS_AS_PROJECT = /(?:项目|工程)(?:（[^）]*）)?$/;

/**
 * 机场重点项目, 电力外送通道建设重点工程, 中试熟化基地重大项目: 重点 or 重大 right before the suffix
 * makes the phrase the label of a group of works (a 专栏 heading), not one work.
 */
const isLabel = (name: string): boolean => /(?:重点|重大)(?:推进|培育|建设)?(?:项目|工程)(?:（[^）]*）)?$/.test(nameOf(name));

/**
 * 创建国家5A景区项目（胜溪湖森林公园、孝河湿地公园、三皇庙、金龙山景区）: an entry whose 项目 is
 * a label (it starts with a verb or says only what kind) and whose bracket names the sites: each
 * site, as written, is a project. Undefined where the entry is no such label.
 */
function bracketSites(text: string, start: number, end: number, resources: Resources): Hit[] | undefined {
  const m = /^(.*?)(?:项目|工程)\s*（([^（）]+)）$/.exec(text.slice(start, end));
  if (!m?.[1] || !m[2]) return undefined;
  const label = m[1].replace(/\s/g, '');
  if (leadingBoundary(label, resources) === 0 && !isGenericPrefix(label, resources)) return undefined;
  const inner = start + m[0].length - m[2].length - 1;
  const sites = topLevelItems(text, inner, inner + m[2].length).filter(([a, b]) => nameOf(text.slice(a, b)).length >= 2 && !isGenericPrefix(text.slice(a, b), resources));
  return sites.map(([a, b]) => projectHit(text, a, b, 'project.box-site', resources));
}

function isPhysical(prefix: string, resources: Resources): boolean {
  return resources.vocabulary.projects.physicalWorks.some((word) => prefix.includes(word));
}
const balanced = (s: string): boolean => (s.match(/[（(]/g) ?? []).length === (s.match(/[）)]/g) ?? []).length;

/** The items of an entry separated by 、 outside brackets, trimmed. */
function topLevelItems(text: string, from: number, to: number): Array<[number, number]> {
  const items: Array<[number, number]> = [];
  let depth = 0;
  let itemStart = from;
  for (let i = from; i <= to; i += 1) {
    const ch = text[i];
    if (ch === '（' || ch === '(') depth += 1;
    else if ((ch === '）' || ch === ')') && depth > 0) depth -= 1;
    else if (i === to || (ch === '、' && depth === 0)) {
      let a = itemStart;
      let b = i;
      while (a < b && /[\s\u3000]/.test(text[a] ?? '')) a += 1;
      while (b > a && /[\s\u3000]/.test(text[b - 1] ?? '')) b -= 1;
      if (b > a) items.push([a, b]);
      itemStart = i + 1;
    }
  }
  return items;
}
/** A capacity that closes one entry where the PDF lost the line break before the next. */
const ENTRY_CLOSE = /(?:\/年|万吨|MW|项目)\s*$/;

/**
 * The entries of one box line, trimmed: usually the line itself, but split before an
 * enterprise that starts right after a capacity (…420万吨/年山西汾西矿业（集团）…).
 */
function entriesOf(text: string, from: number, to: number, resources: Resources): Array<[number, number]> {
  let start = from;
  let end = to;
  while (start < end && /[\s\u3000]/.test(text[start] ?? '')) start += 1;
  while (end > start && /[\s\u3000]/.test(text[end - 1] ?? '')) end -= 1;
  const cuts = [start];
  const line = text.slice(start, end);
  for (const e of findEnterprises(line, resources)) {
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

function projectHit(text: string, start: number, end: number, ruleId: RuleId, resources: Resources): Hit {
  const surface = text.slice(start, end);
  const capacity = capacityOf(surface, resources);
  return { start, end, surface, name: nameOf(surface), ruleId, ...(capacity ? { props: capacity } : {}) };
}

function proseProjects(text: string, resources: Resources): Hit[] {
  const hits: Hit[] = [...classifiedLists(text, resources), ...routes(text, resources), ...enterpriseWorks(text, resources), ...ratedWorks(text, resources), ...namedWorks(text, resources), ...metroLines(text, resources), ...numberedRoads(text, resources)];
  const SUFFIX = /项目|工程/g;
  for (let m = SUFFIX.exec(text); m; m = SUFFIX.exec(text)) {
    const suffixStart = m.index;
    const end = suffixStart + m[0].length;
    const clause = clauseStart(text, suffixStart, { maxLength: MAX_NAME_PREFIX, allowBrackets: true, allowSpaces: true });
    let start = cutToName(text, clause.start, suffixStart, resources, { keep: resources.vocabulary.projects.keepInName, stepOver: resources.vocabulary.projects.physicalWorks });
    if (clause.truncated && start === clause.start) continue;
    // …一期工程和阳大高速铁路项目: a project named before a conjunction is another project.
    const joined = /(?:项目|工程)(?:和|及|与|以及)/g;
    for (let j = joined.exec(text.slice(start, suffixStart)); j; j = joined.exec(text.slice(start, suffixStart))) {
      start += j.index + j[0].length;
      joined.lastIndex = 0;
    }
    // 晋商公园和潇河公园三期工程: a work named by its head word before a conjunction is another work.
    for (let at = suffixStart - 1; at > start; at -= 1) {
      if (/[和及与]/.test(text[at] ?? '') && resources.vocabulary.projects.endsInHead.test(text.slice(start, at)) && !insidePlaceName(text, at, resources)) {
        start = at + 1;
        break;
      }
    }
    if (text[start - 1] === '、' && start === clause.start) {
      // 山西佳新公司点燃式、压燃式甲醇发动机调装组件项目: an enterprise's products listed with 、
      // before one 项目 make one name, as in the 专栏 lines.
      const from = cutAtBoundary(text, listStart(text, start - 1), start - 1, resources);
      const lead = findEnterprises(text.slice(from, start - 1), resources).find((e) => e.start === 0);
      if (lead && lead.ruleId !== 'enterprise.plan-short-form' && !/项目|工程/.test(text.slice(from, start - 1))) start = from;
    }
    if (startsWithQuantity(text, start, resources)) continue;
    start = withQuotedName(text, skipLeadingWords(text, start, suffixStart, resources));
    // 、和顺董榆线…工程: a conjunction that begins a place's name (和顺) begins the work's name too.
    if (/[和与及]/.test(text[start - 1] ?? '') && start - 1 >= clause.start && startsPlaceName(text, start - 1, resources)) start -= 1;
    const prefix = text.slice(start, suffixStart);
    if (text[start - 1] === '等') continue; // read by classifiedLists
    if (isClauseBeforeSuffix(prefix, m[0], resources)) continue;
    if (prefix.includes('项目') || isGenericPrefix(prefix, resources) || resources.vocabulary.projects.stoplist.has(nameOf(text.slice(start, end)))) continue;
    if (isLabel(text.slice(start, end))) continue;
    // 开展集中|式光伏项目: a name never starts inside a word that the cut split.
    if (splitsWord(text, start, suffixStart, resources)) continue;
    if (m[0] === '项目' && !hasSpecificPart(nameOf(prefix), resources)) continue;
    // 两高项目, 六新项目: a numeral and one word before 项目 is a framework unquoted too.
    if (m[0] === '项目' && /^[一二三四五六七八九十两双][^\d一二三四五六七八九十两双]$/.test(nameOf(prefix))) continue;
    // 干流河道治理工程, 水源工程, 输变电工程: a 工程 of kind words alone is a category, not a work.
    if (m[0] === '工程' && isCategoryPhrase(nameOf(prefix), resources)) continue;
    // A word stepped over by cutToName (…二期提升|工程) does not make the work physical.
    const plain = cutAtBoundary(text, clause.start, suffixStart, resources, { keep: resources.vocabulary.projects.keepInName });
    const stepped = start < plain ? (resources.vocabulary.projects.physicalWorks.find((w) => text.startsWith(w, plain - w.length)) ?? '') : '';
    if (m[0] === '工程' && !isPhysical(start < plain ? text.slice(start, plain - stepped.length) : prefix, resources)) continue;
    if (!balanced(prefix)) continue;
    hits.push(projectHit(text, start, end, 'project.named', resources));
    // 中部引黄、东山供水、小浪底引黄工程: the items listed with a named work share its kind.
    if (text[start - 1] === '、') hits.push(...listItems(text, listStart(text, start - 1), start - 1, resources));
  }
  return hits;
}

/**
 * A 项目 that is the object of a verb (谋项目, 招商引项目), joined by a conjunction (企业和项目)
 * or after a classifier (核准类项目, 成长性项目) ends a clause, not a name.
 */
function isClauseBeforeSuffix(prefix: string, suffix: string, resources: Resources): boolean {
  const last = prefix.slice(-1);
  // 考核和重大项目: what a conjunction adds before the suffix is only generic words.
  const joined = /[和及与或]([^和及与或]*)$/.exec(prefix);
  if (joined && isGenericPrefix(joined[1] ?? '', resources)) return true;
  return (suffix === '项目' && resources.vocabulary.projects.objectVerbs.has(last)) || isClassifier(prefix, resources) || resources.vocabulary.projects.clauseVerbs.some((v) => prefix.includes(v));
}

/** What closes a list of works: 等 or a count (两大, 三个) and then the kind of work. */
const LIST_CLOSE = /等|[两二三四五六七八九十]+[大个项条]/g;

/**
 * Lists of named works closed by their kind: 吉利新能源汽车、东方希望铝…等转型标杆项目,
 * 黎城至陵川、洪洞至大宁等一批高速公路项目, 东山供水、中部引黄两大水网建设. The kind is generic
 * words ending in a class noun of data/dictionary/resources.vocabulary.projects.json (项目, 工程, 高速公路, 水网 …).
 */
function classifiedLists(text: string, resources: Resources): Hit[] {
  const hits: Hit[] = [];
  // A copy per call: a global pattern's lastIndex is state, and the module keeps none.
  const listClose = new RegExp(LIST_CLOSE);
  for (let m = listClose.exec(text); m; m = listClose.exec(text)) {
    const after = m.index + m[0].length;
    let kindEnd = after;
    while (kindEnd < text.length && kindEnd - after < 16 && isNameChar(text[kindEnd] ?? '')) kindEnd += 1;
    const kind = text.slice(after, kindEnd);
    const classEnd = resources.vocabulary.projects.classNouns.reduce((best, noun) => {
      for (let at = kind.indexOf(noun); at >= 0; at = kind.indexOf(noun, at + 1)) {
        const e = at + noun.length;
        if (e > best && isGenericPrefix(kind.slice(0, at), resources)) best = e;
      }
      return best;
    }, -1);
    if (classEnd < 0) continue;
    const from = listStart(text, m.index);
    // A count closes a list only when there is a list (两大水网 after one name is no list).
    if (m[0] !== '等' && !text.slice(from, m.index).includes('、')) continue;
    hits.push(...listItems(text, from, m.index, resources));
  }
  return hits;
}

/** Where a list ending at `to` starts: after the last clause break that is not 、. */
function listStart(text: string, to: number): number {
  let i = to;
  while (i > 0 && !/[，,。；;：:！？\n（）()“”]/.test(text[i - 1] ?? '') && to - i < 200) i -= 1;
  return i;
}

/**
 * 饮用水源保护, 雨污分流改造, 泉域保护工程: ordinary words ending in an activity (data/dictionary/
 * projects.json `activityWords`) say what kind of work is done, not which work; a place or a proper
 * word before it (晋阳高速改扩建, 汾河治理三期) names one.
 */
function isActivity(name: string, resources: Resources): boolean {
  const bare = name.replace(/(?:项目|工程)$/, '');
  return resources.vocabulary.projects.activityWords.some((w) => bare.endsWith(w)) && !hasSpecificPart(bare, resources);
}

/** 吉利新能源汽车、东方希望铝、…等转型标杆项目: the named items before 等. */
function listItems(text: string, from: number, to: number, resources: Resources): Hit[] {
  const hits: Hit[] = [];
  let named = false;
  let itemEnd = to;
  while (itemEnd > from) {
    let itemStart = itemEnd;
    while (itemStart > from && text[itemStart - 1] !== '、') itemStart -= 1;
    // Only the first item carries the verb that introduces the list (建成静乐…、…晋阳高速改扩建).
    const start = itemStart === from ? cutAtBoundary(text, itemStart, itemEnd, resources) : itemStart;
    const surface = text.slice(start, itemEnd);
    // An item holding 的 or a conjunction is a phrase (…为骨干的大水网工程, 医疗和养老机构), not a name.
    // … or money, a count or an area (总投资13亿元, 古城2所小学, …12.6万亩): an amount, not a name.
    const phrase = /的|[和及或等]/.test(surface.slice(1)) || /[亿万]元|\d+(?:\.\d+)?\s*(?:万)?(?:亩|所|个|座)/.test(surface) || resources.vocabulary.projects.clauseVerbs.some((v) => surface.startsWith(v));
    if (!phrase && nameOf(surface).length >= 3 && !isGenericPrefix(surface, resources) && !isActivity(nameOf(surface), resources)) hits.push(projectHit(text, start, itemEnd, 'project.list-item', resources));
    // An item that starts with its enterprise (太钢棒线材生产线, 中化国际新能源电池和膜材料) names one.
    named ||= hasSpecificPart(nameOf(surface), resources) || resources.vocabulary.projects.endsInHead.test(nameOf(surface)) || findEnterprises(surface, resources).some((e) => e.start === 0);
    if (itemStart <= from) break;
    itemEnd = itemStart - 1;
  }
  // 动力电池、太阳能电池等项目, 饮用水源保护、…雨污分流改造…等工程: where no item holds a place, a
  // number, a proper word or a work's head word, the list names kinds of products or of work,
  // no works. One named item (太钢碳纤维二期、高端冷轧取向硅钢…) makes its siblings works too.
  return named ? hits : [];
}

function routes(text: string, resources: Resources): Hit[] {
  const hits: Hit[] = [];
  const gazetteer = resources.gazetteer;
  const isPlace = (name: string | undefined): boolean => name !== undefined && gazetteer.byName(name).some((e) => e.row.kind === 'region');
  const route = new RegExp(resources.vocabulary.projects.route);
  for (let m = route.exec(text); m; m = route.exec(text)) {
    let start = m.index;
    const [whole, from, to] = m;
    if (from !== undefined && !(isPlace(from) || isPlace(from.slice(1))) ) continue;
    if (to !== undefined && !isPlace(to)) continue;
    if (from !== undefined && !isPlace(from) && whole.startsWith(from)) start += 1;
    if (!startsName(text, start, resources)) {
      const cut = cutAtBoundary(text, Math.max(0, start - 4), start + 1, resources);
      if (cut > start) continue;
    }
    hits.push(projectHit(text, start, m.index + whole.length, 'project.route', resources));
  }
  return hits;
}

/**
 * An enterprise's base or plant named after it (吉利新能源汽车晋中生产基地, 长城智能制造（山西）基地):
 * a name that starts with an enterprise and ends in a works noun is a project (GUIDELINES).
 */
function enterpriseWorks(text: string, resources: Resources): Hit[] {
  const hits: Hit[] = [];
  const works = new RegExp(resources.vocabulary.projects.enterpriseWorks);
  for (let m = works.exec(text); m; m = works.exec(text)) {
    const end = m.index + m[0].length;
    const clause = clauseStart(text, m.index, { maxLength: 24, allowBrackets: true, allowSpaces: true });
    const start = cutAtBoundary(text, clause.start, m.index, resources);
    const lead = findEnterprises(text.slice(start, m.index), resources).find((e) => e.start === 0);
    if (!lead) continue;
    hits.push(projectHit(text, start, end, 'project.enterprise-works', resources));
  }
  return hits;
}

/** 太子里100MW 光伏发电站, 西辛庄镇500MW 光伏发电园区: a named place, a capacity, a power works. */
function ratedWorks(text: string, resources: Resources): Hit[] {
  const hits: Hit[] = [];
  const rated = new RegExp(resources.vocabulary.projects.rated);
  for (let m = rated.exec(text); m; m = rated.exec(text)) {
    const clause = clauseStart(text, m.index, { maxLength: 12 });
    const start = cutAtBoundary(text, clause.start, m.index, resources);
    const prefix = text.slice(start, m.index);
    if (nameOf(prefix).length < 2 || isGenericPrefix(prefix, resources)) continue;
    hits.push(projectHit(text, start, m.index + m[0].length, 'project.rated-works', resources));
  }
  return hits;
}

/*
 * Works named by their head word (太焦铁路, 朔州机场, 汾东污水处理厂, 滨河体育中心): a head word of
 * data/dictionary/resources.vocabulary.projects.json `workHeads` and the specific words before it, bounded on the left
 * by the start of the clause, a verb or a function word. Grammar, not a list of names: whatever
 * stands before a head word is read by its shape, so that names of other documents are read too.
 */
/** Longer runs before a head word are clauses, not names. */
const MAX_WORK_PREFIX = 14;

interface WorkCandidate {
  hit: Hit;
  /** The words before the head read as ordinary words only (人民医院, 体育公园). */
  ordinary: boolean;
}

function namedWorks(text: string, resources: Resources): Hit[] {
  const accepted: Hit[] = [];
  const ordinary: Hit[] = [];
  const workHead = new RegExp(resources.vocabulary.projects.workHead);
  for (let m = workHead.exec(text); m; m = workHead.exec(text)) {
    const candidate = workCandidate(text, m.index, m[0], resources);
    if (!candidate) continue;
    (candidate.ordinary ? ordinary : accepted).push(candidate.hit);
  }
  // 市中心医院、人民医院、妇幼保健院: an item listed with a named work is a work of its kind,
  // even where its own words are ordinary ones.
  // The list runs on through ordinary items too (市中心医院、人民医院、妇幼保健院).
  const listed = [...accepted];
  const listedWith = (hit: Hit): boolean =>
    listed.some((named) => (text[hit.start - 1] === '、' && named.end === hit.start - 1) || (text[hit.end] === '、' && named.start === hit.end + 1));
  for (let grew = true; grew; ) {
    const more = ordinary.filter((hit) => !listed.includes(hit) && listedWith(hit));
    listed.push(...more);
    grew = more.length > 0;
  }
  const hits = listed;
  for (const hit of [...hits]) if (text[hit.start - 1] === '、') hits.push(...bareSiblings(text, hit, resources));
  return hits;
}

/** The work whose head word starts at `headStart`, or undefined where the words before it name nothing. */
function workCandidate(text: string, headStart: number, head: string, resources: Resources): WorkCandidate | undefined {
  let end = headStart + head.length;
  const next = text[end];
  if (next !== undefined && (resources.vocabulary.projects.headStops[head] ?? '').includes(next)) return undefined;
  if (isCutFromLongerHead(text, headStart, end, resources)) return undefined;
  // A phase or a section continues the name (城南公园二期, 集大原高铁先行段).
  end += resources.vocabulary.projects.workSuffix.exec(text.slice(end, end + 3))?.[0].length ?? 0;
  const start = workStart(text, headStart, resources);
  if (start === undefined) return undefined;
  const prefix = nameOf(text.slice(start, headStart));
  // 旅游目的|地集散中心: a name never starts inside a word that the cut split.
  if (splitsWord(text, start, headStart, resources)) return undefined;
  // 国省干线公路, 普通公路, 国家5A级旅游景区: kind words before a head name a category.
  if (isCategoryPhrase(prefix, resources)) return undefined;
  // 中国科学院, …职业技术学院: a school or an academy is an institution, a work only where it is built.
  if (resources.vocabulary.projects.institutionHeads.some((h) => text.startsWith(h, headStart + head.length - h.length)) && end === headStart + head.length && !isBuiltNear(text, start, end, resources)) return undefined;
  const hit = projectHit(text, start, end, `project.${resources.vocabulary.projects.kindOfHead.get(head) ?? 'work'}` as const, resources);
  // A plan names its own city's public buildings by the level alone (市图书馆, 市传染病医院).
  const minCity = head === '中心' ? 3 : 1;
  if (prefix.startsWith('市') && resources.vocabulary.projects.cityBuildings.has(head) && prefix.length >= minCity && prefix.length <= 7 && !/[的和及与、]/.test(prefix)) return { hit, ordinary: false };
  if (!isSpecificPrefix(prefix, resources) || isSlogan(prefix + head)) return undefined;
  if (resources.vocabulary.projects.weakHeads.has(head)) {
    // 蹚新路, 品牌丝路: the head is the end of an ordinary word (新路, 丝路), not a head.
    if (head.length === 1 && isOrdinaryPhrase(prefix.slice(-1) + head, resources.lexicon)) return undefined;
    return { hit, ordinary: isOrdinaryPhrase(prefix, resources.lexicon) || isOrdinaryPhrase(prefix + head, resources.lexicon) };
  }
  // 病险水库, 普通公路, 公办幼儿园: ordinary words before even a strong head say what kind of work.
  return { hit, ordinary: !hasSpecificPart(prefix, resources) };
}

/**
 * 太原铁路|枢纽, 北石店中心|卫生院, 中国科|学院: a head word that is only the end or the start of a
 * longer head word names nothing by itself; the longer head reads the whole name.
 */
function isCutFromLongerHead(text: string, headStart: number, headEnd: number, resources: Resources): boolean {
  const { workHeads, institutionHeads } = resources.vocabulary.projects;
  const longer = (h: string): boolean => h.length > headEnd - headStart && headEnd - h.length >= 0 && text.startsWith(h, headEnd - h.length);
  // A longer head that ends where this one ends and starts before it (科学院 over 学院).
  if (institutionHeads.some(longer) || workHeads.some(({ head }) => longer(head))) return true;
  // Another head right after this one (中心卫生院, 铁路枢纽): the name runs on to it.
  return text.startsWith('枢纽', headEnd) || workHeads.some(({ head }) => head.length >= 2 && text.startsWith(head, headEnd));
}

/** Whether the word boundary at `start` splits an ordinary word of three or more characters (目的|地). */
function splitsWord(text: string, start: number, headStart: number, resources: Resources): boolean {
  const { ordinary, ordinaryLongestFrom } = resources.lexicon;
  if (start === 0 || !isNameChar(text[start - 1] ?? '')) return false;
  for (let a = Math.max(0, start - 3); a < start; a += 1) {
    const longest = ordinaryLongestFrom[text.charCodeAt(a)] ?? 0;
    for (let len = 3; len <= longest && a + len <= headStart; len += 1) {
      if (a + len > start && ordinary.has(text.slice(a, a + len))) return true;
    }
  }
  return false;
}

/**
 * Whether a prefix reads wholly as kind words (普通, 国省干线, 农村危房, 国家5A级旅游) with at least
 * one of data/dictionary/projects.json `categoryWords` or a grade among them: it says what kind of
 * work follows, not which one.
 */
function isCategoryPhrase(prefix: string, resources: Resources): boolean {
  const { categoryWords, kindOfHead, institutionHeads } = resources.vocabulary.projects;
  const { generic, genericLongest } = resources.vocabulary.names;
  const { ordinary, ordinaryLongest } = resources.lexicon;
  const s = prefix.replace(/（[^（）]*）|\([^()]*\)/g, '');
  if (s.length === 0 || !(/A级?/.test(s) || categoryWords.some((w) => s.includes(w)))) return false;
  // 城市学院实训楼: a head word in the prefix names the place the work is in.
  const isHead = (word: string): boolean => kindOfHead.has(word) || institutionHeads.includes(word);
  // best[i]: how many kind words (category words, grades) a reading of s[0, i) holds, or -1.
  const best: number[] = new Array<number>(s.length + 1).fill(-1);
  best[0] = 0;
  const longest = Math.max(ordinaryLongest, genericLongest, 6);
  for (let i = 0; i < s.length; i += 1) {
    const here = best[i] ?? -1;
    if (here < 0) continue;
    const grade = /^\d?A级?/.exec(s.slice(i));
    if (grade) best[i + grade[0].length] = Math.max(best[i + grade[0].length] ?? -1, here + 1);
    for (let len = 1; len <= longest && i + len <= s.length; len += 1) {
      const word = s.slice(i, i + len);
      const kind = categoryWords.includes(word) ? 1 : 0;
      if (kind === 0 && (isHead(word) || (!generic.has(word) && !(len >= 2 && ordinary.has(word))))) continue;
      best[i + len] = Math.max(best[i + len] ?? -1, here + kind);
    }
  }
  return (best[s.length] ?? -1) > 0;
}

/** 新建太原学院, 吕梁学院新校区: a school is a work where the clause builds it. */
function isBuiltNear(text: string, start: number, end: number, resources: Resources): boolean {
  const before = text.slice(Math.max(0, start - 12), start).split(/[，。；！？\n]/).pop() ?? '';
  const after = text.slice(end, Math.min(text.length, end + 8)).split(/[，。；！？\n]/)[0] ?? '';
  return resources.vocabulary.projects.buildWords.some((w) => before.includes(w) || after.includes(w));
}

/** 两馆一站, 一核一园一带一路: numbered slogans are frameworks (policies), not works. */
const isSlogan = (name: string): boolean => /[一二三四五六七八九十两][^一二三四五六七八九十两]{1,2}[一二三四五六七八九十两]/.test(name);

/**
 * Words before a head that classify rather than name: a class (普惠性, 核准类, 县级, 4A级), the
 * whole of an area (市域, 全域) or a part of one (市域内, 部分).
 */
function isClassifier(prefix: string, resources: Resources): boolean {
  const bare = prefix.replace(/(?:国家)?\d?A级$/, '');
  return bare !== prefix ? isGenericPrefix(bare, resources) || bare.length < 2 || /^[省市县区]/.test(bare) : /[性类级型]$|^[省市县区乡镇]级|[全市县区]域|内|部分/.test(prefix);
}

/**
 * The words before a head word name a work when they are few, not only generic words or
 * numerals, and hold no function word (the 的 of a phrase).
 */
function isSpecificPrefix(prefix: string, resources: Resources): boolean {
  if (prefix.length < 2 || prefix.length > 12) return false;
  // A verb inside (转型蹚新路) makes a clause of it.
  if (/[的了之、]|[亿万]元/.test(prefix) || isClassifier(prefix, resources) || resources.vocabulary.projects.clauseVerbs.some((v) => prefix.includes(v))) return false;
  return !isGenericPrefix(prefix, resources);
}

/** Where a work's name starts: after the clause's last verb, function word or leading modifier. */
function workStart(text: string, headStart: number, resources: Resources): number | undefined {
  const clause = clauseStart(text, headStart, { maxLength: MAX_WORK_PREFIX, allowBrackets: true });
  let cut = cutAtBoundary(text, clause.start, headStart, resources, { keep: resources.vocabulary.projects.conjunctions });
  if (clause.truncated && cut === clause.start) return undefined;
  // A conjunction joins two names (A和B路) unless it is part of a place's name (呼和浩特).
  for (let at = headStart - 1; at > cut; at -= 1) {
    if (resources.vocabulary.projects.conjunctions.includes(text[at] ?? '') && !insidePlaceName(text, at, resources)) {
      cut = at + 1;
      break;
    }
  }
  if (startsWithQuantity(text, cut, resources)) return undefined;
  return withQuotedName(text, skipLeadingWords(text, cut, headStart, resources));
}

/** “晋电送浙”800千伏特高压输电通道: a quoted name right before a work's name is part of it. */
function withQuotedName(text: string, start: number): number {
  if (text[start - 1] !== '”') return start;
  const open = text.lastIndexOf('“', start - 2);
  return open >= 0 && start - open <= 12 && [...text.slice(open + 1, start - 1)].every(isNameChar) ? open : start;
}

/** The lengths, two to five characters, of the region names that start at text[from]. */
function placeNameLengths(text: string, from: number, resources: Resources): number[] {
  const lengths: number[] = [];
  for (let length = 2; length <= 5; length += 1) {
    if (resources.gazetteer.byName(text.slice(from, from + length)).some((e) => e.row.kind === 'region')) lengths.push(length);
  }
  return lengths;
}

/** Whether the name of a region starts at text[at] (和顺). */
function startsPlaceName(text: string, at: number, resources: Resources): boolean {
  return placeNameLengths(text, at, resources).length > 0;
}

/** Whether text[at] lies inside the name of a region (呼和浩特, 和顺). */
function insidePlaceName(text: string, at: number, resources: Resources): boolean {
  for (let from = Math.max(0, at - 4); from <= at; from += 1) {
    if (placeNameLengths(text, from, resources).some((length) => from + length > at)) return true;
  }
  return false;
}

/** 更多外资项目, 一批医院: a phrase that starts with a quantity word names a kind of work. */
function startsWithQuantity(text: string, at: number, resources: Resources): boolean {
  return resources.vocabulary.projects.quantityWords.some((w) => text.startsWith(w, at));
}

/** A name never starts with a verb of a clause, an evaluative word or a conjunction (投运南山…, 更多外资…). */
function skipLeadingWords(text: string, start: number, end: number, resources: Resources): number {
  let at = start;
  for (let word = resources.vocabulary.projects.leadingWords.find((w) => text.startsWith(w, at)); word && at + word.length < end; word = resources.vocabulary.projects.leadingWords.find((w) => text.startsWith(w, at))) {
    at += word.length;
  }
  return at;
}

/**
 * 孝柳、瓦日、太中银铁路; 右玉、应县通用机场: the items listed before a named work that share its
 * head word name works of their own, as the text writes them (孝柳, 右玉).
 */
function bareSiblings(text: string, hit: Hit, resources: Resources): Hit[] {
  const hits: Hit[] = [];
  const from = listStart(text, hit.start - 1);
  let itemEnd = hit.start - 1;
  while (itemEnd > from) {
    let itemStart = itemEnd;
    while (itemStart > from && text[itemStart - 1] !== '、') itemStart -= 1;
    const start = itemStart === from ? skipLeadingWords(text, cutAtBoundary(text, itemStart, itemEnd, resources), itemEnd, resources) : itemStart;
    const item = nameOf(text.slice(start, itemEnd));
    // An item with its own head word is read by itself; a long or generic one is a phrase.
    if (resources.vocabulary.projects.endsInHead.test(item) || item.length < 2 || item.length > 6 || isGenericPrefix(item, resources) || /[的和及与或等]/.test(item)) break;
    hits.push(projectHit(text, start, itemEnd, hit.ruleId, resources));
    itemEnd = itemStart - 1;
  }
  return hits;
}

/**
 * 太原地铁2号线, 晋中太原城际铁路2号线, 1号、3号线: metro lines named by their number. A bare
 * number (2号线) names a line only where the sentence names its system (地铁, 轨道交通) before it;
 * elsewhere it is any line of anything.
 */
function metroLines(text: string, resources: Resources): Hit[] {
  const hits: Hit[] = [];
  const { metroSystems } = resources.vocabulary.projects;
  const LINE = new RegExp(`(${metroSystems.join('|')})?(\\d{1,2})号线`, 'g');
  for (let m = LINE.exec(text); m; m = LINE.exec(text)) {
    let start = m.index;
    if (m[1] !== undefined) {
      // The city before the system is part of the name (太原地铁2号线).
      const clause = clauseStart(text, m.index, { maxLength: 8 });
      const from = skipLeadingWords(text, cutAtBoundary(text, clause.start, m.index, resources), m.index, resources);
      if (from < m.index && !isGenericPrefix(text.slice(from, m.index), resources)) start = from;
    } else if (!namesSystemBefore(text, m.index, metroSystems)) continue;
    hits.push(projectHit(text, start, m.index + m[0].length, 'project.metro-line', resources));
    // 1号、3号线: the numbers listed before a line are lines too.
    let end = m.index - 1;
    for (let item = /(\d{1,2})号$/.exec(text.slice(Math.max(0, end - 3), end)); text[end] === '、' && item; item = /(\d{1,2})号$/.exec(text.slice(Math.max(0, end - 3), end))) {
      hits.push(projectHit(text, end - item[0].length, end, 'project.metro-line', resources));
      end -= item[0].length + 1;
    }
  }
  return hits;
}

/** Whether the sentence before `at` names a metro system (加快地铁2号线建设，做好1号线…). */
function namesSystemBefore(text: string, at: number, systems: readonly string[]): boolean {
  const from = Math.max(0, at - 80);
  const sentence = text.slice(from, at).split(/[。\n！？]/).pop() ?? '';
  return systems.some((w) => sentence.includes(w));
}

/** 国道109, 108国道, 省道203 (and 国道109、208): national and provincial roads named by number. */
function numberedRoads(text: string, resources: Resources): Hit[] {
  const hits: Hit[] = [];
  const ROAD = /(?:国道|省道)\d{3}|\d{3}(?:国道|省道)/g;
  for (let m = ROAD.exec(text); m; m = ROAD.exec(text)) {
    const end = m.index + m[0].length;
    hits.push(projectHit(text, m.index, end, 'project.numbered-road', resources));
    const next = /^、(\d{3})(?![\d万亿元年个])/.exec(text.slice(end, end + 5));
    if (next && /^(?:国道|省道)/.test(m[0])) hits.push(projectHit(text, end + 1, end + next[0].length, 'project.numbered-road', resources));
  }
  return hits;
}

/**
 * A …项目 of prose names one project only when something before the head word singles it out: a
 * place, a number, a letter, a quoted name or a word that is no ordinary word (吉利新能源汽车, 5G
 * 基站, “晋电送浙”). Ordinary words alone say what kind of project it is (城市更新项目, 减排项目,
 * 优质项目, 为民办实事项目), and a kind is no name.
 */
function hasSpecificPart(prefix: string, resources: Resources): boolean {
  // “两高”项目, “五个一批”项目: a quoted numbered framework names a kind of project, not one.
  const unquoted = prefix.replace(/[“"][一二三四五六七八九十两双百千万个]{1,2}[^“”"]{0,3}[”"]/g, '');
  if (unquoted.length === 0) return false;
  // 国家4A景区项目: a grade says which class of site, not which site.
  prefix = unquoted.replace(/[1-5]A级?(?=(?:旅游)?景区)/g, '');
  if (/[0-9０-９A-Za-zＡ-Ｚａ-ｚ“”"]/.test(prefix)) return true;
  for (let at = 0; at < prefix.length - 1; at += 1) {
    for (let len = 2; len <= 4 && at + len <= prefix.length; len += 1) if (resources.gazetteer.byName(prefix.slice(at, at + len)).length > 0) return true;
  }
  return !isOrdinaryPhrase(prefix, resources.lexicon);
}

