// Layouts as promises: a caller (the explorer, the bench) awaits the settled layout and gets its
// duration, measured from run() to Cytoscape's layoutstop.
import cytoscape from 'cytoscape';
import type { Collection, Core, LayoutOptions, Layouts, NodeCollection, NodeSingular, Position } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { layoutOffThread, WORKER_LAYOUT_MIN_NODES } from './layout-off-thread.ts';

let registered = false;
export function registerFcose(): void {
  if (registered) return;
  cytoscape.use(fcose);
  registered = true;
}

export interface LayoutRun {
  /** Milliseconds from layout.run() to layoutstop (animation included when animated). */
  ms: number;
}

/** Runs a layout and resolves at its layoutstop event. */
export function runLayout(layout: Layouts): Promise<LayoutRun> {
  const started = performance.now();
  const stopped = new Promise<LayoutRun>((resolve) => {
    layout.one('layoutstop', () => resolve({ ms: performance.now() - started }));
  });
  layout.run();
  return stopped;
}

export interface FcoseOptions {
  animate?: boolean;
  fit?: boolean;
}

/*
 * fcose tunables. The graphs are small (an expansion shows 25 neighbours, "+N more" at most 500)
 * and every node carries a Chinese label up to 110px wide under it (style.ts), so the values
 * lean towards space between nodes rather than a compact drawing; fcose's defaults leave
 * labels out of node sizes and are tuned for bare dots.
 */
const FCOSE_TUNING = {
  // fcose's default: a spectral start, then a fast-cooling force pass. 'proof' cools slowly,
  // which costs time on every expansion, the figure the bench watches (bench/RESULTS.md).
  quality: 'default',
  // Labels are part of each node's box, so that the forces keep labels apart, not just dots.
  nodeDimensionsIncludeLabels: true,
  // The length an edge settles at: the width a label may wrap to (110px), so that two
  // neighbours' labels sit side by side instead of on top of each other (fcose's default: 50).
  idealEdgeLength: 110,
  // How hard nodes push each other away: twice fcose's 4500, because with labels counted each
  // node is a box about 110px wide, and the 25 leaves of a hub need the push to stay apart.
  nodeRepulsion: 9000,
  // Spacing of the spectral start: a little above fcose's 75, room for the largest node (48px)
  // and its label's margin, so that the force pass starts from few overlaps.
  nodeSeparation: 90,
  // Force iterations for a whole layout: fcose's default. A 1,000-node graph takes about 6 s on
  // a 2-core machine (bench/RESULTS.md), so there is no budget for more.
  numIter: 2500,
  // Margin between the graph and the canvas edge when the layout fits it: the same 40px as the
  // Fit button (canvas.ts), so that a layout and a later Fit frame the graph alike.
  padding: 40,
  // An animated layout shows where nodes went; 350 ms is short enough not to hold up the next
  // click (fcose's default of 1 s is not).
  animationDuration: 350,
} as const;

/**
 * Local layouts (an expansion, a path) move only new nodes around pinned ones, so fewer
 * iterations settle them: a 50-node expansion stays under half a second (bench/RESULTS.md).
 */
const LOCAL_ITERATIONS = 1500;

export function fcoseOptions(options: FcoseOptions = {}, rest: Record<string, unknown> = {}): LayoutOptions {
  const { animate = false, fit = true } = options;
  // A whole layout starts afresh (fcose's spectral step places every node); local layouts turn
  // this off through `rest`, to start from where placeAround and placeFree put the new nodes.
  return { name: 'fcose', ...FCOSE_TUNING, randomize: true, animate, fit, ...rest } as LayoutOptions;
}

/** Lays out everything from scratch: a large graph in the layout worker, off the main thread. */
export async function layoutAll(cy: Core, options: FcoseOptions = {}): Promise<LayoutRun> {
  const elements = cy.elements();
  if (elements.nodes().length === 0) return { ms: 0 };
  if (elements.nodes().length >= WORKER_LAYOUT_MIN_NODES) {
    const started = performance.now();
    const placement = await layoutOffThread(elements, fcoseOptions(options) as LayoutOptions & Record<string, unknown>);
    if (placement !== 'no-worker') return { ms: performance.now() - started };
  }
  return runLayout(elements.layout(fcoseOptions(options)));
}

/** A fan of new nodes starts one ideal edge length from its parent... */
const FAN_RADIUS = FCOSE_TUNING.idealEdgeLength;
/** ...and 4px further per node, so that a large expansion starts on a longer arc, less crowded... */
const FAN_GROWTH_PER_NODE = 4;
/** ...for at most 60 nodes (a 350px radius), so that a 500-node "+N more" does not start 2,000px away. */
const FAN_GROWTH_CAP = 60;

/**
 * Puts new nodes on an arc around their parent, facing away from the rest of the graph, so that
 * a later layout starts from a sensible place and nothing else moves.
 */
