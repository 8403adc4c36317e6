import policies from '../../data/dictionary/policies.json' with { type: 'json' };
import projects from '../../data/dictionary/projects.json' with { type: 'json' };
import { type Hit, longestFirst, nameOf } from './hits.ts';
import { clauseStart, cutAtBoundary, isGenericPrefix, leadingBoundary } from './names.ts';

const NOT_POLICIES = new Set(policies.notPolicies);
const MAX_NAME_PREFIX = 16;
const MAX_QUOTED = 14;
/** A framework name counts its parts: 四大战略, 一核两区, 三去一降一补, 六个精准. */
const NUMERAL = /[一二三四五六七八九十两百千万亿多]/g;
const COUNTER = /^[一二三四五六七八九十两百千][个大项类张条位种化型]/;

function isNumberedFramework(name: string): boolean {
  return name.length >= 3 && /^[一二三四五六七八九十两百千]/.test(name) && ((name.match(NUMERAL) ?? []).length >= 2 || COUNTER.test(name));
}
const SUFFIX = new RegExp([...policies.suffixes].sort((a, b) => b.length - a.length).join('|'), 'g');

/**
 * Policies: documents cited in 《》 (the marks are not part of the name), quoted framework
 * names (“四大战略”, “一核两区”), …战略 / …行动 / …计划 / …工程 / …改革 read by their
 * suffix (乡村振兴战略), and named reforms from the policy vocabulary (转型综改).
 */
export function findPolicies(text: string, options: { box?: boolean } = {}): Hit[] {
  return longestFirst([
    ...citedDocuments(text),
    ...quotedNames(text),
    ...quotedFormulas(text),
    ...suffixedNames(text),
    ...knownNames(text),
    ...nationalTitles(text),
    ...(options.box ? boxHeadings(text) : []),
  ]);
}

const ABBREVIATION_CUE = new RegExp(`(?:${policies.abbreviationCues.join('|')})[（(]?$`);
const HEADS = [...policies.quotedSuffixes, ...policies.formulaHeads].sort((a, b) => b.length - a.length);

/** “1+10”联合体, “2+5”政策体系: a quoted formula of numbers, with the noun it heads. */
function quotedFormulas(text: string): Hit[] {
  const hits: Hit[] = [];
  const FORMULA = /[“"](\d+(?:[+＋]\d+)+)[”"]/g;
  for (let m = FORMULA.exec(text); m; m = FORMULA.exec(text)) {
    const start = m.index + 1;
    const after = m.index + m[0].length;
    const head = HEADS.find((h) => text.startsWith(h, after)) ?? '';
    const end = head ? after + head.length : start + (m[1] ?? '').length;
    const surface = text.slice(start, end);
    hits.push({ start, end, surface, name: nameOf(surface), ruleId: 'policy.quoted-formula', props: { kind: 'framework' } });
  }
  return hits;
}

/** 国家全域旅游示范区, 国家级现代农业示范区: national titles a place is awarded (GUIDELINES). */
function nationalTitles(text: string): Hit[] {
  const hits: Hit[] = [];
  const TITLE = new RegExp(`国家级?[\\u4e00-\\u9fff]{2,8}?(?:${policies.titleSuffixes.join('|')})`, 'g');
  for (let m = TITLE.exec(text); m; m = TITLE.exec(text)) {
    const surface = m[0];
    hits.push({ start: m.index, end: m.index + surface.length, surface, name: nameOf(surface), ruleId: 'policy.national-title', props: { kind: 'title' } });
  }
  return hits;
}

/**
 * A 专栏 entry headed by a programme's name (国际合作园区建设工程。…, 电子商务发展“百千万亿”工程：…):
 * the heading is the name, generic words and all.
 */
function boxHeadings(text: string): Hit[] {
  const hits: Hit[] = [];
  const HEADING = new RegExp(`(?:^|\\n)([^\\n：:。，；]{2,24}?(?:${[...policies.suffixes].sort((a, b) => b.length - a.length).join('|')}))[：:。]`, 'g');
  for (let m = HEADING.exec(text); m; m = HEADING.exec(text)) {
    const whole = m[1] ?? '';
    const lead = leadingBoundary(whole);
    const inner = whole.slice(lead);
    const start = m.index + m[0].indexOf(whole) + lead;
    const name = nameOf(inner);
    // A physical work as heading (…水库工程。) is read as a project too, and the project wins.
    if (NOT_POLICIES.has(name)) continue;
    hits.push({ start, end: start + inner.length, surface: inner, name, ruleId: 'policy.box-heading', props: { kind: 'programme' } });
  }
  return hits;
}

