// Expanding a node: its neighbours (the first EXPAND_CAP, or all for "+N more") join the canvas
// around it, and the status line says how many were shown, new and left behind "+ more".
import type { MergeResult } from '../graph/canvas.ts';
import { isMoreNodeId, moreNodeId, neighbourIds } from '../graph/elements.ts';
import { expansionLimit } from '../limits.ts';
import { withAdded } from '../state/expansions.ts';
import { withExpansion } from '../state/view-state.ts';
import type { Graph } from '../types.ts';
import { remember, type ExplorerContext } from './context.ts';

export interface ExpansionOutcome {
  /** Neighbours in the answer, new or already on the canvas. */
  shown: number;
  /** Of those, the ones that were not on the canvas. */
  added: number;
  /** Whether a "+N more" node stands for neighbours left out. */
  more: boolean;
  /** How many it stands for (0 when the API could not count them). */
  hidden: number;
}

export function expansionMessage(name: string, outcome: ExpansionOutcome): string {
  const { shown, added, more, hidden } = outcome;
  const rest = more ? `, ${hidden > 0 ? hidden : 'some'} more behind “+ more”` : '';
  return `${name}: ${shown} ${shown === 1 ? 'neighbour' : 'neighbours'} shown, ${added} new${rest}.`;
}

/** Adds the answer to the canvas and to the record of who added what; returns what happened. */
async function mergeExpansion(ctx: ExplorerContext, id: string, all: boolean, graph: Graph): Promise<{ outcome: ExpansionOutcome; settled: MergeResult['settled'] }> {
  remember(ctx);
  const { added, settled } = ctx.canvas.merge(graph, { expandedFrom: id });
  const newIds = added.nodes().not('.more').map((element) => element.id());
  ctx.session.addedBy = withAdded(ctx.session.addedBy, id, newIds);
  ctx.session.view = withExpansion(ctx.session.view, id, all);
  await ctx.filters.apply(ctx.session.view);
  const more = ctx.canvas.cy.getElementById(moreNodeId(id));
  const outcome: ExpansionOutcome = {
    shown: neighbourIds(graph, id).size,
    added: newIds.length,
    more: more.nonempty(),
    hidden: more.nonempty() ? Number(more.data('count') ?? 0) : 0,
  };
  return { outcome, settled };
}

/** Adds the neighbours of a node: the first EXPAND_CAP, or all of them for "+N more" (or `all`). */
export async function expand(ctx: ExplorerContext, id: string, all = false): Promise<void> {
  if (isMoreNodeId(id)) {
    const moreOf = ctx.canvas.cy.getElementById(id).data('moreOf') as string | undefined;
    if (!moreOf) return;
    return expand(ctx, moreOf, true);
  }
  const node = ctx.canvas.cy.getElementById(id);
  if (node.empty()) return;
  const name = String(node.data('name') ?? id);
  await ctx.status.track(async () => {
    const graph = await ctx.api.neighborhood([id], expansionLimit(all));
    const { outcome, settled } = await mergeExpansion(ctx, id, all, graph);
    node.data('expanded', true);
    ctx.status.announce(expansionMessage(name, outcome));
    // For the browser tests: what the last expansion did, without parsing the status line.
    const container = ctx.canvas.cy.container();
    if (container) container.dataset.lastExpansion = JSON.stringify({ id, shown: outcome.shown, added: outcome.added, hidden: outcome.hidden });
    ctx.bus.emit('view-changed');
    await settled;
    if (!ctx.session.restoring) ctx.canvas.fit();
  });
}

/** The toolbar's and the E key's expand: the selected node, if a node is selected. */
export function expandSelected(ctx: ExplorerContext): void {
  const id = ctx.canvas.selectedId();
  if (id && ctx.canvas.cy.getElementById(id).isNode()) void expand(ctx, id);
  else ctx.status.announce('Select a node first, then expand it.');
}
