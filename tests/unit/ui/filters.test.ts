import { readFileSync } from 'node:fs';
import path from 'node:path';
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { applyVisibility } from '../../../ui/src/filters/filters.ts';
import { filterNote, nodeVisibility, planIdOf, plansByEntity, type FilterSettings } from '../../../ui/src/filters/visibility.ts';
import { toElements } from '../../../ui/src/graph/elements.ts';
import type { Graph } from '../../../ui/src/types.ts';

const zone108 = JSON.parse(readFileSync(path.join(import.meta.dirname, 'fixtures', 'zone-108-neighborhood.json'), 'utf8')) as Graph;

const JINZHONG_PLAN = 'jinzhong-13th-fyp-2016';
const REPORT = 'jinzhong-2017-work-report';

function settings(overrides: Partial<FilterSettings> = {}): FilterSettings {
  return { hiddenTypes: new Set(), hiddenPlans: new Set(), mentionedBy: null, ...overrides };
}

describe('which nodes the filters hide', () => {
  it('hides a node of a hidden type, and the "+N more" node of such a node', () => {
    const filter = settings({ hiddenTypes: new Set(['REGION']) });
    expect(nodeVisibility({ kind: 'node', id: 'region:140702', type: 'REGION' }, filter).typeHidden).toBe(true);
    expect(nodeVisibility({ kind: 'node', id: 'zone:108廊带', type: 'ZONE' }, filter).typeHidden).toBe(false);
    expect(nodeVisibility({ kind: 'more', parentType: 'REGION' }, filter)).toEqual({ typeHidden: true, planHidden: false });
    expect(nodeVisibility({ kind: 'more', parentType: 'ZONE' }, filter).typeHidden).toBe(false);
    expect(nodeVisibility({ kind: 'more', parentType: null }, filter).typeHidden).toBe(false);
  });

  it('hides an entity only when every plan that mentions it is hidden', () => {
    const mentionedBy = new Map([
      ['zone:108廊带', [JINZHONG_PLAN, REPORT]],
      ['region:140703', [REPORT]],
    ]);
    const filter = settings({ hiddenPlans: new Set([REPORT]), mentionedBy });
    expect(nodeVisibility({ kind: 'node', id: 'zone:108廊带', type: 'ZONE' }, filter).planHidden).toBe(false);
    expect(nodeVisibility({ kind: 'node', id: 'region:140703', type: 'REGION' }, filter).planHidden).toBe(true);
    // No plan known to mention it: the plan filter cannot place it, so it stays.
    expect(nodeVisibility({ kind: 'node', id: 'policy:乡村振兴战略', type: 'POLICY' }, filter).planHidden).toBe(false);
  });

  it('hides a plan node with its plan, but only once the plans are known', () => {
    const hiddenPlans = new Set([JINZHONG_PLAN]);
    const plan = { kind: 'node', id: `plan:${JINZHONG_PLAN}`, type: 'PLAN' } as const;
    expect(nodeVisibility(plan, settings({ hiddenPlans, mentionedBy: new Map() })).planHidden).toBe(true);
    expect(nodeVisibility(plan, settings({ hiddenPlans, mentionedBy: null })).planHidden).toBe(false);
    expect(planIdOf(`plan:${JINZHONG_PLAN}`)).toBe(JINZHONG_PLAN);
    expect(planIdOf(JINZHONG_PLAN)).toBe(JINZHONG_PLAN);
  });

  it('turns each plan\'s entities into each entity\'s plans', () => {
    const byEntity = plansByEntity(
      new Map([
        [JINZHONG_PLAN, new Set(['zone:108廊带', 'region:140702'])],
        [REPORT, new Set(['zone:108廊带'])],
      ]),
    );
    expect(byEntity.get('zone:108廊带')).toEqual([JINZHONG_PLAN, REPORT]);
    expect(byEntity.get('region:140702')).toEqual([JINZHONG_PLAN]);
    expect(byEntity.has('region:140703')).toBe(false);
  });

  it('says how many nodes are hidden, and nothing when none is', () => {
    expect(filterNote(0)).toBe('');
    expect(filterNote(1)).toBe('1 node hidden by filters.');
    expect(filterNote(4)).toBe('4 nodes hidden by filters.');
  });
});

describe('filters on a canvas', () => {
  it('hides regions and the corridor\'s "+N more" by class, removes nothing, and gives them back', () => {
    const cy = cytoscape({ headless: true });
    cy.add(toElements(zone108, { expandedFrom: 'zone:108廊带' }));
    const nodes = cy.nodes().length;
    expect(applyVisibility(cy, settings({ hiddenTypes: new Set(['REGION']) }))).toBe(4);
    expect(cy.nodes('.filtered-type').map((node) => node.id()).sort()).toEqual(['region:140702', 'region:140703', 'region:140727', 'region:140728']);
    expect(applyVisibility(cy, settings({ hiddenTypes: new Set(['ZONE']) }))).toBe(2);
    expect(cy.getElementById('more:zone:108廊带').hasClass('filtered-type')).toBe(true);
    expect(applyVisibility(cy, settings())).toBe(0);
    expect(cy.nodes('.filtered-type, .filtered-plan').length).toBe(0);
    expect(cy.nodes().length).toBe(nodes);
  });

  it('hides the plan node and what only that plan mentions', () => {
    const cy = cytoscape({ headless: true });
    cy.add(toElements(zone108));
    const mentionedBy = new Map([
      ['zone:108廊带', [JINZHONG_PLAN, REPORT]],
      ['region:140702', [JINZHONG_PLAN]],
    ]);
    const hidden = applyVisibility(cy, settings({ hiddenPlans: new Set([JINZHONG_PLAN]), mentionedBy }));
    expect(cy.nodes('.filtered-plan').map((node) => node.id()).sort()).toEqual([`plan:${JINZHONG_PLAN}`, 'region:140702']);
    expect(hidden).toBe(2);
  });
});
