// From the API's Graph to Cytoscape elements, and the ids and classes they carry (their looks
// are in style.ts). Pure: no DOM, no Cytoscape instance, so it runs in unit tests and in
// headless Cytoscape alike.
import type { ElementDefinition } from 'cytoscape';
import type { Graph, GraphNodeData } from '../types.ts';

/** Relationship types as the edge label says them. */
export const RELATION_LABELS: Record<string, string> = {
  LOCATED_IN: '位于 located in',
  COVERS: '覆盖 covers',
  PART_OF: '隶属 part of',
  BUILT_BY: '建设 built by',
  IN_PARK: '入园 in park',
  IN_ZONE: '属于 in zone',
  MENTIONED_IN: '提及 mentioned in',
  CO_MENTIONED: '同段提及 named together',
};

const LABEL_MAX = 40;

export function typeClass(type: string): string {
  return `type-${type.toLowerCase()}`;
}

export function moreNodeId(parentId: string): string {
  return `more:${parentId}`;
}

export function isMoreNodeId(id: string): boolean {
  return id.startsWith('more:');
}

/** The name on the canvas: whole unless very long (plan titles), then cut with an ellipsis. */
export function displayLabel(name: string): string {
  const chars = Array.from(name);
  return chars.length > LABEL_MAX ? `${chars.slice(0, LABEL_MAX - 1).join('')}…` : name;
}

export function moreLabel(count: number): string {
  return count > 0 ? `+${count} more` : '+ more';
}

export interface ToElementsOptions {
  /** Ids already on the canvas: never emitted again, so that an expansion merges cleanly. */
  existingIds?: ReadonlySet<string>;
  /** The node this answer expands: gets a "+N more" node when the answer left neighbours out. */
  expandedFrom?: string;
}

export function nodeElement(data: GraphNodeData): ElementDefinition {
  return {
    group: 'nodes',
    data: {
      id: data.id,
      name: data.label,
      label: displayLabel(data.label),
      type: data.type,
      mentionCount: data.mentionCount,
      hiddenNeighbors: data.hiddenNeighbors,
    },
    classes: [typeClass(data.type), data.type === 'PLAN' ? 'plan' : 'entity'].join(' '),
  };
}

/**
 * Cytoscape elements for a Graph answer: each node with its type class, each edge with its
 * relationship class and evidence, nothing that is already on the canvas, no edge whose ends are
 * missing, and a "+N more" node (with its edge) for the expanded node's neighbours left out.
 */
export function toElements(graph: Graph, options: ToElementsOptions = {}): ElementDefinition[] {
  const existing = options.existingIds ?? new Set<string>();
  const emitted = new Set<string>();
  const nodes: ElementDefinition[] = [];
  const edges: ElementDefinition[] = [];

  for (const { data } of graph.nodes) {
    if (existing.has(data.id) || emitted.has(data.id)) continue;
    emitted.add(data.id);
    nodes.push(nodeElement(data));
  }
  const present = (id: string) => existing.has(id) || emitted.has(id);
  for (const { data } of graph.edges) {
    if (existing.has(data.id) || emitted.has(data.id)) continue;
    if (!present(data.source) || !present(data.target)) continue;
    emitted.add(data.id);
    edges.push({
      group: 'edges',
      data: { ...data, label: RELATION_LABELS[data.type] ?? data.type },
      classes: `rel-${data.type.toLowerCase().replaceAll('_', '-')}`,
    });
  }

  const parent = options.expandedFrom;
  if (parent !== undefined && present(parent)) {
    const hidden = graph.nodes.find((node) => node.data.id === parent)?.data.hiddenNeighbors ?? 0;
    if (hidden > 0 || graph.truncated) {
      const id = moreNodeId(parent);
      nodes.push({
        group: 'nodes',
        data: { id, label: moreLabel(hidden), name: moreLabel(hidden), type: 'MORE', moreOf: parent, count: hidden },
        classes: 'more',
      });
      edges.push({ group: 'edges', data: { id: `${id}:edge`, source: parent, target: id, type: 'MORE', label: '' }, classes: 'more-edge' });
    }
  }
  return [...nodes, ...edges];
}

/** The neighbours of `id` that an answer holds (the answer's own node excluded). */
export function neighbourIds(graph: Graph, id: string): Set<string> {
  const ids = new Set<string>();
  for (const { data } of graph.edges) {
    if (data.source === id) ids.add(data.target);
    if (data.target === id) ids.add(data.source);
  }
  ids.delete(id);
  return ids;
}
