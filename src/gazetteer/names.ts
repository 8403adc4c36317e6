/**
 * Rules that derive the short forms plans use from official division names (晋中市 → 晋中,
 * 榆次区 → 榆次, 广西壮族自治区 → 广西), shared by the build script and the tests.
 */
import type { RegionLevel } from './model.ts';

/** The 55 officially recognised minority nationalities (GB/T 3304), without 族. */
const NATIONALITIES = [
  '蒙古', '回', '藏', '维吾尔', '苗', '彝', '壮', '布依', '朝鲜', '满', '侗', '瑶', '白', '土家',
  '哈尼', '哈萨克', '傣', '黎', '傈僳', '佤', '畲', '高山', '拉祜', '水', '东乡', '纳西', '景颇',
  '柯尔克孜', '土', '达斡尔', '仫佬', '羌', '布朗', '撒拉', '毛南', '仡佬', '锡伯', '阿昌', '普米',
  '塔吉克', '怒', '乌孜别克', '俄罗斯', '鄂温克', '德昂', '保安', '裕固', '京', '塔塔尔', '独龙',
  '鄂伦春', '赫哲', '门巴', '珞巴', '基诺',
];
const TRAILING_NATIONALITY = new RegExp(`(?:${[...NATIONALITIES].sort((a, b) => b.length - a.length).join('|')})族?$`);

/** Division suffixes by level, longest first. */
const SUFFIXES: Record<RegionLevel, string[]> = {
  province: ['特别行政区', '自治区', '省', '市'],
  prefecture: ['自治州', '地区', '市', '盟'],
  county: ['自治县', '自治旗', '林区', '特区', '县', '区', '市', '旗'],
  township: ['街道办事处', '民族乡', '苏木', '街道', '镇', '乡'],
};

/** Words that make a name a development area, not a place: such stems never stand alone. */
export const ZONE_UNIT_PATTERN = /开发区|示范区|园区|产业园|工业园|科技园|物流园|保税区|风景名胜区|产业集聚区|管理中心|管理委员会/;

/** Strip the level suffix (and nationality names before 自治…) from an official name. */
export function stemOf(name: string, level: RegionLevel): string {
  for (const suffix of SUFFIXES[level]) {
    if (name.endsWith(suffix) && name.length > suffix.length) {
      let stem = name.slice(0, -suffix.length);
      if (suffix.startsWith('自治')) {
        for (;;) {
          const match = TRAILING_NATIONALITY.exec(stem);
          if (!match || stem.length - match[0].length < 2) break;
          stem = stem.slice(0, match.index);
        }
      }
      return stem;
    }
  }
  return name;
}

/**
 * The short forms of a name: its stem when the stem is a usable name on its own (two or more
 * characters, not a development-area word). 祁县 → none (祁 is one character), 城区 → none.
 */
export function shortNamesOf(name: string, level: RegionLevel): string[] {
  const stem = stemOf(name, level);
  if (stem === name || stem.length < 2 || ZONE_UNIT_PATTERN.test(stem)) return [];
  return [stem];
}
