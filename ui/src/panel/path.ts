// Shortest path between two entities: pick both ends, see the hops and the evidence of each.
import type { PlanGraphApi } from '../api.ts';
import { clear, h } from '../dom.ts';
import { RELATION_LABELS } from '../graph/elements.ts';
import { SearchBox } from '../search/search-box.ts';
import type { EntityRef, Graph, GraphEdgeData, GraphNodeData } from '../types.ts';
import { entityChip, type PickEntity } from './chips.ts';
import { renderEvidence } from './edge.ts';

export interface PathEnd {
  id: string;
  name: string;
}

export interface Hop {
  from: GraphNodeData;
  to: GraphNodeData;
  edge: GraphEdgeData;
}

/** The path's edges in order from `fromId`, whatever order the answer lists them in. */
export function orderHops(graph: Graph, fromId: string): Hop[] {
  const nodes = new Map(graph.nodes.map((node) => [node.data.id, node.data]));
  const remaining = graph.edges.map((edge) => edge.data);
  const hops: Hop[] = [];
  let at = fromId;
  while (remaining.length > 0) {
    const index = remaining.findIndex((edge) => edge.source === at || edge.target === at);
    if (index < 0) break;
    const edge = remaining.splice(index, 1)[0]!;
    const next = edge.source === at ? edge.target : edge.source;
    const from = nodes.get(at);
    const to = nodes.get(next);
    if (!from || !to) break;
    hops.push({ from, to, edge });
    at = next;
  }
  return hops;
}

export interface PathPanelOptions {
  api: PlanGraphApi;
  onFind: (from: PathEnd, to: PathEnd) => void;
  onClear: () => void;
  onPick: PickEntity;
}

export class PathPanel {
  readonly element: HTMLElement;
  private from: PathEnd | null = null;
  private to: PathEnd | null = null;
  private readonly fromBox: SearchBox;
  private readonly toBox: SearchBox;
  private readonly result: HTMLElement;
  private readonly findButton: HTMLButtonElement;

  constructor(private readonly options: PathPanelOptions) {
    this.fromBox = new SearchBox({
      api: options.api,
      label: 'From',
      placeholder: 'start entity',
      keepPicked: true,
      onPick: (entity) => this.setFrom({ id: entity.id, name: entity.name }),
    });
    this.toBox = new SearchBox({
      api: options.api,
      label: 'To',
      placeholder: 'end entity',
      keepPicked: true,
      onPick: (entity) => this.setTo({ id: entity.id, name: entity.name }),
    });
    this.findButton = h('button', { type: 'button', className: 'primary', onclick: () => this.find() }, 'Find the shortest path');
    this.result = h('div', { className: 'path-result', 'aria-live': 'polite' });
    this.element = h(
      'div',
      { className: 'path-panel' },
      h('p', { className: 'muted' }, 'Pick two entities here, or use “Path from here” / “Path to here” on a selected entity.'),
      this.fromBox.element,
      this.toBox.element,
      h('div', { className: 'actions' }, this.findButton, h('button', { type: 'button', onclick: () => this.clear() }, 'Clear the path')),
      this.result,
    );
    this.updateButton();
  }

  setFrom(end: PathEnd): void {
    this.from = end;
    this.fromBox.setValue(end.name);
    this.updateButton();
  }

  setTo(end: PathEnd): void {
    this.to = end;
    this.toBox.setValue(end.name);
    this.updateButton();
  }

  private updateButton(): void {
    this.findButton.disabled = !(this.from && this.to);
  }

  find(): void {
    if (this.from && this.to) this.options.onFind(this.from, this.to);
  }

  clear(): void {
    clear(this.result);
    this.options.onClear();
  }

  showMessage(text: string): void {
    clear(this.result);
    this.result.append(h('p', {}, text));
  }

  showPath(graph: Graph, fromId: string): void {
    clear(this.result);
    const hops = orderHops(graph, fromId);
    this.result.append(
      h('h3', {}, `${hops.length} ${hops.length === 1 ? 'hop' : 'hops'}`),
      h(
        'ol',
        { className: 'hops' },
        hops.map((hop) =>
          h(
            'li',
            { className: 'hop' },
            h(
              'p',
              { className: 'hop-line' },
              chip(hop.from, this.options.onPick),
              h('span', { className: 'relation' }, ` ${RELATION_LABELS[hop.edge.type] ?? hop.edge.type} `),
              chip(hop.to, this.options.onPick),
            ),
            renderEvidence(hop.edge.evidence, [hop.from.label, hop.to.label]),
          ),
        ),
      ),
    );
  }
}

function chip(node: GraphNodeData, onPick: PickEntity): HTMLElement {
  if (node.type === 'PLAN') return h('strong', {}, node.label);
  return entityChip({ id: node.id, name: node.label, type: node.type as EntityRef['type'] }, onPick);
}
