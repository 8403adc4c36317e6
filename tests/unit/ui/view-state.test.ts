import { describe, expect, it } from 'vitest';
import {
  emptyViewState,
  filtersOnly,
  withExpansion,
  withoutExpansions,
  withPath,
  withPlanShown,
  withSeed,
  withSelection,
  withTypeShown,
  type ViewState,
} from '../../../ui/src/state/view-state.ts';

const view: ViewState = {
  seeds: ['zone:108廊带'],
  expansions: [{ id: 'zone:108廊带', all: false }],
  hiddenTypes: ['POLICY'],
  hiddenPlans: ['jinzhong-2017-work-report'],
  selected: 'region:140702',
  path: { from: 'zone:108廊带', to: 'region:140700' },
};

describe('updating the view', () => {
  it('adds a seed once, in the order entities were put on the canvas', () => {
    const next = withSeed(withSeed(view, 'region:140700'), 'zone:108廊带');
    expect(next.seeds).toEqual(['zone:108廊带', 'region:140700']);
    expect(view.seeds).toEqual(['zone:108廊带']);
  });

  it('keeps an expansion in its first place, and "all" once means all', () => {
    let next = withExpansion(view, 'region:140702', false);
    next = withExpansion(next, 'zone:108廊带', true);
    next = withExpansion(next, 'zone:108廊带', false);
    expect(next.expansions).toEqual([
      { id: 'zone:108廊带', all: true },
      { id: 'region:140702', all: false },
    ]);
    expect(view.expansions).toEqual([{ id: 'zone:108廊带', all: false }]);
  });

  it('drops the expansions a collapse undid', () => {
    const next = withoutExpansions(withExpansion(view, 'region:140702', false), new Set(['zone:108廊带']));
    expect(next.expansions).toEqual([{ id: 'region:140702', all: false }]);
  });

  it('hides and shows types and plans without duplicates', () => {
    expect(withTypeShown(view, 'REGION', false).hiddenTypes).toEqual(['POLICY', 'REGION']);
    expect(withTypeShown(view, 'POLICY', false).hiddenTypes).toEqual(['POLICY']);
    expect(withTypeShown(view, 'POLICY', true).hiddenTypes).toEqual([]);
    expect(withTypeShown(view, 'ZONE', true).hiddenTypes).toEqual(['POLICY']);
    expect(withPlanShown(view, 'jinzhong-2017-work-report', true).hiddenPlans).toEqual([]);
    expect(withPlanShown(view, 'xiaoyi-13th-fyp', false).hiddenPlans).toEqual(['jinzhong-2017-work-report', 'xiaoyi-13th-fyp']);
  });

  it('sets and clears the path and the selection', () => {
    expect(withPath(view, null).path).toBeNull();
    expect(withSelection(view, null).selected).toBeNull();
    expect(withSelection(view, 'region:140702')).toBe(view);
  });

  it('clears the graph but keeps the filters', () => {
    expect(filtersOnly(view)).toEqual({ ...emptyViewState(), hiddenTypes: ['POLICY'], hiddenPlans: ['jinzhong-2017-work-report'] });
  });
});
