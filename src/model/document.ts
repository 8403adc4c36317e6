/** What the read stage produces: the exact decoded source of one file and its identity. */
export type SourceEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface SourceDocument {
  /** Path as given by the user (used in error messages). */
  path: string;
  /** Base name of the file, e.g. `jinzhong-13th-fyp-2016.txt`. */
  fileName: string;
  encoding: SourceEncoding;
  byteLength: number;
  /** sha256 (hex) of the raw bytes: the identity of this edition of the document. */
  sha256: string;
  /** The decoded text exactly, BOM removed. Every offset in the graph points into this string. */
  text: string;
}

export type PlanKind = 'five-year-plan' | 'work-report' | 'other';

/** Metadata of a plan: read from the text, then filled and overridden by the manifest. */
export interface PlanMeta {
  /** Stable identity across editions: the manifest id, or a slug of title + region + period. */
  id: string;
  title: string;
  kind: PlanKind;
  /** Issuing region as written, e.g. 晋中市, 晋城市城区, 山西省. */
  regionName: string;
  /** GB/T 2260 / statistical code of the issuing region, when known. */
  regionCode: string | null;
  periodStart: number | null;
  periodEnd: number | null;
  /** ISO date (YYYY-MM-DD) of issue or delivery. */
  issuedOn: string | null;
  draft: boolean;
  sourceFile: string;
}
