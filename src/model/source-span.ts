/**
 * Where a passage of a plan is: the one shape of evidence, from the loader's rows to the API's
 * answers. Offsets count UTF-16 code units, as JavaScript strings do: `start`/`end` into the
 * section's own text, `sourceStart`/`sourceEnd` into the plan's decoded source, so that
 * `source.slice(sourceStart, sourceEnd)` is the very passage, line breaks included.
 */
export interface SourceSpan {
  planId: string;
  /** The section's id (`<plan id>@<version>#<ordinal>`, src/model/ids.ts). */
  sectionId: string;
  start: number;
  end: number;
  sourceStart: number;
  sourceEnd: number;
}
