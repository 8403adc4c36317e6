// The dialog each correction asks through: what it needs (a name, a type, the node to keep …)
// and, always, a reason, kept in the audit log with the curator's name.
import { RELATION_KINDS, type Correction, type RelationKind } from '../curation-api.ts';
import { openFormDialog, type FormField } from '../form-dialog.ts';
import { RELATION_LABELS } from '../graph/elements.ts';
import { TYPE_STYLES } from '../graph/style.ts';
import { ENTITY_TYPES, type EntityRef, type EntityType } from '../types.ts';

/** Runs a correction with its reason; throws the server's error. */
export type Submit = (correction: Correction, reason: string) => Promise<unknown>;

const REASON: FormField = { name: 'reason', label: 'Reason', kind: 'textarea', required: true, hint: 'Kept in the audit log with your name.' };

const entityOptions = (entities: readonly EntityRef[]) => entities.map((entity) => ({ value: entity.id, label: `${entity.name} (${TYPE_STYLES[entity.type]?.label ?? entity.type})` }));

function ask(title: string, intro: string, fields: FormField[], submitLabel: string, build: (values: Record<string, string>) => Correction, submit: Submit): Promise<boolean> {
  return openFormDialog({
    title,
    intro,
    fields: [...fields, REASON],
    submitLabel,
    className: 'curation-dialog',
    // The panel is drawn anew after a correction: the note's Undo is the next thing to reach for.
    fallbackFocus: () => document.querySelector<HTMLElement>('#curation-toast .toast-undo, #panel-selection'),
    submit: async (values) => {
      await submit(build(values), values.reason!);
    },
  });
}

export function askRename(entity: EntityRef, submit: Submit): Promise<boolean> {
  const fields: FormField[] = [{ name: 'name', label: 'New name', kind: 'text', value: entity.name, required: true }];
  return ask(`Rename ${entity.name}`, 'The old name stays an alias.', fields, 'Rename', (values) => ({ kind: 'RENAME', id: entity.id, name: values.name! }), submit);
}

export function askRetype(entity: EntityRef, submit: Submit): Promise<boolean> {
  // Regions come from the official divisions: nothing is retyped to or from REGION (the server says so too).
  const options = ENTITY_TYPES.filter((type) => type !== 'REGION' && type !== entity.type).map((type) => ({ value: type, label: TYPE_STYLES[type].label }));
  const fields: FormField[] = [{ name: 'type', label: 'New type', kind: 'select', options, required: true }];
  return ask(`Retype ${entity.name}`, 'The id stays; the node takes the new type’s colour and shape.', fields, 'Retype', (values) => ({ kind: 'RETYPE', id: entity.id, type: values.type as EntityType }), submit);
}

export function askReject(entity: EntityRef, submit: Submit): Promise<boolean> {
  const intro = `${entity.name} is not an entity: it and its mentions are hidden (not deleted), and Undo brings them back.`;
  return ask(`Reject ${entity.name}`, intro, [], 'Reject', () => ({ kind: 'REJECT', id: entity.id }), submit);
}

export function askAddAlias(entity: EntityRef, submit: Submit): Promise<boolean> {
  const fields: FormField[] = [{ name: 'alias', label: 'Alias', kind: 'text', required: true }];
  return ask(`Add an alias to ${entity.name}`, 'Search finds the entity by its aliases too.', fields, 'Add alias', (values) => ({ kind: 'ADD_ALIAS', id: entity.id, alias: values.alias! }), submit);
}

export function askRemoveAlias(entity: EntityRef, aliases: readonly string[], submit: Submit): Promise<boolean> {
  const fields: FormField[] = [{ name: 'alias', label: 'Alias', kind: 'select', options: aliases.map((alias) => ({ value: alias, label: alias })), required: true }];
  return ask(`Remove an alias of ${entity.name}`, 'The form is no longer taken for this entity.', fields, 'Remove alias', (values) => ({ kind: 'REMOVE_ALIAS', id: entity.id, alias: values.alias! }), submit);
}

export function askMerge(entities: readonly EntityRef[], submit: Submit): Promise<boolean> {
  const types = new Set(entities.map((entity) => entity.type));
  const warning = types.size > 1 ? ' They are not all of one type.' : '';
  const fields: FormField[] = [{ name: 'keep', label: 'Keep', kind: 'select', options: entityOptions(entities), value: entities[0]?.id, required: true, hint: 'It keeps its id; the others become its aliases.' }];
  const build = (values: Record<string, string>): Correction => ({ kind: 'MERGE', keepId: values.keep!, mergeIds: entities.map((entity) => entity.id).filter((id) => id !== values.keep) });
  return ask(`Merge ${entities.length} entities`, `One thing under ${entities.length} names: their relationships move to the one kept.${warning}`, fields, 'Merge', build, submit);
}

export function askRelation(kind: 'ADD_RELATION' | 'REMOVE_RELATION', entities: readonly EntityRef[], submit: Submit): Promise<boolean> {
  const options = entityOptions(entities);
  const fields: FormField[] = [
    { name: 'fromId', label: 'From', kind: 'select', options, value: entities[0]?.id, required: true },
    { name: 'type', label: 'Relationship', kind: 'select', options: RELATION_KINDS.map((type) => ({ value: type, label: RELATION_LABELS[type] ?? type })), required: true },
    { name: 'toId', label: 'To', kind: 'select', options, value: entities[1]?.id, required: true },
  ];
  const adding = kind === 'ADD_RELATION';
  const build = (values: Record<string, string>): Correction => ({ kind, type: values.type as RelationKind, fromId: values.fromId!, toId: values.toId! });
  return ask(adding ? 'Add a relationship' : 'Remove a relationship', adding ? 'A relationship the extractor missed.' : 'A relationship the extractor got wrong.', fields, adding ? 'Add' : 'Remove', build, submit);
}
