/** A half-open range [start, end) of UTF-16 code units. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Normalised text with a map back to the source. `toSource[i]` is the source offset of
 * normalised character i; `toSource[text.length]` is the source offset just after the last
 * kept character, so a normalised span [s, e) maps to the source span
 * [toSource[s], toSource[e - 1] + 1).
 */
export interface NormalizedText {
  text: string;
  toSource: Int32Array;
  /**
   * Offsets of line starts (in `text`) that the source set apart from the line before by
   * layout alone: two or more blank lines, or a return from a box's smaller print to body
   * print. Normalisation keeps one '\n' between paragraphs, so this is where the end of a
   * 专栏 box that has no heading after it survives. Absent when nothing was set apart.
   */
  blockBreaks?: number[];
}

/** Repetition found and removed by normalisation (e.g. the 2017 report pasted eight times). */
export interface Repetition {
  /** How many copies of the repeated block the source holds (8 for the 2017 report). */
  copies: number;
  /** Length in source characters of one copy. */
  blockLength: number;
  /** Source span that was kept (the first copy). */
  kept: Span;
  scope: 'document' | 'block';
}
