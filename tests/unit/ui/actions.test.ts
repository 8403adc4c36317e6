import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { addEntity } from '../../../ui/src/actions/add-entity.ts';
import { collapse } from '../../../ui/src/actions/collapse.ts';
import type { ExplorerContext } from '../../../ui/src/actions/context.ts';
import { expand, expansionMessage } from '../../../ui/src/actions/expand.ts';
import { runCanvasKey } from '../../../ui/src/actions/navigate.ts';
import { restoreView } from '../../../ui/src/actions/restore.ts';
import { clearGraph, redo, undo } from '../../../ui/src/actions/undo.ts';
import { PlanGraphApi } from '../../../ui/src/api.ts';
import { applyVisibility } from '../../../ui/src/filters/filters.ts';
import { GraphCanvas } from '../../../ui/src/graph/canvas.ts';
import { EventBus } from '../../../ui/src/state/bus.ts';
import type { ExplorerEvents } from '../../../ui/src/state/events.ts';
import { History } from '../../../ui/src/state/history.ts';
import { Session, type Snapshot } from '../../../ui/src/state/session.ts';
import { emptyViewState } from '../../../ui/src/state/view-state.ts';
import type { EntitySummary, Graph } from '../../../ui/src/types.ts';

// The explorer's actions on a headless Cytoscape canvas, with the API answering from fixtures:
// what a user does (add, expand, collapse, undo, redo, clear, reload the URL) and what the
// canvas, the view state and the status line show afterwards.

const ZONE = 'zone:108廊带';
const YUCI = 'region:140702';
const zone108 = JSON.parse(readFileSync(path.join(import.meta.dirname, 'fixtures', 'zone-108-neighborhood.json'), 'utf8')) as Graph;

/** Expanding 榆次区 meets 108廊带 and its park again, and brings 晋中市 and 晋中大学城. */
const yuciNeighborhood: Graph = {
  nodes: [
    { data: { id: YUCI, label: '榆次区', type: 'REGION', mentionCount: 14, hiddenNeighbors: 0 } },
    { data: { id: ZONE, label: '108廊带', type: 'ZONE', mentionCount: 9, hiddenNeighbors: 0 } },
    { data: { id: 'park:晋中经济技术开发区', label: '晋中经济技术开发区', type: 'PARK', mentionCount: 5, hiddenNeighbors: 0 } },
    { data: { id: 'region:140700', label: '晋中市', type: 'REGION', mentionCount: 120, hiddenNeighbors: 0 } },
    { data: { id: 'project:晋中大学城', label: '晋中大学城', type: 'PROJECT', mentionCount: 2, hiddenNeighbors: 0 } },
  ],
  edges: [
    { data: { id: `${ZONE}|COVERS|${YUCI}`, source: ZONE, target: YUCI, type: 'COVERS', weight: 2, evidence: [] } },
    { data: { id: `${YUCI}|PART_OF|region:140700`, source: YUCI, target: 'region:140700', type: 'PART_OF', weight: 1, evidence: [] } },
    { data: { id: `park:晋中经济技术开发区|LOCATED_IN|${YUCI}`, source: 'park:晋中经济技术开发区', target: YUCI, type: 'LOCATED_IN', weight: 1, evidence: [] } },
    { data: { id: `project:晋中大学城|LOCATED_IN|${YUCI}`, source: 'project:晋中大学城', target: YUCI, type: 'LOCATED_IN', weight: 1, evidence: [] } },
  ],
  truncated: false,
};

class FixtureApi extends PlanGraphApi {
  readonly limits: number[] = [];

  override async entitySummary(id: string): Promise<EntitySummary | null> {
    const node = [...zone108.nodes, ...yuciNeighborhood.nodes].find((candidate) => candidate.data.id === id);
    if (!node || node.data.type === 'PLAN') return null;
    return { id, name: node.data.label, type: node.data.type as EntitySummary['type'], mentionCount: node.data.mentionCount, aliases: [], planCount: 0 };
  }

  override async neighborhood(ids: string[], limit: number): Promise<Graph> {
    this.limits.push(limit);
    if (ids[0] === ZONE) return zone108;
    if (ids[0] === YUCI) return yuciNeighborhood;
    return { nodes: [], edges: [], truncated: false };
  }
}

interface Harness {
  ctx: ExplorerContext;
  api: FixtureApi;
  messages: string[];
  events: string[];
  canUndo: () => boolean | undefined;
}

let canvases: GraphCanvas[] = [];
afterEach(() => {
  for (const canvas of canvases) canvas.destroy();
  canvases = [];
});

