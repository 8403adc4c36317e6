// The explorer: wires the search, the canvas, the panels and the URL together. Every change to
// the graph goes through here, so that undo, the URL and the filters stay in step.
import type { ElementDefinition, NodeSingular } from 'cytoscape';
import { ApiQueryError, ApiUnavailableError, PlanGraphApi } from './api.ts';
import { byId, clear, h } from './dom.ts';
import { exportJson, exportPng } from './export.ts';
import { measureRequestToLayout } from './graph/bench.ts';
import { GraphCanvas } from './graph/canvas.ts';
import { isMoreNodeId, moreNodeId, neighbourIds, typeClass } from './graph/elements.ts';
import { expansionLimit, TRACE_PASSAGES_PER_PLAN, TRACE_PLANS_PAGE } from './limits.ts';
import { renderEdge } from './panel/edge.ts';
import { renderFacts } from './panel/facts.ts';
import { renderLegend } from './panel/legend.ts';
import { PathPanel, type PathEnd } from './panel/path.ts';
import { PlansPanel } from './panel/plans.ts';
import { Reader } from './panel/reader.ts';
import { renderTrace } from './panel/trace.ts';
import { SearchBox } from './search/search-box.ts';
import type { EntityRef, Evidence, Graph } from './types.ts';
import { emptyViewState, fromQuery, toQuery, type ViewState } from './url-state.ts';

const HISTORY_DEPTH = 40;

/** A plan's node on the canvas is `plan:<plan id>`; the plans query answers with the bare id. */
export function planIdOf(nodeId: string): string {
  return nodeId.startsWith('plan:') ? nodeId.slice('plan:'.length) : nodeId;
}

interface Snapshot {
  elements: ElementDefinition[];
  state: ViewState;
  addedBy: [string, string[]][];
}

type Tab = 'selection' | 'plans' | 'path';

export class Explorer {
  readonly api = new PlanGraphApi();
  readonly canvas: GraphCanvas;
  private state: ViewState = emptyViewState();
  /** For each expanded node, the nodes its expansions put on the canvas (what collapse removes). */
  private addedBy = new Map<string, string[]>();
  private history: Snapshot[] = [];
  private restoring = false;
  private selectionSequence = 0;
  private pending = 0;
  private keepTabOnSelect = false;
  private planEntities: Map<string, Set<string>> | null = null;

  private readonly search: SearchBox;
  private readonly plansPanel: PlansPanel;
  private readonly pathPanel: PathPanel;
  private readonly reader: Reader;
  private readonly selectionPanel = byId('panel-selection');
  private readonly statusLine = byId('status');
  private readonly banner = byId('api-banner');
  private readonly emptyState = byId('empty-state');
  private readonly legendHost = byId('legend');

  constructor() {
    const reducedMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    this.canvas = new GraphCanvas({ container: byId('cy'), animate: !reducedMotion });
    // Whatever adds or removes elements (the bench, undo, a clear), the empty state follows.
    this.canvas.cy.on('add remove', () => this.updateEmptyState());
    this.canvas.on({
      onSelect: (id) => this.onCanvasSelect(id),
      onExpand: (id) => void this.expand(id),
      onExpandMore: (id) => void this.expand(id, true),
    });

    this.search = new SearchBox({
      api: this.api,
      label: 'Find an entity',
      placeholder: '108廊带, 晋中, jinzhong, jzjj …',
      onPick: (entity) => void this.addEntity(entity, { select: true }),
    });
    byId('search-host').appendChild(this.search.element);

    this.reader = new Reader(this.api, (entity) => void this.addEntity(entity, { select: true }));
    this.plansPanel = new PlansPanel({
      api: this.api,
      onPick: (entity) => void this.addKeepingTab(entity),
      onTogglePlan: (planId, visible) => void this.setPlanVisible(planId, visible),
    });
    byId('panel-plans').appendChild(this.plansPanel.element);
    this.pathPanel = new PathPanel({
      api: this.api,
      onFind: (from, to) => void this.findPath(from, to),
      onClear: () => this.clearPath(),
      onPick: (entity) => void this.addKeepingTab(entity),
    });
    byId('panel-path').appendChild(this.pathPanel.element);

    this.api.onAvailability(({ available, error }) => {
      if (available) this.hideBanner();
      else this.showBanner(error?.message ?? 'The PlanGraph API is not answering.');
    });
    this.bindControls();
    this.bindTabs();
    this.bindKeyboard();
    this.renderLegend();
    this.renderSelection(null);
    this.updateEmptyState();
  }

