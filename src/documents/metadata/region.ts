/**
 * Issuing regions by their grammar: a division's name ends in the word for its kind (省, 自治区,
 * 市, 自治州, 地区, 盟, 县, 自治县, 旗, 区, 镇, 乡), and a compound issuer is a chain of them
 * (晋城市城区). The gazetteer confirms a chain the grammar alone cannot delimit and gives the
 * division's code when the name is unambiguous.
 */
import { loadGazetteer, type Gazetteer, type GazetteerRow } from '../../gazetteer/index.ts';
import { NATIONAL_REGION } from '../../model/document.ts';

const SUFFIX = '(?:特别行政区|自治区|自治州|自治县|自治旗|地区|省|市|盟|县|旗|区|镇|乡)';
/** One division's name: the shortest run of characters that ends in a division word. */
const UNIT = new RegExp(`^[\\u4e00-\\u9fff]{1,14}?${SUFFIX}`);
/** A name written for the whole country: the state, the State Council, the National People's Congress. */
const NATIONAL = /^(?:中华人民共和国|全国|国务院|国家|中共中央|中央)/;
/** The word for a kind of division alone (自治区主席: the office, not a region). */
const DIVISION_WORD = /^(?:自治[区州县旗]|特别行政区)$/;

/** Looks division names up; the committed gazetteer in the pipeline, a stub or nothing in tests. */
export interface PlaceIndex {
  /** Whether the names, in order, are a chain of divisions each inside the one before. */
  knows(units: readonly string[]): boolean;
  /** The code of the division a (possibly compound) name denotes, when only one fits. */
  codeOf(name: string): string | null;
}

/** A whole name as a chain of up to four division names (新乡市: not 新乡 and a stray 市). */
const CHAIN = new RegExp(`^(?:[\\u4e00-\\u9fff]{1,14}?${SUFFIX}){1,4}$`);

/** Division-name units at the start of `text`: 晋城市城区国民经济… → [晋城市, 城区]. */
export function unitsAt(text: string, most = 4): string[] {
  const units: string[] = [];
  let rest = text;
  while (units.length < most) {
    const unit = UNIT.exec(rest)?.[0];
    if (!unit) break;
    units.push(unit);
    rest = rest.slice(unit.length);
  }
  return units;
}

/** Whether `name` is, by its grammar, the name of a division or a chain of them. */
export function isRegionName(name: string): boolean {
  return !DIVISION_WORD.test(name) && CHAIN.test(name);
}

/** NATIONAL_REGION for a name of the whole country, else null. */
export function nationalName(text: string): string | null {
  return NATIONAL.test(text) ? NATIONAL_REGION : null;
}

/**
 * The issuing region a title opens with. A run of division names is kept as far as the text
 * after it vouches for it (`follows`: the subject of the title, a dateline, the end) or as far
 * as the gazetteer knows it as a chain (山西省 in 山西省新材料产业发展规划; not 山西省城市 in
 * 山西省城市总体规划).
 */
export function leadingRegion(text: string, follows: RegExp, places: PlaceIndex | null): string | null {
  const national = nationalName(text);
  if (national) return national;
  const units = unitsAt(text);
  for (let k = units.length; k >= 1; k--) {
    const chain = units.slice(0, k);
    const name = chain.join('');
    if (follows.test(text.slice(name.length)) || places?.knows(chain)) return name;
  }
  return null;
}

const LEVEL_RANK: Readonly<Record<GazetteerRow['level'], number>> = { province: 0, prefecture: 1, county: 2, township: 3 };

/** The divisions a chain of names denotes: each named (full or former name) and inside the one before. */
function chainRows(gazetteer: Gazetteer, units: readonly string[]): GazetteerRow[] {
  let candidates: GazetteerRow[] = [];
  for (const [i, unit] of units.entries()) {
    const parents = candidates;
    const named = gazetteer
      .byName(unit)
      .filter((entry) => entry.form !== 'short' && entry.row.kind === 'region')
      .map((entry) => entry.row);
    candidates = i === 0 ? named : named.filter((row) => parents.some((parent) => gazetteer.isWithin(row.code, parent.code)));
    if (candidates.length === 0) return [];
  }
  return candidates;
}

/** A PlaceIndex over a gazetteer; `gazetteerOf` is called on first use only. */
export function placesOf(gazetteerOf: () => Gazetteer): PlaceIndex {
  return {
    knows: (units) => units.length > 0 && chainRows(gazetteerOf(), units).length > 0,
    codeOf: (name) => {
      const units = unitsAt(name);
      if (units.join('') !== name) return null;
      const rows = chainRows(gazetteerOf(), units);
      // 城区 names a county-level district and, under some counties, a township: the issuer is the higher one.
      const top = Math.min(...rows.map((row) => LEVEL_RANK[row.level]));
      const highest = rows.filter((row) => LEVEL_RANK[row.level] === top);
      return highest.length === 1 ? (highest[0]?.code ?? null) : null;
    },
  };
}

/** The committed gazetteer (data/gazetteer), read on the first lookup. */
export const committedPlaces: PlaceIndex = placesOf(loadGazetteer);
