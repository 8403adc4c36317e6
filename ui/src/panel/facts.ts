// The selected entity's facts card: type, aliases, codes, the places and things it is tied to
// (facts-view.ts decides what), and what can be done with it.
import { h } from '../dom.ts';
import { entityChip, typeBadge, type PickEntity } from './chips.ts';
import type { FactValue, FactsView, PanelAction, PanelButton } from './facts-view.ts';

function renderValue(value: FactValue, onPick: PickEntity): Node | string {
  switch (value.kind) {
    case 'text':
      return value.text;
    case 'type':
      return typeBadge(value.type);
    case 'entity':
      return entityChip(value.entity, onPick);
    case 'entities': {
      const shown = value.entities.slice(0, value.max).map((entity) => entityChip(entity, onPick));
      const hidden = value.entities.length - value.max;
      return h('span', { className: 'chips' }, shown, hidden > 0 ? h('span', { className: 'muted' }, ` +${hidden} more`) : null);
    }
  }
}

export function renderButtons(buttons: PanelButton[], run: (action: PanelAction) => void): HTMLElement {
  return h(
    'div',
    { className: 'actions' },
    buttons.map((button) =>
      h('button', { type: 'button', className: button.primary ? 'primary' : null, 'aria-keyshortcuts': button.shortcut, onclick: () => run(button.action) }, button.label),
    ),
  );
}

export function renderFacts(view: FactsView, onPick: PickEntity, run: (action: PanelAction) => void): HTMLElement {
  const facts = h(
    'dl',
    { className: 'facts' },
    view.rows.flatMap((row) => [h('dt', {}, row.term), h('dd', {}, renderValue(row.value, onPick))]),
  );
  return h('section', { className: 'facts-card', 'aria-label': `Facts about ${view.name}` }, h('h2', { className: 'entity-name' }, view.name), facts, renderButtons(view.buttons, run));
}
