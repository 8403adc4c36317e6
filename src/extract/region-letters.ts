import type { Gazetteer } from '../gazetteer/index.ts';

export interface RegionLetters {
  /** First letters of the short names of provinces and prefectures (太 of 太原, 忻 of 忻州). */
  regions: Set<string>;
  /** First letters of the short names of counties (离 of 离石, 柳 of 柳林). */
  counties: Set<string>;
}

/** First letters of the short names of the gazetteer's divisions, for abbreviated zone names. */
export function regionLetters(gazetteer: Gazetteer): RegionLetters {
  const regions = new Set<string>();
  const counties = new Set<string>();
  for (const row of gazetteer.rows) {
    if (row.kind !== 'region') continue;
    const set = row.level === 'province' || row.level === 'prefecture' ? regions : row.level === 'county' ? counties : undefined;
    for (const s of set ? row.shortNames : []) if (s[0] !== undefined) set?.add(s[0]);
  }
  return { regions, counties };
}