  // ---- start-up and the URL ---------------------------------------------------------------

  async start(): Promise<void> {
    await this.track(async () => {
      const up = await this.checkHealth();
      if (!up) return;
      const state = fromQuery(window.location.search);
      // Plans first: the plan filter of a restored view needs them.
      await this.plansPanel.load(new Set(state.hiddenPlans));
      await this.restore(state);
    });
    document.body.dataset.ready = 'true';
  }

  private async checkHealth(): Promise<boolean> {
    try {
      const health = await this.api.health();
      if (!health.ok) {
        this.showBanner(`The graph database is not answering${health.reason ? `: ${health.reason}` : ''}.`);
        return false;
      }
      this.hideBanner();
      return true;
    } catch (error) {
      if (error instanceof ApiQueryError) this.showBanner(`The API answered with an error: ${error.message}`);
      return false;
    }
  }

  /** Rebuilds a view from its URL: seeds, then each expansion in order, then one layout. */
  async restore(state: ViewState): Promise<void> {
    this.restoring = true;
    try {
      this.state = { ...emptyViewState(), hiddenTypes: state.hiddenTypes, hiddenPlans: state.hiddenPlans };
      for (const id of state.seeds) await this.addEntity({ id }, { select: false });
      for (const expansion of state.expansions) {
        if (this.canvas.has(expansion.id)) await this.expand(expansion.id, expansion.all);
      }
      if (state.path) await this.findPath({ id: state.path.from, name: state.path.from }, { id: state.path.to, name: state.path.to });
      this.renderLegend();
      this.plansPanel.renderFilter(new Set(this.state.hiddenPlans));
      await this.applyFilters();
      if (this.canvas.realNodes().nonempty()) await this.canvas.relayout();
      if (state.selected && this.canvas.has(state.selected)) this.canvas.select(state.selected);
    } catch (error) {
      this.reportError(error, 'The view in the address could not be restored');
    } finally {
      this.restoring = false;
      this.updateEmptyState();
      this.syncUrl();
    }
  }

  private syncUrl(): void {
    if (this.restoring) return;
    this.state.selected = this.canvas.selectedId();
    const url = `${window.location.pathname}${toQuery(this.state)}`;
    if (url !== `${window.location.pathname}${window.location.search}`) window.history.replaceState(null, '', url);
  }

  viewUrl(): string {
    return `${window.location.origin}${window.location.pathname}${toQuery(this.state)}`;
  }

  // ---- changes to the graph ----------------------------------------------------------------

  /** Puts an entity on the canvas (if needed) as a seed of the view, and selects it. */
  async addEntity(entity: Partial<EntityRef> & { id: string }, options: { select: boolean }): Promise<void> {
    await this.track(async () => {
      if (!this.canvas.has(entity.id)) {
        const summary = await this.api.entitySummary(entity.id);
        if (!summary) {
          this.announce(`${entity.name ?? entity.id} is not in the graph.`);
          return;
        }
        this.remember();
        const graph: Graph = {
          nodes: [{ data: { id: summary.id, label: summary.name, type: summary.type, mentionCount: summary.mentionCount, hiddenNeighbors: 0 } }],
          edges: [],
          truncated: false,
        };
        this.canvas.merge(graph);
        if (!this.state.seeds.includes(summary.id)) this.state.seeds.push(summary.id);
        await this.applyFilters();
        this.announce(`${summary.name} added to the graph. Press E or double-click it to expand.`);
      }
      if (options.select) {
        this.canvas.select(entity.id);
        this.canvas.reveal(entity.id);
      }
      this.updateEmptyState();
      this.syncUrl();
    });
  }

