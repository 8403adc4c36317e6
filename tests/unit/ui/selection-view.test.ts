import { readFileSync } from 'node:fs';
import path from 'node:path';
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { toElements } from '../../../ui/src/graph/elements.ts';
import { factRows, factsView } from '../../../ui/src/panel/facts-view.ts';
import { readSelection, selectionView } from '../../../ui/src/panel/selection-view.ts';
import type { EntityDetails, Evidence, Graph } from '../../../ui/src/types.ts';

const zone108 = JSON.parse(readFileSync(path.join(import.meta.dirname, 'fixtures', 'zone-108-neighborhood.json'), 'utf8')) as Graph;

function canvas() {
  const cy = cytoscape({ headless: true });
  cy.add(toElements(zone108, { expandedFrom: 'zone:108廊带' }));
  return cy;
}

const yuci: EntityDetails = {
  id: 'region:140702',
  type: 'REGION',
  name: '榆次区',
  aliases: ['榆次'],
  mentionCount: 14,
  planCount: 1,
  plans: [{ id: 'jinzhong-13th-fyp', title: '晋中市国民经济和社会发展第十三个五年规划纲要' }],
  code: '140702',
  level: 'county',
  formerNames: [],
  parent: { id: 'region:140700', name: '晋中市', type: 'REGION' },
  children: [],
};

describe('what the Selection tab shows', () => {
  it('shows the keys when nothing is selected', () => {
    const view = selectionView(readSelection(canvas(), null));
    expect(view.kind).toBe('help');
    if (view.kind !== 'help') return;
    expect(view.heading).toBe('Nothing selected');
    expect(view.keys.length).toBeGreaterThan(3);
  });

  it('shows a relationship with its ends, its label and every passage it was read from', () => {
    const target = readSelection(canvas(), 'zone:108廊带|COVERS|region:140702');
    expect(target?.kind).toBe('edge');
    const view = selectionView(target);
    if (view.kind !== 'edge') throw new Error(`an edge card, not ${view.kind}`);
    expect(view.heading).toBe('108廊带 → 榆次区');
    expect(view.relation).toBe('覆盖 covers');
    expect(view.evidenceHeading).toBe('Evidence (1)');
    expect(view.evidence[0]?.snippet).toContain('108廊带');
    expect(view.names).toEqual(['108廊带', '榆次区']);
  });

  it('offers to show all the neighbours behind "+N more"', () => {
    const view = selectionView(readSelection(canvas(), 'more:zone:108廊带'));
    if (view.kind !== 'card') throw new Error(`a card, not ${view.kind}`);
    expect(view.heading).toBe('+3 more');
    expect(view.text).toBe('Neighbours of 108廊带 not shown yet.');
    expect(view.buttons).toEqual([{ label: 'Show them all', action: { kind: 'expand', id: 'more:zone:108廊带' }, primary: true }]);
  });

  it('shows a plan with its mentions and opens the plan view by the plan\'s own id', () => {
    const view = selectionView(readSelection(canvas(), 'plan:jinzhong-13th-fyp-2016'));
    if (view.kind !== 'card') throw new Error(`a card, not ${view.kind}`);
    expect(view.heading).toBe('晋中市国民经济和社会发展第十三个五年规划纲要（2016—2020）');
    expect(view.headingIsName).toBe(true);
    expect(view.badge).toEqual({ type: 'PLAN', label: '规划 Plan' });
    expect(view.text).toBe(' mentions 412');
    expect(view.buttons.map((button) => button.action)).toEqual([
      { kind: 'expand', id: 'plan:jinzhong-13th-fyp-2016' },
      { kind: 'open-plan', planId: 'jinzhong-13th-fyp-2016' },
    ]);
  });

  it('shows an entity\'s name at once, and loads its facts', () => {
    expect(selectionView(readSelection(canvas(), 'park:晋中经济技术开发区'))).toEqual({
      kind: 'entity',
      id: 'park:晋中经济技术开发区',
      heading: '晋中经济技术开发区',
      loading: 'Loading facts and trace…',
    });
  });

  it('shows the help again when the selected element has left the canvas', () => {
    expect(readSelection(canvas(), 'region:149999')).toBeNull();
  });

  it('labels an unknown relationship type by its name and says when it has no evidence', () => {
    const evidence: Evidence[] = [];
    const view = selectionView({ kind: 'edge', type: 'NEW_KIND', sourceName: 'a', targetName: 'b', evidence });
    if (view.kind !== 'edge') throw new Error('an edge card');
    expect(view.relation).toBe('NEW_KIND');
    expect(view.evidenceHeading).toBe('Evidence (0)');
  });
});

describe('an entity\'s facts', () => {
  it('lists the facts it has, in reading order, leaving out what it lacks', () => {
    expect(factRows(yuci)).toEqual([
      { term: 'Type', value: { kind: 'type', type: 'REGION' } },
      { term: 'Aliases', value: { kind: 'text', text: '榆次' } },
      { term: 'Mentioned', value: { kind: 'text', text: '14 times in 1 plan' } },
      { term: 'Code', value: { kind: 'text', text: '140702' } },
      { term: 'Level', value: { kind: 'text', text: 'county' } },
      { term: 'Part of', value: { kind: 'entity', entity: { id: 'region:140700', name: '晋中市', type: 'REGION' } } },
    ]);
  });

  it('gives a project its enterprise, park and capacity, and a city at most 30 division chips', () => {
    const project: EntityDetails = {
      id: 'project:年产10万吨玻璃项目',
      type: 'PROJECT',
      name: '年产10万吨玻璃项目',
      aliases: [],
      mentionCount: 2,
      planCount: 0,
      plans: [],
      enterprise: { id: 'enterprise:祁玻集团', name: '祁玻集团', type: 'ENTERPRISE' },
      park: null,
      capacity: 10,
      capacityUnit: '万吨',
    };
    const rows = factRows(project);
    expect(rows.map((row) => row.term)).toEqual(['Type', 'Mentioned', 'Enterprise', 'Capacity']);
    expect(rows[1]?.value).toEqual({ kind: 'text', text: '2 times in 0 plans' });
    expect(rows[3]?.value).toEqual({ kind: 'text', text: '10 万吨' });
    const children = Array.from({ length: 35 }, (_, index) => ({ id: `region:1407${index}`, name: `县${index}`, type: 'REGION' as const }));
    const divisions = factRows({ ...yuci, children }).find((row) => row.term === 'Divisions');
    expect(divisions?.value).toEqual({ kind: 'entities', entities: children, max: 30 });
  });

  it('offers Collapse only when the node\'s expansion added something', () => {
    expect(factsView(yuci, false).buttons.map((button) => button.label)).toEqual(['Expand neighbours', 'Path from here', 'Path to here']);
    const buttons = factsView(yuci, true).buttons;
    expect(buttons.map((button) => button.label)).toEqual(['Expand neighbours', 'Collapse', 'Path from here', 'Path to here']);
    expect(buttons[1]).toEqual({ label: 'Collapse', action: { kind: 'collapse', id: 'region:140702' }, shortcut: 'C' });
    expect(buttons[0]?.shortcut).toBe('E');
  });
});
