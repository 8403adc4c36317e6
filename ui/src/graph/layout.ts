// Layouts as promises: a caller (the explorer, the bench) awaits the settled layout and gets its
// duration, measured from run() to Cytoscape's layoutstop.
import cytoscape from 'cytoscape';
import type { Collection, Core, LayoutOptions, Layouts, NodeCollection, NodeSingular, Position } from 'cytoscape';
import fcose from 'cytoscape-fcose';

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

export function fcoseOptions(options: FcoseOptions = {}, rest: Record<string, unknown> = {}): LayoutOptions {
  const { animate = false, fit = true } = options;
  return {
    name: 'fcose',
    quality: 'default',
    randomize: true,
    animate,
    animationDuration: 350,
    fit,
    padding: 40,
    nodeDimensionsIncludeLabels: true,
    idealEdgeLength: 110,
    nodeRepulsion: 9000,
    nodeSeparation: 90,
    numIter: 2500,
    ...rest,
  } as LayoutOptions;
}

/** Lays out everything from scratch. */
export function layoutAll(cy: Core, options: FcoseOptions = {}): Promise<LayoutRun> {
  const elements = cy.elements();
  if (elements.nodes().length === 0) return Promise.resolve({ ms: 0 });
  return runLayout(elements.layout(fcoseOptions(options)));
}

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
  const radius = 110 + Math.min(nodes.length, 60) * 4;
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
    local.union(edges).layout(fcoseOptions({ ...options, fit: false }, { randomize: false, fixedNodeConstraint: fixed, numIter: 1500 })),
  );
}

/** Places lone new nodes (search picks, plan view) near the viewport centre, off the others. */
export function placeFree(cy: Core, added: Collection | NodeCollection): void {
  const extent = cy.extent();
  const centre = { x: (extent.x1 + extent.x2) / 2, y: (extent.y1 + extent.y2) / 2 };
  const others = cy.nodes().difference(added);
  let origin = centre;
  if (others.length > 0) {
    const box = others.boundingBox({});
    origin = { x: box.x2 + 120, y: (box.y1 + box.y2) / 2 };
  }
  added.nodes().forEach((node, index) => {
    node.position({ x: origin.x + (index % 5) * 120, y: origin.y + Math.floor(index / 5) * 90 });
  });
}

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
      node.position({ x: sum.x / anchors.length + 60, y: sum.y / anchors.length + 60 });
      placed.add(node.id());
      moved = true;
    });
    if (!moved) break;
  }
  const fixed = old.map((node) => ({ nodeId: node.id(), position: { ...node.position() } }));
  return runLayout(cy.elements().layout(fcoseOptions({ ...options, fit: false }, { randomize: false, fixedNodeConstraint: fixed })));
}
