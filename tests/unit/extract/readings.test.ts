import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../../src/extract/index.ts';
import { loadResources } from '../../../src/ingest/resources.ts';
import { resolvePlan } from '../../../src/resolve/index.ts';
import { planFromSections } from './plan-fixture.ts';

const resources = loadResources();

const plan = planFromSections(
  [
    {
      kind: 'section',
      title: '第一节',
      lines: [
        // shanxi-14th
        '一批重大工程项目建成投运。大张高铁、郑太高铁、太原地铁2号线、长临高速等建成投运，全省铁路营运里程增加1161公里，高速公路通车里程突破5744公里。',
        // xiaoyi-13th
        '晋能2×35万千瓦低热值煤发电项目奠基开工。',
        '把质量和产量提起来，推动一果食品有限公司6万吨核桃深加工项目尽快投产，积极引进大型食品饮料企业，实现核桃产业品牌化、高效化、延伸化发展。',
        '金岩500万吨、金达300万吨、楼俊一期120万吨项目正在加快推进，金州50万吨煤焦油深加工及10万吨针状焦项目建成投产。',
        '以孝义现代农业园区为载体，打造技术服务网络健全、运行机制完善、产业特色明显、全国一流的现代农业园区，到2020年园区总产值实现100亿元，打造一批知名品牌。',
        // jinzhong work report 2017
        '玛钢铸造产业以太谷胡村玛钢铸造园为突破，全面启动“气化玛钢”，重点推进华北铸造物流城等项目，完善研发会展中心功能。',
        // jincheng-13th
        '重点建设程颢书院文化产业园、新型琉璃文化产业园和晋城长亮（国际）恐龙文化影视城。',
      ],
    },
  ],
  { id: 'xiaoyi', regionCode: '141181', regionName: '孝义市' },
);

describe('extractPlan reads the stage and figures of each project mention', () => {
  const extraction = extractPlan(plan, resources);
  const graph = resolvePlan(extraction, resources);
  const mention = (id: string) => graph.mentions.find((m) => m.entityId === id);

  it('gives every project of a list the stage after it, with the cue and its offsets in the section', () => {
    for (const id of ['project:大张高铁', 'project:郑太高铁', 'project:太原地铁2号线', 'project:长临高速']) {
      const status = mention(id)?.status;
      expect(status).toMatchObject({ stage: 'completed', cue: '建成投运', ruleId: 'status.stage-after' });
      expect(plan.sections[0]!.text.slice(status!.start, status!.end)).toBe('建成投运');
    }
  });

  it('gives a project the figures of its name and passage', () => {
    expect(mention('project:晋能2×35万千瓦低热值煤发电项目')).toMatchObject({
      status: { stage: 'started', cue: '奠基开工' },
      figures: [{ measure: 'capacity', value: 70, unit: '万千瓦', base: { value: 700_000, unit: '千瓦' } }],
    });
  });

  it('gives an enterprise inside a project’s name the project’s stage, and the figures to the project alone', () => {
    const enterprise = graph.mentions.find((m) => m.entityId.startsWith('enterprise:') && m.surface === '一果食品有限公司');
    expect(enterprise?.nestedIn).toBe('一果食品有限公司6万吨核桃深加工项目');
    expect(enterprise?.status).toMatchObject({ stage: 'completed', cue: '投产' });
    expect(enterprise?.figures).toBeUndefined();
    expect(mention('project:一果食品有限公司6万吨核桃深加工项目')?.figures).toMatchObject([{ measure: 'capacity', value: 6, unit: '万吨' }]);
  });

  it('gives an enterprise inside a project’s name the project’s stage even where the verb does not build (推进)', () => {
    for (const surface of ['金岩', '楼俊']) {
      const enterprise = graph.mentions.find((m) => m.entityId.startsWith('enterprise:') && m.surface === surface && m.nestedIn !== undefined);
      expect(enterprise?.nestedIn).toBe('金岩500万吨、金达300万吨、楼俊一期120万吨项目');
      expect(enterprise?.status).toMatchObject({ stage: 'underway', cue: '加快推进' });
    }
  });

  it('gives a name that heads an item of a list written as one name the figures of its item', () => {
    const figuresOf = (surface: string) => graph.mentions.find((m) => m.entityId.startsWith('enterprise:') && m.surface === surface && m.nestedIn !== undefined)?.figures;
    expect(figuresOf('金岩')).toMatchObject([{ measure: 'capacity', value: 500, unit: '万吨', text: '500万吨' }]);
    expect(figuresOf('楼俊')).toMatchObject([{ measure: 'capacity', value: 120, unit: '万吨', text: '120万吨' }]);
    const line = plan.sections[0]!.text;
    const [figure] = figuresOf('楼俊')!;
    expect(line.slice(figure!.start, figure!.end)).toBe('120万吨');
  });

  it('gives a park named as a project (X等项目) the stage of a verb that does not build (推进)', () => {
    expect(mention('park:华北铸造物流城')?.status).toMatchObject({ stage: 'underway', cue: '推进' });
    expect(mention('park:胡村玛钢铸造园')?.status).toBeUndefined();
  });

  it('gives a park a stage only where the passage builds it', () => {
    expect(mention('park:程颢书院文化产业园')?.status).toMatchObject({ stage: 'planned', cue: '建设' });
    expect(mention('park:孝义现代农业园区')?.status).toBeUndefined();
  });

  it('reads no stage for places and policies', () => {
    for (const m of graph.mentions.filter((m) => m.entityId.startsWith('region:'))) {
      expect(m.status).toBeUndefined();
      expect(m.figures).toBeUndefined();
    }
  });
});
