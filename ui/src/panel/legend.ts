// The legend doubles as the type filter: each type's colour, shape name and a show/hide box.
// The Compare plans view filters its lists by type with the same boxes.
import { h } from '../dom.ts';
import { typeClass } from '../graph/elements.ts';
import { NODE_TYPES, TYPE_STYLES } from '../graph/style.ts';
import type { NodeType } from '../types.ts';

/** A type's box, swatch and name, as the legend shows them; `id` must be unique on the page. */
export function typeCheckbox(type: NodeType, id: string, checked: boolean, onToggle: (type: NodeType, checked: boolean) => void): HTMLElement {
  const input = h('input', { type: 'checkbox', id, 'data-type': type });
  input.checked = checked;
  input.addEventListener('change', () => onToggle(type, input.checked));
  return h(
    'div',
    { className: 'legend-item' },
    input,
    h('label', { for: id }, h('span', { className: `swatch ${typeClass(type)} shape-${TYPE_STYLES[type].shape}`, 'aria-hidden': 'true' }), TYPE_STYLES[type].label),
  );
}

export function renderLegend(hiddenTypes: ReadonlySet<string>, onToggle: (type: string, visible: boolean) => void): HTMLElement {
  return h(
    'fieldset',
    { className: 'legend' },
    h('legend', {}, 'Types shown'),
    NODE_TYPES.map((type) => typeCheckbox(type, `legend-${type.toLowerCase()}`, !hiddenTypes.has(type), onToggle)),
  );
}
