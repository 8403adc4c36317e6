// The Cytoscape canvas: adds API answers to the view, lays new nodes out near their parent,
// and tells the explorer what the user did (select, expand, hover).
import cytoscape from 'cytoscape';
import type { Collection, Core, ElementDefinition, EventObject, NodeSingular } from 'cytoscape';
import type { Graph } from '../types.ts';
import { isMoreNodeId, moreNodeId, toElements } from './elements.ts';
import { stylesheet } from './style.ts';
import { layoutAll, layoutAmong, layoutAround, placeFree, registerFcose, type LayoutRun } from './layout.ts';

export interface CanvasEvents {
  onSelect?: (id: string | null, kind: 'node' | 'edge' | null) => void;
  onExpand?: (id: string) => void;
  onExpandMore?: (parentId: string) => void;
}

export interface MergeResult {
  added: Collection;
  /** Resolves when the layout of the new elements has settled. */
  settled: Promise<LayoutRun>;
}

export interface GraphCanvasOptions {
  container?: HTMLElement;
  /** Animate layouts (off for headless use, the bench and reduced motion). */
  animate?: boolean;
}

export class GraphCanvas {
  readonly cy: Core;
  private readonly animate: boolean;
  private events: CanvasEvents = {};
  private lastAdded: string | null = null;

  constructor(options: GraphCanvasOptions = {}) {
    registerFcose();
    this.animate = options.animate ?? false;
    this.cy = cytoscape({
      container: options.container,
      headless: options.container === undefined,
      style: stylesheet(),
      selectionType: 'single',
      boxSelectionEnabled: false,
      minZoom: 0.1,
      maxZoom: 4,
    });
    this.cy.on('select unselect', () => {
      const selected = this.cy.$(':selected');
      const first = selected[0];
      this.events.onSelect?.(first ? first.id() : null, first ? (first.isNode() ? 'node' : 'edge') : null);
    });
    this.cy.on('tap', 'node.more', (event: EventObject) => {
      const moreOf = (event.target as NodeSingular).data('moreOf') as string;
      this.events.onExpandMore?.(moreOf);
    });
    // Cytoscape calls two quick taps a double tap even on two different nodes (Shift+click one,
    // then another): only two taps on the same node expand it.
    let lastTap: string | null = null;
    let tapBefore: string | null = null;
    this.cy.on('tap', (event: EventObject) => {
      tapBefore = lastTap;
      lastTap = event.target === this.cy ? null : (event.target as NodeSingular).id();
    });
    this.cy.on('dbltap', 'node', (event: EventObject) => {
      const node = event.target as NodeSingular;
      if (!node.hasClass('more') && tapBefore === node.id()) this.events.onExpand?.(node.id());
    });
    this.cy.on('mouseover', 'edge, node', (event: EventObject) => event.target.addClass('hover'));
    this.cy.on('mouseout', 'edge, node', (event: EventObject) => event.target.removeClass('hover'));
  }

  on(events: CanvasEvents): void {
    this.events = { ...this.events, ...events };
  }

  ids(): Set<string> {
    return new Set(this.cy.elements().map((element) => element.id()));
  }

  has(id: string): boolean {
    return this.cy.getElementById(id).nonempty();
  }

  /** Entity and plan nodes (not "+N more"). */
  realNodes(): Collection {
    return this.cy.nodes().not('.more');
  }

  /**
   * Adds an answer to the canvas. With a parent, the new nodes are laid out around it (its old
   * "+N more" node is replaced); without, they are placed beside the graph, or the whole graph
   * is laid out when `relayout` asks for it.
   */
  merge(graph: Graph, options: { expandedFrom?: string; relayout?: boolean } = {}): MergeResult {
    const parentId = options.expandedFrom;
    if (parentId !== undefined) this.cy.getElementById(moreNodeId(parentId)).remove();
    const elements = toElements(graph, { existingIds: this.ids(), expandedFrom: parentId });
    const added = this.cy.add(elements);
    // The latest answer knows best how many neighbours each node still hides.
    for (const { data } of graph.nodes) {
      const node = this.cy.getElementById(data.id);
      if (node.nonempty() && data.id !== parentId) node.data('hiddenNeighbors', data.hiddenNeighbors);
    }
    if (parentId !== undefined) {
      const parent = this.cy.getElementById(parentId);
      const answer = graph.nodes.find((node) => node.data.id === parentId);
      if (answer) parent.data('hiddenNeighbors', 0);
    }
    let settled: Promise<LayoutRun>;
    if (options.relayout) settled = this.relayout();
    else if (parentId !== undefined && this.has(parentId) && added.nodes().nonempty()) {
      settled = layoutAround(this.cy, this.cy.getElementById(parentId), added, { animate: this.animate });
    } else {
      if (added.nodes().nonempty()) placeFree(this.cy, added);
      settled = Promise.resolve({ ms: 0 });
    }
    return { added, settled };
  }

