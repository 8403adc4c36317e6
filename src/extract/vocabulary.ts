/**
 * The vocabulary of data/dictionary as the finders read it: word lists sorted longest first,
 * sets, and the regular expressions built from the words, each built once when resources are
 * loaded. Every word enters a regular expression escaped: a vocabulary word is text to match,
 * never a pattern (互联网+ is a name, not "互联网 once or more"). The finders copy a global
 * pattern before they run it, so that its lastIndex never makes shared state of the resources.
 */
import type { VocabularyFiles, WorkKind } from './vocabulary-files.ts';

/** A word as a literal inside a regular expression. */
export const escapeRegExp = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The words as one alternation of literals, in the order given. */
const alternation = (words: readonly string[]): string => words.map(escapeRegExp).join('|');
const longestFirst = (words: readonly string[]): string[] => [...words].sort((a, b) => b.length - a.length);

/** Verbs before zone names that the shared boundary list does not hold. */
const ZONE_BOUNDARY_WORDS = ['打造成', '建设成为', '构筑', '通往', '环绕', '合力'];
/** Conjunctions and verbs inside a project's name (轻质合金及配套项目) that do not end it. */
const KEEP_IN_PROJECT_NAME = ['和', '与', '及', '以及', '配套', '新建', '扩建', '改建', '续建', '开发', '建设', '利用', '综合利用'];
/** Legal forms that end an enterprise's name, before the vocabulary's own suffixes. */
const COMPANY_SUFFIXES = ['股份有限公司', '有限责任公司', '责任有限公司', '有限公司', '集团公司', '集团', '公司'];

export function buildVocabulary(files: VocabularyFiles, provinceNames: readonly string[] = []) {
  const boundaries = files['name-boundaries.json'];
  return {
    names: nameWords(boundaries, files['generic-words.json']),
    parks: parkWords(files['parks.json']),
    enterprises: enterpriseWords(files['enterprises.json']),
    policies: policyWords(files['policies.json'], provinceNames),
    projects: projectWords(files['projects.json']),
    zones: zoneWords(files['zones.json'], boundaries),
  };
}

function nameWords(boundaries: VocabularyFiles['name-boundaries.json'], generic: VocabularyFiles['generic-words.json']) {
  return {
    boundaries: longestFirst([...new Set(boundaries.words)]),
    /** The boundary words by their last character, longest first: what may end at a position. */
    boundariesByLast: byLastCharacter(longestFirst([...new Set(boundaries.words)])),
    protected: boundaries.protected,
    generic: new Set(generic.words),
    genericLongest: Math.max(...generic.words.map((w) => w.length)),
  };
}

function parkWords(parks: VocabularyFiles['parks.json']) {
  const parkSuffixes = longestFirst(parks.suffixes);
  const parkAreaSuffixes = longestFirst(parks.areaSuffixes);
  return {
    ...parks,
    suffixes: parkSuffixes,
    areaSuffixes: parkAreaSuffixes,
    suffixPattern: new RegExp(`(?:${alternation([...parkAreaSuffixes, ...parkSuffixes, ...parks.areaWithSubArea])})`, 'g'),
    // Quote marks inside a name are no part of it (山西“农谷” is 山西农谷).
    named: parks.names.map((name) => ({ name, pattern: new RegExp([...name].map(escapeRegExp).join('[“”"]?'), 'g') })),
  };
}

function enterpriseWords(enterprises: VocabularyFiles['enterprises.json']) {
  return {
    ...enterprises,
    suffixPattern: new RegExp(alternation([...COMPANY_SUFFIXES, ...enterprises.suffixes]), 'g'),
    industries: longestFirst(enterprises.industries),
    /** 宏圣科威、宇光电缆、新华电缆等企业: what closes a list of enterprises. */
    listClose: new RegExp(`等(?:[^，。；：！？\\n]{0,14}?)(?:${alternation(enterprises.listClasses)})`, 'g'),
    listClassAtEnd: new RegExp(`(?:${alternation(enterprises.listClasses)})$`),
    /** A capacity after a name (10万吨, 300兆瓦时, 2×100万千瓦), with its phase and 年产 before it. */
    capacity: new RegExp(
      `(?:[一二三四五六七八九十]期)?(?:年产|年处理)?\\d+(?:\\.\\d+)?(?:\\s*[×xX]\\s*\\d+(?:\\.\\d+)?)?\\s*[万亿]?\\s*(?:${alternation(enterprises.capacityUnits)})`,
      'g',
    ),
  };
}