  /** Adds and selects an entity picked in the plan or path panel, which stays open. */
  private async addKeepingTab(entity: EntityRef): Promise<void> {
    this.keepTabOnSelect = true;
    try {
      await this.addEntity(entity, { select: true });
    } finally {
      this.keepTabOnSelect = false;
    }
  }

  /** Adds the neighbours of a node: the first EXPAND_CAP, or all of them for "+N more". */
  async expand(id: string, all = false): Promise<void> {
    if (isMoreNodeId(id)) {
      const moreOf = this.canvas.cy.getElementById(id).data('moreOf') as string | undefined;
      if (!moreOf) return;
      id = moreOf;
      all = true;
    }
    const node = this.canvas.cy.getElementById(id);
    if (node.empty()) return;
    const name = String(node.data('name') ?? id);
    await this.track(async () => {
      const graph = await this.api.neighborhood([id], expansionLimit(all));
      this.remember();
      const { added, settled } = this.canvas.merge(graph, { expandedFrom: id });
      const newIds = added.nodes().not('.more').map((element) => element.id());
      this.addedBy.set(id, [...(this.addedBy.get(id) ?? []), ...newIds]);
      const existing = this.state.expansions.find((expansion) => expansion.id === id);
      if (existing) existing.all ||= all;
      else this.state.expansions.push({ id, all });
      await this.applyFilters();
      const shown = neighbourIds(graph, id).size;
      const more = this.canvas.cy.getElementById(moreNodeId(id));
      const hidden = more.nonempty() ? Number(more.data('count') ?? 0) : 0;
      node.data('expanded', true);
      this.announce(`${name}: ${shown} ${shown === 1 ? 'neighbour' : 'neighbours'} shown, ${newIds.length} new${more.nonempty() ? `, ${hidden > 0 ? hidden : 'some'} more behind “+ more”` : ''}.`);
      byId('cy').dataset.lastExpansion = JSON.stringify({ id, shown, added: newIds.length, hidden });
      this.updateEmptyState();
      this.syncUrl();
      await settled;
      if (!this.restoring) this.canvas.fit();
    });
  }

  /** Removes what the expansions of a node added (and what their own expansions added). */
  collapse(id: string): void {
    if (!this.addedBy.has(id) && this.canvas.cy.getElementById(moreNodeId(id)).empty()) {
      this.announce('Nothing to collapse: this node has not been expanded.');
      return;
    }
    this.remember();
    const removed = new Set<string>();
    const visit = (parent: string) => {
      const children = this.addedBy.get(parent) ?? [];
      this.addedBy.delete(parent);
      removed.add(moreNodeId(parent));
      this.state.expansions = this.state.expansions.filter((expansion) => expansion.id !== parent);
      for (const child of children) {
        if (this.state.seeds.includes(child) || removed.has(child) || child === id) continue;
        removed.add(child);
        visit(child);
      }
    };
    visit(id);
    this.canvas.remove(removed);
    this.canvas.cy.getElementById(id).data('expanded', false);
    const count = [...removed].filter((removedId) => !isMoreNodeId(removedId)).length;
    this.announce(`Collapsed: ${count} ${count === 1 ? 'node' : 'nodes'} removed.`);
    this.updateEmptyState();
    this.syncUrl();
  }

  private remember(): void {
    if (this.restoring) return;
    this.history.push({
      elements: this.canvas.snapshot(),
      state: structuredClone(this.state),
      addedBy: [...this.addedBy].map(([key, value]) => [key, [...value]]),
    });
    if (this.history.length > HISTORY_DEPTH) this.history.shift();
    this.updateUndoButton();
  }

  undo(): void {
    const snapshot = this.history.pop();
    this.updateUndoButton();
    if (!snapshot) {
      this.announce('Nothing to undo.');
      return;
    }
    this.canvas.restore(snapshot.elements);
    this.state = snapshot.state;
    this.addedBy = new Map(snapshot.addedBy);
    this.renderLegend();
    this.plansPanel.renderFilter(new Set(this.state.hiddenPlans));
    void this.applyFilters();
    this.renderSelection(this.canvas.selectedId());
    this.announce('Undone.');
    this.updateEmptyState();
    this.syncUrl();
  }

