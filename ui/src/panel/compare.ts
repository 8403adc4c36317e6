// The Compare plans view: pick two plans, the types and a region; see what only A mentions, what
// only B mentions and what both do, with each entity's stage (A → B for both). Each list shows
// its total and grows a page at a time; each entity is a way onto the canvas. What to ask and
// what the lists hold comes from compare-view.ts.
import type { Core } from 'cytoscape';
import type { CompareRequest, PlanGraphApi } from '../api.ts';
import { clear, h } from '../dom.ts';
import { COMPARE_PAGE } from '../limits.ts';
import { ENTITY_TYPES, type ComparedEntity, type EntityType, type PlanSummary } from '../types.ts';
import { entityChip, type PickEntity } from './chips.ts';
import {
  compareRequest,
  compareSummary,
  itemStage,
  listHeading,
  listsOf,
  listSubtitle,
  moreLabel,
  planName,
  regionOptions,
  withNextPage,
  type CompareList,
  type ListKey,
  type RegionOption,
} from './compare-view.ts';
import { typeCheckbox } from './legend.ts';
import { planLabel } from './plans.ts';
import { stageBadge, stageGlyph } from './stage-marks.ts';

export interface ComparePanelOptions {
  api: PlanGraphApi;
  /** Counts the requests as pending and reports their failure (Status.track). */
  track: (work: () => Promise<void>) => Promise<void | undefined>;
  /** The regions on the canvas, offered with the plans' own. */
  canvasRegions: () => RegionOption[];
  onPick: PickEntity;
}

/** What one drawn comparison was asked with: a "More" belongs to it, and is dropped once another is asked. */
interface Drawn {
  request: CompareRequest;
  sequence: number;
  names: { a: string; b: string };
}

/** The regions on the canvas, for the region choice. */
export function regionsOnCanvas(cy: Core): RegionOption[] {
  return cy.nodes('.type-region').map((node) => ({ id: node.id(), name: String(node.data('name')) }));
}

function select(id: string): HTMLSelectElement {
  return h('select', { id });
}

function field(label: string, control: HTMLSelectElement): HTMLElement {
  return h('div', { className: 'field' }, h('label', { for: control.id }, label), control);
}

/** The lists run long: links to each one's heading, with its total. */
function jumpLinks(lists: readonly CompareList[]): HTMLElement {
  const jump = (key: ListKey) => {
    const heading = document.getElementById(`compare-heading-${key}`);
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus();
  };
  return h(
    'nav',
    { className: 'compare-jump', 'aria-label': 'The three lists' },
    lists.map((list) => h('button', { type: 'button', className: 'link-button', onclick: () => jump(list.key) }, `${listHeading(list.key)} (${list.total.toLocaleString('en')})`)),
  );
}

export class ComparePanel {
  readonly element: HTMLElement;
  private readonly planA = select('compare-a');
  private readonly planB = select('compare-b');
  private readonly region = select('compare-region');
  private readonly types = new Set<EntityType>(ENTITY_TYPES);
  private readonly typeBoxes: HTMLElement;
  private readonly status = h('p', { className: 'compare-status', role: 'status', 'aria-live': 'polite' });
  private readonly result = h('div', { className: 'compare-result', 'data-state': 'idle' });
  private plans: PlanSummary[] = [];
  /** Counts the comparisons asked for, so that an answer to an earlier one is not drawn. */
  private sequence = 0;

  constructor(private readonly options: ComparePanelOptions) {
    this.typeBoxes = h('fieldset', { className: 'legend compare-types' });
    this.renderTypes();
    for (const control of [this.planA, this.planB, this.region]) control.addEventListener('change', () => this.compare());
    // The canvas changes while the view is open: its regions are read again as the choice opens.
    this.region.addEventListener('focus', () => this.renderRegions());
    this.element = h(
      'div',
      { className: 'compare-panel' },
      h('p', { className: 'muted' }, 'What two plans mention: only one of them, or both, and how a project’s stage moved from A to B.'),
      field('Plan A', this.planA),
      field('Plan B', this.planB),
      this.typeBoxes,
      field('Region (with what lies in it)', this.region),
      this.status,
      this.result,
    );
    this.setPlans([]);
  }

  /** The plans to choose from (the Plans tab loads them at start-up). */
  setPlans(plans: PlanSummary[]): void {
    this.plans = plans;
    for (const [control, prompt] of [[this.planA, 'Choose plan A…'], [this.planB, 'Choose plan B…']] as const) {
      const chosen = control.value;
      clear(control);
      control.append(h('option', { value: '' }, plans.length ? prompt : 'No plan loaded yet'), ...plans.map((plan) => h('option', { value: plan.id }, planLabel(plan))));
      control.value = plans.some((plan) => plan.id === chosen) ? chosen : '';
    }
    this.renderRegions();
  }

  /** Brings the view's first choice into focus (the toolbar's Compare plans). */
  focus(): void {
    this.planA.focus();
  }

  private renderRegions(): void {
    const chosen = this.region.value;
    const options = regionOptions(this.plans, this.options.canvasRegions());
    clear(this.region);
    this.region.append(h('option', { value: '' }, 'Any region'), ...options.map((region) => h('option', { value: region.id }, region.name)));
    this.region.value = options.some((region) => region.id === chosen) ? chosen : '';
  }

