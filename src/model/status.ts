/**
 * What a plan says about a project at one mention: the stage the passage names for it and the
 * figures it gives (issue 16). The definitions are those of the annotation guidelines
 * (tests/fixtures/annotations/status/GUIDELINES.md); `none` is the absence of a status.
 */

/** The stages a passage can name for a project, least advanced first. */
export const STAGES = ['planned', 'started', 'underway', 'completed'] as const;
export type Stage = (typeof STAGES)[number];

/** How far along a stage is: the most advanced stage named for a mention wins. */
export function stageRank(stage: Stage): number {
  return STAGES.indexOf(stage);
}

/** The stage the passage around a mention names for it, and the words that named it. */
export interface MentionStatus {
  stage: Stage;
  /** The words that decided the stage, exactly as written (建成通车, 开工建设). */
  cue: string;
  /** The id of the rule that read it (src/extract/rules.ts). */
  ruleId: string;
  /** Offsets of `cue` in the section's text. */
  start: number;
  end: number;
}

export const FIGURE_MEASURES = ['investment', 'capacity', 'length', 'area', 'count', 'target', 'other'] as const;
export type FigureMeasure = (typeof FIGURE_MEASURES)[number];

/** The base units figures are converted to, so that figures written in different units compare. */
export type BaseUnit = '元' | '吨' | '千瓦' | '米' | '平方米';

/** A number the passage gives about a project: how much it costs, makes, runs, covers or counts. */
export interface Figure {
  measure: FigureMeasure;
  /** The number as written, as a number (12.5 for 12.5亿元; the first of a range). */
  value: number;
  /** The unit exactly as written (亿元, 万吨, 万吨/年, MW, 公里, 亩). */
  unit: string;
  /** The figure as written, with its measure word and qualifiers (总投资12.5亿元, 超过100亿元). */
  text: string;
  /** The value in its base unit, where the unit converts to one (12.5亿元 → 1.25e9 元). */
  base?: { value: number; unit: BaseUnit };
  /** Offsets of `text` in the section's text. */
  start: number;
  end: number;
  ruleId: string;
}
