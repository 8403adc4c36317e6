import type { Span } from './text.ts';

export type SectionKind =
  | 'root' // the preamble before the first heading
  | 'part' // 第X篇
  | 'chapter' // 第X章
  | 'section' // 第X节
  | 'box' // 专栏
  | 'table' // 表1-1 …
  | 'item'; // 一、 （一） in work reports

export interface Section {
  /** 0-based position in reading order within the plan. */
  ordinal: number;
  kind: SectionKind;
  title: string;
  /** Titles from the outermost ancestor down to this section. */
  path: string[];
  depth: number;
  parentOrdinal: number | null;
  /**
   * The section's own text (without child sections): its spans of normalised text joined
   * by '\n'. Offsets of mentions are into this string.
   */
  text: string;
  /** Where `text` comes from in the normalised text, in order. */
  spans: Span[];
  /** Whole extent (heading to end, children included) in normalised text. */
  extent: Span;
}