function harness(): Harness {
  const api = new FixtureApi();
  const canvas = new GraphCanvas();
  canvases.push(canvas);
  const bus = new EventBus<ExplorerEvents>();
  const messages: string[] = [];
  const events: string[] = [];
  let canUndo: boolean | undefined;
  bus.on('view-changed', () => events.push('view-changed'));
  bus.on('graph-replaced', () => events.push('graph-replaced'));
  bus.on('history-changed', (state) => (canUndo = state.canUndo));
  const ctx: ExplorerContext = {
    api,
    canvas,
    session: new Session(),
    history: new History<Snapshot>(),
    bus,
    status: {
      announce: (message) => messages.push(message),
      reportError: (error, context) => messages.push(`${context}: ${String(error)}`),
      track: async (work) => work(),
    },
    filters: {
      apply: async (view) => void applyVisibility(canvas.cy, { hiddenTypes: new Set(view.hiddenTypes), hiddenPlans: new Set(), mentionedBy: null }),
      renderControls: () => undefined,
    },
    pathPanel: { setFrom: () => undefined, setTo: () => undefined, showPath: () => undefined, showMessage: () => undefined },
  };
  return { ctx, api, messages, events, canUndo: () => canUndo };
}

const nodeIds = (ctx: ExplorerContext) => ctx.canvas.realNodes().map((node) => node.id()).sort();

async function exploreTwoLevels(h: Harness): Promise<void> {
  await addEntity(h.ctx, { id: ZONE }, { select: true });
  await expand(h.ctx, ZONE);
  await expand(h.ctx, YUCI);
}

describe('exploring on the canvas', () => {
  it('adds an entity as a seed, selected, and says how to go on', async () => {
    const h = harness();
    await addEntity(h.ctx, { id: ZONE }, { select: true });
    expect(nodeIds(h.ctx)).toEqual([ZONE]);
    expect(h.ctx.canvas.selectedId()).toBe(ZONE);
    expect(h.ctx.session.view.seeds).toEqual([ZONE]);
    expect(h.messages.at(-1)).toBe('108廊带 added to the graph. Press E or double-click it to expand.');
    expect(h.canUndo()).toBe(true);
    await addEntity(h.ctx, { id: 'region:149999', name: '无此地' }, { select: true });
    expect(h.messages.at(-1)).toBe('无此地 is not in the graph.');
  });

  it('expands with the cap, counts what is new, and keeps the expansion in the view', async () => {
    const h = harness();
    await exploreTwoLevels(h);
    expect(h.api.limits).toEqual([26, 26]);
    expect(h.messages).toContain('108廊带: 6 neighbours shown, 6 new, 3 more behind “+ more”.');
    expect(h.messages.at(-1)).toBe('榆次区: 4 neighbours shown, 2 new.');
    expect(h.ctx.canvas.has(`more:${ZONE}`)).toBe(true);
    expect(nodeIds(h.ctx)).toHaveLength(9);
    expect(h.ctx.session.view.expansions).toEqual([
      { id: ZONE, all: false },
      { id: YUCI, all: false },
    ]);
  });

  it('asks for every neighbour through "+N more", and remembers the expansion as "all"', async () => {
    const h = harness();
    await addEntity(h.ctx, { id: ZONE }, { select: true });
    await expand(h.ctx, ZONE);
    await expand(h.ctx, `more:${ZONE}`);
    expect(h.api.limits).toEqual([26, 501]);
    expect(h.ctx.session.view.expansions).toEqual([{ id: ZONE, all: true }]);
  });

  it('collapses what the expansions added, then undo and redo walk back and forth', async () => {
    const h = harness();
    await exploreTwoLevels(h);
    const expanded = nodeIds(h.ctx);
    collapse(h.ctx, ZONE);
    expect(nodeIds(h.ctx)).toEqual([ZONE]);
    expect(h.ctx.canvas.has(`more:${ZONE}`)).toBe(false);
    expect(h.messages.at(-1)).toBe('Collapsed: 8 nodes removed.');
    expect(h.ctx.session.view.expansions).toEqual([]);

    undo(h.ctx);
    expect(nodeIds(h.ctx)).toEqual(expanded);
    expect(h.ctx.canvas.has(`more:${ZONE}`)).toBe(true);
    expect(h.ctx.session.view.expansions.map((expansion) => expansion.id)).toEqual([ZONE, YUCI]);
    expect(h.messages.at(-1)).toBe('Undone.');
    expect(h.events).toContain('graph-replaced');

    redo(h.ctx);
    expect(nodeIds(h.ctx)).toEqual([ZONE]);
    expect(h.ctx.session.view.expansions).toEqual([]);
    expect(h.messages.at(-1)).toBe('Redone.');

    // Collapse again after undoing works from the restored record of who added what.
    undo(h.ctx);
    collapse(h.ctx, YUCI);
    expect(nodeIds(h.ctx)).toHaveLength(7);
    expect(h.messages.at(-1)).toBe('Collapsed: 2 nodes removed.');
    redo(h.ctx);
    expect(h.messages.at(-1)).toBe('Nothing to redo.');
  });

  it('says when there is nothing to collapse or undo', async () => {
    const h = harness();
    undo(h.ctx);
    expect(h.messages.at(-1)).toBe('Nothing to undo.');
    await addEntity(h.ctx, { id: ZONE }, { select: true });
    collapse(h.ctx, ZONE);
    expect(h.messages.at(-1)).toBe('Nothing to collapse: this node has not been expanded.');
    undo(h.ctx);
    expect(nodeIds(h.ctx)).toEqual([]);
    expect(h.canUndo()).toBe(false);
  });

  it('clears the canvas but keeps the filters, and one undo brings the graph back', async () => {
    const h = harness();
    await exploreTwoLevels(h);
    h.ctx.session.view = { ...h.ctx.session.view, hiddenTypes: ['POLICY'] };
    const before = nodeIds(h.ctx);
    clearGraph(h.ctx);
    expect(h.ctx.canvas.cy.elements().length).toBe(0);
    expect(h.ctx.session.view).toEqual({ ...emptyViewState(), hiddenTypes: ['POLICY'] });
    undo(h.ctx);
    expect(nodeIds(h.ctx)).toEqual(before);
    expect(h.ctx.session.view.seeds).toEqual([ZONE]);
  });

  it('rebuilds a view from its URL state as one step that undo does not split', async () => {
    const h = harness();
    await restoreView(h.ctx, {
      ...emptyViewState(),
      seeds: [ZONE],
      expansions: [
        { id: ZONE, all: false },
        { id: YUCI, all: false },
      ],
      hiddenTypes: ['PROJECT'],
      selected: YUCI,
    });
    expect(nodeIds(h.ctx)).toHaveLength(9);
    expect(h.ctx.canvas.selectedId()).toBe(YUCI);
    expect(h.ctx.canvas.cy.getElementById('project:晋中大学城').hasClass('filtered-type')).toBe(true);
    expect(h.ctx.session.restoring).toBe(false);
    expect(h.ctx.history.canUndo).toBe(false);
    expect(h.events.at(-1)).toBe('view-changed');
  });
});

