import enterprises from '../../data/dictionary/enterprises.json' with { type: 'json' };
import aliasFile from '../../data/aliases.json' with { type: 'json' };
import { type Hit, longestFirst, nameOf } from './hits.ts';
import { loadGazetteer } from '../gazetteer/index.ts';
import { clauseStart, cutAtBoundary, isGenericPrefix, isOrdinaryPhrase, startsName } from './names.ts';

/*
 * Company suffixes, longest first at each position. 集团 on its own ends short forms too
 * (祁玻集团, 阳煤集团); inside brackets (山西汾西矿业（集团）…) it is part of a longer name.
 */
const SUFFIX_END = /(?:公司|集团)$/;
const SUFFIX = new RegExp(['股份有限公司', '有限责任公司', '责任有限公司', '有限公司', '集团公司', '集团', '公司', ...enterprises.suffixes].join('|'), 'g');
/** The vocabulary and the reviewed aliases of enterprises (东义 for 山西东义煤电铝集团). */
const SHORT_NAMES = [
  ...new Set([...enterprises.shortNames, ...aliasFile.entries.filter((e) => e.type === 'ENTERPRISE').flatMap((e) => e.aliases.filter((a) => !SUFFIX_END.test(a)))]),
].sort((a, b) => b.length - a.length);
const INDUSTRIES = [...enterprises.industries].sort((a, b) => b.length - a.length);
/** 宏圣科威、宇光电缆、新华电缆等企业: what closes a list of enterprises. */
const LIST_CLOSE = new RegExp(`等(?:[^，。；：！？\\n]{0,14}?)(?:${enterprises.listClasses.join('|')})`, 'g');
const MAX_NAME_PREFIX = 30;
const FUNCTION_CHAR = /[的等和与及以在对向把将为是了被于从各大]/;

/** Named companies and groups: 山西信发化工有限公司, 孝义市金达工业集团, 祁玻集团. */
export function findEnterprises(text: string): Hit[] {
  const hits: Hit[] = [];
  SUFFIX.lastIndex = 0;
  for (let m = SUFFIX.exec(text); m; m = SUFFIX.exec(text)) {
    const suffixStart = m.index;
    const end = m.index + m[0].length;
    const next = text[end] ?? '';
    if (m[0] === '集团' && (text[suffixStart - 1] === '（' || text[suffixStart - 1] === '(')) continue;
    if (m[0] === '集团' && /[化军]/.test(next)) continue;
    const clause = clauseStart(text, suffixStart, { maxLength: MAX_NAME_PREFIX, allowBrackets: true, allowSpaces: true });
    let start = cutAtBoundary(text, clause.start, suffixStart);
    if (nameOf(text.slice(start, suffixStart)).length < 2) {
      // 有实力的公司, 晋能控股等集团: a function word right before the suffix leaves no name;
      // a verb-like word (盛都宝固废利用有限公司) may still be part of one.
      if (start > clause.start && FUNCTION_CHAR.test(text[start - 1] ?? '')) continue;
      start = cutAtBoundary(text, clause.start, suffixStart, { minPrefix: 2 });
    }
    if (clause.truncated && start === clause.start) continue;
    // …420万吨/年山西汾西矿业…: the 年 of a capacity is not the start of the next name.
    if (text[start] === '年' && text[start - 1] === '/') start += 1;
    const prefix = text.slice(start, suffixStart);
    if (nameOf(prefix).length < 2 || isGenericPrefix(prefix)) continue;
    const surface = text.slice(start, end);
    hits.push({ start, end, surface, name: nameOf(surface), ruleId: m[0] === '集团' ? 'enterprise.group' : 'enterprise.company' });
  }
  return longestFirst([...hits, ...shortNames(text), ...listedEnterprises(text), ...brandAndIndustry(text), ...jointVentures(text)]);
}

const isHan = (ch: string | undefined): boolean => ch !== undefined && /[\u4e00-\u9fff]/.test(ch);

