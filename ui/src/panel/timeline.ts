// The timeline strip: one mark per plan that mentions the entity, in date order, coloured and
// lettered by the stage the plan names; hovering or focusing a mark shows what the plan says
// (stage, cue, figures), and activating it opens the deciding passage in the reader. Plans come
// a page at a time, with a button for more.
import { h, uniqueId } from '../dom.ts';
import type { TimelinePoint } from '../types.ts';
import { stageGlyph, stageLegend } from './stage-marks.ts';
import { timelineHeading, timelineMark, type TimelineMark } from './timeline-view.ts';
import type { OpenReader } from './trace.ts';

export interface TimelineSource {
  /** The first page of points, already fetched. */
  first: TimelinePoint[];
  /** Points per page: a full page means more may follow. */
  pageSize: number;
  /** The page of points after a cursor. */
  more(after: string): Promise<TimelinePoint[]>;
}

/** The strip, or null when no plan mentions the entity (the trace says so). */
export function renderTimeline(source: TimelineSource, onOpenReader: OpenReader): HTMLElement | null {
  if (source.first.length === 0) return null;
  const headingId = uniqueId('timeline-heading');
  const heading = h('h3', { id: headingId });
  const strip = h('ol', { className: 'timeline-strip' });
  const footer = h('div', { className: 'timeline-more' });
  let count = 0;

  const add = (page: TimelinePoint[]) => {
    count += page.length;
    strip.append(...page.map((point) => pointItem(timelineMark(point), onOpenReader)));
    const last = page.at(-1);
    const more = page.length === source.pageSize && last !== undefined;
    heading.textContent = timelineHeading(count, more);
    footer.replaceChildren();
    if (more) footer.append(moreButton(() => source.more(last.cursor).then(add)));
  };
  add(source.first);
  return h(
    'section',
    { className: 'timeline', 'aria-labelledby': headingId },
    heading,
    stageLegend(),
    h('div', { className: 'timeline-body' }, h('div', { className: 'timeline-scroll' }, strip)),
    footer,
  );
}

function moreButton(load: () => Promise<void>): HTMLButtonElement {
  const button = h('button', { type: 'button', className: 'link-button more-timeline' }, 'More plans on the timeline');
  button.addEventListener('click', () => {
    button.disabled = true;
    button.textContent = 'Loading…';
    load().catch(() => {
      button.disabled = false;
      button.textContent = 'More plans on the timeline (the last try failed)';
    });
  });
  return button;
}

function pointItem(mark: TimelineMark, onOpenReader: OpenReader): HTMLElement {
  const tipId = uniqueId('timeline-tip');
  const tip = h(
    'div',
    { className: 'timeline-tip', role: 'tooltip', id: tipId },
    h('strong', {}, mark.tip.heading),
    mark.tip.lines.map((line) => h('p', {}, line)),
  );
  const item = h('li', { className: 'timeline-point', 'data-plan-id': mark.planId, 'data-status': mark.stage.key });
  const button = h(
    'button',
    {
      type: 'button',
      className: `timeline-mark ${mark.stage.className}`,
      'aria-label': mark.name,
      'aria-describedby': tipId,
      onclick: () => onOpenReader(mark.passage.sectionId, { start: mark.passage.start, end: mark.passage.end }),
    },
    stageGlyph(mark.stage),
  );
  // Escape hides a tooltip that covers what is under it (WCAG 1.4.13); leaving brings it back.
  button.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') item.classList.add('tip-dismissed');
  });
  const reset = () => item.classList.remove('tip-dismissed');
  button.addEventListener('blur', reset);
  item.addEventListener('mouseleave', reset);
  item.append(button, h('span', { className: 'timeline-year' }, mark.year), h('span', { className: 'timeline-plan' }, mark.shortTitle), tip);
  return item;
}
