// The plans: a filter (hide what only some plans mention) and a plan view listing the entities a
// plan mentions, section by section, each one a way onto the canvas.
import { ApiQueryError, type PlanGraphApi } from '../api.ts';
import { clear, h } from '../dom.ts';
import type { EntityRef, PlanSummary } from '../types.ts';
import { entityChip, type PickEntity } from './chips.ts';
import { sectionPath } from './marked.ts';

export interface PlansPanelOptions {
  api: PlanGraphApi;
  onPick: PickEntity;
  onTogglePlan: (planId: string, visible: boolean) => void;
}

export class PlansPanel {
  readonly element: HTMLElement;
  private readonly filter: HTMLElement;
  private readonly select: HTMLSelectElement;
  private readonly view: HTMLElement;
  plans: PlanSummary[] = [];

  constructor(private readonly options: PlansPanelOptions) {
    this.filter = h('fieldset', { className: 'plan-filter' }, h('legend', {}, 'Plans shown'));
    this.select = h('select', { id: 'plan-select' });
    this.select.addEventListener('change', () => void this.showPlan(this.select.value));
    this.view = h('div', { className: 'plan-view', 'aria-live': 'polite' });
    this.element = h(
      'div',
      { className: 'plans-panel' },
      this.filter,
      h('div', { className: 'field' }, h('label', { for: 'plan-select' }, 'Plan view: entities by section'), this.select),
      this.view,
    );
  }

  async load(hiddenPlans: ReadonlySet<string>): Promise<void> {
    try {
      this.plans = await this.options.api.plans();
    } catch (error) {
      this.filter.append(h('p', { className: 'muted' }, error instanceof ApiQueryError ? `Plans unavailable: ${error.message}` : 'Plans unavailable.'));
      return;
    }
    this.renderFilter(hiddenPlans);
    clear(this.select);
    this.select.append(h('option', { value: '' }, this.plans.length ? 'Choose a plan…' : 'No plan loaded yet'));
    for (const plan of this.plans) this.select.append(h('option', { value: plan.id }, planLabel(plan)));
  }

  renderFilter(hiddenPlans: ReadonlySet<string>): void {
    clear(this.filter);
    this.filter.append(h('legend', {}, 'Plans shown'));
    if (this.plans.length === 0) this.filter.append(h('p', { className: 'muted' }, 'No plan is loaded yet.'));
    for (const plan of this.plans) {
      const id = `plan-filter-${cssSafe(plan.id)}`;
      const input = h('input', { type: 'checkbox', id, 'data-plan-id': plan.id });
      input.checked = !hiddenPlans.has(plan.id);
      input.addEventListener('change', () => this.options.onTogglePlan(plan.id, input.checked));
      this.filter.append(h('div', { className: 'filter-item' }, input, h('label', { for: id }, planLabel(plan))));
    }
  }

  async showPlan(planId: string): Promise<void> {
    clear(this.view);
    if (!planId) return;
    this.select.value = planId;
    this.view.append(h('p', { className: 'muted' }, 'Loading the plan…'));
    try {
      const plan = await this.options.api.planSections(planId);
      clear(this.view);
      if (!plan) {
        this.view.append(h('p', {}, 'This plan is not in the graph.'));
        return;
      }
      const withMentions = plan.sections.filter((section) => section.mentions.length > 0);
      this.view.append(h('p', { className: 'muted' }, `${withMentions.length} of ${plan.sections.length} sections mention entities.`));
      for (const section of withMentions) {
        const entities = new Map<string, EntityRef>();
        for (const mention of section.mentions) entities.set(mention.entity.id, mention.entity);
        this.view.append(
          h(
            'section',
            { className: 'plan-section' },
            h('h4', {}, sectionPath(section.path.length ? section.path : [section.title])),
            h('div', { className: 'chips' }, [...entities.values()].map((entity) => entityChip(entity, this.options.onPick))),
          ),
        );
      }
    } catch (error) {
      clear(this.view);
      this.view.append(h('p', {}, error instanceof ApiQueryError ? `The plan could not be read: ${error.message}` : 'The API is not answering.'));
    }
  }
}

export function planLabel(plan: PlanSummary): string {
  const when = plan.issuedOn ? plan.issuedOn.slice(0, 4) : '';
  return `${plan.title}${when ? ` (${when})` : ''}${plan.draft ? ' · 讨论稿' : ''}`;
}

function cssSafe(id: string): string {
  return id.replace(/[^A-Za-z0-9_-]/g, '_');
}
