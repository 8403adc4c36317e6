import { describe, expect, it } from 'vitest';
import { figuresOf, FIGURE_RULES } from '../../../src/extract/figures.ts';
import { amountValue, chineseNumber } from '../../../src/extract/numbers.ts';
import { Passage } from '../../../src/extract/passage.ts';
import { RULES } from '../../../src/extract/rules.ts';

/** The figures of `name` in a passage whose other names are `others`. */
function figuresOfName(text: string, name: string, others: readonly string[] = [], from = 0) {
  const at = (n: string, after = 0): { start: number; end: number } => {
    const start = text.indexOf(n, after);
    if (start < 0) throw new Error(`${n} is not in the passage`);
    return { start, end: start + n.length };
  };
  const mention = at(name, from);
  const passage = new Passage(text, { names: [mention, ...others.map((n) => at(n))] });
  return figuresOf(text, mention.start, mention.end, passage);
}

const brief = (text: string, name: string, others: readonly string[] = []) =>
  figuresOfName(text, name, others).map((f) => ({ measure: f.measure, value: f.value, unit: f.unit, text: f.text, base: f.base }));

describe('figuresOf: one figure of each measure, with its value in a base unit', () => {
  it('investment: 总投资7.7亿元 (xiaoyi-13th)', () => {
    const text = '公共卫生综合服务大楼和市人民医院综合楼建成。总投资7.7亿元的孝义市人民医院新建工程具备开工条件。';
    const [figure] = figuresOfName(text, '孝义市人民医院新建工程');
    expect(figure).toEqual({
      measure: 'investment',
      value: 7.7,
      unit: '亿元',
      text: '总投资7.7亿元',
      base: { value: 770_000_000, unit: '元' },
      start: text.indexOf('总投资'),
      end: text.indexOf('的孝义'),
      ruleId: 'figure.keyword',
    });
  });

  it('capacity: 年产110万吨, X万吨/年, MW and 2×35万千瓦 (xiaoyi-13th)', () => {
    expect(brief('山西信发化工有限公司年产110万吨轻质合金及配套项目；', '山西信发化工有限公司年产110万吨轻质合金及配套项目')).toEqual([
      { measure: 'capacity', value: 110, unit: '万吨', text: '年产110万吨', base: { value: 1_100_000, unit: '吨' } },
    ]);
    expect(brief('山西汾西正帮煤业有限责任公司120万吨/年整合项目；', '山西汾西正帮煤业有限责任公司120万吨/年整合项目')).toEqual([
      { measure: 'capacity', value: 120, unit: '万吨/年', text: '120万吨/年', base: { value: 1_200_000, unit: '吨' } },
    ]);
    const solar = '太子里100MW 光伏发电项目一期30MW 准备并网发电，二期30MW 开工建设，巨隆20MW 光伏发电项目具备开工条件，中国三峡风力发电项目完成风力测试。';
    expect(brief(solar, '太子里100MW 光伏发电项目', ['巨隆20MW 光伏发电项目']).map((f) => [f.value, f.unit, f.base?.value])).toEqual([
      [100, 'MW', 100_000],
      [30, 'MW', 30_000],
      // the next segment opens with the work's phase (，二期30MW开工建设): it describes the same work
      [30, 'MW', 30_000],
    ]);
    expect(brief('晋能2×35万千瓦低热值煤发电项目奠基开工。', '晋能2×35万千瓦低热值煤发电项目')).toEqual([
      { measure: 'capacity', value: 70, unit: '万千瓦', text: '2×35万千瓦', base: { value: 700_000, unit: '千瓦' } },
    ]);
  });

  it('capacity: a unit with a Latin prefix before 瓦, spaced or not (1G 瓦, xiaoyi-13th)', () => {
    const name = '孝义市巨隆光电能源有限公司农业种植园、钢结构农业种植大棚暨1G 瓦太阳能光伏发电项目';
    expect(brief(`${name}，山西合义汇能新能源有限公司20MW 分布式光伏发电项目。`, name, ['山西合义汇能新能源有限公司20MW 分布式光伏发电项目'])).toEqual([
      { measure: 'capacity', value: 1, unit: 'G瓦', text: '1G 瓦', base: { value: 1_000_000, unit: '千瓦' } },
    ]);
  });

  it('a segment after the work that opens with 累计投资 describes it (xiaoyi-13th)', () => {
    const text = '大力实施植树造林工程，累计投资 8.4 亿元完成造林 35 万亩。';
    expect(brief(text, '植树造林工程').map((f) => [f.measure, f.value, f.unit, f.text])).toEqual([
      ['investment', 8.4, '亿元', '累计投资 8.4 亿元'],
      ['area', 35, '万亩', '35 万亩'],
    ]);
  });

  it('length: 1500公里 after the work (jinzhong-13th)', () => {
    const text = '安全生命防护工程，以“防事故、保安全、保畅通”为目标，完成县乡公路危桥全治理和实施农村公路安全生命防护工程1500公里。';
    expect(brief(text, '农村公路安全生命防护工程')).toEqual([{ measure: 'length', value: 1500, unit: '公里', text: '1500公里', base: { value: 1_500_000, unit: '米' } }]);
  });

  it('area: 150万亩 (shanxi-14th)', () => {
    const text = '信息化等“十项工程”，建设150万亩有机旱作农业生产基地，推进全产业链发展，推动有机旱作农业成为全国现代农业重要品牌。';
    expect(brief(text, '150万亩有机旱作农业生产基地')).toEqual([{ measure: 'area', value: 150, unit: '万亩', text: '150万亩', base: { value: 1_000_000_000, unit: '平方米' } }]);
  });

  it('count: 建成…客运站1个 (xiaoyi-13th)', () => {
    const text = '“十三五”期间，建成孝义一级汽车客运站1个，四级汽车站9个，形成城乡协调，农村客运和城市公交、出租“零距离换乘”的城乡客运发展新格局。';
    expect(brief(text, '孝义一级汽车客运站')).toEqual([{ measure: 'count', value: 1, unit: '个', text: '1个', base: undefined }]);
  });

  it('target: a level to reach by a year (xiaoyi-13th)', () => {
    const text = '以孝义现代农业园区为载体，打造技术服务网络健全、运行机制完善、产业特色明显、全国一流的现代农业园区，到2020年园区总产值实现100亿元，打造一批知名品牌。';
    const [figure] = figuresOfName(text, '现代农业园区', ['孝义现代农业园区'], text.indexOf('一流的'));
    expect(figure).toMatchObject({ measure: 'target', value: 100, unit: '亿元', text: '实现100亿元', ruleId: 'figure.year-target' });
  });
});

