// The selected entity's facts: type, aliases, codes, the places and things it is tied to.
import { h } from '../dom.ts';
import type { EntityDetails, EntityRef } from '../types.ts';
import { entityChip, typeBadge, type PickEntity } from './chips.ts';

export interface FactActions {
  onPick: PickEntity;
  onExpand: () => void;
  onCollapse: () => void;
  canCollapse: boolean;
  onPathFrom: () => void;
  onPathTo: () => void;
}

function row(term: string, ...value: (Node | string | null | undefined)[]): HTMLElement[] {
  const present = value.filter((part) => part !== null && part !== undefined && part !== '');
  if (present.length === 0) return [];
  return [h('dt', {}, term), h('dd', {}, ...present)];
}

function refs(list: EntityRef[] | undefined, onPick: PickEntity, max = 40): HTMLElement | null {
  if (!list || list.length === 0) return null;
  const shown = list.slice(0, max).map((entity) => entityChip(entity, onPick));
  return h('span', { className: 'chips' }, shown, list.length > max ? h('span', { className: 'muted' }, ` +${list.length - max} more`) : null);
}

function ref(entity: EntityRef | null | undefined, onPick: PickEntity): HTMLElement | null {
  return entity ? entityChip(entity, onPick) : null;
}

export function renderFacts(entity: EntityDetails, actions: FactActions): HTMLElement {
  const { onPick } = actions;
  const capacity = entity.capacity !== null && entity.capacity !== undefined ? `${entity.capacity} ${entity.capacityUnit ?? ''}`.trim() : null;
  const facts = h(
    'dl',
    { className: 'facts' },
    row('Type', typeBadge(entity.type)),
    row('Aliases', entity.aliases.length ? entity.aliases.join('、') : null),
    row('Mentioned', `${entity.mentionCount} times in ${entity.plans.length} ${entity.plans.length === 1 ? 'plan' : 'plans'}`),
    row('Code', entity.code ?? null),
    row('Level', entity.level ?? null),
    row('Former names', entity.formerNames?.length ? entity.formerNames.join('、') : null),
    row('Part of', ref(entity.parent, onPick)),
    row('Covers', refs(entity.covers, onPick)),
    row('Parks', refs(entity.parks, onPick)),
    row('Enterprise', ref(entity.enterprise, onPick)),
    row('Park', ref(entity.park, onPick)),
    row('Zone', ref(entity.zone, onPick)),
    row('Region', ref(entity.region, onPick)),
    row('Capacity', capacity),
    row('Projects', refs(entity.projects, onPick)),
    row('Divisions', refs(entity.children, onPick, 30)),
  );
  const buttons = h(
    'div',
    { className: 'actions' },
    h('button', { type: 'button', onclick: actions.onExpand, 'aria-keyshortcuts': 'E' }, 'Expand neighbours'),
    actions.canCollapse ? h('button', { type: 'button', onclick: actions.onCollapse, 'aria-keyshortcuts': 'C' }, 'Collapse') : null,
    h('button', { type: 'button', onclick: actions.onPathFrom }, 'Path from here'),
    h('button', { type: 'button', onclick: actions.onPathTo }, 'Path to here'),
  );
  return h('section', { className: 'facts-card', 'aria-label': `Facts about ${entity.name}` }, h('h2', { className: 'entity-name' }, entity.name), facts, buttons);
}
