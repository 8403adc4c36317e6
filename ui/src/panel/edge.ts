// A selected relationship: what it says and the passages it was read from.
import { h } from '../dom.ts';
import type { Evidence } from '../types.ts';
import { sectionPath, snippetWithNames } from './marked.ts';
import type { EdgeView } from './selection-view.ts';

export function renderEvidence(evidence: Evidence[], names: string[]): HTMLElement {
  if (evidence.length === 0) return h('p', { className: 'muted' }, 'No passage recorded for this link.');
  return h(
    'ol',
    { className: 'evidence' },
    evidence.map((item) =>
      h(
        'li',
        { className: 'passage' },
        h('p', { className: 'section-path' }, h('strong', {}, item.plan.title), ' · ', sectionPath(item.section.path.length ? item.section.path : [item.section.title])),
        snippetWithNames(item.snippet, names),
        h('p', { className: 'muted rule' }, `rule ${item.ruleId}`),
      ),
    ),
  );
}

export function renderEdge(view: EdgeView): HTMLElement {
  return h(
    'section',
    { className: 'edge-card', 'aria-label': 'Relationship' },
    h('h2', {}, view.heading),
    h('p', {}, view.relation),
    h('h3', {}, view.evidenceHeading),
    renderEvidence(view.evidence, view.names),
  );
}
