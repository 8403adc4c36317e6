import parks from '../../data/dictionary/parks.json' with { type: 'json' };
import { type Hit, longestFirst, nameOf } from './hits.ts';
import { clauseStart, cutAtBoundary, isGenericPrefix } from './names.ts';

const SUFFIXES = [...parks.suffixes].sort((a, b) => b.length - a.length);
const AREA_SUFFIXES = [...parks.areaSuffixes].sort((a, b) => b.length - a.length);
const SUFFIX_PATTERN = new RegExp(`(?:${[...AREA_SUFFIXES, ...SUFFIXES, ...parks.areaWithSubArea].join('|')})`, 'g');
/** A named base or sub-area after a park's name belongs to it (榆次工业园区寇村基地). */
const SUB_BASE = /^[\u4e00-\u9fff]{2}(?:基地|片区)/;
const MAX_NAME_PREFIX = 20;

/**
 * Named parks (晋中经济技术开发区, 阳煤昔阳化工园区, 中鼎物流园, 山西转型综改示范区): a park
 * suffix and the name that runs left of it to the start of its clause, cut after the last
 * word that cannot be part of a name. A suffix with nothing but generic words before it
 * (开发区, 现代工业园区, 省级经济技术开发区) names no park.
 */
export function findParks(text: string): Hit[] {
  const hits: Hit[] = [];
  SUFFIX_PATTERN.lastIndex = 0;
  for (let m = SUFFIX_PATTERN.exec(text); m; m = SUFFIX_PATTERN.exec(text)) {
    const suffixStart = m.index;
    let suffixEnd = m.index + m[0].length;
    // 园区 right after a suffix word ending in 园 (产业园区) is the same suffix, read longer.
    if (text.startsWith('区', suffixEnd) && m[0].endsWith('园')) suffixEnd += 1;
    SUFFIX_PATTERN.lastIndex = suffixEnd;
    const bare = parks.areaWithSubArea.includes(m[0]);
    const isArea = bare || AREA_SUFFIXES.includes(m[0]);
    // 山西转型综改示范区晋中区: a zone's named sub-area is part of its name; 示范区晋中区 (the
    // zone said short) is a park only by its sub-area.
    const subArea = isArea ? /^[\u4e00-\u9fff]{2}区(?![\u4e00-\u9fff]{0,1}[区园])/.exec(text.slice(suffixEnd)) : null;
    if (bare && !subArea) continue;
    if (subArea) suffixEnd += subArea[0].length;
    else {
      const base = SUB_BASE.exec(text.slice(suffixEnd));
      if (base && !/[\u4e00-\u9fff]/.test(text[suffixEnd + base[0].length] ?? '')) suffixEnd += base[0].length;
    }
    const clause = clauseStart(text, suffixStart, { maxLength: MAX_NAME_PREFIX, allowBrackets: true });
    const start = cutAtBoundary(text, clause.start, suffixStart);
    if (clause.truncated && start === clause.start) continue;
    const prefix = text.slice(start, suffixStart);
    if (!isArea && isGenericPrefix(prefix)) continue;
    if (parks.notParks.some((word) => text.slice(start, suffixEnd).endsWith(word))) continue;
    const surface = text.slice(start, suffixEnd);
    hits.push({ start, end: suffixEnd, surface, name: nameOf(surface), ruleId: isArea ? 'park.area-suffix' : 'park.suffix' });
  }
  for (const name of parks.names) {
    // Quote marks inside a name are no part of it (山西“农谷” is 山西农谷).
    const pattern = new RegExp([...name].join('[“”"]?'), 'g');
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      hits.push({ start: m.index, end: m.index + m[0].length, surface: m[0], name, ruleId: 'park.vocabulary' });
    }
  }
  // A park inside a park reads as one name (晋中经济技术开发区国际合作园区).
  return longestFirst(hits);
}
