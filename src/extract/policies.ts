import policies from '../../data/dictionary/policies.json' with { type: 'json' };
import projects from '../../data/dictionary/projects.json' with { type: 'json' };
import { type Hit, longestFirst, nameOf } from './hits.ts';
import { clauseStart, cutAtBoundary, isGenericPrefix } from './names.ts';

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
export function findPolicies(text: string): Hit[] {
  return longestFirst([...citedDocuments(text), ...quotedNames(text), ...suffixedNames(text), ...knownNames(text)]);
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
