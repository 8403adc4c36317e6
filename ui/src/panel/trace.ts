// The trace: every plan that mentions the entity, in date order, each passage with the mention
// highlighted, its section path, and a way into the reader.
import { h } from '../dom.ts';
import type { PlanTrace, TraceMention } from '../types.ts';
import { markedSnippet, sectionPath } from './marked.ts';

export type OpenReader = (sectionId: string, mention: { start: number; end: number }) => void;

export function renderTrace(traces: PlanTrace[], onOpenReader: OpenReader): HTMLElement {
  if (traces.length === 0) return h('p', { className: 'muted trace-empty' }, 'No plan mentions it.');
  const total = traces.reduce((sum, trace) => sum + trace.mentions.length, 0);
  return h(
    'section',
    { className: 'trace', 'aria-label': 'Trace through the plans' },
    h('h3', {}, `In ${traces.length} ${traces.length === 1 ? 'plan' : 'plans'}, ${total} ${total === 1 ? 'passage' : 'passages'}`),
    h(
      'ol',
      { className: 'trace-plans' },
      traces.map((trace) =>
        h(
          'li',
          { className: 'trace-plan', 'data-plan-id': trace.plan.id },
          h(
            'h4',
            {},
            trace.plan.title,
            ' ',
            h('span', { className: 'muted' }, trace.plan.issuedOn ?? ''),
            trace.plan.draft ? h('span', { className: 'badge' }, '讨论稿 draft') : null,
          ),
          h('ol', { className: 'passages' }, trace.mentions.map((mention) => passage(mention, onOpenReader))),
        ),
      ),
    ),
  );
}

function passage(mention: TraceMention, onOpenReader: OpenReader): HTMLElement {
  return h(
    'li',
    { className: 'passage' },
    h('p', { className: 'section-path' }, sectionPath(mention.section.path.length ? mention.section.path : [mention.section.title])),
    markedSnippet(mention.snippet, mention.snippetStart, mention.text),
    h(
      'button',
      {
        type: 'button',
        className: 'link-button open-reader',
        onclick: () => onOpenReader(mention.section.id, { start: mention.start, end: mention.end }),
      },
      'Read the section',
    ),
  );
}
