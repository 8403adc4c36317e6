// The explorer: builds the parts and wires them together, nothing more. What happens lives in
// actions/ (each a function of one context), the state in state/, the panels in panel/, the
// filters in filters/, the canvas in graph/; here is only who tells whom.
import { addEntity, tryExample } from './actions/add-entity.ts';
import { collapse, collapseSelected } from './actions/collapse.ts';
import type { ExplorerContext } from './actions/context.ts';
import { curate, type CurateContext } from './actions/curate.ts';
import { expand, expandSelected } from './actions/expand.ts';
import { setPlanShown, setTypeShown } from './actions/filter.ts';
import { runCanvasKey } from './actions/navigate.ts';
import { clearPath, findPath, setPathEnd } from './actions/path.ts';
import { restoreView } from './actions/restore.ts';
import { clearGraph, redo, undo } from './actions/undo.ts';
import { PlanGraphApi } from './api.ts';
import { Account } from './auth/account.ts';
import { AccountControl } from './auth/account-control.ts';
import { Banner } from './banner.ts';
import { ZOOM_IN_FACTOR, ZOOM_OUT_FACTOR, type Command, type CommandHandlers } from './commands.ts';
import { byId } from './dom.ts';
import { showEmptyState } from './empty-state.ts';
import { CurationApi } from './curation-api.ts';
import { copyLink, exportJson, exportPng } from './export.ts';
import { Filters } from './filters/filters.ts';
import { measureRequestToLayout } from './graph/bench.ts';
import { GraphCanvas } from './graph/canvas.ts';
import { bindKeyboard } from './keyboard.ts';
import { ComparePanel, regionsOnCanvas } from './panel/compare.ts';
import { CurationToast } from './panel/curation-toast.ts';
import type { PanelAction } from './panel/facts-view.ts';
import { PathPanel } from './panel/path.ts';
import { PlansPanel } from './panel/plans.ts';
import { Reader } from './panel/reader.ts';
import { SelectionPanel } from './panel/selection.ts';
import { readSelection } from './panel/selection-view.ts';
import { SearchBox } from './search/search-box.ts';
import { showInAddress, viewFromAddress, viewLink } from './state/address-bar.ts';
import { EventBus } from './state/bus.ts';
import type { ExplorerEvents } from './state/events.ts';
import { History } from './state/history.ts';
import { Session, type Snapshot } from './state/session.ts';
import { withSelection } from './state/view-state.ts';
import { Status } from './status.ts';
import { bindTabs, selectTab } from './tabs.ts';
import { bindToolbar, showUndoAvailable } from './toolbar.ts';
import type { EntityRef, Graph } from './types.ts';

export class Explorer {
  readonly api = new PlanGraphApi();
  private readonly curationApi = new CurationApi(this.api);
  readonly account = new Account(this.api, this.curationApi);
  private readonly toast = new CurationToast(byId('curation-toast'));
  readonly canvas = new GraphCanvas({ container: byId('cy'), animate: !window.matchMedia?.('(prefers-reduced-motion: reduce)').matches });
  private readonly bus = new EventBus<ExplorerEvents>();
  private readonly session = new Session();
  private readonly status = new Status(byId('status'), byId('canvas-area'));
  private readonly banner = new Banner(byId('api-banner'), byId('api-banner-text'));
  /** Set while a pick in the plan, path or compare panel selects its entity: that panel stays in front. */
  private keepTabOnSelect = false;

  private readonly search = new SearchBox({
    api: this.api,
    label: 'Find an entity',
    placeholder: '108廊带, 晋中, jinzhong, jzjj …',
    onPick: (entity) => void this.addEntity(entity, { select: true }),
  });
  private readonly reader = new Reader(this.api, (entity) => void this.addEntity(entity, { select: true }));
  private readonly plansPanel = new PlansPanel({
    api: this.api,
    onPick: (entity) => void this.addKeepingTab(entity),
    onTogglePlan: (planId, shown) => void setPlanShown(this.ctx, planId, shown),
  });
  private readonly pathPanel = new PathPanel({
    api: this.api,
    onFind: (from, to) => void findPath(this.ctx, from, to),
    onClear: () => clearPath(this.ctx),
    onPick: (entity) => void this.addKeepingTab(entity),
  });
  private readonly comparePanel = new ComparePanel({
    api: this.api,
    track: (work) => this.status.track(work),
    canvasRegions: () => regionsOnCanvas(this.canvas.cy),
    onPick: (entity) => void this.addKeepingTab(entity),
  });
  private readonly selection = new SelectionPanel({
    host: byId('panel-selection'),
    api: this.api,
    track: (work) => this.status.track(work),
    canCollapse: (id) => this.session.addedBy.has(id),
    run: (action) => this.runPanelAction(action),
    onPick: (entity) => void this.addEntity(entity, { select: true }),
    openReader: (sectionId, mention) => void this.reader.open(sectionId, mention),
    curation: {
      canCurate: () => this.account.canCurate,
      submit: (correction, reason) => curate(this.curateCtx, correction, reason),
      history: (id) => this.curationApi.history(id),
    },
  });
  private readonly filters = new Filters({
    cy: this.canvas.cy,
    api: this.api,
    plansPanel: this.plansPanel,
    legendHost: byId('legend'),
    onTypeShown: (type, shown) => setTypeShown(this.ctx, type, shown),
    showNote: (text) => {
      byId('filter-note').textContent = text;
    },
    reportError: (error, context) => this.status.reportError(error, context),
  });
  private readonly ctx: ExplorerContext = {
    api: this.api,
    canvas: this.canvas,
    session: this.session,
    history: new History<Snapshot>(),
    bus: this.bus,
    status: this.status,
    filters: this.filters,
    pathPanel: this.pathPanel,
  };
  private readonly curateCtx: CurateContext = { ...this.ctx, curation: this.curationApi, toast: this.toast };