  /** The type boxes, drawn once: "All types" and "None" tick them in place, so the focus stays put. */
  private renderTypes(): void {
    const onToggle = (type: EntityType, checked: boolean) => {
      if (checked) this.types.add(type);
      else this.types.delete(type);
      this.compare();
    };
    const setAll = (on: boolean) => {
      this.types.clear();
      if (on) for (const type of ENTITY_TYPES) this.types.add(type);
      for (const box of this.typeBoxes.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) box.checked = on;
      this.compare();
    };
    this.typeBoxes.replaceChildren(
      h('legend', {}, 'Types'),
      ...ENTITY_TYPES.map((type) => typeCheckbox(type, `compare-type-${type.toLowerCase()}`, this.types.has(type), (_, checked) => onToggle(type, checked))),
      h(
        'div',
        { className: 'type-all-none' },
        h('button', { type: 'button', className: 'link-button', onclick: () => setAll(true) }, 'All types'),
        h('button', { type: 'button', className: 'link-button', onclick: () => setAll(false) }, 'None'),
      ),
    );
  }

  private compare(): void {
    const sequence = ++this.sequence;
    clear(this.result);
    const asked = compareRequest({ a: this.planA.value, b: this.planB.value, types: this.types, regionId: this.region.value }, COMPARE_PAGE);
    if ('problem' in asked) {
      this.show('problem', asked.problem);
      return;
    }
    const names = { a: this.nameOf(asked.request.a), b: this.nameOf(asked.request.b) };
    this.show('loading', 'Comparing…');
    void this.options.track(async () => {
      try {
        const answer = await this.options.api.comparePlans(asked.request);
        if (sequence !== this.sequence) return;
        const lists = listsOf(answer);
        const drawn: Drawn = { request: asked.request, sequence, names };
        this.result.append(jumpLinks(lists), ...lists.map((list) => this.listSection(list, drawn)));
        // What the lists were asked with, for whoever waits on them (the browser tests).
        this.result.dataset.types = asked.request.types?.join(',') ?? 'all';
        this.result.dataset.region = asked.request.regionId ?? '';
        this.show('done', compareSummary(lists));
      } catch (error) {
        if (sequence === this.sequence) this.show('failed', 'The plans could not be compared.');
        throw error;
      }
    });
  }

  private show(state: 'problem' | 'loading' | 'done' | 'failed', message: string): void {
    this.result.dataset.state = state;
    this.status.textContent = message;
  }

  private nameOf(planId: string): string {
    const plan = this.plans.find((candidate) => candidate.id === planId);
    return plan ? planName(plan) : planId;
  }

  private listSection(first: CompareList, drawn: Drawn): HTMLElement {
    const headingId = `compare-heading-${first.key}`;
    const total = h('span', { className: 'compare-total' }, first.total.toLocaleString('en'));
    const items = h('ol', { className: 'compare-items' }, first.items.map((item) => this.itemRow(first.key, item)));
    const footer = h('div', { className: 'compare-more-host' });
    let list = first;
    const more = async () => {
      const answer = await this.options.api.comparePlans({ ...drawn.request, after: list.next });
      if (drawn.sequence !== this.sequence) return;
      const shown = list.items.length;
      list = withNextPage(list, answer);
      const added = list.items.slice(shown).map((item) => this.itemRow(list.key, item));
      items.append(...added);
      total.textContent = list.total.toLocaleString('en');
      footer.replaceChildren(...this.moreButton(list, more));
      added[0]?.querySelector('button')?.focus();
    };
    footer.append(...this.moreButton(list, more));
    return h(
      'section',
      { className: 'compare-list', 'data-list': first.key, 'aria-labelledby': headingId },
      h('h3', { id: headingId, tabindex: -1 }, `${listHeading(first.key)} · `, total),
      h('p', { className: 'muted compare-subtitle' }, listSubtitle(first.key, drawn.names)),
      first.items.length ? items : h('p', { className: 'muted' }, 'None.'),
      footer,
    );
  }

  private moreButton(list: CompareList, more: () => Promise<void>): HTMLButtonElement[] {
    if (!list.next) return [];
    const button = h('button', { type: 'button', className: 'link-button compare-more' }, moreLabel(list));
    button.addEventListener('click', () => {
      button.disabled = true;
      button.textContent = 'Loading…';
      void this.options.track(() =>
        more().catch((error: unknown) => {
          button.disabled = false;
          button.textContent = `${moreLabel(list)} (the last try failed)`;
          throw error;
        }),
      );
    });
    return [button];
  }

  private itemRow(key: ListKey, item: ComparedEntity): HTMLElement {
    const stage = itemStage(key, item);
    let stageView: HTMLElement | null = null;
    if (stage?.kind === 'one') stageView = stageBadge(stage.mark);
    else if (stage?.kind === 'moved') {
      stageView = h(
        'span',
        { className: 'stage-moved', 'data-from': stage.from.key, 'data-to': stage.to.key },
        stageGlyph(stage.from),
        ` ${stage.from.label} → `,
        stageGlyph(stage.to),
        ` ${stage.to.label}`,
      );
    }
    return h('li', { className: 'compare-item', 'data-entity-id': item.entity.id }, entityChip(item.entity, this.options.onPick), stageView ? ' ' : null, stageView);
  }
}
