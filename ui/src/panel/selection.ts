// The Selection tab: help when nothing is selected, a relationship's evidence, a plan or a
// "+N more" card, or an entity's facts and trace (fetched, so a slow answer for an earlier
// selection is dropped). What it shows comes from selection-view.ts.
import type { PlanGraphApi } from '../api.ts';
import type { Curation } from '../curation-api.ts';
import { append, clear, h } from '../dom.ts';
import { typeClass } from '../graph/elements.ts';
import { TIMELINE_PAGE, TRACE_PASSAGES_PER_PLAN, TRACE_PLANS_PAGE } from '../limits.ts';
import type { EntityDetails, TimelinePoint } from '../types.ts';
import { entityChip, type PickEntity } from './chips.ts';
import { entityCurationControls, selectionCurationControls } from './curation-controls.ts';
import type { Submit } from './curation-dialogs.ts';
import { renderCurationHistory } from './curation-history.ts';
import { renderEdge } from './edge.ts';
import { factsView, type PanelAction } from './facts-view.ts';
import { renderButtons, renderFacts } from './facts.ts';
import { selectionView, type SelectionTarget, type SelectionView } from './selection-view.ts';
import { renderTimeline } from './timeline.ts';
import { renderTrace, type OpenReader } from './trace.ts';

type Help = Extract<SelectionView, { kind: 'help' }>;
type Card = Extract<SelectionView, { kind: 'card' }>;
type Several = Extract<SelectionView, { kind: 'several' }>;

/** What the panel needs for corrections: whether to offer them, how to run one, the history. */
export interface CurationHooks {
  canCurate: () => boolean;
  submit: Submit;
  history: (entityId: string) => Promise<Curation[]>;
}

export interface SelectionPanelOptions {
  host: HTMLElement;
  api: PlanGraphApi;
  /** Counts the requests as pending and reports their failure (Status.track). */
  track: (work: () => Promise<void>) => Promise<void | undefined>;
  canCollapse: (id: string) => boolean;
  run: (action: PanelAction) => void;
  onPick: PickEntity;
  openReader: OpenReader;
  curation: CurationHooks;
}

function renderHelp(view: Help): HTMLElement[] {
  const hints = view.keys.map((hint) => h('li', {}, hint.map((part) => (typeof part === 'string' ? part : h('kbd', {}, part.key)))));
  return [h('h2', {}, view.heading), h('p', {}, view.intro), h('ul', { className: 'keys' }, hints)];
}

function renderCard(view: Card, run: (action: PanelAction) => void): HTMLElement[] {
  const badge = view.badge ? h('span', { className: `type-badge ${typeClass(view.badge.type)}` }, view.badge.label) : null;
  return [h('h2', { className: view.headingIsName ? 'entity-name' : null }, view.heading), h('p', {}, badge, view.text), renderButtons(view.buttons, run)];
}

export class SelectionPanel {
  /** Counts what was shown, so that an answer for an earlier selection is not drawn. */
  private sequence = 0;

  constructor(private readonly options: SelectionPanelOptions) {}

  show(target: SelectionTarget | null): void {
    const sequence = ++this.sequence;
    const { host, run } = this.options;
    clear(host);
    const view = selectionView(target);
    if (view.kind === 'help') host.append(...renderHelp(view));
    else if (view.kind === 'edge') host.append(renderEdge(view));
    else if (view.kind === 'card') host.append(...renderCard(view, run));
    else if (view.kind === 'several') host.append(...this.renderSeveral(view));
    else {
      const loading = h('p', { className: 'muted' }, view.loading);
      host.append(h('h2', { className: 'entity-name' }, view.heading), loading);
      void this.options.track(() => this.load(view.id, sequence, loading));
    }
  }

  /** Focus onto the trace's heading (or the panel's), for the T key. */
  focusTrace(): void {
    this.options.host.querySelector<HTMLElement>('.trace h3, h2')?.focus();
  }

  private renderSeveral(view: Several): HTMLElement[] {
    const { curation, onPick } = this.options;
    const list = h('ul', { className: 'selected-entities' }, view.entities.map((entity) => h('li', {}, entityChip(entity, onPick))));
    return [h('h2', {}, view.heading), list, h('p', { className: 'muted' }, view.hint), curation.canCurate() ? selectionCurationControls(view.entities, curation.submit) : null].filter(
      (element): element is HTMLElement => element !== null,
    );
  }

  /** The corrections part: controls for curators only, the history for everyone. */
  private curationParts(entity: EntityDetails): HTMLElement[] {
    const { curation, track } = this.options;
    const history = renderCurationHistory(() => curation.history(entity.id), track);
    return curation.canCurate() ? [entityCurationControls(entity, curation.submit), history] : [history];
  }

  private timeline(id: string, points: TimelinePoint[] | null): HTMLElement | null {
    const { api, openReader } = this.options;
    if (!points) return h('p', { className: 'muted timeline-failed' }, 'The timeline could not be loaded.');
    return renderTimeline({ first: points, pageSize: TIMELINE_PAGE, more: (after) => api.timeline(id, { first: TIMELINE_PAGE, after }) }, openReader);
  }

  private async load(id: string, sequence: number, loading: HTMLElement): Promise<void> {
    const { api, host, onPick, run, openReader } = this.options;
    const page = { first: TRACE_PLANS_PAGE, mentionsPerPlan: TRACE_PASSAGES_PER_PLAN };
    try {
      // The facts and the trace stand without the timeline: its failure is only noted.
      const [entity, traces, points] = await Promise.all([
        api.entity(id),
        api.trace(id, page),
        api.timeline(id, { first: TIMELINE_PAGE }).catch(() => null),
      ]);
      if (sequence !== this.sequence) return;
      clear(host);
      if (!entity) {
        host.append(h('p', {}, 'This entity is no longer in the graph.'));
        return;
      }
      const trace = renderTrace(
        {
          first: traces,
          pageSize: TRACE_PLANS_PAGE,
          more: (after) => api.trace(id, { ...page, after }),
          allOf: async (planId) => (await api.trace(id, { plan: planId }))[0],
        },
        openReader,
      );
      append(host, renderFacts(factsView(entity, this.options.canCollapse(id)), onPick, run), this.curationParts(entity), this.timeline(id, points), trace);
    } catch (error) {
      if (sequence === this.sequence) loading.textContent = 'The facts could not be loaded.';
      throw error;
    }
  }
}
