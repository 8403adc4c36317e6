// The shortest path between two entities: put on the canvas, highlighted, and listed hop by
// hop in the Path tab.
import type { PathEnd } from '../panel/path.ts';
import { withPath } from '../state/view-state.ts';
import type { Graph } from '../types.ts';
import { remember, type ExplorerContext } from './context.ts';

/** The ends as the answer names them (the URL gives only ids). */
export function namedEnds(graph: Graph, from: PathEnd, to: PathEnd): { from: PathEnd; to: PathEnd } {
  const names = new Map(graph.nodes.map((node) => [node.data.id, node.data.label]));
  return { from: { id: from.id, name: names.get(from.id) ?? from.name }, to: { id: to.id, name: names.get(to.id) ?? to.name } };
}

export function pathMessage(graph: Graph, ends: { from: PathEnd; to: PathEnd }): string {
  const hops = graph.edges.length;
  return `Path: ${hops} ${hops === 1 ? 'hop' : 'hops'} from ${ends.from.name} to ${ends.to.name}.`;
}

/** Every node and edge id of a path, for the highlight. */
export function pathElementIds(graph: Graph): string[] {
  return [...graph.nodes.map((node) => node.data.id), ...graph.edges.map((edge) => edge.data.id)];
}

async function showPath(ctx: ExplorerContext, graph: Graph, from: PathEnd, to: PathEnd): Promise<void> {
  remember(ctx);
  const before = ctx.canvas.realNodes().length;
  const { added } = ctx.canvas.merge(graph);
  ctx.session.view = withPath(ctx.session.view, { from: from.id, to: to.id });
  const ends = namedEnds(graph, from, to);
  ctx.pathPanel.setFrom(ends.from);
  ctx.pathPanel.setTo(ends.to);
  ctx.pathPanel.showPath(graph, from.id);
  ctx.canvas.highlightPath(pathElementIds(graph));
  await ctx.filters.apply(ctx.session.view);
  const restoring = ctx.session.restoring;
  // Alone on the canvas, the path gets a layout of its own; beside a graph, the graph stays put.
  if (!restoring && added.nodes().nonempty()) await (before === 0 ? ctx.canvas.relayout() : ctx.canvas.layoutAmong(added));
  if (!restoring) ctx.canvas.fit();
  ctx.status.announce(pathMessage(graph, ends));
}

export async function findPath(ctx: ExplorerContext, from: PathEnd, to: PathEnd): Promise<void> {
  ctx.bus.emit('show-tab', 'path');
  await ctx.status.track(async () => {
    const graph = await ctx.api.path(from.id, to.id);
    if (!graph || graph.nodes.length === 0) {
      ctx.pathPanel.showMessage(`No path between ${from.name} and ${to.name} within 6 steps.`);
      ctx.session.view = withPath(ctx.session.view, null);
    } else {
      await showPath(ctx, graph, from, to);
    }
    ctx.bus.emit('view-changed');
  });
}

export function clearPath(ctx: ExplorerContext): void {
  ctx.canvas.highlightPath(null);
  ctx.session.view = withPath(ctx.session.view, null);
  ctx.bus.emit('view-changed');
}

/** "Path from here" / "Path to here" on a selected entity. */
export function setPathEnd(ctx: ExplorerContext, end: 'from' | 'to', id: string): void {
  const name = String(ctx.canvas.cy.getElementById(id).data('name') ?? id);
  if (end === 'from') ctx.pathPanel.setFrom({ id, name });
  else ctx.pathPanel.setTo({ id, name });
  ctx.bus.emit('show-tab', 'path');
  ctx.status.announce(`${name} is the path's ${end === 'from' ? 'start' : 'end'}.`);
}
