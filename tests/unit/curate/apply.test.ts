import { describe, expect, it } from 'vitest';
import { curateGraph } from '../../../src/curate/apply.ts';
import { EMPTY_BOOK, foldCurations } from '../../../src/curate/book.ts';
import { extractPlan } from '../../../src/extract/index.ts';
import { loadResources } from '../../../src/ingest/resources.ts';
import { resolvePlan } from '../../../src/resolve/index.ts';
import { planFromSections } from '../extract/plan-fixture.ts';
import { records } from './records.ts';

const resources = loadResources();

// The 晋中 13th plan writes the science city both ways (lines 674 and 1272).
const plan = planFromSections([
  { lines: ['创新创业先导区。依托山西省科技创新城和“大学城”建设，凸显高端科技人才和科技创新要素集聚的组合优势。'] },
  { lines: ['加强现代物流信息化建设。充分利用山西科技创新城建设平台，强化物联网、云计算、大数据等在物流领域的应用。'] },
]);
const graph = resolvePlan(extractPlan(plan, resources), resources);
const mentionsOf = (g: typeof graph, id: string) => g.mentions.filter((m) => m.entityId === id).map((m) => m.surface);

describe('curateGraph', () => {
  it('leaves a plan as resolved when nothing is curated', () => {
    expect(curateGraph(graph, EMPTY_BOOK)).toEqual(graph);
  });

  it('moves a merged entity mentions to the one kept, remembering where the rules put them', () => {
    expect(mentionsOf(graph, 'park:山西科技创新城')).toEqual(['山西科技创新城']);
    const book = foldCurations(records({ kind: 'MERGE', keepId: 'park:山西省科技创新城', mergeIds: ['park:山西科技创新城'], keepName: '山西省科技创新城', keepType: 'PARK' }));
    const curated = curateGraph(graph, book);
    expect(mentionsOf(curated, 'park:山西省科技创新城')).toEqual(['山西省科技创新城', '山西科技创新城']);
    expect(curated.mentions.find((m) => m.surface === '山西科技创新城')?.rawEntityId).toBe('park:山西科技创新城');
    expect(curated.entities.map((e) => e.id)).not.toContain('park:山西科技创新城');
  });

  it('gives a retyped entity its new type', () => {
    const book = foldCurations(records({ kind: 'RETYPE', entityId: 'park:山西科技创新城', type: 'PROJECT', fromType: 'PARK' }));
    expect(curateGraph(graph, book).entities.find((e) => e.id === 'park:山西科技创新城')?.type).toBe('PROJECT');
  });

  it('gives a kept entity the plan does not name a row of its own, under the name it keeps', () => {
    const book = foldCurations(records({ kind: 'MERGE', keepId: 'park:科创城', mergeIds: ['park:山西科技创新城'], keepName: '科创城', keepType: 'PARK' }));
    expect(curateGraph(graph, book).entities.find((e) => e.id === 'park:科创城')).toMatchObject({ type: 'PARK', name: '科创城' });
  });
});
