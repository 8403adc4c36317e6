// An entity as a button: its type colour and name; activating it selects it on the canvas.
import { h } from '../dom.ts';
import { typeClass } from '../graph/elements.ts';
import { TYPE_STYLES } from '../graph/style.ts';
import type { EntityRef } from '../types.ts';

export type PickEntity = (entity: EntityRef) => void;

export function entityChip(entity: EntityRef, onPick: PickEntity): HTMLButtonElement {
  const typeLabel = TYPE_STYLES[entity.type]?.label ?? entity.type;
  return h(
    'button',
    {
      type: 'button',
      className: `chip ${typeClass(entity.type)}`,
      title: `${typeLabel}: show ${entity.name} on the graph`,
      'data-entity-id': entity.id,
      onclick: () => onPick(entity),
    },
    h('span', { className: 'chip-dot', 'aria-hidden': 'true' }),
    entity.name,
  );
}

export function typeBadge(type: string): HTMLElement {
  const style = TYPE_STYLES[type as keyof typeof TYPE_STYLES];
  return h('span', { className: `type-badge ${typeClass(type)}` }, style?.label ?? type);
}
