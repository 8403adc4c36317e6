// What the timeline strip shows for each plan that mentions an entity, as plain data: the mark
// (stage colour, letter, shape), the short label under it, the tooltip's lines and the passage
// a click opens. timeline.ts draws it.
import type { TimelinePoint } from '../types.ts';
import { stageMark, type StageMark } from './stages.ts';

export interface TimelineMark {
  planId: string;
  stage: StageMark;
  /** Under the mark: the plan's year … */
  year: string;
  /** … and a few characters that say which plan it is (孝义市 五年规划). */
  shortTitle: string;
  /** The button's accessible name: the plan, its date and the stage. */
  name: string;
  /** The tooltip, shown on hover and on focus: the plan, then the stage, figures and mentions. */
  tip: { heading: string; lines: string[] };
  /** What a click opens in the reader. */
  passage: { sectionId: string; start: number; end: number };
}

const KIND_LABELS: Record<string, string> = {
  'five-year-plan': '五年规划',
  'work-report': '工作报告',
  'special-plan': '专项规划',
  'action-plan': '行动计划',
};

/** Characters of a title kept when a plan has no region or kind to be named by. */
const TITLE_SHOWN = 8;

/** 孝义市 五年规划: the issuing region and the kind of plan, else the start of its title. */
export function planShortTitle(plan: { title: string; kind: string; region?: { name: string } | null }): string {
  const kind = KIND_LABELS[plan.kind];
  if (plan.region && kind) return `${plan.region.name} ${kind}`;
  return plan.title.length > TITLE_SHOWN ? `${plan.title.slice(0, TITLE_SHOWN)}…` : plan.title;
}

const plural = (count: number, one: string, many: string) => `${count.toLocaleString('en')} ${count === 1 ? one : many}`;

export function stageLine(stage: StageMark, cue: string | null): string {
  if (stage.key === 'none') return 'No stage named';
  return cue ? `${stage.label}: “${cue}”` : stage.label;
}

export function timelineMark(point: TimelinePoint): TimelineMark {
  const stage = stageMark(point.status);
  const year = point.date?.slice(0, 4) ?? '';
  const draft = point.plan.draft ? ' (讨论稿 draft)' : '';
  const figures = point.figures.map((figure) => figure.text);
  return {
    planId: point.plan.id,
    stage,
    year,
    shortTitle: planShortTitle(point.plan),
    name: `${point.plan.title}${draft}${point.date ? `, ${point.date}` : ''}: ${stage.label}`,
    tip: {
      heading: `${point.plan.title}${draft}${point.date ? ` · ${point.date}` : ''}`,
      lines: [
        stageLine(stage, point.statusCue),
        ...(figures.length ? [`Figures: ${figures.join('，')}`] : []),
        `${plural(point.mentionCount, 'mention', 'mentions')} in this plan; Enter or click reads the passage`,
      ],
    },
    passage: { sectionId: point.passage.section.id, start: point.passage.start, end: point.passage.end },
  };
}

/** "In 3 plans" (or "… so far" while a full page says more may follow). */
export function timelineHeading(count: number, more: boolean): string {
  return `Timeline: ${plural(count, 'plan', 'plans')}${more ? ' so far' : ''}`;
}
