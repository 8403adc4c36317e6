import { type Hit, longestFirst, nameOf } from './hits.ts';
import { clauseStart, cutAtBoundary, isGenericPrefix, isNameChar, leadingBoundary, startsName } from './names.ts';
import type { Resources } from './resources.ts';
import type { RuleId } from './rules.ts';

const MAX_NAME_PREFIX = 16;
const MAX_QUOTED = 14;
/** A framework name counts its parts: 四大战略, 一核两区, 三去一降一补, 六个精准. */
const NUMERAL = /[一二三四五六七八九十两双百千万亿多]/g;
const COUNTER = /^[一二三四五六七八九十两百千][个大项类张条位种化型]/;
const LEADING_NUMERAL = /^[一二三四五六七八九十两双百千]/;

function isNumberedFramework(name: string): boolean {
  return name.length >= 3 && LEADING_NUMERAL.test(name) && ((name.match(NUMERAL) ?? []).length >= 2 || COUNTER.test(name));
}

/**
 * Policies: documents cited in 《》 (the marks are not part of the name), quoted framework
 * names (“四大战略”, “一核两区”), …战略 / …行动 / …计划 / …工程 / …改革 read by their
 * suffix (乡村振兴战略), and named reforms from the policy vocabulary (转型综改).
 */
export function findPolicies(text: string, resources: Resources, options: { box?: boolean } = {}): Hit[] {
  return longestFirst([
    ...citedDocuments(text),
    ...quotedNames(text, resources),
    ...quotedFormulas(text, resources),
    ...suffixedNames(text, resources),
    ...knownNames(text, resources),
    ...nationalTitles(text, resources),
    ...cityModels(text, resources),
    ...chiefSystems(text, resources),
    ...(options.box ? boxHeadings(text, resources) : []),
  ]);
}


/** “1+10”联合体, “2+5”政策体系: a quoted formula of numbers, with the noun it heads. */
function quotedFormulas(text: string, resources: Resources): Hit[] {
  const hits: Hit[] = [];
  const FORMULA = /[“"](\d+(?:[+＋]\d+)+)[”"]/g;
  for (let m = FORMULA.exec(text); m; m = FORMULA.exec(text)) {
    const start = m.index + 1;
    const after = m.index + m[0].length;
    const head = resources.vocabulary.policies.heads.find((h) => text.startsWith(h, after)) ?? '';
    const end = head ? after + head.length : start + (m[1] ?? '').length;
    const surface = text.slice(start, end);
    hits.push({ start, end, surface, name: nameOf(surface), ruleId: 'policy.quoted-formula', props: { kind: 'framework' } });
  }
  return hits;
}


/**
 * Titles a place is awarded or a pilot it runs, led by their rank (国家全域旅游示范区,
 * 全国文明城市, 国家智能制造试点, 全国流通领域现代供应链体系建设试点城市): the rank bounds the
 * name on its left, the title word on its right.
 */
function nationalTitles(text: string, resources: Resources): Hit[] {
  // A copy per call: a global pattern's lastIndex is state, and the shared resources keep none.
  const title = new RegExp(resources.vocabulary.policies.title);
  const hits: Hit[] = [];
  for (let m = title.exec(text); m; m = title.exec(text)) {
    const [surface, , middle = '', suffix = ''] = m;
    // 国家级示范区 says only the rank: a title needs its own words, unless the title word is one (全国文明城市).
    const bare = nameOf(middle).length < 2 && !resources.vocabulary.policies.completeTitles.includes(suffix);
    // 国家园林城市和卫生城市 is two titles: a city title has no conjunction inside.
    const twoTitles = suffix.endsWith('城市') && /[和与及]/.test(middle);
    if (bare || twoTitles || resources.vocabulary.policies.clauseVerbs.some((verb) => middle.includes(verb))) {
      title.lastIndex = m.index + 1;
      continue;
    }
    if (continuesName(text, suffix, m.index + surface.length)) continue;
    hits.push({ start: m.index, end: m.index + surface.length, surface, name: nameOf(surface), ruleId: 'policy.national-title', props: { kind: 'title' } });
    title.lastIndex = m.index + surface.length;
  }
  return hits;
}

