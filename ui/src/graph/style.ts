// How the graph looks: a colour and a shape per type, and the Cytoscape stylesheet. Rules are
// grouped by what they style; the order of the groups matters, because in Cytoscape a later
// rule wins: states (selected, on a path) come after the looks they override, and hiding last.
import type { Css, StylesheetJson } from 'cytoscape';
import type { NodeType } from '../types.ts';
import { typeClass } from './elements.ts';

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

/** CJK fonts first, so that Chinese labels never fall back to boxes; WenQuanYi is what the test machine has. */
const FONT = '"WenQuanYi Micro Hei", "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

const INK = '#1b1f24';
const DARK_INK = '#2d333b';
const DASHED_BORDER = '#5b6470';
const EDGE_GREY = '#9aa4b1';
const HIGHLIGHT = '#3d4b5c';
const SELECTED = '#f0b400';
const PATH = '#e0007a';

type Rules = StylesheetJson;

/** Every node: its label under it, wrapping (Chinese names have no spaces), size by mentions. */
function nodeRules(): Rules {
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-family': FONT,
        'font-size': 12,
        color: INK,
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
  ];
}

/** Each type's colour and shape; plans as pages; a dashed rim on nodes with neighbours not shown. */
function typeRules(): Rules {
  return [
    ...NODE_TYPES.map((type) => ({
      selector: `node.${typeClass(type)}`,
      style: { 'background-color': TYPE_STYLES[type].color, shape: TYPE_STYLES[type].shape },
    })),
    { selector: 'node.plan', style: { width: 26, height: 32, 'font-size': 11 } },
    { selector: 'node[hiddenNeighbors > 0]', style: { 'border-width': 2, 'border-color': DASHED_BORDER, 'border-style': 'dashed' } },
  ];
}

/** The "+N more" node: an empty dashed circle with its count inside, unlike any entity. */
function moreNodeRules(): Rules {
  return [
    {
      selector: 'node.more',
      style: {
        shape: 'ellipse',
        'background-color': '#ffffff',
        'border-width': 2,
        'border-style': 'dashed',
        'border-color': DASHED_BORDER,
        width: 44,
        height: 44,
        'text-valign': 'center',
        'text-margin-y': 0,
        'text-background-opacity': 0,
        'font-weight': 'bold',
        color: DARK_INK,
      },
    },
  ];
}

/** Edges: thicker for more evidence, labels only on hover or selection (they crowd otherwise). */
function edgeRules(): Rules {
  return [
    {
      selector: 'edge',
      style: {
        width: 'mapData(weight, 1, 10, 1.2, 4)',
        'line-color': EDGE_GREY,
        'target-arrow-color': EDGE_GREY,
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        'curve-style': 'bezier',
        'font-family': FONT,
        'font-size': 10,
        color: DARK_INK,
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.9,
        'text-background-padding': '2px',
      },
    },
    { selector: 'edge.rel-mentioned-in', style: { 'line-style': 'dotted', 'line-color': '#b8c0ca', 'target-arrow-color': '#b8c0ca' } },
    { selector: 'edge.more-edge', style: { 'line-style': 'dashed', 'target-arrow-shape': 'none' } },
  ];
}

/** Hover, selection and a found path, over the looks above. */
function highlightRules(): Rules {
  return [
    { selector: 'edge.hover, edge:selected', style: { label: 'data(label)', 'line-color': HIGHLIGHT, 'target-arrow-color': HIGHLIGHT, 'z-index': 10 } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': SELECTED, 'border-style': 'solid' } },
    { selector: 'node.hover', style: { 'border-width': 3, 'border-color': HIGHLIGHT } },
    { selector: '.path', style: { 'z-index': 20 } },
    { selector: 'node.path', style: { 'border-width': 4, 'border-color': PATH, 'border-style': 'solid' } },
    { selector: 'edge.path', style: { width: 4, 'line-color': PATH, 'target-arrow-color': PATH, label: 'data(label)' } },
  ];
}

/** Last, so that nothing else can show them: what a path fades, and what the filters hide. */
function hidingRules(): Rules {
  return [
    { selector: '.faded', style: { opacity: 0.25 } },
    { selector: '.filtered-type, .filtered-plan', style: { display: 'none' } },
  ];
}

export function stylesheet(): StylesheetJson {
  return [...nodeRules(), ...typeRules(), ...moreNodeRules(), ...edgeRules(), ...highlightRules(), ...hidingRules()];
}