describe('figuresOf: how figures are written', () => {
  it('keeps the first number of a range and the whole as text (jinzhong-13th)', () => {
    const text = '“十三五”期间，四个贫困县力争建设4～8个10～20兆瓦集中式光伏电站；建设100个100千瓦村级分布式光伏电站；5000户3～5千瓦屋顶式户用光伏发电站。';
    expect(brief(text, '集中式光伏电站', ['100千瓦村级分布式光伏电站'])).toEqual([
      { measure: 'count', value: 4, unit: '个', text: '4～8个', base: undefined },
      { measure: 'capacity', value: 10, unit: '兆瓦', text: '10～20兆瓦', base: { value: 10_000, unit: '千瓦' } },
    ]);
  });

  it('keeps a qualifier in the text (350万千瓦左右, xiaoyi-13th)', () => {
    const text = '力争到2020年，形成氧化铝产能600万吨，铝材深加工220万吨，配套建设350万千瓦左右低热值煤发电项目，以及液碱、聚氯乙烯等系列项目，实现产业产值达1000亿元。';
    expect(brief(text, '350万千瓦左右低热值煤发电项目')).toEqual([
      { measure: 'capacity', value: 350, unit: '万千瓦', text: '350万千瓦左右', base: { value: 3_500_000, unit: '千瓦' } },
    ]);
  });

  it('reads Chinese numerals', () => {
    expect(chineseNumber('一百二十')).toBe(120);
    expect(chineseNumber('十二')).toBe(12);
    expect(chineseNumber('两千')).toBe(2000);
    expect(chineseNumber('三点五')).toBe(3.5);
    expect(amountValue('100—150')).toBe(100);
    expect(amountValue('2×35')).toBe(70);
    // The default documents write no project figure in Chinese numerals; a constructed line.
    expect(brief('太焦高铁总投资一百二十亿元，全长五十公里。', '太焦高铁')).toEqual([
      { measure: 'investment', value: 120, unit: '亿元', text: '总投资一百二十亿元', base: { value: 12_000_000_000, unit: '元' } },
      { measure: 'length', value: 50, unit: '公里', text: '全长五十公里', base: { value: 50_000, unit: '米' } },
    ]);
  });

  it('reads no count in an ordinal (第十三个五年规划, jinzhong-13th)', () => {
    const title = '《晋中市国民经济和社会发展第十三个五年规划纲要（2016—2020）》，根据《中共晋中市委关于制定国民经济和社会发展第十三个五年规划的建议》编制';
    expect(brief(title, '晋中市国民经济和社会发展第十三个五年规划纲要（2016—2020）')).toEqual([]);
  });
});

describe('figuresOf: figures that are not the project’s', () => {
  it('a figure in a clause about the whole city is not the project’s (jinzhong-13th)', () => {
    const text = '利用中石化、中石油两大集团现有加油站改、扩建甲醇加注设施，到2017年实现全市拥有甲醇加注站100座的目标。';
    expect(brief(text, '甲醇加注站')).toEqual([]);
  });

  it('the year’s total in the next clause is not the project’s (jinzhong work report 2017)', () => {
    const text = '加快中联、中石化煤层气和漾泉蓝焰左权未利用井的开发利用，推进凯嘉煤层气发电等项目，全年煤层气抽采量力争达到5.5亿立方米，利用量3亿立方米以上。';
    expect(brief(text, '凯嘉煤层气发电')).toEqual([]);
  });

  it('a figure of another name in the list is that name’s (xiaoyi-13th)', () => {
    const text = '大象禽业1亿只肉鸡加工及60万吨饲料生产项目建成投产。一果核桃深加工项目奠基开工。';
    expect(brief(text, '一果核桃深加工项目', ['大象禽业1亿只肉鸡加工及60万吨饲料生产项目'])).toEqual([]);
    const list = '金岩500万吨、金达300万吨、楼俊一期120万吨项目正在加快推进，金州50万吨煤焦油深加工及10万吨针状焦项目、金晖兆隆10万吨可降解塑料一期建成投产。';
    expect(brief(list, '金州50万吨煤焦油深加工及10万吨针状焦项目', ['金晖兆隆']).map((f) => f.text)).toEqual(['50万吨', '10万吨']);
  });

  it('what follows the 等 that closes a list counts the list, not its last item (jinzhong work report 2017)', () => {
    const text = '进一步完善路网体系，畅通交通出行，重点实施蕴华街拓宽、安宁街西延等13个市政道路项目，改造花园巷、定阳路等18条小街巷，加快晋中太原城际铁路2号线建设，做好1号线前期工作。';
    expect(brief(text, '安宁街西延', ['蕴华街拓宽'])).toEqual([]);
  });

  it('names every figure rule in the rule catalogue', () => {
    for (const id of Object.values(FIGURE_RULES)) expect(RULES).toHaveProperty(id);
  });
});