export function placeAround(cy: Core, parent: NodeSingular, added: Collection): void {
  const nodes = added.nodes();
  if (nodes.length === 0) return;
  const origin = parent.position();
  const others = cy.nodes().difference(nodes).difference(parent);
  let angle = 0;
  if (others.length > 0) {
    const box = others.boundingBox({});
    const centre = { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
    const dx = origin.x - centre.x;
    const dy = origin.y - centre.y;
    if (Math.hypot(dx, dy) > 1) angle = Math.atan2(dy, dx);
  }
  // A full circle when the parent is alone, a 240° fan pointing outwards otherwise.
  const spread = others.length > 0 ? (Math.PI * 4) / 3 : Math.PI * 2;
  const radius = FAN_RADIUS + Math.min(nodes.length, FAN_GROWTH_CAP) * FAN_GROWTH_PER_NODE;
  nodes.forEach((node, index) => {
    const t = nodes.length === 1 ? 0.5 : index / (spread >= Math.PI * 2 ? nodes.length : nodes.length - 1);
    const a = angle - spread / 2 + spread * t;
    node.position({ x: origin.x + radius * Math.cos(a), y: origin.y + radius * Math.sin(a) });
  });
}

/**
 * Lays out only the new nodes around their parent: fcose runs on the new nodes plus the parent,
 * with the parent pinned where it is, so the existing layout is not scrambled.
 */
export function layoutAround(cy: Core, parent: NodeSingular, added: Collection, options: FcoseOptions = {}): Promise<LayoutRun> {
  placeAround(cy, parent, added);
  const nodes = added.nodes();
  if (nodes.length < 2) return Promise.resolve({ ms: 0 });
  const local = nodes.union(parent);
  const edges = local.connectedEdges().filter((edge) => local.contains(edge.source()) && local.contains(edge.target()));
  const fixed: { nodeId: string; position: Position }[] = [{ nodeId: parent.id(), position: { ...parent.position() } }];
  return runLayout(
    local.union(edges).layout(fcoseOptions({ ...options, fit: false }, { randomize: false, fixedNodeConstraint: fixed, numIter: LOCAL_ITERATIONS })),
  );
}

/** Lone new nodes go right of the graph, this far from its edge: clear of the labels there. */
const FREE_GAP = 120;
/** They sit in rows of 5, 120px apart (a node and its 110px label) and 90px down (two label lines under a node). */
const FREE_PER_ROW = 5;
const FREE_COLUMN = 120;
const FREE_ROW = 90;

/** Places lone new nodes (search picks, plan view) near the viewport centre, off the others. */
export function placeFree(cy: Core, added: Collection | NodeCollection): void {
  const extent = cy.extent();
  const centre = { x: (extent.x1 + extent.x2) / 2, y: (extent.y1 + extent.y2) / 2 };
  const others = cy.nodes().difference(added);
  let origin = centre;
  if (others.length > 0) {
    const box = others.boundingBox({});
    origin = { x: box.x2 + FREE_GAP, y: (box.y1 + box.y2) / 2 };
  }
  added.nodes().forEach((node, index) => {
    node.position({ x: origin.x + (index % FREE_PER_ROW) * FREE_COLUMN, y: origin.y + Math.floor(index / FREE_PER_ROW) * FREE_ROW });
  });
}

/**
 * A path node starts this far (right and down) from the centre of its placed neighbours: two
 * nodes on one spot give the forces no direction to push them apart in.
 */
const ANCHOR_OFFSET = 60;

/**
 * Lays out new nodes that connect to several existing ones (a path): each starts at the centre
 * of its placed neighbours, then fcose runs over everything with the old nodes pinned.
 */
export function layoutAmong(cy: Core, added: Collection, options: FcoseOptions = {}): Promise<LayoutRun> {
  const fresh = added.nodes();
  if (fresh.empty()) return Promise.resolve({ ms: 0 });
  const old = cy.nodes().difference(fresh).nodes();
  if (old.empty()) return layoutAll(cy, options);
  placeFree(cy, fresh);
  // Walk outwards from the old nodes so that each new node starts beside a placed neighbour.
  const placed = new Set(old.map((node) => node.id()));
  for (let round = 0; round < fresh.length; round++) {
    let moved = false;
    fresh.forEach((node) => {
      if (placed.has(node.id())) return;
      const anchors = node.neighborhood().nodes().filter((other) => placed.has(other.id()));
      if (anchors.empty()) return;
      const sum = { x: 0, y: 0 };
      anchors.forEach((other) => {
        sum.x += (other as NodeSingular).position().x;
        sum.y += (other as NodeSingular).position().y;
      });
      node.position({ x: sum.x / anchors.length + ANCHOR_OFFSET, y: sum.y / anchors.length + ANCHOR_OFFSET });
      placed.add(node.id());
      moved = true;
    });
    if (!moved) break;
  }
  const fixed = old.map((node) => ({ nodeId: node.id(), position: { ...node.position() } }));
  return runLayout(cy.elements().layout(fcoseOptions({ ...options, fit: false }, { randomize: false, fixedNodeConstraint: fixed })));
}
