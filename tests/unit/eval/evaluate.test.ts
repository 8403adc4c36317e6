import { describe, expect, it } from 'vitest';
import { evaluate, formatReport } from '../../../src/eval/evaluate.ts';
import { compact, compactWithOffsets, locatePassage } from '../../../src/eval/locate.ts';
import type { Extraction } from '../../../src/model/entity.ts';
import { planFromSections } from '../extract/plan-fixture.ts';

describe('locatePassage', () => {
  it('finds a passage typed without PDF spaces and with full-width punctuation', () => {
    const text = '前言\n到 2020 年,形成氧化铝产能 600 万吨(一期)。\n后记';
    const span = locatePassage(compactWithOffsets(text), '到2020年，形成氧化铝产能600万吨（一期）。');
    expect(span).not.toBeNull();
    expect(text.slice(span?.start, span?.end)).toBe('到 2020 年,形成氧化铝产能 600 万吨(一期)。');
  });

  it('says when a passage is not there', () => {
    expect(locatePassage(compactWithOffsets('甲乙丙'), '丁')).toBeNull();
    expect(compact('“四大战略”')).toBe('四大战略');
  });
});

describe('evaluate', () => {
  const plan = planFromSections([{ lines: ['依托晋中经济技术开发区，发挥祁玻集团集聚效应。', '另一段：建设榆次工业园区。'] }], {
    id: 'report',
    sourceFile: 'report.txt',
  });
  const at = (surface: string) => {
    const start = plan.sections[0]?.text.indexOf(surface) ?? -1;
    return { planId: 'report', sectionOrdinal: 0, start, end: start + surface.length, sourceStart: 0, sourceEnd: 0, ruleId: 't', surface };
  };
  const extraction: Extraction = {
    planId: 'report',
    entities: [
      { key: 'park:晋中经济技术开发区', type: 'PARK', name: '晋中经济技术开发区', aliases: [], props: {} },
      { key: 'region:140700', type: 'REGION', name: '晋中市', aliases: [], props: {} },
      { key: 'park:榆次工业园区', type: 'PARK', name: '榆次工业园区', aliases: [], props: {} },
    ],
    mentions: [
      { ...at('晋中经济技术开发区'), entityKey: 'park:晋中经济技术开发区' },
      { ...at('晋中'), entityKey: 'region:140700' },
      { ...at('榆次工业园区'), entityKey: 'park:榆次工业园区' },
    ],
    relations: [],
  };
  const report = evaluate(
    {
      files: [
        {
          plan: 'report.txt',
          passages: [
            {
              id: 'p1',
              exhaustive: true,
              text: '依托晋中经济技术开发区,发挥祁玻集团集聚效应。',
              entities: [
                { type: 'PARK', surface: '晋中经济技术开发区', name: '晋中经济技术开发区' },
                { type: 'ENTERPRISE', surface: '祁玻集团', name: '祁玻集团' },
              ],
            },
            { id: 'p2', exhaustive: false, text: '建设榆次工业园区', entities: [{ type: 'PARK', surface: '榆次工业园区', name: '榆次工业园区' }] },
          ],
        },
      ],
      traces: [
        { type: 'PARK', name: '晋中经济技术开发区', plans: ['report.txt'] },
        { type: 'ENTERPRISE', name: '祁玻集团', plans: ['report.txt'] },
      ],
    },
    [plan],
    [extraction],
  );
  const score = (type: string) => report.scores.find((s) => s.type === type);

  it('scores precision on exhaustive passages and recall on all', () => {
    expect(score('PARK')).toMatchObject({ truePositives: 1, falsePositives: 0, found: 2, annotated: 2, precision: 1, recall: 1 });
    expect(score('ENTERPRISE')).toMatchObject({ found: 0, annotated: 1, recall: 0, precision: null });
    expect(score('REGION')).toMatchObject({ falsePositives: 1, precision: 0, recall: null });
  });

  it('lists misses and false positives', () => {
    expect(report.misses.map((m) => m.surface)).toEqual(['祁玻集团']);
    expect(report.falsePositives.map((m) => m.surface)).toEqual(['晋中']);
  });

  it('checks traces: the set of plans that mention each traced entity', () => {
    expect(report.traces.map((t) => t.correct)).toEqual([true, false]);
    expect(report.traceAccuracy).toBe(0.5);
    expect(formatReport(report)).toContain('PARK');
  });
});