  private updateUndoButton(): void {
    byId<HTMLButtonElement>('undo').disabled = this.history.length === 0;
  }

  clearGraph(): void {
    if (this.canvas.cy.elements().empty()) return;
    this.remember();
    this.canvas.cy.elements().remove();
    this.state = { ...emptyViewState(), hiddenTypes: this.state.hiddenTypes, hiddenPlans: this.state.hiddenPlans };
    this.addedBy.clear();
    this.announce('The graph is empty. Undo brings it back.');
    this.updateEmptyState();
    this.syncUrl();
  }

  // ---- path --------------------------------------------------------------------------------

  async findPath(from: PathEnd, to: PathEnd): Promise<void> {
    this.selectTab('path');
    await this.track(async () => {
      const graph = await this.api.path(from.id, to.id);
      if (!graph || graph.nodes.length === 0) {
        this.pathPanel.showMessage(`No path between ${from.name} and ${to.name} within 6 steps.`);
        this.state.path = null;
        this.syncUrl();
        return;
      }
      this.remember();
      const before = this.canvas.realNodes().length;
      const { added } = this.canvas.merge(graph);
      this.state.path = { from: from.id, to: to.id };
      const names = new Map(graph.nodes.map((node) => [node.data.id, node.data.label]));
      this.pathPanel.setFrom({ id: from.id, name: names.get(from.id) ?? from.name });
      this.pathPanel.setTo({ id: to.id, name: names.get(to.id) ?? to.name });
      this.pathPanel.showPath(graph, from.id);
      this.canvas.highlightPath([...graph.nodes.map((node) => node.data.id), ...graph.edges.map((edge) => edge.data.id)]);
      await this.applyFilters();
      if (!this.restoring && added.nodes().nonempty()) await (before === 0 ? this.canvas.relayout() : this.canvas.layoutAmong(added));
      if (!this.restoring) this.canvas.fit();
      this.announce(`Path: ${graph.edges.length} ${graph.edges.length === 1 ? 'hop' : 'hops'} from ${names.get(from.id) ?? from.name} to ${names.get(to.id) ?? to.name}.`);
      this.updateEmptyState();
      this.syncUrl();
    });
  }

  clearPath(): void {
    this.canvas.highlightPath(null);
    this.state.path = null;
    this.syncUrl();
  }

  setPathEnd(end: 'from' | 'to', id: string): void {
    const name = String(this.canvas.cy.getElementById(id).data('name') ?? id);
    if (end === 'from') this.pathPanel.setFrom({ id, name });
    else this.pathPanel.setTo({ id, name });
    this.selectTab('path');
    this.announce(`${name} is the path's ${end === 'from' ? 'start' : 'end'}.`);
  }

  // ---- filters -----------------------------------------------------------------------------

  private renderLegend(): void {
    clear(this.legendHost);
    this.legendHost.appendChild(renderLegend(new Set(this.state.hiddenTypes), (type, visible) => this.setTypeVisible(type, visible)));
  }

  setTypeVisible(type: string, visible: boolean): void {
    const hidden = new Set(this.state.hiddenTypes);
    if (visible) hidden.delete(type);
    else hidden.add(type);
    this.state.hiddenTypes = [...hidden];
    void this.applyFilters();
    this.syncUrl();
  }

  async setPlanVisible(planId: string, visible: boolean): Promise<void> {
    const hidden = new Set(this.state.hiddenPlans);
    if (visible) hidden.delete(planId);
    else hidden.add(planId);
    this.state.hiddenPlans = [...hidden];
    await this.applyFilters();
    this.syncUrl();
  }

