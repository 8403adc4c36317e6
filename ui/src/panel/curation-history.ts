// An entity's corrections, newest first: kind, what it did, who, when, why, and whether it was
// undone or no longer applies (orphaned).
import type { Curation, CurationKind } from '../curation-api.ts';
import { h } from '../dom.ts';

const KIND_LABELS: Record<CurationKind, string> = {
  MERGE: 'Merge',
  SPLIT: 'Split',
  RENAME: 'Rename',
  RETYPE: 'Retype',
  REJECT: 'Reject',
  ADD_ALIAS: 'Alias added',
  REMOVE_ALIAS: 'Alias removed',
  ADD_RELATION: 'Relationship added',
  REMOVE_RELATION: 'Relationship removed',
  REVERT: 'Undo',
};

/** 2026-11-29T21:54:13.000Z → 2026-11-29 21:54 UTC */
export function curationTime(at: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(at);
  return match ? `${match[1]} ${match[2]} UTC` : at;
}

function item(curation: Curation): HTMLElement {
  const flags = [curation.revertedBy ? 'reverted' : null, curation.orphaned ? 'orphaned' : null].filter((flag): flag is string => flag !== null);
  return h(
    'li',
    { className: `curation${curation.revertedBy ? ' is-reverted' : ''}`, 'data-curation-id': curation.id, 'data-kind': curation.kind },
    h('p', { className: 'curation-head' }, h('span', { className: 'curation-kind' }, KIND_LABELS[curation.kind] ?? curation.kind), ' ', curation.summary, flags.map((flag) => h('span', { className: `badge curation-flag flag-${flag}` }, flag))),
    h('p', { className: 'curation-meta muted' }, `by ${curation.author}, `, h('time', { datetime: curation.at }, curationTime(curation.at))),
    h('p', { className: 'curation-reason' }, `“${curation.reason}”`),
  );
}

/** The history section; `track` counts the request as pending (a failure is only noted in it). */
export function renderCurationHistory(load: () => Promise<Curation[]>, track: (work: () => Promise<void>) => unknown): HTMLElement {
  const body = h('p', { className: 'muted' }, 'Loading corrections…');
  const section = h('section', { className: 'curation-history', 'aria-label': 'Corrections' }, h('h3', {}, 'Corrections'), body);
  void track(async () => {
    try {
      const curations = await load();
      body.replaceWith(curations.length ? h('ol', { className: 'curations' }, curations.map(item)) : h('p', { className: 'muted' }, 'No corrections.'));
    } catch {
      body.textContent = 'The corrections could not be loaded.';
    }
  });
  return section;
}