/** The 、-separated items of the list that ends at `to`, back to the start of its clause. */
function listBefore(text: string, to: number): Array<[number, number]> {
  let from = to;
  while (from > 0 && !/[，,。；;：:！？\n（）()“”]/.test(text[from - 1] ?? '') && to - from < 120) from -= 1;
  const items: Array<[number, number]> = [];
  let end = to;
  while (end > from) {
    let start = end;
    while (start > from && text[start - 1] !== '、') start -= 1;
    items.unshift([start === from ? cutAtBoundary(text, start, end) : start, end]);
    end = start - 1;
  }
  return items;
}

/**
 * Enterprises named in a list that says what they are: 宏圣科威、宇光电缆、新华电缆等企业,
 * 阿里巴巴、京东商城…等国内、省内大型电子商务企业, 以山西金谷农投等高科技企业为主体.
 */
function listedEnterprises(text: string): Hit[] {
  const hits: Hit[] = [];
  LIST_CLOSE.lastIndex = 0;
  for (let m = LIST_CLOSE.exec(text); m; m = LIST_CLOSE.exec(text)) {
    LIST_CLOSE.lastIndex = m.index + 1;
    // The kind between 等 and 企业 says only what sort of enterprise (国内、省内大型电子商务).
    const kind = m[0].slice(1).replace(/、/g, '');
    if (!isGenericPrefix(kind.replace(new RegExp(`(?:${enterprises.listClasses.join('|')})$`), ''))) continue;
    for (const [start, end] of listBefore(text, m.index)) {
      const surface = text.slice(start, end);
      const name = nameOf(surface);
      if (name.length < 2 || name.length > 12 || isGenericPrefix(surface) || /[的和及或]/.test(name) || isOrdinaryPhrase(name)) continue;
      hits.push({ start, end, surface, name, ruleId: 'enterprise.list-item' });
    }
  }
  return hits;
}

/**
 * Short names made of a brand and an industry (金鼎煤机, 宇光电缆, 方盛液压, 晋汉生物科技): two
 * characters that start a name and are no place or generic word, then an industry word.
 */
function brandAndIndustry(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const industry of INDUSTRIES) {
    for (let at = text.indexOf(industry); at >= 0; at = text.indexOf(industry, at + 1)) {
      const start = at - 2;
      const brand = text.slice(start, at);
      if (start < 0 || !isHan(brand[0]) || !isHan(brand[1]) || !startsName(text, start)) continue;
      if (isGenericPrefix(brand) || loadGazetteer().byName(brand).length > 0 || startsName(text, start + 1) || isOrdinaryPhrase(brand)) continue;
      const end = at + industry.length;
      hits.push({ start, end, surface: text.slice(start, end), name: text.slice(start, end), ruleId: 'enterprise.brand-and-industry' });
    }
  }
  return hits;
}

/** 申沃--华夏动力新能源客车…项目: two partners joined by a dash at the head of a project. */
function jointVentures(text: string): Hit[] {
  const hits: Hit[] = [];
  const JOINT = /(?:^|\n)([\u4e00-\u9fff]{2,4})\s*(?:--|——|－－|—)\s*([\u4e00-\u9fff]{2,4})(?=新|[\u4e00-\u9fff]{2,}(?:项目|基地))/g;
  for (let m = JOINT.exec(text); m; m = JOINT.exec(text)) {
    const [whole, first, second] = m;
    if (!first || !second) continue;
    const firstAt = m.index + whole.indexOf(first);
    const secondAt = m.index + whole.lastIndexOf(second);
    hits.push({ start: firstAt, end: firstAt + first.length, surface: first, name: first, ruleId: 'enterprise.joint-venture' });
    hits.push({ start: secondAt, end: secondAt + second.length, surface: second, name: second, ruleId: 'enterprise.joint-venture' });
  }
  return hits;
}

/** Well-known enterprises cited by their short name (吉利, 中石化), from the vocabulary. */
function shortNames(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const name of SHORT_NAMES) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      if (!startsName(text, at)) continue;
      hits.push({ start: at, end: at + name.length, surface: name, name, ruleId: 'enterprise.short-name' });
    }
  }
  return hits;
}
