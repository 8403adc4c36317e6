// Timing from request to a settled layout, for `npm run bench` (run in headless Chromium via
// window.plangraph.measure) and for anyone profiling the explorer.
import type { Graph } from '../types.ts';
import type { GraphCanvas } from './canvas.ts';

export interface LoadTiming {
  /** Request sent → answer parsed. */
  requestMs: number;
  /** Elements added → layoutstop. */
  layoutMs: number;
  /** Request sent → layoutstop. */
  totalMs: number;
  nodes: number;
  edges: number;
}

/**
 * Loads an answer onto the canvas and resolves once its layout has settled: with `expandedFrom`
 * as an expansion laid out around that node, otherwise as a whole-graph layout.
 */
export async function measureRequestToLayout(canvas: GraphCanvas, load: () => Promise<Graph>, options: { expandedFrom?: string } = {}): Promise<LoadTiming> {
  const started = performance.now();
  const graph = await load();
  const answered = performance.now();
  const { added, settled } = canvas.merge(graph, { expandedFrom: options.expandedFrom, relayout: options.expandedFrom === undefined });
  await settled;
  const done = performance.now();
  return {
    requestMs: answered - started,
    layoutMs: done - answered,
    totalMs: done - started,
    nodes: added.nodes().length,
    edges: added.edges().length,
  };
}