function citedDocuments(text: string): Hit[] {
  const hits: Hit[] = [];
  const TITLE = /《([^《》\n]{2,80})》/g;
  for (let m = TITLE.exec(text); m; m = TITLE.exec(text)) {
    const inner = m[1] ?? '';
    const start = m.index + 1;
    const surface = text.slice(start, start + inner.length);
    hits.push({ start, end: start + inner.length, surface, name: nameOf(surface), ruleId: 'policy.cited-document', props: { kind: 'document' } });
  }
  return hits;
}

function quotedNames(text: string): Hit[] {
  const hits: Hit[] = [];
  const QUOTED = /[“"]([^“”"\n，。；、：！？,;]{2,40})[”"]/g;
  for (let m = QUOTED.exec(text); m; m = QUOTED.exec(text)) {
    const inner = m[1] ?? '';
    const name = nameOf(inner);
    if (name.length > MAX_QUOTED || NOT_POLICIES.has(name)) continue;
    // （以下简称“四县一市一区”）: an abbreviation of what was just named, not a framework.
    if (ABBREVIATION_CUE.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
    const framework = isNumberedFramework(name);
    const suffixed = policies.quotedSuffixes.some((suffix) => name.endsWith(suffix) && name.length > suffix.length);
    if (!framework && !suffixed) continue;
    const start = m.index + 1;
    hits.push({ start, end: start + inner.length, surface: inner, name, ruleId: framework ? 'policy.quoted-framework' : 'policy.quoted-name', props: { kind: 'framework' } });
  }
  return hits;
}

function suffixedNames(text: string): Hit[] {
  const hits: Hit[] = [];
  SUFFIX.lastIndex = 0;
  for (let m = SUFFIX.exec(text); m; m = SUFFIX.exec(text)) {
    const suffixStart = m.index;
    const end = suffixStart + m[0].length;
    if (/[性部态]/.test(text[end] ?? '')) continue; // 战略性, 工程部, 进行动态
    if (m[0] === '工程' && text[suffixStart - 1] === '加') continue; // 深加工程度
    let nameEnd = suffixStart;
    if (/[”"]/.test(text[suffixStart - 1] ?? '')) {
      // A quoted part inside a longer name (电子商务发展“百千万亿”工程) is read with it; a name
      // that is only the quoted part (“四个全面”战略布局) belongs to the quoted-name rule.
      const open = text.lastIndexOf('“', suffixStart - 1);
      if (open < 0 || suffixStart - open > MAX_QUOTED + 2) continue;
      nameEnd = open;
    }
    const clause = clauseStart(text, nameEnd, { maxLength: MAX_NAME_PREFIX });
    let start = cutAtBoundary(text, clause.start, nameEnd);
    if (nameEnd === suffixStart && start === clause.start && /[”"]/.test(text[start - 1] ?? '')) {
      // “煤-电-铝-材”一体化战略: a quoted part before the name's words begins the name.
      const open = text.lastIndexOf('“', start - 1);
      if (open >= 0 && start - open <= MAX_QUOTED + 2 && !/[，。；、\n“”"]/.test(text.slice(open + 1, start - 1))) start = open + 1;
    }
    if (clause.truncated && start === clause.start) continue;
    if (nameEnd < suffixStart && start === nameEnd) continue;
    // 四大战略, 十大工程: a counted name is a name, though the count alone names nothing else.
    const counted = /[一二三四五六七八九十两]+[大个项]$/.exec(text.slice(clause.start, suffixStart));
    if (counted && start === suffixStart) start = suffixStart - counted[0].length;
    const prefix = text.slice(start, suffixStart);
    const surface = text.slice(start, end);
    const name = nameOf(surface);
    if (nameOf(prefix).length < 2 || (!counted && isGenericPrefix(prefix)) || NOT_POLICIES.has(name)) continue;
    // A physical work (娘子关调水工程) is a project, read by the project finder.
    if (m[0] === '工程' && projects.physicalWorks.some((word) => prefix.includes(word))) continue;
    hits.push({ start, end, surface, name, ruleId: `policy.suffix`, props: { kind: m[0] === '战略' ? 'strategy' : m[0] === '改革' ? 'reform' : 'programme' } });
  }
  return hits;
}

function knownNames(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const name of policies.names) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      hits.push({ start: at, end: at + name.length, surface: name, name, ruleId: 'policy.vocabulary', props: { kind: 'reform' } });
    }
  }
  return hits;
}
