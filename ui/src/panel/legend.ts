// The legend doubles as the type filter: each type's colour, shape name and a show/hide box.
import { h } from '../dom.ts';
import { typeClass } from '../graph/elements.ts';
import { NODE_TYPES, TYPE_STYLES } from '../graph/style.ts';

export function renderLegend(hiddenTypes: ReadonlySet<string>, onToggle: (type: string, visible: boolean) => void): HTMLElement {
  return h(
    'fieldset',
    { className: 'legend' },
    h('legend', {}, 'Types shown'),
    NODE_TYPES.map((type) => {
      const id = `legend-${type.toLowerCase()}`;
      const input = h('input', { type: 'checkbox', id, 'data-type': type });
      input.checked = !hiddenTypes.has(type);
      input.addEventListener('change', () => onToggle(type, input.checked));
      return h(
        'div',
        { className: 'legend-item' },
        input,
        h('label', { for: id }, h('span', { className: `swatch ${typeClass(type)} shape-${TYPE_STYLES[type].shape}`, 'aria-hidden': 'true' }), TYPE_STYLES[type].label),
      );
    }),
  );
}
