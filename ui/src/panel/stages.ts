// How a stage reads, wherever the explorer shows one (the timeline strip, the Compare plans
// view): a colour, and for readers who do not see it, a letter and a shape, and words.
import type { Stage } from '../types.ts';

export interface StageMark {
  /** The stage, or 'none' when the passage names no stage (or one the explorer does not know). */
  key: Stage | 'none';
  /** Drawn inside the mark: the stage reads without colour. */
  letter: string;
  /** What the legend, the tooltip and screen readers say. */
  label: string;
  /** status-planned …, status-none: the stylesheet's colour and shape. */
  className: string;
}

/** In the order a project goes through them; the legend lists them so. */
export const STAGES: readonly Stage[] = ['planned', 'started', 'underway', 'completed'];

const MARKS: Record<StageMark['key'], Omit<StageMark, 'key' | 'className'>> = {
  planned: { letter: 'P', label: '规划 planned' },
  started: { letter: 'S', label: '开工 started' },
  underway: { letter: 'U', label: '在建 underway' },
  completed: { letter: 'C', label: '建成 completed' },
  none: { letter: '–', label: 'no stage named' },
};

export function isStage(value: string | null | undefined): value is Stage {
  return STAGES.some((stage) => stage === value);
}

export function stageMark(status: string | null | undefined): StageMark {
  const key = isStage(status) ? status : 'none';
  return { key, ...MARKS[key], className: `status-${key}` };
}

/** Every mark the legend shows: the four stages, then the neutral one. */
export function legendMarks(): StageMark[] {
  return [...STAGES, null].map((stage) => stageMark(stage));
}