  /** Lays out new nodes among the existing ones, which stay where they are. */
  layoutAmong(added: Collection): Promise<LayoutRun> {
    return layoutAmong(this.cy, added, { animate: this.animate });
  }

  relayout(): Promise<LayoutRun> {
    return layoutAll(this.cy, { animate: this.animate });
  }

  remove(ids: Iterable<string>): void {
    let collection = this.cy.collection();
    for (const id of ids) collection = collection.union(this.cy.getElementById(id));
    collection.remove();
  }

  select(id: string | null): void {
    const current = this.cy.$(':selected');
    this.lastAdded = null;
    if (id === null) {
      current.unselect();
      return;
    }
    const element = this.cy.getElementById(id);
    if (element.empty() || (current.length === 1 && current[0]!.id() === id)) return;
    current.unselect();
    element.select();
  }

  /** Selects one more element, keeping the others (Shift+arrow; Shift+click does the same in Cytoscape). */
  addToSelection(id: string): void {
    const element = this.cy.getElementById(id);
    if (element.empty()) return;
    this.lastAdded = id;
    element.select();
  }

  /** The element the last Shift+arrow added, while it is still selected: where the next one starts. */
  lastSelectedId(): string | null {
    return this.lastAdded && this.cy.getElementById(this.lastAdded).selected() ? this.lastAdded : null;
  }

  selectedId(): string | null {
    return this.cy.$(':selected')[0]?.id() ?? null;
  }

  /** Brings an element into view without changing the zoom much. */
  reveal(id: string): void {
    const element = this.cy.getElementById(id);
    if (element.empty() || !this.cy.container()) return;
    this.cy.animate({ center: { eles: element } }, { duration: this.animate ? 250 : 0 });
  }

  /** Fits the visible graph, but never zooms in past 1.3: a few nodes should not fill the screen. */
  fit(): void {
    if (!this.cy.container()) return;
    const eles = this.cy.elements(':visible');
    if (eles.empty()) return;
    const maxZoom = this.cy.maxZoom();
    this.cy.maxZoom(1.3);
    this.cy.fit(eles, 40);
    this.cy.maxZoom(maxZoom);
  }

  zoomBy(factor: number): void {
    const extent = this.cy.extent();
    const centre = { x: (extent.x1 + extent.x2) / 2, y: (extent.y1 + extent.y2) / 2 };
    const level = Math.min(this.cy.maxZoom(), Math.max(this.cy.minZoom(), this.cy.zoom() * factor));
    this.cy.zoom({ level, position: centre });
  }

  /** Every element with its data, classes and position, for undo and JSON export. */
  snapshot(): ElementDefinition[] {
    return this.cy.elements().jsons() as ElementDefinition[];
  }

  restore(snapshot: ElementDefinition[]): void {
    this.cy.batch(() => {
      this.cy.elements().remove();
      this.cy.add(snapshot);
    });
  }

  /** Marks the elements of a path, fading the rest. */
  highlightPath(ids: Iterable<string> | null): void {
    this.cy.batch(() => {
      this.cy.elements().removeClass('path faded');
      if (!ids) return;
      let path = this.cy.collection();
      for (const id of ids) path = path.union(this.cy.getElementById(id));
      if (path.empty()) return;
      path.addClass('path');
      this.cy.elements().difference(path).addClass('faded');
    });
  }

  /** Nodes the user can reach by keyboard, in reading order (left to right, top to bottom). */
  keyboardOrder(): NodeSingular[] {
    return this.cy
      .nodes(':visible')
      .toArray()
      .map((node) => node as NodeSingular)
      .sort((a, b) => a.position().y - b.position().y || a.position().x - b.position().x);
  }

  destroy(): void {
    this.cy.destroy();
  }
}

export { isMoreNodeId };
