// The curation controls of the Selection tab, for curators and admins only (readers get
// nothing, not even disabled buttons): corrections of one entity, and of several selected.
import { h } from '../dom.ts';
import type { EntityRef } from '../types.ts';
import { askAddAlias, askMerge, askReject, askRelation, askRemoveAlias, askRename, askRetype, type Submit } from './curation-dialogs.ts';

type Ask = () => Promise<boolean>;

function controls(label: string, buttons: [string, Ask, string?][]): HTMLElement {
  return h(
    'section',
    { className: 'curation-controls', 'aria-label': label },
    h('h3', {}, 'Correct'),
    h(
      'div',
      { className: 'actions' },
      buttons.map(([text, ask, className]) => h('button', { type: 'button', className: className ?? null, 'data-curation': text, onclick: () => void ask() }, text)),
    ),
  );
}

/** Regions come from the official divisions: they are renamed and given aliases, never retyped or rejected. */
export function entityCurationControls(entity: EntityRef & { aliases: readonly string[] }, submit: Submit): HTMLElement {
  const official = entity.type === 'REGION';
  const buttons: ([string, Ask, string?] | null)[] = [
    ['Rename…', () => askRename(entity, submit)],
    official ? null : ['Retype…', () => askRetype(entity, submit)],
    ['Add alias…', () => askAddAlias(entity, submit)],
    entity.aliases.length ? ['Remove alias…', () => askRemoveAlias(entity, entity.aliases, submit)] : null,
    official ? null : ['Reject…', () => askReject(entity, submit), 'danger'],
  ];
  return controls(`Correct ${entity.name}`, buttons.filter((button) => button !== null));
}

export function selectionCurationControls(entities: readonly EntityRef[], submit: Submit): HTMLElement {
  return controls(`Correct the ${entities.length} selected entities`, [
    ['Merge…', () => askMerge(entities, submit)],
    ['Add relationship…', () => askRelation('ADD_RELATION', entities, submit)],
    ['Remove relationship…', () => askRelation('REMOVE_RELATION', entities, submit)],
  ]);
}