  /** Hides (never removes) nodes of hidden types, and entities only hidden plans mention. */
  async applyFilters(): Promise<void> {
    const cy = this.canvas.cy;
    const hiddenTypes = new Set(this.state.hiddenTypes);
    const hiddenPlans = new Set(this.state.hiddenPlans);
    let mentionedBy: Map<string, string[]> | null = null;
    if (hiddenPlans.size > 0) {
      try {
        mentionedBy = await this.plansMentioning();
      } catch (error) {
        this.reportError(error, 'The plan filter could not read what the plans mention');
      }
    }
    cy.batch(() => {
      cy.nodes().forEach((node) => {
        const type = String(node.data('type'));
        const moreOf = node.data('moreOf') as string | undefined;
        const typeHidden = moreOf ? cy.getElementById(moreOf).hasClass('filtered-type') : hiddenTypes.has(type);
        node.toggleClass('filtered-type', typeHidden);
        let planHidden = false;
        if (mentionedBy) {
          if (type === 'PLAN') planHidden = hiddenPlans.has(planIdOf(node.id()));
          else if (!moreOf) {
            const plans = mentionedBy.get(node.id()) ?? [];
            planHidden = plans.length > 0 && plans.every((plan) => hiddenPlans.has(plan));
          }
        }
        node.toggleClass('filtered-plan', planHidden);
      });
    });
    const hiddenCount = cy.nodes('.filtered-type, .filtered-plan').length;
    byId('filter-note').textContent = hiddenCount > 0 ? `${hiddenCount} ${hiddenCount === 1 ? 'node' : 'nodes'} hidden by filters.` : '';
  }

  /** For each entity id, the plans that mention it (fetched once, when a plan filter is first used). */
  private async plansMentioning(): Promise<Map<string, string[]>> {
    if (!this.planEntities) {
      const sets = new Map<string, Set<string>>();
      for (const plan of this.plansPanel.plans) sets.set(plan.id, await this.api.planEntityIds(plan.id));
      this.planEntities = sets;
    }
    const byEntity = new Map<string, string[]>();
    for (const [plan, ids] of this.planEntities) {
      for (const id of ids) byEntity.set(id, [...(byEntity.get(id) ?? []), plan]);
    }
    return byEntity;
  }

  // ---- selection and the side panel ---------------------------------------------------------

  private onCanvasSelect(id: string | null): void {
    this.renderSelection(id);
    if (id && !this.keepTabOnSelect) this.selectTab('selection');
    this.syncUrl();
  }

  private renderSelection(id: string | null): void {
    const sequence = ++this.selectionSequence;
    const panel = this.selectionPanel;
    clear(panel);
    if (!id) {
      panel.append(
        h('h2', {}, 'Nothing selected'),
        h('p', {}, 'Select a node to see its facts and every plan passage that mentions it.'),
        h(
          'ul',
          { className: 'keys' },
          h('li', {}, h('kbd', {}, '/'), ' search'),
          h('li', {}, h('kbd', {}, '←'), h('kbd', {}, '→'), ' move between nodes (graph focused)'),
          h('li', {}, h('kbd', {}, 'E'), ' or ', h('kbd', {}, 'Enter'), ' expand the selected node'),
          h('li', {}, h('kbd', {}, 'C'), ' collapse, ', h('kbd', {}, 'U'), ' undo, ', h('kbd', {}, 'F'), ' fit'),
          h('li', {}, h('kbd', {}, 'T'), ' go to the trace of the selection'),
        ),
      );
      return;
    }
    const element = this.canvas.cy.getElementById(id);
    if (element.empty()) return;
    if (element.isEdge()) {
      const data = element.data() as { type: string; evidence?: Evidence[] };
      panel.append(
        renderEdge({
          type: data.type,
          sourceName: String(element.source().data('name')),
          targetName: String(element.target().data('name')),
          evidence: data.evidence ?? [],
        }),
      );
      return;
    }
    const node = element as NodeSingular;
    if (node.hasClass('more')) {
      const parent = this.canvas.cy.getElementById(String(node.data('moreOf')));
      panel.append(
        h('h2', {}, String(node.data('label'))),
        h('p', {}, `Neighbours of ${String(parent.data('name'))} not shown yet.`),
        h('button', { type: 'button', className: 'primary', onclick: () => void this.expand(node.id()) }, 'Show them all'),
      );
      return;
    }
    if (node.data('type') === 'PLAN') {
      panel.append(
        h('h2', { className: 'entity-name' }, String(node.data('name'))),
        h('p', {}, h('span', { className: `type-badge ${typeClass('PLAN')}` }, '规划 Plan'), ` mentions ${String(node.data('mentionCount') ?? '')}`),
        h(
          'div',
          { className: 'actions' },
          h('button', { type: 'button', onclick: () => void this.expand(id) }, 'Expand neighbours'),
          h(
            'button',
            {
              type: 'button',
              onclick: () => {
                this.selectTab('plans');
                void this.plansPanel.showPlan(planIdOf(id));
              },
            },
            'Open the plan view',
          ),
        ),
      );
      return;
    }
    const loading = h('p', { className: 'muted' }, 'Loading facts and trace…');
    panel.append(h('h2', { className: 'entity-name' }, String(node.data('name'))), loading);
    void this.track(async () => {
      const page = { first: TRACE_PLANS_PAGE, mentionsPerPlan: TRACE_PASSAGES_PER_PLAN };
      const [entity, traces] = await Promise.all([this.api.entity(id), this.api.trace(id, page)]);
      if (sequence !== this.selectionSequence) return;
      clear(panel);
      if (!entity) {
        panel.append(h('p', {}, 'This entity is no longer in the graph.'));
        return;
      }
      panel.append(
        renderFacts(entity, {
          onPick: (ref) => void this.addEntity(ref, { select: true }),
          onExpand: () => void this.expand(id),
          onCollapse: () => this.collapse(id),
          canCollapse: this.addedBy.has(id),
          onPathFrom: () => this.setPathEnd('from', id),
          onPathTo: () => this.setPathEnd('to', id),
        }),
        renderTrace(
          {
            first: traces,
            pageSize: TRACE_PLANS_PAGE,
            more: (after) => this.api.trace(id, { ...page, after }),
            allOf: async (planId) => (await this.api.trace(id, { plan: planId }))[0],
          },
          (sectionId, mention) => void this.reader.open(sectionId, mention),
        ),
      );
    }).catch(() => {
      if (sequence === this.selectionSequence) loading.textContent = 'The facts could not be loaded.';
    });
  }