function policyWords(policies: VocabularyFiles['policies.json'], provinceNames: readonly string[]) {
  const policySuffixes = longestFirst(policies.suffixes);
  return {
    ...policies,
    notPolicies: new Set(policies.notPolicies),
    suffixPattern: new RegExp(alternation(policySuffixes), 'g'),
    boxHeading: new RegExp(`(?:^|\\n)([^\\n：:。，；]{2,24}?(?:${alternation(policySuffixes)}))[：:。]`, 'g'),
    abbreviationCue: new RegExp(`(?:${alternation(policies.abbreviationCues)})[（(]?$`),
    heads: longestFirst([...policies.quotedSuffixes, ...policies.formulaHeads]),
    title: new RegExp(
      // A province's own name ranks a title as 省级 does (山西省…示范区).
      `(${alternation(longestFirst([...policies.rankPrefixes, ...provinceNames]))})([\\u4e00-\\u9fff（）()]{0,16}?)(${alternation(longestFirst(policies.titleSuffixes))})`,
      'g',
    ),
    /** Verbs inside a would-be title show a clause, not a title (全省率先开展…试点). */
    clauseVerbs: [...policies.programmeVerbs, ...policies.policyBoundaries],
    outerHeads: longestFirst(policies.outerHeads),
    periodHeads: longestFirst(policies.periodHeads),
    policyBoundaries: longestFirst(policies.policyBoundaries),
    evaluativeWords: longestFirst(policies.evaluativeWords),
  };
}

function projectWords(projects: VocabularyFiles['projects.json']) {
  const workHeads = (Object.entries(projects.workHeads) as Array<[WorkKind, string[]]>)
    .flatMap(([kind, heads]) => heads.map((head) => ({ head, kind })))
    .sort((a, b) => b.head.length - a.head.length);
  const capacityUnits = longestFirst(projects.capacityUnits);
  return {
    ...projects,
    stoplist: new Set(projects.stoplist),
    capacityUnits,
    capacity: new RegExp(`(\\d+(?:\\.\\d+)?)\\s*(${alternation(capacityUnits)})(\\s*/\\s*年)?`),
    classNouns: longestFirst(projects.listClasses),
    route: routePattern(alternation(projects.routeKinds)),
    enterpriseWorks: new RegExp(alternation(projects.enterpriseWorks), 'g'),
    rated: new RegExp(`(\\d+(?:\\.\\d+)?)\\s*(?:${alternation(capacityUnits)})\\s*[\\u4e00-\\u9fff]{0,6}?(?:${alternation(projects.ratedWorks)})`, 'g'),
    workHeads,
    kindOfHead: new Map(workHeads.map(({ head, kind }) => [head, kind])),
    workHead: new RegExp(alternation(workHeads.map(({ head }) => head)), 'g'),
    endsInHead: new RegExp(`(?:${alternation(workHeads.map(({ head }) => head))})$`),
    weakHeads: new Set(projects.weakHeads),
    cityBuildings: new Set(projects.cityBuildings),
    workSuffix: new RegExp(`^(?:${alternation(projects.workSuffixes)})`),
    objectVerbs: new Set(projects.objectVerbs),
    keepInName: KEEP_IN_PROJECT_NAME,
    /** Words a work's name never starts with: clause verbs, evaluative words, conjunctions. */
    leadingWords: longestFirst([...projects.clauseVerbs, ...projects.evaluativeWords, ...projects.conjunctions, ...KEEP_IN_PROJECT_NAME]),
  };
}

function zoneWords(zones: VocabularyFiles['zones.json'], boundaries: VocabularyFiles['name-boundaries.json']) {
  return {
    ...zones,
    zoneContinuations: longestFirst(zones.zoneContinuations),
    suffixes: longestFirst(zones.suffixes),
    multiRegionSuffixes: longestFirst(zones.multiRegionSuffixes),
    pilotSuffixes: longestFirst(zones.pilotSuffixes),
    openSuffixes: longestFirst(zones.openSuffixes),
    provinceLetters: new Set(zones.provinceAbbreviations),
    /** Any one province letter: a scan for the next one runs in the regular-expression engine. */
    provinceLetter: new RegExp(alternation([...zones.provinceAbbreviations]), 'g'),
    abbreviationFollowers: longestFirst(zones.abbreviationFollowers),
    /** Words that end a zone's name on its left: the shared boundaries and the zone verbs. */
    boundaries: longestFirst([...boundaries.words, ...ZONE_BOUNDARY_WORDS, ...zones.nationalScope]),
  };
}

export type Vocabulary = ReturnType<typeof buildVocabulary>;

/**
 * Roads named by their ends or their section (晋衡高速榆次至昔阳段, 离石至祁县高速, 108国道晋中段,
 * 龙城高速北延): places joined by 至, or a road and a place, with a word saying it is a road.
 */
function routePattern(kinds: string): RegExp {
  return new RegExp(
    `(?:[\\u4e00-\\u9fff]{2}(?:${kinds})|\\d+国道|国道\\d+)?([\\u4e00-\\u9fff]{2,3})至([\\u4e00-\\u9fff]{2,3}?)(?:段|${kinds})|\\d+国道[\\u4e00-\\u9fff]{2,3}?段|[\\u4e00-\\u9fff]{2}(?:${kinds})[东西南北]延`,
    'g',
  );
}

/** Words grouped by their last character, each group in the order given. */
function byLastCharacter(words: readonly string[]): ReadonlyMap<string, readonly string[]> {
  const groups = new Map<string, string[]>();
  for (const word of words) {
    const last = word.at(-1) ?? '';
    groups.set(last, [...(groups.get(last) ?? []), word]);
  }
  return groups;
}
