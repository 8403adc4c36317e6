// A combobox that suggests entities as the user types (Chinese, pinyin, initials), with the
// type and the number of plans that mention each one. Arrows move, Enter picks, Escape closes.
import { ApiQueryError, type PlanGraphApi } from '../api.ts';
import { clear, h, uniqueId } from '../dom.ts';
import { typeClass } from '../graph/elements.ts';
import { TYPE_STYLES } from '../graph/style.ts';
import type { EntitySummary } from '../types.ts';

export interface SearchBoxOptions {
  api: PlanGraphApi;
  label: string;
  placeholder?: string;
  /** Keep the picked name in the box (path ends) or clear it (main search). */
  keepPicked?: boolean;
  debounceMs?: number;
  onPick: (entity: EntitySummary) => void;
}

export function planCount(entity: EntitySummary): number {
  return entity.planCount;
}

export class SearchBox {
  readonly element: HTMLElement;
  readonly input: HTMLInputElement;
  private readonly list: HTMLUListElement;
  private readonly status: HTMLElement;
  private results: EntitySummary[] = [];
  private active = -1;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private sequence = 0;
  private readonly listId = uniqueId('suggestions');

  constructor(private readonly options: SearchBoxOptions) {
    const inputId = uniqueId('search-input');
    this.input = h('input', {
      id: inputId,
      type: 'search',
      role: 'combobox',
      autocomplete: 'off',
      spellcheck: 'false',
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      'aria-controls': this.listId,
      placeholder: options.placeholder ?? '',
    });
    this.list = h('ul', { id: this.listId, role: 'listbox', className: 'suggestions', 'aria-label': `${options.label}: suggestions`, hidden: true });
    this.status = h('p', { className: 'search-status', 'aria-live': 'polite' });
    this.element = h('div', { className: 'search-box' }, h('label', { for: inputId, className: 'search-label' }, options.label), this.input, this.list, this.status);

    this.input.addEventListener('input', () => this.schedule());
    this.input.addEventListener('keydown', (event) => this.onKey(event));
    this.input.addEventListener('blur', () => setTimeout(() => this.close(), 150));
    this.input.addEventListener('focus', () => {
      if (this.results.length > 0 && this.input.value.trim()) this.open();
    });
  }

  setValue(text: string): void {
    this.input.value = text;
  }

  private schedule(): void {
    clearTimeout(this.timer);
    const query = this.input.value.trim();
    if (!query) {
      this.sequence += 1;
      this.results = [];
      this.render();
      this.close();
      this.status.textContent = '';
      return;
    }
    this.timer = setTimeout(() => void this.fetch(query), this.options.debounceMs ?? 180);
  }

  private async fetch(query: string): Promise<void> {
    // Stale answers are ignored rather than aborted, so no request ever shows as failed.
    const sequence = ++this.sequence;
    try {
      const results = await this.options.api.search(query);
      if (sequence !== this.sequence) return;
      this.results = results;
      this.active = results.length > 0 ? 0 : -1;
      this.setStatus(results.length === 0 ? `Nothing found for “${query}”.` : `${results.length} suggestions.`, results.length === 0);
      this.render();
      this.open();
    } catch (error) {
      if (sequence !== this.sequence) return;
      this.results = [];
      this.render();
      this.close();
      this.setStatus(error instanceof ApiQueryError ? `Search failed: ${error.message}` : 'Search is unavailable while the API is down.', true);
    }
  }

  /** Counts are for screen readers only; problems are shown to everyone. */
  private setStatus(text: string, visible: boolean): void {
    this.status.textContent = text;
    this.status.classList.toggle('visually-hidden', !visible);
  }

  private render(): void {
    clear(this.list);
    this.results.forEach((entity, index) => {
      const style = TYPE_STYLES[entity.type];
      const plans = planCount(entity);
      const option = h(
        'li',
        {
          id: `${this.listId}-${index}`,
          role: 'option',
          className: `suggestion${index === this.active ? ' active' : ''}`,
          'aria-selected': index === this.active ? 'true' : 'false',
          'data-entity-id': entity.id,
        },
        h('span', { className: 'suggestion-name' }, entity.name),
        h('span', { className: `type-badge ${typeClass(entity.type)}` }, style?.label ?? entity.type),
        h('span', { className: 'suggestion-plans' }, `${plans} ${plans === 1 ? 'plan' : 'plans'}`),
      );
      // mousedown, not click: it fires before the input's blur closes the list.
      option.addEventListener('mousedown', (event) => {
        event.preventDefault();
        this.pick(index);
      });
      this.list.appendChild(option);
    });
    if (this.active >= 0) this.input.setAttribute('aria-activedescendant', `${this.listId}-${this.active}`);
    else this.input.removeAttribute('aria-activedescendant');
  }

  private onKey(event: KeyboardEvent): void {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (this.results.length === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      this.active = (this.active + step + this.results.length) % this.results.length;
      this.render();
      this.open();
      this.list.children[this.active]?.scrollIntoView({ block: 'nearest' });
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (this.active >= 0 && !this.list.hidden) this.pick(this.active);
      else if (this.input.value.trim()) {
        clearTimeout(this.timer);
        void this.fetch(this.input.value.trim());
      }
    } else if (event.key === 'Escape') {
      if (!this.list.hidden) {
        event.preventDefault();
        event.stopPropagation();
        this.close();
      } else if (this.input.value) {
        this.input.value = '';
        this.schedule();
      }
    }
  }

  private pick(index: number): void {
    const entity = this.results[index];
    if (!entity) return;
    this.close();
    this.input.value = this.options.keepPicked ? entity.name : '';
    if (!this.options.keepPicked) this.results = [];
    this.status.textContent = '';
    this.options.onPick(entity);
  }

  private open(): void {
    if (this.results.length === 0) return;
    this.list.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
  }

  close(): void {
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
  }
}
