import { describe, expect, it } from 'vitest';
import { loadResources } from '../../../src/ingest/resources.ts';
import { extractPlan } from '../../../src/extract/index.ts';
import { planFromSections } from './plan-fixture.ts';

const resources = loadResources();


/** Excerpts of the 晋中 plan and the 2017 report: names inside names (ANNOTATION.md). */
const plan = planFromSections(
  [
    {
      kind: 'chapter',
      title: '第六章',
      lines: [
        '加快建设晋中经济技术开发区国际合作园区，推进祁县玻璃器皿产业园提档升级。',
        '启动108国道晋中段改线工程。',
      ],
    },
  ],
  { id: 'jinzhong', regionCode: '140700', regionName: '晋中市' },
);

describe('names inside names', () => {
  const extraction = extractPlan(plan, resources);
  const mentionsOf = (fragment: string) => extraction.mentions.filter((m) => m.entityKey.includes(fragment));

  it('reads a park inside a sub-park as a nested mention that names its container', () => {
    const inner = mentionsOf('park:晋中经济技术开发区').filter((m) => m.entityKey === 'park:晋中经济技术开发区');
    expect(inner).toHaveLength(1);
    expect(inner[0]!.nestedIn).toBe('晋中经济技术开发区国际合作园区');
    const outer = extraction.mentions.find((m) => m.entityKey === 'park:晋中经济技术开发区国际合作园区');
    expect(outer?.nestedIn).toBeUndefined();
    const partOf = extraction.relations.find((r) => r.type === 'PART_OF' && r.fromKey === 'park:晋中经济技术开发区国际合作园区');
    expect(partOf?.toKey).toBe('park:晋中经济技术开发区');
  });

  it('reads the region at the head of a park name as a nested region mention', () => {
    const qixian = extraction.mentions.filter((m) => m.entityKey === 'region:140727');
    expect(qixian.map((m) => [m.surface, m.nestedIn])).toEqual([['祁县', '祁县玻璃器皿产业园']]);
    // …and the region inside the nested park too, one level further down
    const jinzhong = extraction.mentions.filter((m) => m.entityKey === 'region:140700');
    expect(jinzhong.map((m) => m.nestedIn)).toContain('晋中经济技术开发区');
  });

  it('keeps offsets exact: the section text between start and end is the nested surface', () => {
    const text = plan.sections[0]!.text;
    for (const m of extraction.mentions) expect(text.slice(m.start, m.end)).toBe(m.surface);
  });
});
