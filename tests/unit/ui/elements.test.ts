import { readFileSync } from 'node:fs';
import path from 'node:path';
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { displayLabel, moreNodeId, neighbourIds, toElements } from '../../../ui/src/graph/elements.ts';
import { stylesheet, TYPE_STYLES } from '../../../ui/src/graph/style.ts';
import type { Graph } from '../../../ui/src/types.ts';

const zone108 = JSON.parse(readFileSync(path.join(import.meta.dirname, 'fixtures', 'zone-108-neighborhood.json'), 'utf8')) as Graph;

/** A second answer: expanding 榆次区 meets 108廊带 and 晋中经济技术开发区 again. */
const yuciNeighborhood: Graph = {
  nodes: [
    { data: { id: 'region:140702', label: '榆次区', type: 'REGION', mentionCount: 14, hiddenNeighbors: 0 } },
    { data: { id: 'zone:108廊带', label: '108廊带', type: 'ZONE', mentionCount: 9, hiddenNeighbors: 0 } },
    { data: { id: 'park:晋中经济技术开发区', label: '晋中经济技术开发区', type: 'PARK', mentionCount: 5, hiddenNeighbors: 0 } },
    { data: { id: 'region:140700', label: '晋中市', type: 'REGION', mentionCount: 120, hiddenNeighbors: 0 } },
    { data: { id: 'project:晋中大学城', label: '晋中大学城', type: 'PROJECT', mentionCount: 2, hiddenNeighbors: 0 } },
  ],
  edges: [
    { data: { id: 'zone:108廊带|COVERS|region:140702', source: 'zone:108廊带', target: 'region:140702', type: 'COVERS', weight: 2, evidence: [] } },
    { data: { id: 'region:140702|PART_OF|region:140700', source: 'region:140702', target: 'region:140700', type: 'PART_OF', weight: 1, evidence: [] } },
    { data: { id: 'park:晋中经济技术开发区|LOCATED_IN|region:140702', source: 'park:晋中经济技术开发区', target: 'region:140702', type: 'LOCATED_IN', weight: 1, evidence: [] } },
    { data: { id: 'project:晋中大学城|LOCATED_IN|region:140702', source: 'project:晋中大学城', target: 'region:140702', type: 'LOCATED_IN', weight: 1, evidence: [] } },
  ],
  truncated: false,
};

function headless() {
  return cytoscape({ headless: true, styleEnabled: true, style: stylesheet() });
}