  private readonly commands: CommandHandlers = {
    'focus-search': () => this.search.input.focus(),
    expand: () => expandSelected(this.ctx),
    collapse: () => collapseSelected(this.ctx),
    undo: () => undo(this.ctx),
    redo: () => redo(this.ctx),
    fit: () => this.canvas.fit(),
    relayout: () => void this.canvas.relayout(),
    'zoom-in': () => this.canvas.zoomBy(ZOOM_IN_FACTOR),
    'zoom-out': () => this.canvas.zoomBy(ZOOM_OUT_FACTOR),
    'go-to-trace': () => {
      selectTab('selection');
      this.selection.focusTrace();
    },
    'compare-plans': () => {
      selectTab('compare');
      this.comparePanel.focus();
    },
    clear: () => clearGraph(this.ctx),
    'export-png': () => exportPng(this.canvas.cy),
    'export-json': () => exportJson(this.canvas.cy, this.viewUrl()),
    'copy-link': () => void copyLink(this.viewUrl()).then((message) => this.status.announce(message)),
    retry: () => void this.retry(),
    'try-example': () => void tryExample(this.ctx),
  };

  constructor() {
    const hosts = { 'search-host': this.search, 'panel-plans': this.plansPanel, 'panel-path': this.pathPanel, 'panel-compare': this.comparePanel };
    for (const [host, part] of Object.entries(hosts)) byId(host).appendChild(part.element);
    byId('account-host').appendChild(new AccountControl(this.account, (message) => this.status.announce(message)).element);
    this.wire();
    this.banner.follow(this.api);
    bindToolbar((command) => this.run(command));
    bindTabs();
    bindKeyboard({ canvas: byId('cy'), run: (command) => this.run(command), runOnCanvas: (command) => runCanvasKey(this.ctx, command) });
    this.filters.renderLegend(this.session.view);
    this.selection.show(null);
    showUndoAvailable(false);
    this.updateEmptyState();
  }

  private wire(): void {
    // Whatever adds or removes elements (the bench, undo, a clear), the empty state follows.
    this.canvas.cy.on('add remove', () => this.updateEmptyState());
    this.canvas.on({
      onSelect: (id) => this.onSelect(id),
      onExpand: (id) => void this.expand(id),
      onExpandMore: (id) => void this.expand(id, true),
    });
    this.bus.on('view-changed', () => {
      this.updateEmptyState();
      this.syncUrl();
    });
    this.bus.on('graph-replaced', () => this.selection.show(readSelection(this.canvas.cy, this.canvas.selectedId())));
    // Signing in or out shows or takes away the curation controls of what is selected.
    this.account.onChange(() => this.bus.emit('graph-replaced'));
    this.bus.on('history-changed', ({ canUndo }) => showUndoAvailable(canUndo));
    this.bus.on('show-tab', (tab) => selectTab(tab));
  }

  // ---- start-up and the URL ---------------------------------------------------------------

  async start(): Promise<void> {
    await this.status.track(async () => {
      if (!(await this.banner.check(this.api))) return;
      await this.account.resume();
      const state = viewFromAddress();
      // Plans first: the plan filter of a restored view needs them.
      await this.plansPanel.load(new Set(state.hiddenPlans));
      this.comparePanel.setPlans(this.plansPanel.plans);
      await restoreView(this.ctx, state);
    });
    document.body.dataset.ready = 'true';
  }

  viewUrl(): string {
    return viewLink(this.session.view);
  }

  private syncUrl(): void {
    if (this.session.restoring) return;
    this.session.view = withSelection(this.session.view, this.canvas.selectedId());
    showInAddress(this.session.view);
  }

  private async retry(): Promise<void> {
    if (!(await this.banner.check(this.api))) return;
    this.status.announce('The API is answering again.');
    if (this.canvas.realNodes().empty()) await this.start();
  }

  // ---- what the page, the bench and the browser tests can ask for ---------------------------

  addEntity(entity: Partial<EntityRef> & { id: string }, options: { select: boolean }): Promise<void> {
    return addEntity(this.ctx, entity, options);
  }

  expand(id: string, all = false): Promise<void> {
    return expand(this.ctx, id, all);
  }

  /** For the bench and for debugging: time a request until its layout has settled. */
  measure(load: () => Promise<Graph>, options: { expandedFrom?: string } = {}) {
    return measureRequestToLayout(this.canvas, load, options);
  }

  // ---- input --------------------------------------------------------------------------------

  private run(command: Command): void {
    this.commands[command]();
  }

  private runPanelAction(action: PanelAction): void {
    if (action.kind === 'expand') void this.expand(action.id);
    else if (action.kind === 'collapse') collapse(this.ctx, action.id);
    else if (action.kind === 'path-from' || action.kind === 'path-to') setPathEnd(this.ctx, action.kind === 'path-from' ? 'from' : 'to', action.id);
    else {
      selectTab('plans');
      void this.plansPanel.showPlan(action.planId);
    }
  }

  private onSelect(id: string | null): void {
    this.selection.show(readSelection(this.canvas.cy, id));
    if (id && !this.keepTabOnSelect) selectTab('selection');
    this.bus.emit('view-changed');
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

  private updateEmptyState(): void {
    showEmptyState(this.canvas.cy.nodes().empty());
  }
}
