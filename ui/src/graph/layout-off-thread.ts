// Whole-graph layouts of large graphs in a Web Worker (layout-worker.ts). On the main thread,
// fcose on 1,000 nodes is one task of several seconds (bench/RESULTS.md): no input, no paint.
// Here the nodes first take a grid at once, so that they show while fcose works; the worker's
// positions then replace the grid in one step.
import type { Collection, LayoutOptions, NodeSingular } from 'cytoscape';
import type { LayoutAnswer, LayoutRequest } from './layout-message.ts';

/**
 * From this many nodes a whole layout goes to the worker. Below it fcose on the page stays
 * well under the 200 ms that Chromium calls a long task, and the explorer's own views (an
 * expansion, a path, a restored URL) stay on the page's synchronous, tested path.
 */
export const WORKER_LAYOUT_MIN_NODES = 200;

let worker: Worker | null | undefined;
let latest = 0;
const waiting = new Map<number, (answer: LayoutAnswer | null) => void>();

function layoutWorker(): Worker | null {
  if (worker !== undefined) return worker;
  if (typeof Worker === 'undefined') return (worker = null);
  try {
    worker = new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return (worker = null);
  }
  worker.addEventListener('message', (event: MessageEvent<LayoutAnswer>) => {
    waiting.get(event.data.id)?.(event.data);
    waiting.delete(event.data.id);
  });
  // A worker that fails (a blocked script, an exception in fcose) is not tried again: every
  // caller waiting on it, and every later one, lays out on the page instead.
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    for (const resolve of waiting.values()) resolve(null);
    waiting.clear();
    worker?.terminate();
    worker = null;
  });
  return worker;
}

/** Positions for `elements` from fcose in the worker, or null when there is no worker. */
function positionsInWorker(elements: Collection, options: Record<string, unknown>): Promise<LayoutAnswer | null> {
  const target = layoutWorker();
  if (!target) return Promise.resolve(null);
  latest += 1;
  const id = latest;
  const nodes = elements.nodes().map((node) => {
    // The box fcose itself would use on the page: labels are drawn here, not in the worker.
    const box = (node as NodeSingular).layoutDimensions({ nodeDimensionsIncludeLabels: true });
    const { x, y } = (node as NodeSingular).position();
    return { id: node.id(), w: box.w, h: box.h, x, y };
  });
  const edges = elements.edges().map((edge) => ({ source: edge.source().id(), target: edge.target().id() }));
  const request: LayoutRequest = { id, nodes, edges, options };
  return new Promise((resolve) => {
    waiting.set(id, resolve);
    target.postMessage(request);
  });
}

export type Placement = 'applied' | 'superseded' | 'no-worker';

/**
 * Lays `elements` out in the worker with fcose `options` (plain data), after a grid that shows
 * them at once. 'superseded' when a later layout started meanwhile (its positions win), and
 * 'no-worker' when the caller must lay out on the page.
 */
export async function layoutOffThread(elements: Collection, options: LayoutOptions & Record<string, unknown>): Promise<Placement> {
  const answerPromise = positionsInWorker(elements, { ...options });
  if (!worker) return 'no-worker';
  const { fit, padding } = options as { fit?: boolean; padding?: number };
  elements.layout({ name: 'grid', fit, padding, animate: false } as LayoutOptions).run();
  const answer = await answerPromise;
  if (answer === null) return 'no-worker';
  if (answer.id !== latest) return 'superseded';
  await new Promise<void>((resolve) => {
    const preset = elements.layout({
      name: 'preset',
      positions: (node: NodeSingular) => answer.positions[node.id()] ?? node.position(),
      fit,
      padding,
      // Not animated: every frame of an animation redraws the whole graph, and on a graph this
      // large one frame is itself a long task (bench/RESULTS.md).
      animate: false,
    } as LayoutOptions);
    preset.one('layoutstop', () => resolve());
    preset.run();
  });
  return 'applied';
}
