import { describe, expect, it } from 'vitest';
import { legendMarks, stageMark } from '../../../ui/src/panel/stages.ts';
import { planShortTitle, timelineHeading, timelineMark } from '../../../ui/src/panel/timeline-view.ts';
import type { TimelinePoint } from '../../../ui/src/types.ts';

// 中部引黄 as the timeline answers for it over the default corpus (the API's captured rows,
// tests/unit/api/fixtures/timeline.json): underway in the 孝义 plan, planned in the 2017 report.
const xiaoyi: TimelinePoint = {
  plan: { id: 'xiaoyi-13th-fyp', title: '孝义市国民经济和社会发展第十三个五年规划纲要（2016—2020）', kind: 'five-year-plan', issuedOn: null, draft: false, region: { name: '孝义市' } },
  date: '2016',
  status: 'underway',
  statusCue: '加快推进',
  figures: [],
  passage: {
    section: { id: 'xiaoyi-13th-fyp@dfe698ce41ae#61', title: '三、构建城乡一体化供水体系', path: ['第四章 坚持协调发展，构建统筹互动、融合并进城乡格局', '第三节 完善城乡基础设施建设', '三、构建城乡一体化供水体系'] },
    start: 18,
    end: 24,
    text: '中部引黄工程',
    page: null,
    snippet: '加快推进中部引黄工程建设，新建一座城北水厂和城南水厂，水源分别为黄河引水和引文入川、引黄河水（提引汾河水为备用水源），实现供水干管成环、支管成网。',
    snippetStart: 4,
  },
  mentionCount: 1,
  cursor: 'MQ',
};

const report2017: TimelinePoint = {
  ...xiaoyi,
  plan: { id: 'jinzhong-work-report-2017', title: '2017年晋中市政府工作报告', kind: 'work-report', issuedOn: '2017-02-21', draft: false, region: { name: '晋中市' } },
  date: '2017-02-21',
  status: 'planned',
  statusCue: '建设',
  passage: { ...xiaoyi.passage, section: { id: 'jinzhong-work-report-2017@33304f0df580#12', title: '（四）持续加快扩容提质，努力在新型城镇化发展上取得突破', path: [] }, start: 1283, end: 1287, text: '中部引黄' },
  cursor: 'Mg',
};

describe('how a stage reads', () => {
  it('gives each of the four stages its own letter, words and class, and a neutral mark to none', () => {
    expect(stageMark('planned')).toEqual({ key: 'planned', letter: 'P', label: '规划 planned', className: 'status-planned' });
    expect(stageMark('started')).toEqual({ key: 'started', letter: 'S', label: '开工 started', className: 'status-started' });
    expect(stageMark('underway')).toEqual({ key: 'underway', letter: 'U', label: '在建 underway', className: 'status-underway' });
    expect(stageMark('completed')).toEqual({ key: 'completed', letter: 'C', label: '建成 completed', className: 'status-completed' });
    expect(stageMark(null)).toEqual({ key: 'none', letter: '–', label: 'no stage named', className: 'status-none' });
  });

  it('reads a stage it does not know as none, rather than drawing a mark without a colour', () => {
    expect(stageMark('abandoned').key).toBe('none');
  });

  it('lists the stages in the legend in the order a project goes through them, then none', () => {
    expect(legendMarks().map((mark) => mark.letter)).toEqual(['P', 'S', 'U', 'C', '–']);
    expect(new Set(legendMarks().map((mark) => mark.className)).size).toBe(5);
  });
});

describe('a mark of the timeline strip', () => {
  it('names the plan in a few characters with its year under the mark', () => {
    expect(timelineMark(xiaoyi)).toMatchObject({ planId: 'xiaoyi-13th-fyp', year: '2016', shortTitle: '孝义市 五年规划' });
    expect(timelineMark(report2017)).toMatchObject({ year: '2017', shortTitle: '晋中市 工作报告' });
  });

  it('falls back on the start of the title for a plan with no region or a kind without a short name', () => {
    expect(planShortTitle({ title: '山西省“十四五”新基建规划', kind: 'other', region: { name: '山西省' } })).toBe('山西省“十四五”…');
    expect(planShortTitle({ title: '太原规划', kind: 'five-year-plan', region: null })).toBe('太原规划');
  });

  it('says the plan, its date and the stage to a screen reader, and the cue and mentions in the tooltip', () => {
    const mark = timelineMark(xiaoyi);
    expect(mark.stage.key).toBe('underway');
    expect(mark.name).toBe('孝义市国民经济和社会发展第十三个五年规划纲要（2016—2020）, 2016: 在建 underway');
    expect(mark.tip.heading).toBe('孝义市国民经济和社会发展第十三个五年规划纲要（2016—2020） · 2016');
    expect(mark.tip.lines).toEqual(['在建 underway: “加快推进”', '1 mention in this plan; Enter or click reads the passage']);
  });

  it('opens the passage that decided the stage', () => {
    expect(timelineMark(report2017).passage).toEqual({ sectionId: 'jinzhong-work-report-2017@33304f0df580#12', start: 1283, end: 1287 });
  });

  it('lists the figures as written, and says so when no stage is named', () => {
    // Constructed point: the figure is the one the extractor reads from a sentence of the 孝义 plan
    // (总投资7.7亿元的孝义市人民医院新建工程), the rest is this test's.
    const point: TimelinePoint = {
      ...xiaoyi,
      status: null,
      statusCue: null,
      mentionCount: 3,
      figures: [{ measure: 'investment', value: 7.7, unit: '亿元', text: '总投资7.7亿元', baseValue: 770_000_000, baseUnit: '元' }],
      plan: { ...xiaoyi.plan, draft: true },
    };
    const mark = timelineMark(point);
    expect(mark.stage.className).toBe('status-none');
    expect(mark.tip.lines).toEqual(['No stage named', 'Figures: 总投资7.7亿元', '3 mentions in this plan; Enter or click reads the passage']);
    expect(mark.name).toContain('(讨论稿 draft)');
  });

  it('heads the strip with the number of plans, "so far" while more may follow', () => {
    expect(timelineHeading(3, false)).toBe('Timeline: 3 plans');
    expect(timelineHeading(1, false)).toBe('Timeline: 1 plan');
    expect(timelineHeading(50, true)).toBe('Timeline: 50 plans so far');
  });
});
