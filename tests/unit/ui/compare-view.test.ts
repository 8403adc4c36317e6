import { describe, expect, it } from 'vitest';
import {
  compareRequest,
  compareSummary,
  itemStage,
  listsOf,
  listSubtitle,
  moreLabel,
  planName,
  regionOptions,
  withNextPage,
  type CompareChoice,
} from '../../../ui/src/panel/compare-view.ts';
import { ENTITY_TYPES, type ComparedEntity, type EntityType, type PlanComparison, type PlanSummary } from '../../../ui/src/types.ts';

const project = (id: string, name: string, statusInA: string | null, statusInB: string | null): ComparedEntity => ({
  entity: { id: `project:${id}`, name, type: 'PROJECT' },
  statusInA,
  statusInB,
});

// The first three of each list for 晋中 13th plan (A) against the 2017 晋中 report (B), projects
// only, as the API answers over the default corpus (tests/unit/api/__snapshots__/queries.test.ts.snap).
const CURSOR = 'b2Zmc2V0OjM';
const firstPage: PlanComparison = {
  a: { id: 'jinzhong-13th-fyp', title: '晋中市国民经济和社会发展第十三个五年规划纲要（2016—2020）' },
  b: { id: 'jinzhong-work-report-2017', title: '2017年晋中市政府工作报告' },
  onlyInA: {
    totalCount: 109,
    cursor: CURSOR,
    items: [project('四好农村路', '四好农村路', null, null), project('多渠道零售模式创新示范', '多渠道零售模式创新示范工程', 'planned', null), project('大西高铁', '大西高铁', null, null)],
  },
  onlyInB: {
    totalCount: 80,
    cursor: CURSOR,
    items: [project('中部引黄', '中部引黄工程', null, 'planned'), project('万达广场', '万达广场', null, 'completed'), project('国道207', '国道207', null, 'planned')],
  },
  inBoth: {
    totalCount: 3,
    cursor: CURSOR,
    items: [project('国道108', '国道108', 'underway', 'started'), project('东山供水', '东山供水', null, 'planned'), project('晋中大剧院', '晋中大剧院', 'completed', 'completed')],
  },
};

const choice = (overrides: Partial<CompareChoice> = {}): CompareChoice => ({
  a: 'jinzhong-13th-fyp',
  b: 'jinzhong-work-report-2017',
  types: new Set<EntityType>(ENTITY_TYPES),
  regionId: '',
  ...overrides,
});

describe('what the Compare plans view asks for', () => {
  it('asks for every type without a filter, and for only the ticked ones otherwise', () => {
    expect(compareRequest(choice(), 50)).toEqual({ request: { a: 'jinzhong-13th-fyp', b: 'jinzhong-work-report-2017', types: null, regionId: null, first: 50 } });
    expect(compareRequest(choice({ types: new Set<EntityType>(['PROJECT']), regionId: 'region:140700' }), 50)).toEqual({
      request: { a: 'jinzhong-13th-fyp', b: 'jinzhong-work-report-2017', types: ['PROJECT'], regionId: 'region:140700', first: 50 },
    });
  });

  it('asks nothing until two different plans and a type are chosen, and says what is missing', () => {
    expect(compareRequest(choice({ b: '' }), 50)).toEqual({ problem: 'Pick plan A and plan B.' });
    expect(compareRequest(choice({ b: 'jinzhong-13th-fyp' }), 50)).toEqual({ problem: 'Pick two different plans.' });
    expect(compareRequest(choice({ types: new Set() }), 50)).toEqual({ problem: 'Tick at least one type.' });
  });
});

