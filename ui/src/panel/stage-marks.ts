// A stage drawn: a small shape in the stage's colour with its letter inside (stages.ts says
// which), and the legend of all five.
import { h } from '../dom.ts';
import { legendMarks, type StageMark } from './stages.ts';

/** The shape and letter alone; whoever shows it says the stage in words too. */
export function stageGlyph(mark: StageMark): HTMLElement {
  return h('span', { className: `stage-glyph ${mark.className}`, 'aria-hidden': 'true' }, mark.letter);
}

/** The glyph and its words, for lists (the Compare plans view). */
export function stageBadge(mark: StageMark): HTMLElement {
  return h('span', { className: 'stage-badge', 'data-status': mark.key }, stageGlyph(mark), ' ', mark.label);
}

export function stageLegend(): HTMLElement {
  return h(
    'ul',
    { className: 'stage-legend', 'aria-label': 'Stages' },
    legendMarks().map((mark) => h('li', {}, stageGlyph(mark), ' ', mark.label)),
  );
}
