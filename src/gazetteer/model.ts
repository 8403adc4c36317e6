/** Rows of the administrative-division gazetteer (data/gazetteer/regions.json). */

export const REGION_LEVELS = ['province', 'prefecture', 'county', 'township'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

/**
 * `region`: an administrative division (becomes a Region).
 * `zone-unit`: a development zone that the statistical code list carries as a division
 * (山西转型综合改革示范区 140171, …晋中开发区 140702401): it must become a Park or Zone with
 * its code as a property, never a Region.
 */
export type RowKind = 'region' | 'zone-unit';

export interface GazetteerRow {
  /** 6 digits for province / prefecture / county (140000, 140700, 140702), 9 for townships. */
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
  /** Short forms the plans use (晋中 for 晋中市), derived by rule from the suffix. */
  shortNames: string[];
  /** Names the division had before a rename (太谷县), from data/gazetteer/changes.json. */
  formerNames: string[];
  kind: RowKind;
  /**
   * A name shared by several divisions and also an ordinary word (城区, 矿区, 郊区): it names a
   * place only where the issuing plan's region makes it unambiguous.
   */
  generic: boolean;
}

/** One reviewed rename, merge or re-coding (data/gazetteer/changes.json). */
export interface DivisionChange {
  year: number;
  from: { code: string; name: string };
  to: { code: string; name: string };
  note?: string;
}

export interface ChangesFile {
  description: string;
  changes: DivisionChange[];
}