describe('the three lists of a comparison', () => {
  it('keeps each list’s total and offers its next page only while it has more', () => {
    const lists = listsOf(firstPage);
    expect(lists.map((list) => [list.key, list.total, list.items.length, list.next])).toEqual([
      ['onlyInA', 109, 3, CURSOR],
      ['onlyInB', 80, 3, CURSOR],
      // The answer's cursor serves every list; "in both" is all shown already.
      ['inBoth', 3, 3, null],
    ]);
    expect(compareSummary(lists)).toBe('Compared: 109 only in A, 80 only in B, 3 in both.');
    expect(moreLabel(lists[0]!)).toBe('More (3 of 109 shown)');
  });

  it('appends the next page to the one list that asked for it', () => {
    // Constructed second page, the last one: two more entities only A mentions.
    const next: PlanComparison = {
      ...firstPage,
      onlyInA: { totalCount: 5, cursor: null, items: [project('a', '甲工程', null, null), project('b', '乙工程', 'started', null)] },
      onlyInB: { totalCount: 3, cursor: null, items: [] },
    };
    const [onlyInA, onlyInB] = listsOf({ ...firstPage, onlyInA: { ...firstPage.onlyInA, totalCount: 5 }, onlyInB: { ...firstPage.onlyInB, totalCount: 3 } });
    const grown = withNextPage(onlyInA!, next);
    expect(grown.items.map((item) => item.entity.name)).toEqual(['四好农村路', '多渠道零售模式创新示范工程', '大西高铁', '甲工程', '乙工程']);
    expect(grown.next).toBeNull();
    expect(onlyInB!.next).toBeNull();
  });

  it('shows the one plan’s stage in an only-in list, A → B in both, and nothing where no plan names one', () => {
    const [a, b, both] = [firstPage.onlyInA.items, firstPage.onlyInB.items, firstPage.inBoth.items];
    expect(itemStage('onlyInA', a[0]!)).toBeNull();
    expect(itemStage('onlyInA', a[1]!)).toMatchObject({ kind: 'one', mark: { key: 'planned', letter: 'P' } });
    expect(itemStage('onlyInB', b[1]!)).toMatchObject({ kind: 'one', mark: { key: 'completed' } });
    expect(itemStage('inBoth', both[0]!)).toMatchObject({ kind: 'moved', from: { key: 'underway' }, to: { key: 'started' } });
    expect(itemStage('inBoth', both[1]!)).toMatchObject({ kind: 'moved', from: { key: 'none', label: 'no stage named' }, to: { key: 'planned' } });
    expect(itemStage('inBoth', project('x', 'x', null, null))).toBeNull();
  });

  it('says under each heading which plans the list is of', () => {
    const names = { a: '晋中市 五年规划 2016', b: '晋中市 工作报告 2017' };
    expect(listSubtitle('onlyInA', names)).toBe('晋中市 五年规划 2016, not 晋中市 工作报告 2017');
    expect(listSubtitle('inBoth', names)).toBe('晋中市 五年规划 2016 and 晋中市 工作报告 2017: stage in A → stage in B');
  });
});

describe('the plans and regions to choose from', () => {
  const plans: PlanSummary[] = [
    { id: 'jinzhong-13th-fyp', title: '晋中市国民经济和社会发展第十三个五年规划纲要（2016—2020）', kind: 'five-year-plan', issuedOn: null, periodStart: 2016, draft: false, region: { id: 'region:140700', name: '晋中市' } },
    { id: 'jinzhong-work-report-2017', title: '2017年晋中市政府工作报告', kind: 'work-report', issuedOn: '2017-02-21', periodStart: 2017, draft: false, region: { id: 'region:140700', name: '晋中市' } },
    { id: 'shanxi-14th-fyp', title: '山西省国民经济和社会发展第十四个五年规划和2035年远景目标纲要', kind: 'five-year-plan', issuedOn: '2021-04-09', periodStart: 2021, draft: false, region: { id: 'region:140000', name: '山西省' } },
  ];

  it('names a plan by its region, kind and year', () => {
    expect(plans.map(planName)).toEqual(['晋中市 五年规划 2016', '晋中市 工作报告 2017', '山西省 五年规划 2021']);
  });

  it('offers the plans’ regions and those on the canvas, once each, in code order', () => {
    expect(regionOptions(plans, [{ id: 'region:140702', name: '榆次区' }, { id: 'region:140700', name: '晋中市' }])).toEqual([
      { id: 'region:140000', name: '山西省' },
      { id: 'region:140700', name: '晋中市' },
      { id: 'region:140702', name: '榆次区' },
    ]);
  });
});
