// The filters at work on the canvas: the legend (types) and the plan list (plans) as controls,
// the hiding itself, and the one lookup the plan filter needs.
import type { Core } from 'cytoscape';
import type { PlanGraphApi } from '../api.ts';
import { clear } from '../dom.ts';
import { renderLegend } from '../panel/legend.ts';
import type { PlansPanel } from '../panel/plans.ts';
import type { ViewState } from '../state/view-state.ts';
import { filterNote, nodeVisibility, plansByEntity, type FilterableNode, type FilterSettings } from './visibility.ts';

/** Marks nodes with the filtered-type and filtered-plan classes (the stylesheet hides them); returns how many are hidden. */
export function applyVisibility(cy: Core, filter: FilterSettings): number {
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      const moreOf = node.data('moreOf') as string | undefined;
      const parent = moreOf === undefined ? null : cy.getElementById(moreOf);
      const filterable: FilterableNode = parent
        ? { kind: 'more', parentType: parent.nonempty() ? String(parent.data('type')) : null }
        : { kind: 'node', id: node.id(), type: String(node.data('type')) };
      const { typeHidden, planHidden } = nodeVisibility(filterable, filter);
      node.toggleClass('filtered-type', typeHidden);
      node.toggleClass('filtered-plan', planHidden);
    });
  });
  return cy.nodes('.filtered-type, .filtered-plan').length;
}

export interface FiltersOptions {
  cy: Core;
  api: PlanGraphApi;
  plansPanel: PlansPanel;
  legendHost: HTMLElement;
  onTypeShown: (type: string, shown: boolean) => void;
  showNote: (text: string) => void;
  reportError: (error: unknown, context: string) => void;
}

export class Filters {
  /** Each plan's entity ids, fetched once, the first time a plan is hidden. */
  private entitiesByPlan: Map<string, Set<string>> | null = null;

  constructor(private readonly options: FiltersOptions) {}

  /** The legend, with the view's types ticked. */
  renderLegend(view: ViewState): void {
    const { legendHost, onTypeShown } = this.options;
    clear(legendHost);
    legendHost.appendChild(renderLegend(new Set(view.hiddenTypes), onTypeShown));
  }

  /** The legend and the plan list (once the plans are loaded), with the view's boxes ticked. */
  renderControls(view: ViewState): void {
    this.renderLegend(view);
    this.options.plansPanel.renderFilter(new Set(view.hiddenPlans));
  }

  /** Hides (never removes) nodes of hidden types, and entities only hidden plans mention. */
  async apply(view: ViewState): Promise<void> {
    const hiddenPlans = new Set(view.hiddenPlans);
    let mentionedBy: Map<string, string[]> | null = null;
    if (hiddenPlans.size > 0) {
      try {
        mentionedBy = plansByEntity(await this.planEntities());
      } catch (error) {
        this.options.reportError(error, 'The plan filter could not read what the plans mention');
      }
    }
    const hidden = applyVisibility(this.options.cy, { hiddenTypes: new Set(view.hiddenTypes), hiddenPlans, mentionedBy });
    this.options.showNote(filterNote(hidden));
  }

  private async planEntities(): Promise<Map<string, Set<string>>> {
    if (!this.entitiesByPlan) {
      const sets = new Map<string, Set<string>>();
      for (const plan of this.options.plansPanel.plans) sets.set(plan.id, await this.options.api.planEntityIds(plan.id));
      this.entitiesByPlan = sets;
    }
    return this.entitiesByPlan;
  }
}
