import { describe, expect, it } from 'vitest';
import { countRealNodes, planCollapse, withAdded } from '../../../ui/src/state/expansions.ts';

// 108廊带 expanded brings 榆次区 and 太谷区; 榆次区 expanded brings 晋中市 and 晋中大学城;
// 晋中市 expanded brings 平遥县 and leads back to 108廊带 (already on the canvas, not its to take).
function record() {
  let addedBy = withAdded(new Map(), 'zone:108廊带', ['region:140702', 'region:140703']);
  addedBy = withAdded(addedBy, 'region:140702', ['region:140700', 'project:晋中大学城']);
  addedBy = withAdded(addedBy, 'region:140700', ['region:140728', 'zone:108廊带']);
  return addedBy;
}

describe('what collapse removes', () => {
  it('appends to what a node added, without changing the earlier record', () => {
    const first = withAdded(new Map(), 'a', ['b']);
    const second = withAdded(first, 'a', ['c']);
    expect(second.get('a')).toEqual(['b', 'c']);
    expect(first.get('a')).toEqual(['b']);
  });

  it('removes what an expansion added, and what their expansions added in turn', () => {
    const plan = planCollapse(record(), ['zone:108廊带'], 'region:140702');
    expect([...plan.removed].filter((id) => !id.startsWith('more:')).sort()).toEqual(['project:晋中大学城', 'region:140700', 'region:140728']);
    expect(plan.removed).toContain('more:region:140702');
    expect(plan.removed).toContain('more:region:140700');
    expect([...plan.collapsed].sort()).toEqual(['project:晋中大学城', 'region:140700', 'region:140702', 'region:140728']);
    expect([...plan.addedBy.keys()]).toEqual(['zone:108廊带']);
    expect(countRealNodes(plan.removed)).toBe(3);
  });

  it('never removes a seed, nor the node being collapsed when a cycle leads back to it', () => {
    const plan = planCollapse(record(), ['zone:108廊带', 'region:140700'], 'zone:108廊带');
    expect(plan.removed.has('zone:108廊带')).toBe(false);
    expect(plan.removed.has('region:140700')).toBe(false);
    expect(plan.removed.has('region:140702')).toBe(true);
    expect(plan.removed.has('project:晋中大学城')).toBe(true);
    // 晋中市 is a seed: what its own expansion added stays, and so does its record.
    expect(plan.removed.has('region:140728')).toBe(false);
    expect(plan.addedBy.has('region:140700')).toBe(true);
  });

  it('keeps the collapsed node even when what it added is recorded as adding it back', () => {
    const addedBy = new Map([
      ['region:140702', ['region:140700']],
      ['region:140700', ['region:140702', 'region:140728']],
    ]);
    const plan = planCollapse(addedBy, [], 'region:140702');
    expect(plan.removed.has('region:140702')).toBe(false);
    expect(plan.removed.has('region:140700')).toBe(true);
    expect(plan.removed.has('region:140728')).toBe(true);
    expect(plan.addedBy.size).toBe(0);
  });

  it('removes only the "+N more" node of a node whose record is empty', () => {
    const plan = planCollapse(new Map(), [], 'region:140700');
    expect([...plan.removed]).toEqual(['more:region:140700']);
    expect(countRealNodes(plan.removed)).toBe(0);
  });
});
