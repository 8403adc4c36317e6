import enterprises from '../../data/dictionary/enterprises.json' with { type: 'json' };
import { type Hit, longestFirst, nameOf } from './hits.ts';
import { clauseStart, cutAtBoundary, isGenericPrefix, startsName } from './names.ts';

/*
 * Company suffixes, longest first at each position. 集团 on its own ends short forms too
 * (祁玻集团, 阳煤集团); inside brackets (山西汾西矿业（集团）…) it is part of a longer name.
 */
const SUFFIX = new RegExp(['股份有限公司', '有限责任公司', '责任有限公司', '有限公司', '集团公司', '集团', '公司', ...enterprises.suffixes].join('|'), 'g');
const SHORT_NAMES = [...enterprises.shortNames].sort((a, b) => b.length - a.length);
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
  return longestFirst([...hits, ...shortNames(text)]);
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