describe('toElements', () => {
  it('gives every node the class of its type, and plans the plan class', () => {
    const cy = headless();
    cy.add(toElements(zone108));
    expect(cy.getElementById('zone:108廊带').hasClass('type-zone')).toBe(true);
    expect(cy.getElementById('region:140702').hasClass('type-region')).toBe(true);
    expect(cy.getElementById('park:晋中经济技术开发区').hasClass('type-park')).toBe(true);
    const plan = cy.getElementById('plan:jinzhong-13th-fyp-2016');
    expect(plan.hasClass('type-plan')).toBe(true);
    expect(plan.hasClass('plan')).toBe(true);
    expect(cy.nodes('.entity').length).toBe(6);
    // The stylesheet paints each type its own colour.
    expect(cy.getElementById('zone:108廊带').style('background-color')).toBe(cytoscapeColour(TYPE_STYLES.ZONE.color));
    expect(cy.getElementById('region:140702').style('shape')).toBe(TYPE_STYLES.REGION.shape);
  });

  it('keeps Chinese names as labels, cutting only very long ones', () => {
    const cy = headless();
    cy.add(toElements(zone108));
    expect(cy.getElementById('park:晋中经济技术开发区').data('label')).toBe('晋中经济技术开发区');
    const plan = cy.getElementById('plan:jinzhong-13th-fyp-2016');
    expect(plan.data('name')).toBe('晋中市国民经济和社会发展第十三个五年规划纲要（2016—2020）');
    expect(Array.from(String(plan.data('label'))).length).toBeLessThanOrEqual(40);
    expect(displayLabel('x'.repeat(60)).endsWith('…')).toBe(true);
    expect(cy.getElementById('region:140702').style('text-wrap')).toBe('wrap');
    expect(cy.getElementById('region:140702').style('text-overflow-wrap')).toBe('anywhere');
  });

  it('labels edges by relationship and keeps their evidence', () => {
    const cy = headless();
    cy.add(toElements(zone108));
    const covers = cy.getElementById('zone:108廊带|COVERS|region:140702');
    expect(covers.hasClass('rel-covers')).toBe(true);
    expect(covers.data('label')).toBe('覆盖 covers');
    expect(covers.data('evidence')[0].snippet).toContain('108廊带');
    expect(cy.getElementById('zone:108廊带|MENTIONED_IN|plan:jinzhong-13th-fyp-2016').hasClass('rel-mentioned-in')).toBe(true);
  });

  it('adds a "+N more" node for the neighbours an expansion left out', () => {
    const cy = headless();
    cy.add(toElements(zone108, { expandedFrom: 'zone:108廊带' }));
    const more = cy.getElementById(moreNodeId('zone:108廊带'));
    expect(more.nonempty()).toBe(true);
    expect(more.hasClass('more')).toBe(true);
    expect(more.data('label')).toBe('+3 more');
    expect(more.data('moreOf')).toBe('zone:108廊带');
    expect(more.connectedEdges().connectedNodes().map((node) => node.id())).toContain('zone:108廊带');
    // Not for a complete answer, nor without an expansion.
    expect(toElements(yuciNeighborhood, { expandedFrom: 'region:140702' }).some((element) => element.classes === 'more')).toBe(false);
    expect(toElements(zone108).some((element) => element.classes === 'more')).toBe(false);
  });

  it('merges an expansion into the graph without duplicate ids', () => {
    const cy = headless();
    cy.add(toElements(zone108, { expandedFrom: 'zone:108廊带' }));
    const before = cy.elements().length;
    const existingIds = new Set(cy.elements().map((element) => element.id()));
    const expansion = toElements(yuciNeighborhood, { existingIds, expandedFrom: 'region:140702' });
    const ids = expansion.map((element) => element.data.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => id !== undefined && existingIds.has(id))).toEqual([]);
    // cy.add throws on a duplicate id: adding must simply work.
    cy.add(expansion);
    expect(cy.nodes().not('.more').length).toBe(9);
    expect(cy.elements().length).toBe(before + 2 + 3);
    expect(cy.getElementById('region:140700').hasClass('type-region')).toBe(true);
    expect(cy.getElementById('project:晋中大学城').hasClass('type-project')).toBe(true);
  });

  it('drops duplicates inside one answer and edges whose ends are missing', () => {
    const doubled: Graph = {
      nodes: [...zone108.nodes, zone108.nodes[0]!],
      edges: [
        ...zone108.edges,
        { data: { id: 'zone:108廊带|COVERS|region:149999', source: 'zone:108廊带', target: 'region:149999', type: 'COVERS', weight: 1, evidence: [] } },
      ],
      truncated: false,
    };
    const elements = toElements(doubled);
    const cy = headless();
    cy.add(elements);
    expect(cy.nodes().length).toBe(zone108.nodes.length);
    expect(cy.edges().length).toBe(zone108.edges.length);
  });

  it('counts the neighbours an answer holds for a node', () => {
    expect(neighbourIds(zone108, 'zone:108廊带').size).toBe(6);
    expect(neighbourIds(yuciNeighborhood, 'region:140702').size).toBe(4);
  });
});

/** Cytoscape reports colours as rgb(r,g,b). */
function cytoscapeColour(hex: string): string {
  const value = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(value >> 16) & 255},${(value >> 8) & 255},${value & 255})`;
}