const CITY_MODEL = /([\u4e00-\u9fff]{2})城市(?=建设)/g;

/**
 * 海绵城市, 智慧城市, 公园城市: a model of city that a plan builds (推进海绵城市建设), two
 * characters of its own right after a boundary; 推进城市建设 and 高品质城市建设 name no model.
 */
function cityModels(text: string, resources: Resources): Hit[] {
  const hits: Hit[] = [];
  // A copy per call: a global pattern's lastIndex is state, and the module keeps none.
  const cityModel = new RegExp(CITY_MODEL);
  for (let m = cityModel.exec(text); m; m = cityModel.exec(text)) {
    const model = m[1] ?? '';
    if (!startsName(text, m.index, resources) || leadingBoundary(model, resources) > 0 || leadingBoundary(model.slice(1), resources) > 0) {
      cityModel.lastIndex = m.index + 1;
      continue;
    }
    hits.push({ start: m.index, end: m.index + m[0].length, surface: m[0], name: m[0], ruleId: 'policy.city-model', props: { kind: 'programme' } });
  }
  return hits;
}

/**
 * A 专栏 entry headed by a programme's name (国际合作园区建设工程。…, 电子商务发展“百千万亿”工程：…):
 * the heading is the name, generic words and all.
 */
function boxHeadings(text: string, resources: Resources): Hit[] {
  const hits: Hit[] = [];
  const heading = new RegExp(resources.vocabulary.policies.boxHeading);
  for (let m = heading.exec(text); m; m = heading.exec(text)) {
    const whole = m[1] ?? '';
    const lead = leadingBoundary(whole, resources);
    const inner = whole.slice(lead);
    const start = m.index + m[0].indexOf(whole) + lead;
    const name = nameOf(inner);
    // A physical work as heading (…水库工程。) is read as a project too, and the project wins.
    if (resources.vocabulary.policies.notPolicies.has(name)) continue;
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

/** A quoted list of slogans (“千村示范、万村整治”) may run longer than one slogan. */
const MAX_QUOTED_LIST = 20;
/** A quoted number or formula (“13710”, “2+ 7+N”) names nothing without the noun it heads. */
const BARE_NUMBER = /^[\dA-Za-z+＋\s.]+$/;

interface Quoted {
  /** Offsets of the opening and closing quote marks. */
  open: number;
  close: number;
  inner: string;
  name: string;
}

/**
 * Quoted phrases that name a policy: a numbered framework (“四个全面”, “六稳”), a phrase
 * ending in a policy word (“四大战略”), a phrase heading a policy word outside the quotes
 * (“放管服效”改革), or a slogan that a programme verb puts into effect (推行“证照分离”).
 */
function quotedNames(text: string, resources: Resources): Hit[] {
  const hits: Hit[] = [];
  const QUOTED = /[“"]([^“”"\n，。；：！？,;]{2,40})[”"]/g;
  let previous: { close: number; governed: boolean } | undefined;
  for (let m = QUOTED.exec(text); m; m = QUOTED.exec(text)) {
    const inner = m[1] ?? '';
    const q: Quoted = { open: m.index, close: m.index + m[0].length - 1, inner, name: nameOf(inner) };
    // “证照分离”“多证合一”: a quote right after an accepted one shares its verb.
    const chained = previous !== undefined && previous.governed && previous.close === q.open - 1;
    const hit = readQuoted(text, q, chained, resources);
    previous = { close: q.close, governed: hit?.ruleId === 'policy.quoted-slogan' };
    if (hit) hits.push(hit);
  }
  return hits;
}

function readQuoted(text: string, q: Quoted, chained: boolean, resources: Resources): Hit | undefined {
  const isList = q.name.includes('、');
  if (q.name.length > (isList ? MAX_QUOTED_LIST : MAX_QUOTED)) return undefined;
  if (resources.vocabulary.policies.notPolicies.has(q.name)) return periodPlan(text, q, resources);
  // （以下简称“四县一市一区”）: an abbreviation of what was just named, not a framework.
  if (resources.vocabulary.policies.abbreviationCue.test(text.slice(Math.max(0, q.open - 6), q.open))) return undefined;
  // “一核”，即太谷县现代农业核心区: a glossary entry spells out one part of a layout named before.
  if (GLOSS.test(text.slice(q.close + 1, q.close + 4))) return undefined;
  const start = q.open + 1;
  const whole = (ruleId: RuleId): Hit => ({ start, end: q.close, surface: q.inner, name: q.name, ruleId, props: { kind: 'framework' } });
  if (isNumberedFramework(q.name)) return whole('policy.quoted-framework');
  if (isShortFramework(text, q, resources)) return whole('policy.quoted-short-framework');
  if (resources.vocabulary.policies.quotedSuffixes.some((suffix) => q.name.endsWith(suffix) && q.name.length > suffix.length)) return whole('policy.quoted-name');
  const head = outerHead(text, q.close + 1, resources);
  if (head !== undefined) {
    // “136”发展战略: a number is named with its noun; a phrase (“放管服效”改革) is the name itself.
    if (!BARE_NUMBER.test(q.inner) || head === '') return whole('policy.quoted-head');
    const end = q.close + 1 + head.length;
    const surface = text.slice(start, end);
    return { start, end, surface, name: nameOf(surface), ruleId: 'policy.quoted-head', props: { kind: 'framework' } };
  }
  if (!BARE_NUMBER.test(q.inner) && (chained || governedByProgramme(text, q.open, resources)) && endsClause(text, q.close + 1)) return whole('policy.quoted-slogan');
  return undefined;
}

/** What follows a quoted part that a glossary entry spells out: “两心”。即…, “八核”：即…. */
const GLOSS = /^[，,：:。]?\s*即/;

const PERIOD = /^十[一二三四五六七八九]?五$/;

/** “十四五”规划: a plan period names nothing alone, but names the plan with its noun. */
function periodPlan(text: string, q: Quoted, resources: Resources): Hit | undefined {
  const head = PERIOD.test(q.name) ? resources.vocabulary.policies.periodHeads.find((h) => text.startsWith(h, q.close + 1)) : undefined;
  if (!head) return undefined;
  const start = q.open + 1;
  const end = q.close + 1 + head.length;
  const surface = text.slice(start, end);
  return { start, end, surface, name: nameOf(surface), ruleId: 'policy.quoted-period-plan', props: { kind: 'plan' } };
}

/**
 * “六稳”, “四风”, “双减”: two characters, a numeral and a word, are a slogan only where the text
 * uses them as one: at the start of a name (after a verb, a quote, a break) and followed by a
 * break or a word that policies take (工作, 突破). “两高”项目 and 就业“两业” are no slogans.
 */
function isShortFramework(text: string, q: Quoted, resources: Resources): boolean {
  if (q.name.length !== 2 || !LEADING_NUMERAL.test(q.name) || /\d/.test(q.name)) return false;
  // 四高两同步：“四为”，转型为纲: a glossary entry spells out a part of a framework named before.
  if (!startsName(text, q.open, resources) || /[：:]/.test(text[q.open - 1] ?? '')) return false;
  return endsClause(text, q.close + 1) || resources.vocabulary.policies.shortFrameworkContext.some((word) => text.startsWith(word, q.close + 1));
}

/** The policy word right after a closing quote (“放管服效”改革), if any. */
function outerHead(text: string, at: number, resources: Resources): string | undefined {
  // “厕所革命”等行动: one item of a list of policies of that kind.
  if (text[at] === '等' && resources.vocabulary.policies.outerHeads.some((h) => text.startsWith(h, at + 1))) return '';
  const head = resources.vocabulary.policies.outerHeads.find((h) => text.startsWith(h, at));
  // A one-character head (“揭榜挂帅”制) must end there: “X”制造 is another word.
  if (head && head.length === 1 && isNameChar(text[at + 1] ?? '')) return undefined;
  return head;
}

/** Whether a programme verb (推行, 坚持 …) governs the quote, with at most a short object between. */
function governedByProgramme(text: string, open: number, resources: Resources): boolean {
  const before = text.slice(Math.max(0, open - 6), open);
  return resources.vocabulary.policies.programmeVerbs.some((verb) => {
    const at = before.lastIndexOf(verb);
    if (at < 0) return false;
    const between = before.slice(at + verb.length);
    return between.length <= 4 && [...between].every(isNameChar);
  });
}

/** Whether a clause or a list item ends at `at`: punctuation, another quote, 等, or the end. */
function endsClause(text: string, at: number): boolean {
  const ch = text[at] ?? '';
  return ch === '' || ch === '等' || text.startsWith('建设', at) || !isNameChar(ch);
}

function suffixedNames(text: string, resources: Resources): Hit[] {
  const hits: Hit[] = [];
  const suffix = new RegExp(resources.vocabulary.policies.suffixPattern);
  for (let m = suffix.exec(text); m; m = suffix.exec(text)) {
    const suffixStart = m.index;
    const end = suffixStart + m[0].length;
    if (/[性部态车]/.test(text[end] ?? '')) continue; // 战略性, 工程部, 进行动态, 开行动车
    // 构建新发展格局战略机遇, 与央企签署战略合作协议: 战略 modifies the noun after it, no name ends there.
    if (m[0] === '战略' && STRATEGY_MODIFIED.test(text.slice(end, end + 2))) continue;
    if (m[0] === '工程' && (text[suffixStart - 1] === '加' || text.startsWith('企业', end))) continue; // 深加工程度, 对外承包工程企业
    if (continuesName(text, m[0], end)) continue;
    let nameEnd = suffixStart;
    if (/[”"]/.test(text[suffixStart - 1] ?? '')) {
      // A quoted part inside a longer name (电子商务发展“百千万亿”工程) is read with it; a name
      // that is only the quoted part (“四个全面”战略布局) belongs to the quoted-name rule.
      const open = text.lastIndexOf('“', suffixStart - 1);
      if (open < 0 || suffixStart - open > MAX_QUOTED + 2) continue;
      nameEnd = open;
    }
    const clause = clauseStart(text, nameEnd, { maxLength: MAX_NAME_PREFIX });
    let start = cutAtPolicyBoundary(text, cutAtBoundary(text, clause.start, nameEnd, resources), nameEnd, nameEnd < suffixStart ? 0 : 2, resources);
    // 1＋4＋6”产业振兴工程 (a name read inside a name): the words after a quote whose opening is
    // not in the text are the tail of a quoted name, not a name.
    if (start === clause.start && /[”"]/.test(text[start - 1] ?? '') && text.lastIndexOf('“', start - 1) < 0) continue;
    if (nameEnd === suffixStart && start === clause.start && /[”"]/.test(text[start - 1] ?? '')) {
      // “煤-电-铝-材”一体化战略: a quoted part before the name's words begins the name.
      const open = text.lastIndexOf('“', start - 1);
      if (open >= 0 && start - open <= MAX_QUOTED + 2 && !/[，。；、\n“”"]/.test(text.slice(open + 1, start - 1))) start = open + 1;
    }
    if (clause.truncated && start === clause.start) continue;
    if (nameEnd < suffixStart && start === nameEnd) continue;
    const governed = nameEnd === suffixStart ? governedObjectStart(text, suffixStart, resources) : undefined;
    const ruleId: RuleId = governed !== undefined && governed <= start ? 'policy.governed-object' : 'policy.suffix';
    if (governed !== undefined && governed <= start) start = governed;
    // 四大战略, 十大工程: a counted name is a name, though the count alone names nothing else.
    const counted = /[一二三四五六七八九十两]+[大个项]$/.exec(text.slice(clause.start, suffixStart));
    if (counted && start === suffixStart) start = suffixStart - counted[0].length;
    if (ruleId === 'policy.suffix') start = conjoinedStart(text, clause.start, start, suffixStart, resources);
    const prefix = text.slice(start, suffixStart);
    const surface = text.slice(start, end);
    const name = nameOf(surface);
    // 园林城市、卫生城市: a complete title word is a title of its own, the rank left unsaid.
    // 文明城市 alone is the campaign every city runs (文明城市创建): only its rank makes it a title.
    const completeTitle = resources.vocabulary.policies.completeTitles.includes(m[0]) && !resources.vocabulary.policies.titlesNeedingRank.includes(m[0]) && nameOf(prefix).length === 0;
    if (ruleId === 'policy.governed-object') {
      if (resources.vocabulary.policies.notPolicies.has(name)) continue;
    } else if (!completeTitle && (nameOf(prefix).length < 2 || (!counted && isEvaluativePrefix(prefix, resources)) || resources.vocabulary.policies.notPolicies.has(name))) continue;
    // 加快|体制机制改革, 支付|方式改革: what kind of rule is reformed, with no domain, names no reform.
    if (m[0] === '改革' && REFORM_OBJECTS.test(nameOf(prefix))) continue;
    // A physical work (娘子关调水工程) is a project, read by the project finder.
    if (m[0] === '工程' && resources.vocabulary.projects.physicalWorks.some((word) => prefix.includes(word))) continue;
    const ranked = rankedStart(text, start, resources);
    const rankedSurface = text.slice(ranked, end);
    hits.push({ start: ranked, end, surface: rankedSurface, name: nameOf(rankedSurface), ruleId, props: { kind: kindOf(m[0], resources) } });
  }
  return hits;
}

/** Nouns that 战略 modifies (战略机遇, 战略合作, 战略基点, 战略支点, 战略新兴产业). */
const STRATEGY_MODIFIED = /^(?:机遇|合作|基点|支点|新兴|储备|投资|重点|目标|定位|地位|高度|意义)/;

/** Kinds of rule a reform changes (体制, 机制, 方式): a reform's name needs a domain before them. */
const REFORM_OBJECTS = /^(?:体制|机制|方式|模式|制度)+$/;

const MAX_CONJUNCT = 8;

/**
 * 推进事权与|支出责任划分改革, 实施科教兴市和|人才强市行动计划: a conjunction inside a policy name
 * joins two of its parts, and the general boundary words would cut the name at it. The name takes
 * the conjunct before it when that is a short phrase of its own words (not only generic ones).
 */
function conjoinedStart(text: string, clauseFrom: number, start: number, suffixStart: number, resources: Resources): number {
  const conjunction = start - 1;
  if (!/[和与]/.test(text[conjunction] ?? '') || conjunction <= clauseFrom) return start;
  // 生态屏障和|重要战略: the part after the conjunction must be a name's own words first.
  const right = text.slice(start, suffixStart);
  if (nameOf(right).length < 2 || isEvaluativePrefix(right, resources)) return start;
  const left = cutAtPolicyBoundary(text, cutAtBoundary(text, clauseFrom, conjunction, resources), conjunction, 2, resources);
  const conjunct = text.slice(left, conjunction);
  if (conjunct.length < 2 || conjunct.length > MAX_CONJUNCT || /[的等、]/.test(conjunct)) return start;
  // 碳达峰、碳中和|吕梁行动: after a list mark the conjunct is a list item, not a part of the name.
  if (left === clauseFrom && clauseFrom > 0 && (isNameChar(text[clauseFrom - 1] ?? '') || text[clauseFrom - 1] === '、')) return start;
  // 换道领跑战略和|…: a conjunct that ends with a policy word is a name of its own, not a part.
  if (isEvaluativePrefix(conjunct, resources) || resources.vocabulary.policies.suffixes.some((word) => conjunct.endsWith(word))) return start;
  return left;
}

/**
 * 落实全省|通信基础设施三年行动计划: a rank word (全省, 全国) right before a policy name says whose
 * programme it is and belongs to the name, though the general boundary words end names there.
 */
function rankedStart(text: string, start: number, resources: Resources): number {
  const rank = resources.vocabulary.policies.rankPrefixes.find((word) => word.startsWith('全') && text.startsWith(word, start - word.length));
  return rank ? start - rank.length : start;
}

/** 链长制, 林长制, 河（湖）长制: one resource or chain put under a chief, read by the 长制 head. */
const CHIEF_SYSTEM = /[\u4e00-\u9fff](?:（[\u4e00-\u9fff]）)?长制/g;

function chiefSystems(text: string, resources: Resources): Hit[] {
  const hits: Hit[] = [];
  // A copy per call: a global pattern's lastIndex is state, and the module keeps none.
  const chief = new RegExp(CHIEF_SYSTEM);
  for (let m = chief.exec(text); m; m = chief.exec(text)) {
    // 家长制 is a way of ruling, not a system of chiefs; 推行|链长制 starts after a verb.
    if (!startsName(text, m.index, resources) && !resources.vocabulary.policies.programmeVerbs.some((verb) => text.startsWith(verb, m.index - verb.length))) continue;
    if (resources.vocabulary.policies.notPolicies.has(m[0])) continue;
    hits.push({ start: m.index, end: m.index + m[0].length, surface: m[0], name: nameOf(m[0]), ruleId: 'policy.chief-system', props: { kind: 'rule' } });
  }
  return hits;
}

const MAX_GOVERNED_OBJECT = 18;

/**
 * 实施|乡村建设行动, 深入开展|政府系统抓落实提高执行力专项行动: the object of a programme verb
 * is the programme's name whole, verbs of its own (建设, 提升, 提质增效) and all, which the
 * general boundary words would cut. The name starts right after the last programme verb of
 * its clause; 的 inside shows a description (实施最严格的…行动), not a name.
 */
function governedObjectStart(text: string, suffixStart: number, resources: Resources): number | undefined {
  const clause = clauseStart(text, suffixStart, { maxLength: MAX_GOVERNED_OBJECT + 4 });
  const before = text.slice(clause.start, suffixStart);
  // Nearest verb first; 深入开展|政府系统抓落实提高执行力专项行动 holds a verb (落实) whose
  // object would start with another verb, so an earlier programme verb governs the whole.
  const objectStarts = resources.vocabulary.policies.programmeVerbs
    .flatMap((verb) => [...before.matchAll(new RegExp(verb, 'g'))].map((m) => m.index + verb.length))
    .sort((a, b) => b - a);
  for (const verbEnd of objectStarts) {
    // 推进8所|城市公立医院综合改革, 启动市属国有企业9户|厂办大集体改革: a counted number says how
    // many carry the programme out; the name starts after the count.
    const count = [...before.slice(verbEnd).matchAll(COUNT)].at(-1);
    const objectStart = count ? verbEnd + count.index + count[0].length : verbEnd;
    const object = before.slice(objectStart);
    if (object.length > MAX_GOVERNED_OBJECT) return undefined;
    // 推进商粮系统18户|企业改革: after a count, generic words name only the kind of thing counted.
    if (count && isEvaluativePrefix(object, resources)) return undefined;
    if (isNamingObject(object, resources)) return clause.start + objectStart;
  }
  return undefined;
}

/** A counted number of places or units (8所, 9户, 50个): how many, not which programme. */
const COUNT = /\d+\s*余?\s*[个项户座条家所处批类种张]/g;

/** Determiners that pick no particular programme (实施一批重点工程, 开展各类专项行动). */
const NON_SPECIFIC = /一批|一系列|系列|各类|各项|重点|重大|相关|专项|有关|多项|[一二三四五六七八九十]期|[一二三四五六七八九十两百千\d]+[大个项类批年]/g;

/** Whether a programme verb's object can be a name: specific words, no 的, no leading verb. */
function isNamingObject(object: string, resources: Resources): boolean {
  // 的 makes a description, 等 closes a list, 各 picks none (农村各领域改革).
  // 关于 makes the object a topic (落实中央关于供给侧结构性改革精神): the name is what 关于 governs.
  if (object.length < 2 || /^[了着好]/.test(object) || /[的等各]|关于/.test(object)) return false;
  // 实施|重点行业能效提升行动: a determiner that picks no programme may open a name that goes on.
  const determiner = new RegExp(`^(?:${NON_SPECIFIC.source})`).exec(object)?.[0] ?? '';
  if (leadingBoundary(object.slice(determiner.length), resources) > 0) return false;
  // 重点领域|改革: after the determiner, generic words alone name nothing.
  if (determiner && isGenericPrefix(object.slice(determiner.length), resources)) return false;
  let rest = object.replace(NON_SPECIFIC, '');
  for (const word of resources.vocabulary.policies.evaluativeWords) rest = rest.split(word).join('');
  return nameOf(rest).length >= 2;
}

/** What a suffix says the policy is: 战略 a strategy, 改革 a reform, 试点 a pilot, 保卫战 a campaign. */
function kindOf(suffix: string, resources: Resources): string {
  if (suffix === '战略' || suffix === '方略') return 'strategy';
  if (suffix === '改革') return 'reform';
  if (suffix.includes('试点') || resources.vocabulary.policies.titleSuffixes.includes(suffix)) return 'title';
  if (/战|斗争|教育|讨论/.test(suffix)) return 'campaign';
  if (/制/.test(suffix)) return 'rule';
  return 'programme';
}

/**
 * 改革 and 试点 that go on into a longer name (能源革命综合改革|试点, 旅游业改革|创新先行区,
 * 改革|开放) are not where the name ends: the longer name is read by its own head.
 */
function continuesName(text: string, suffix: string, end: number): boolean {
  if (suffix === '改革') return /^(?:试点|创新|发展|开放)/.test(text.slice(end, end + 2));
  // 《…五年行动方案》 is a document, read whole as cited.
  if (suffix === '行动' || suffix === '计划') return text.startsWith('方案', end);
  if (suffix === '试点') return /^(?:城市|市|县|区|示范)/.test(text.slice(end, end + 2)) && !/^(?:市政|市场|区域)/.test(text.slice(end, end + 2));
  return false;
}


/**
 * The general boundary words are those of names of things; a policy name also starts after
 * the verbs that wage or win a campaign (坚决打赢|蓝天保卫战, 推行|证照分离改革).
 */
function cutAtPolicyBoundary(text: string, from: number, suffixStart: number, minPrefix: number, resources: Resources): number {
  let best = from;
  for (const word of resources.vocabulary.policies.policyBoundaries) {
    const at = text.lastIndexOf(word, suffixStart - word.length);
    // 开展|好党史学习教育: a general boundary word (开展) may end inside a policy boundary word (开展好).
    if (at >= 0 && at + word.length > best && suffixStart - (at + word.length) >= minPrefix) best = at + word.length;
  }
  return best;
}


/** A prefix of generic and evaluative words only (实际行动, 更深层次改革) names no policy. */
function isEvaluativePrefix(prefix: string, resources: Resources): boolean {
  let rest = prefix;
  for (const word of resources.vocabulary.policies.evaluativeWords) rest = rest.split(word).join('');
  return isGenericPrefix(rest, resources);
}

function knownNames(text: string, resources: Resources): Hit[] {
  const hits: Hit[] = [];
  for (const name of resources.vocabulary.policies.names) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      hits.push({ start: at, end: at + name.length, surface: name, name, ruleId: 'policy.vocabulary', props: { kind: 'reform' } });
    }
  }
  return hits;
}
