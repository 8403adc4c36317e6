/** What the read stage produces: the exact decoded source of one file and its identity. */
export type SourceEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** The kinds of file PlanGraph reads; each has its reader in src/documents/. */
export type SourceFormat = 'text' | 'pdf' | 'docx' | 'html' | 'markdown';

/**
 * The text a reader took out of a file. For plain text it is the file decoded; for PDF, Word,
 * HTML and Markdown it is the text PlanGraph extracted (markup, page furniture and navigation
 * dropped, headings and paragraphs each on a line of their own, blank lines between blocks).
 * Every offset in the graph points into this string, and it is stored with the plan.
 */
export interface ExtractedText {
  text: string;
  /**
   * Where each page starts in `text`: `pageStarts[k]` is the offset of the first character of
   * page k + 1, so `pageStarts[0]` is 0 and the array is strictly increasing. Only formats with
   * pages (PDF) have it.
   */
  pageStarts?: number[];
  /** The text encoding of a text-based file (plain text, HTML, Markdown); binary formats have none. */
  encoding?: SourceEncoding;
}

export interface SourceDocument {
  /** Path as given by the user (used in error messages). */
  path: string;
  /** Base name of the file, e.g. `jinzhong-13th-fyp-2016.txt`. */
  fileName: string;
  format: SourceFormat;
  /** The encoding of a text-based file; 'binary' for PDF and Word, whose text is not stored as a character stream. */
  encoding: SourceEncoding | 'binary';
  byteLength: number;
  /** sha256 (hex) of the raw bytes: the identity of this edition of the document. */
  sha256: string;
  /**
   * The decoded text exactly (BOM removed) for a text file, the extracted text for the other
   * formats (see ExtractedText). Every offset in the graph points into this string.
   */
  text: string;
  /** Page starts in `text` (ExtractedText.pageStarts); absent for formats without pages. */
  pageStarts?: number[];
}

/**
 * What kind of document a plan is: a five-year plan outline (国民经济和社会发展…规划纲要, the
 * older national 五年计划), a government work report (政府工作报告), a special plan for one
 * field or sector (专项规划, 《山西省“十四五”新材料产业发展规划》), an action plan or
 * implementation programme (行动计划, 行动方案, 实施方案, 三年行动), or anything else.
 */
export const PLAN_KINDS = ['five-year-plan', 'work-report', 'special-plan', 'action-plan', 'other'] as const;
export type PlanKind = (typeof PLAN_KINDS)[number];

/** The issuing region of national plans and reports (the State Council, the National People's Congress). */
export const NATIONAL_REGION = '中华人民共和国';

/** Metadata of a plan: read from the text, then filled and overridden by the manifest. */
export interface PlanMeta {
  /** Stable identity across editions: the manifest id, or a slug of title + region + period. */
  id: string;
  title: string;
  kind: PlanKind;
  /**
   * Issuing region as written, e.g. 晋中市, 晋城市城区, 山西省; `中华人民共和国` (NATIONAL_REGION)
   * for the national level (国务院, 全国人民代表大会); '' when the text does not say.
   */
  regionName: string;
  /** GB/T 2260 / statistical code of the issuing region, when known. */
  regionCode: string | null;
  periodStart: number | null;
  periodEnd: number | null;
  /** ISO date (YYYY-MM-DD) of issue or delivery. */
  issuedOn: string | null;
  draft: boolean;
  /** Who delivered a work report, by name (张三 for `市长 张三`); null when the text names nobody. */
  speaker: string | null;
  /** The speaker's office as the heading states it, without the region: 市长, 代市长, 省长, 总理; null when not stated. */
  speakerOffice: string | null;
  sourceFile: string;
}