describe('the canvas by keyboard', () => {
  it('walks the nodes in reading order, wraps around, and leaves the keys alone on an empty canvas', async () => {
    const h = harness();
    expect(runCanvasKey(h.ctx, { kind: 'move', step: 1 })).toBe(false);
    await addEntity(h.ctx, { id: ZONE }, { select: false });
    await expand(h.ctx, ZONE);
    const order = h.ctx.canvas.keyboardOrder().map((node) => node.id());
    expect(order).toHaveLength(8);
    expect(runCanvasKey(h.ctx, { kind: 'move', step: 1 })).toBe(true);
    expect(h.ctx.canvas.selectedId()).toBe(order[0]);
    runCanvasKey(h.ctx, { kind: 'move', step: -1 });
    expect(h.ctx.canvas.selectedId()).toBe(order[7]);
    runCanvasKey(h.ctx, { kind: 'move', step: 1 });
    runCanvasKey(h.ctx, { kind: 'move', step: 1 });
    expect(h.ctx.canvas.selectedId()).toBe(order[1]);
    expect(h.messages.at(-1)).toMatch(/ selected\.$/);
    runCanvasKey(h.ctx, { kind: 'deselect' });
    expect(h.ctx.canvas.selectedId()).toBeNull();
    runCanvasKey(h.ctx, { kind: 'expand' });
    expect(h.messages.at(-1)).toBe('Select a node first, then expand it.');
  });
});

describe('what an expansion says', () => {
  it('counts neighbours, new ones and the ones behind "+ more"', () => {
    expect(expansionMessage('晋中市', { shown: 25, added: 20, more: true, hidden: 12 })).toBe('晋中市: 25 neighbours shown, 20 new, 12 more behind “+ more”.');
    expect(expansionMessage('晋中市', { shown: 25, added: 0, more: true, hidden: 0 })).toBe('晋中市: 25 neighbours shown, 0 new, some more behind “+ more”.');
    expect(expansionMessage('祁县', { shown: 1, added: 1, more: false, hidden: 0 })).toBe('祁县: 1 neighbour shown, 1 new.');
  });
});
