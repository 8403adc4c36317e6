import { describe, expect, it } from 'vitest';
import { loadResources } from '../../../src/ingest/resources.ts';
import { extractPlan } from '../../../src/extract/index.ts';
import { planFromSections } from './plan-fixture.ts';

const resources = loadResources();


const plan = planFromSections(
  [
    {
      kind: 'chapter',
      title: '第一章',
      lines: ['以中科三阳物联网科技园项目为带动，加快华夏动力新能源客车基地建设，孝义经济开发区要以“一区多园”模式发展。'],
    },
    {
      kind: 'box',
      title: '专栏：新型铝系化工重点项目',
      lines: [
        '山西信发化工有限公司年产 110 万吨轻质合金及配套项目；',
        '孝义市兴安化工有限公司年产 110 万吨（一期 55 万吨）高精铝材项目；',
        '孝义市鹏飞实业有限责任公司 40 万吨/年费托合成蜡项目、18万吨合成氨及30万吨尿素项目；',
      ],
    },
  ],
  { id: 'xiaoyi', regionCode: '141181', regionName: '孝义市' },
);

describe('extractPlan', () => {
  const extraction = extractPlan(plan, resources);

  it("locates a project whose name gives only the province in the plan's region within it", () => {
    const located = extraction.relations.filter((r) => r.type === 'LOCATED_IN' && r.fromKey.startsWith('project:山西信发化工'));
    expect(located.map((r) => [r.toKey, r.evidence.ruleId])).toEqual([['region:141181', 'located-in.plan-region']]);
    // a name that gives a region below the province keeps it
    const xingan = extraction.relations.filter((r) => r.type === 'LOCATED_IN' && r.fromKey.startsWith('project:孝义市兴安化工'));
    expect(xingan.map((r) => r.toKey)).toContain('region:141181');
  });
  const entity = (key: string) => extraction.entities.find((e) => e.key === key);

  it('reads a project line as one PROJECT and its enterprise as a nested ENTERPRISE', () => {
    const surfaces = extraction.mentions.filter((m) => m.sectionOrdinal === 1 && (m.nestedIn === undefined || m.entityKey.startsWith('enterprise:'))).map((m) => m.surface);
    expect(surfaces).toEqual([
      '山西信发化工有限公司',
      '山西信发化工有限公司年产 110 万吨轻质合金及配套项目',
      '孝义市兴安化工有限公司',
      '孝义市兴安化工有限公司年产 110 万吨（一期 55 万吨）高精铝材项目',
      '孝义市鹏飞实业有限责任公司',
      '孝义市鹏飞实业有限责任公司 40 万吨/年费托合成蜡项目、18万吨合成氨及30万吨尿素项目',
    ]);
    expect(entity('project:山西信发化工有限公司年产110万吨轻质合金及配套项目')?.props).toEqual({
      capacity: 110,
      capacityUnit: '万吨',
      capacityPeriod: 'year',
    });
  });

  it('relates each project to the enterprise of its line (BUILT_BY), with evidence', () => {
    const builtBy = extraction.relations.filter((r) => r.type === 'BUILT_BY').map((r) => [r.fromKey, r.toKey]);
    expect(builtBy).toEqual([
      ['project:山西信发化工有限公司年产110万吨轻质合金及配套项目', 'enterprise:山西信发化工有限公司'],
      ['project:孝义市兴安化工有限公司年产110万吨（一期55万吨）高精铝材项目', 'enterprise:孝义市兴安化工有限公司'],
      ['project:孝义市鹏飞实业有限责任公司40万吨/年费托合成蜡项目、18万吨合成氨及30万吨尿素项目', 'enterprise:孝义市鹏飞实业有限责任公司'],
    ]);
    for (const r of extraction.relations) expect(r.evidence.ruleId).not.toBe('');
  });

  it('places parks, enterprises and projects in the region named inside their name (LOCATED_IN)', () => {
    const located = extraction.relations.filter((r) => r.type === 'LOCATED_IN').map((r) => `${r.fromKey} → ${r.toKey}`);
    expect(located).toContain('park:孝义经济开发区 → region:141181');
    expect(located).toContain('enterprise:孝义市兴安化工有限公司 → region:141181');
    expect(entity('region:141181')?.props).toMatchObject({ code: '141181', level: 'county' });
  });

  it('gives every mention exact section and source offsets', () => {
    expect(extraction.mentions.length).toBeGreaterThan(5);
    for (const m of extraction.mentions) {
      const section = plan.sections[m.sectionOrdinal];
      expect(section?.text.slice(m.start, m.end)).toBe(m.surface);
      expect(plan.source.text.slice(m.sourceStart, m.sourceEnd)).toBe(m.surface);
    }
  });

  it('reads prose projects, parks and quoted names in the same section', () => {
    const prose = extraction.mentions.filter((m) => m.sectionOrdinal === 0).map((m) => m.entityKey);
    expect(prose).toContain('project:中科三阳物联网科技园项目');
    expect(prose).toContain('park:孝义经济开发区');
    expect(prose).toContain('policy:一区多园');
  });
});
