// From the API's Graph to Cytoscape elements, and how each type looks. Pure: no DOM, no
// Cytoscape instance, so it runs in unit tests and in headless Cytoscape alike.
import type { Css, ElementDefinition, StylesheetJson } from 'cytoscape';
import type { Graph, GraphNodeData, NodeType } from '../types.ts';

export interface TypeStyle {
  /** What the legend calls it. */
  label: string;
  color: string;
  shape: Css.NodeShape;
}

/** One colour and one shape per type, so that type reads without colour vision too. */
export const TYPE_STYLES: Record<NodeType, TypeStyle> = {
  REGION: { label: '行政区 Region', color: '#1f6fbf', shape: 'round-rectangle' },
  ZONE: { label: '区域 Zone', color: '#7b3fa0', shape: 'hexagon' },
  PARK: { label: '园区 Park', color: '#1e8a4c', shape: 'barrel' },
  ENTERPRISE: { label: '企业 Enterprise', color: '#c25100', shape: 'round-tag' },
  PROJECT: { label: '项目 Project', color: '#b8322a', shape: 'triangle' },
  POLICY: { label: '政策 Policy', color: '#0f7f78', shape: 'star' },
  PLAN: { label: '规划 Plan', color: '#3d4b5c', shape: 'rectangle' },
};

export const NODE_TYPES = Object.keys(TYPE_STYLES) as NodeType[];

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

const FONT = '"WenQuanYi Micro Hei", "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

export function stylesheet(): StylesheetJson {
  const perType = NODE_TYPES.map((type) => ({
    selector: `node.${typeClass(type)}`,
    style: { 'background-color': TYPE_STYLES[type].color, shape: TYPE_STYLES[type].shape },
  }));
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-family': FONT,
        'font-size': 12,
        color: '#1b1f24',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': '110px',
        'text-overflow-wrap': 'anywhere',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        width: 'mapData(mentionCount, 0, 40, 22, 48)',
        height: 'mapData(mentionCount, 0, 40, 22, 48)',
        'border-width': 1,
        'border-color': '#ffffff',
      },
    },
    ...perType,
    { selector: 'node.plan', style: { width: 26, height: 32, 'font-size': 11 } },
    { selector: 'node[hiddenNeighbors > 0]', style: { 'border-width': 2, 'border-color': '#5b6470', 'border-style': 'dashed' } },
    {
      selector: 'node.more',
      style: {
        shape: 'ellipse',
        'background-color': '#ffffff',
        'border-width': 2,
        'border-style': 'dashed',
        'border-color': '#5b6470',
        width: 44,
        height: 44,
        'text-valign': 'center',
        'text-margin-y': 0,
        'text-background-opacity': 0,
        'font-weight': 'bold',
        color: '#2d333b',
      },
    },
    {
      selector: 'edge',
      style: {
        width: 'mapData(weight, 1, 10, 1.2, 4)',
        'line-color': '#9aa4b1',
        'target-arrow-color': '#9aa4b1',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        'curve-style': 'bezier',
        'font-family': FONT,
        'font-size': 10,
        color: '#2d333b',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.9,
        'text-background-padding': '2px',
      },
    },
    { selector: 'edge.rel-mentioned-in', style: { 'line-style': 'dotted', 'line-color': '#b8c0ca', 'target-arrow-color': '#b8c0ca' } },
    { selector: 'edge.more-edge', style: { 'line-style': 'dashed', 'target-arrow-shape': 'none' } },
    { selector: 'edge.hover, edge:selected', style: { label: 'data(label)', 'line-color': '#3d4b5c', 'target-arrow-color': '#3d4b5c', 'z-index': 10 } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#f0b400', 'border-style': 'solid' } },
    { selector: 'node.hover', style: { 'border-width': 3, 'border-color': '#3d4b5c' } },
    { selector: '.path', style: { 'z-index': 20 } },
    { selector: 'node.path', style: { 'border-width': 4, 'border-color': '#e0007a', 'border-style': 'solid' } },
    { selector: 'edge.path', style: { width: 4, 'line-color': '#e0007a', 'target-arrow-color': '#e0007a', label: 'data(label)' } },
    { selector: '.faded', style: { opacity: 0.25 } },
    { selector: '.filtered-type, .filtered-plan', style: { display: 'none' } },
  ];
}