  // ---- controls, tabs, keyboard ------------------------------------------------------------

  private bindControls(): void {
    const on = (id: string, action: () => void) => byId(id).addEventListener('click', action);
    on('fit', () => this.canvas.fit());
    on('zoom-in', () => this.canvas.zoomBy(1.25));
    on('zoom-out', () => this.canvas.zoomBy(0.8));
    on('relayout', () => void this.canvas.relayout());
    on('expand', () => this.expandSelected());
    on('collapse', () => this.collapseSelected());
    on('undo', () => this.undo());
    on('clear', () => this.clearGraph());
    on('export-png', () => exportPng(this.canvas.cy));
    on('export-json', () => exportJson(this.canvas.cy, this.viewUrl()));
    on('copy-link', () => void this.copyLink());
    on('retry', () => void this.retry());
    on('try-example', () => void this.tryExample());
    this.updateUndoButton();
  }

  private async retry(): Promise<void> {
    if (await this.checkHealth()) {
      this.announce('The API is answering again.');
      if (this.canvas.realNodes().empty()) await this.start();
    }
  }

  private async copyLink(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.viewUrl());
      this.announce('Link to this view copied.');
    } catch {
      this.announce(`Link to this view: ${this.viewUrl()}`);
    }
  }

  private async tryExample(): Promise<void> {
    await this.track(async () => {
      const [first] = await this.api.search('108廊带', undefined, 1);
      if (!first) {
        this.announce('108廊带 is not in the graph yet: the corpus may still be loading.');
        return;
      }
      await this.addEntity(first, { select: true });
      await this.expand(first.id);
    });
  }

  private expandSelected(): void {
    const id = this.canvas.selectedId();
    if (id && this.canvas.cy.getElementById(id).isNode()) void this.expand(id);
    else this.announce('Select a node first, then expand it.');
  }

  private collapseSelected(): void {
    const id = this.canvas.selectedId();
    if (id && this.canvas.cy.getElementById(id).isNode()) this.collapse(id);
    else this.announce('Select an expanded node first.');
  }

  private bindTabs(): void {
    const tabs = [...document.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
    for (const tab of tabs) {
      tab.addEventListener('click', () => this.selectTab(tab.dataset.tab as Tab, true));
      tab.addEventListener('keydown', (event) => {
        if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
        event.preventDefault();
        const index = tabs.indexOf(tab);
        const next = tabs[(index + (event.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length]!;
        this.selectTab(next.dataset.tab as Tab, true);
      });
    }
  }

  selectTab(name: Tab, focus = false): void {
    for (const tab of document.querySelectorAll<HTMLButtonElement>('[role="tab"]')) {
      const selected = tab.dataset.tab === name;
      tab.setAttribute('aria-selected', String(selected));
      tab.tabIndex = selected ? 0 : -1;
      byId(`panel-${tab.dataset.tab}`).hidden = !selected;
      if (selected && focus) tab.focus();
    }
  }

  private bindKeyboard(): void {
    const cyHost = byId('cy');
    cyHost.addEventListener('keydown', (event) => {
      const order = this.canvas.keyboardOrder();
      if (order.length === 0) return;
      const current = this.canvas.selectedId();
      const index = order.findIndex((node) => node.id() === current);
      if (['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp'].includes(event.key)) {
        event.preventDefault();
        const step = event.key === 'ArrowRight' || event.key === 'ArrowDown' ? 1 : -1;
        const next = order[(index + step + order.length) % order.length] ?? order[0]!;
        this.canvas.select(next.id());
        this.canvas.reveal(next.id());
        this.announce(`${String(next.data('name'))} selected.`);
      } else if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        this.expandSelected();
      } else if (event.key === 'Escape') {
        this.canvas.select(null);
      }
    });
    document.addEventListener('keydown', (event) => {
      const target = event.target as HTMLElement | null;
      if (event.defaultPrevented || (target && target.closest('input, select, textarea, dialog, [contenteditable="true"]'))) return;
      if (event.altKey || event.metaKey || (event.ctrlKey && event.key.toLowerCase() !== 'z')) return;
      const key = event.key.toLowerCase();
      const actions: Record<string, () => void> = {
        '/': () => this.search.input.focus(),
        e: () => this.expandSelected(),
        c: () => this.collapseSelected(),
        u: () => this.undo(),
        z: () => event.ctrlKey && this.undo(),
        f: () => this.canvas.fit(),
        l: () => void this.canvas.relayout(),
        '+': () => this.canvas.zoomBy(1.25),
        '=': () => this.canvas.zoomBy(1.25),
        '-': () => this.canvas.zoomBy(0.8),
        t: () => {
          this.selectTab('selection');
          this.selectionPanel.querySelector<HTMLElement>('.trace h3, h2')?.focus();
        },
      };
      const action = actions[key];
      if (!action) return;
      event.preventDefault();
      action();
    });
  }

  // ---- status ------------------------------------------------------------------------------

  private async track<T>(work: () => Promise<T>): Promise<T | undefined> {
    this.pending += 1;
    document.body.dataset.pending = String(this.pending);
    byId('canvas-area').setAttribute('aria-busy', 'true');
    try {
      return await work();
    } catch (error) {
      this.reportError(error, 'That did not work');
      return undefined;
    } finally {
      this.pending -= 1;
      document.body.dataset.pending = String(this.pending);
      if (this.pending === 0) byId('canvas-area').setAttribute('aria-busy', 'false');
    }
  }

  private reportError(error: unknown, context: string): void {
    if (error instanceof ApiUnavailableError) return; // the banner says it
    const message = error instanceof Error ? error.message : String(error);
    this.announce(`${context}: ${message}`);
  }

  announce(message: string): void {
    this.statusLine.textContent = message;
  }

  private showBanner(message: string): void {
    byId('api-banner-text').textContent = message;
    this.banner.hidden = false;
  }

  private hideBanner(): void {
    this.banner.hidden = true;
  }

  private updateEmptyState(): void {
    this.emptyState.hidden = this.canvas.cy.nodes().nonempty();
    if (this.canvas.cy.nodes().empty()) byId('filter-note').textContent = '';
  }

  /** For the bench and for debugging: time a request until its layout has settled. */
  measure(load: () => Promise<Graph>, options: { expandedFrom?: string } = {}) {
    return measureRequestToLayout(this.canvas, load, options);
  }
}
