import { readFileSync } from 'node:fs';
import path from 'node:path';
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { toElements } from '../../../ui/src/graph/elements.ts';
import { NODE_TYPES, stylesheet, TYPE_STYLES } from '../../../ui/src/graph/style.ts';
import type { Graph } from '../../../ui/src/types.ts';

const zone108 = JSON.parse(readFileSync(path.join(import.meta.dirname, 'fixtures', 'zone-108-neighborhood.json'), 'utf8')) as Graph;

function styled() {
  const cy = cytoscape({ headless: true, styleEnabled: true, style: stylesheet() });
  cy.add(toElements(zone108, { expandedFrom: 'zone:108廊带' }));
  return cy;
}

describe('how the graph looks', () => {
  it('gives every type its own colour and its own shape', () => {
    expect(NODE_TYPES).toHaveLength(7);
    expect(new Set(NODE_TYPES.map((type) => TYPE_STYLES[type].color)).size).toBe(NODE_TYPES.length);
    expect(new Set(NODE_TYPES.map((type) => TYPE_STYLES[type].shape)).size).toBe(NODE_TYPES.length);
    expect(styled().getElementById('park:晋中经济技术开发区').style('shape')).toBe(TYPE_STYLES.PARK.shape);
  });

  it('marks nodes with neighbours not shown by a dashed rim, and the "+N more" node as an empty dashed circle', () => {
    const cy = styled();
    expect(cy.getElementById('zone:108廊带').style('border-style')).toBe('dashed');
    expect(cy.getElementById('region:140702').style('border-style')).toBe('solid');
    const more = cy.getElementById('more:zone:108廊带');
    expect(more.style('shape')).toBe('ellipse');
    expect(more.style('border-style')).toBe('dashed');
    expect(more.style('background-color')).toBe('rgb(255,255,255)');
  });

  it('lets the selection and a path override the dashed rim, and the path win over the selection', () => {
    const cy = styled();
    const zone = cy.getElementById('zone:108廊带');
    zone.select();
    expect(zone.style('border-style')).toBe('solid');
    expect(zone.style('border-color')).toBe('rgb(240,180,0)');
    zone.addClass('path');
    expect(zone.style('border-color')).toBe('rgb(224,0,122)');
  });

  it('shows edge labels only on hover, selection or a path', () => {
    const cy = styled();
    const covers = cy.getElementById('zone:108廊带|COVERS|region:140702');
    expect(covers.style('label')).toBe('');
    covers.addClass('hover');
    expect(covers.style('label')).toBe('覆盖 covers');
    covers.removeClass('hover');
    covers.addClass('path');
    expect(covers.style('label')).toBe('覆盖 covers');
  });

  it('hides filtered nodes whatever else they are, and fades what is off the path', () => {
    const cy = styled();
    const zone = cy.getElementById('zone:108廊带');
    zone.select();
    zone.addClass('path filtered-type');
    expect(zone.style('display')).toBe('none');
    const region = cy.getElementById('region:140702');
    region.addClass('faded');
    expect(Number(region.style('opacity'))).toBeCloseTo(0.25);
  });
});
