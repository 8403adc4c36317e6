import { describe, expect, it } from 'vitest';
import { loadResources } from '../../../src/ingest/resources.ts';
import { findPolicies } from '../../../src/extract/policies.ts';
import { extractPlan } from '../../../src/extract/index.ts';
import { planFromSections } from './plan-fixture.ts';

const resources = loadResources();

const names = (text: string): string[] => findPolicies(text, resources).map((h) => h.name);

describe('findPolicies', () => {
  it('reads quoted framework names without their quote marks', () => {
    const text = '全面实施“四大战略”，构建“一核两区”发展格局';
    const hits = findPolicies(text, resources);
    expect(hits.map((h) => h.surface)).toEqual(['四大战略', '一核两区']);
    for (const hit of hits) expect(text.slice(hit.start, hit.end)).toBe(hit.surface);
  });

  it('reads strategies by their suffix (provincial 14th plan)', () => {
    expect(names('全面实施乡村振兴战略，')).toEqual(['乡村振兴战略']);
  });

  it('reads named reforms from the vocabulary and named programmes', () => {
    expect(names('是供给侧结构性改革和转型综改的深化之年')).toEqual(['供给侧结构性改革', '转型综改']);
    expect(names('强力推进铁腕治污行动，加大环保督查力度')).toEqual(['铁腕治污行动']);
  });

  it('reads documents cited in 《》 without the marks', () => {
    const hits = findPolicies('贯彻《中国制造 2025》，紧扣创新驱动', resources);
    expect(hits.map((h) => [h.surface, h.name, h.props?.kind])).toEqual([['中国制造 2025', '中国制造2025', 'document']]);
  });

  it('reads no period names, quoted slogans or 进行动态', () => {
    expect(names('实现了“十三五”良好开局，实现“下半年好于上半年”的目标，9月底视项目推进情况进行动态调整')).toEqual([]);
  });
});

describe('findPolicies: formulas, titles, box headings, abbreviations', () => {
  const read = (text: string, box = false): string[] => findPolicies(text, resources, { box }).map((h) => h.name);

  it('reads a quoted formula with the noun it heads (2017 work report)', () => {
    expect(read('构建“1+10”联合体，实现规划统筹')).toEqual(['1+10联合体']);
    expect(read('形成转型发展“2+5”政策体系')).toEqual(['2+5政策体系']);
  });

  it('reads a quoted part that begins a suffixed name (xiaoyi-13th)', () => {
    expect(read('强力推进“煤-电-铝-材”一体化战略')).toEqual(['煤-电-铝-材一体化战略']);
  });

  it('reads national titles awarded to places (2017 work report)', () => {
    expect(read('启动创建国家全域旅游示范区，推进产品')).toEqual(['国家全域旅游示范区']);
  });

  it('reads the heading of a 专栏 entry as a programme, generic words and all', () => {
    // shanxi-14th 专栏15; xiaoyi-13th 电子商务专栏
    expect(read('国际合作园区建设工程。以山西转型综合改革示范区为统领', true)).toContain('国际合作园区建设工程');
    expect(read('电子商务发展三年行动计划：到2017年，培育国家级电子商务示范基地1个', true)).toContain('电子商务发展三年行动计划');
    expect(read('实施小微企业创办工程：每年扶持', true)).toContain('小微企业创办工程');
    expect(read('国际合作园区建设工程。以山西转型综合改革示范区为统领')).not.toContain('国际合作园区建设工程');
  });

  it('reads no framework in an abbreviation of what was just named (jinzhong-13th)', () => {
    expect(read('灵石县和介休市（以下简称“四县一市一区”）')).toEqual([]);
  });
});

describe('findPolicies: quoted slogans, campaigns and titles (ANNOTATION.md: Policy)', () => {
  const read = (text: string): string[] => findPolicies(text, resources).map((h) => h.name);

  it('reads two-character numbered slogans where the text uses them as one (datong-2021, lvliang-2022)', () => {
    expect(read('全面做好“六稳”工作，落实“六保”任务')).toEqual(['六稳', '六保']);
    expect(read('持之以恒纠正“四风”，坚决破除')).toEqual(['四风']);
    // A modifier of a thing, or a label spelt out just before, is no slogan.
    expect(read('实施“两高”项目分类处置，促进农业和农民就业“两业”提质')).toEqual([]);
    expect(read('四为四高两同步：“四为”，转型为纲')).not.toContain('四为');
  });

  it('reads a quoted phrase heading a policy word outside the quotes (taiyuan-2019, datong-2021)', () => {
    expect(read('进一步深化“放管服效”改革。以企业')).toEqual(['放管服效']);
    expect(read('推行“证照分离”改革全覆盖，')).toEqual(['证照分离']);
    // A number names nothing alone: it is read with its noun.
    expect(read('深化拓展“13710”工作制度，行政')).toEqual(['13710工作制度']);
    expect(read('认真落实市委“136”发展战略，全面')).toEqual(['136发展战略']);
    expect(read('继续重点实施垃圾分类、污水治理、“厕所革命”等行动。')).toEqual(['厕所革命']);
  });

  it('reads slogans that a programme verb puts into effect, lists of slogans too (taiyuan-2019, datong-2021)', () => {
    expect(read('提升完善“一网通办”，建设高效政府')).toEqual(['一网通办']);
    expect(read('全面推开“证照分离”“多证合一”，')).toEqual(['证照分离', '多证合一']);
    expect(read('全面推进“人人持证、技能社会”，5.6万人')).toEqual(['人人持证、技能社会']);
    expect(read('介绍“太原经验”。落实“天蓝、地绿、水秀”要求')).toEqual([]);
  });

  it('reads a plan by its quoted period and noun, never the period alone (shuozhou-2021)', () => {
    expect(read('“十三五”规划纲要确定的目标任务全面完成，实现了“十四五”良好开局')).toEqual(['十三五规划纲要']);
  });

  it('reads campaigns, pilots and rules by their head word, after the verb that wages them (taiyuan-2019)', () => {
    expect(read('要坚决打赢蓝天保卫战，持续')).toEqual(['蓝天保卫战']);
    expect(read('要深入开展扫黑除恶专项斗争，维护')).toEqual(['扫黑除恶专项斗争']);
    // 全省 is the pilot's rank (ANNOTATION.md: a pilot title), read with it.
    expect(read('紧抓全省煤铝共采试点市政策机遇')).toEqual(['全省煤铝共采试点']);
    expect(read('能源革命综合改革试点取得新突破')).toEqual(['能源革命综合改革试点']);
    expect(read('在实际行动中推动更深层次改革')).toEqual([]);
  });

  it('reads titles awarded to places, by rank or as a complete title word (lvliang-2022)', () => {
    expect(read('市区成功创建省级文明城市、国家园林城市和卫生城市。')).toEqual(['省级文明城市', '国家园林城市', '卫生城市']);
    expect(read('纳入全国流通领域现代供应链体系建设试点城市。')).toEqual(['全国流通领域现代供应链体系建设试点城市']);
    expect(read('国家级示范区')).toEqual([]);
  });

  it('reads a model of city that the plan builds, not a city built better (datong-2021)', () => {
    expect(read('加快智慧城市建设。以精品标准推进城市建设，')).toEqual(['智慧城市']);
  });
});

describe('findPolicies: a programme verb’s object', () => {
  it('reads the object of 实施/开展 whole, its own verbs included', () => {
    expect(names('推动城乡融合发展，实施乡村建设行动，加强农村公共基础设施建设')).toEqual(['乡村建设行动']);
    expect(names('深入实施服务业提质增效行动，加快建设')).toEqual(['服务业提质增效行动']);
    expect(names('深入开展政府系统抓落实提高执行力专项行动，自觉做到')).toEqual(['政府系统抓落实提高执行力专项行动']);
    expect(names('开展中心城区城市品质提升三年行动计划，实施38项提升')).toEqual(['中心城区城市品质提升三年行动计划']);
    expect(names('深入实施文化惠民工程，建设')).toEqual(['文化惠民工程']);
  });

  it('reads no name where the object picks no programme', () => {
    expect(names('实施一批重大工程，')).toEqual([]);
    expect(names('统筹推进农经农技服务体系等涉农改革，')).not.toContain('农经农技服务体系等涉农改革');
  });
});

describe('findPolicies: round 3 (conjoined names, 长制, ranks, generic titles)', () => {
  it('reads a name whose parts a conjunction joins (太原 2019, 朔州 2021)', () => {
    expect(names('深化财税体制改革，推进事权与支出责任划分改革，按照')).toContain('事权与支出责任划分改革');
    expect(names('（七）实施科教兴市和人才强市行动计划。推动科技')).toContain('科教兴市和人才强市行动计划');
  });

  it('reads no list item before a conjunction into the name (吕梁 2022)', () => {
    expect(names('实施碳达峰、碳中和吕梁行动。制定')).not.toContain('碳中和吕梁行动');
  });

  it('reads systems of chiefs by their 长制 head (大同 2021, 太原 2019)', () => {
    expect(names('延长产业链，推行链长制，加快优化')).toContain('链长制');
    expect(names('打赢碧水保卫战，细化河（湖）长制六大任务')).toContain('河（湖）长制');
    expect(names('破除家长制作风')).toEqual([]);
  });

  it('keeps 全省 as the rank of a programme (太原 2019)', () => {
    expect(names('加强通信设施建设，落实全省通信基础设施三年行动计划，加快5G布局')).toEqual(['全省通信基础设施三年行动计划']);
  });

  it('reads 文明城市 without its rank as the campaign, not a title (太原 2019)', () => {
    expect(names('城市管理精细化水平有待提高，文明城市创建任务艰巨')).toEqual([]);
    expect(names('深入开展全国文明城市创建活动')).toEqual(['全国文明城市']);
  });

  it('reads no generic programme words alone (三年行动, 纲要)', () => {
    expect(names('深化改革，开展三年行动，')).toEqual([]);
    expect(names('着力推动重点领域和关键环节改革取得实质性突破')).not.toContain('关键环节改革');
  });
});

describe('findPolicies: boundaries of governed objects and suffixes (corpus and tuning excerpts)', () => {
  const read = (text: string): string[] => findPolicies(text, resources).map((h) => h.name);

  it('starts a programme after a counted number of its units (2017 work report)', () => {
    expect(read('推进8所城市公立医院综合改革；加快')).toEqual(['城市公立医院综合改革']);
    expect(read('启动市属国有企业9户厂办大集体改革；完成')).toEqual(['厂办大集体改革']);
    expect(read('加快推进商粮系统18户企业改革。')).toEqual([]);
  });

  it('reads the name that 关于 governs, not the topic phrase (xiaoyi-13th)', () => {
    expect(read('贯彻落实中央关于供给侧结构性改革精神，稳步推进')).toEqual(['供给侧结构性改革']);
  });

  it('starts a name after a policy boundary word that a general one ends inside (朔州 2021, 2017 work report)', () => {
    expect(read('开展好党史学习教育，做到学史明理')).toEqual(['党史学习教育']);
    expect(read('六个领域全面推开综合行政执法体制改革。')).toEqual(['综合行政执法体制改革']);
  });

  it('reads no strategy where 战略 modifies a noun (吕梁 2022, 大同 2021, shanxi-14th)', () => {
    expect(read('抢抓构建新发展格局战略机遇，紧扣')).toEqual([]);
    expect(read('立足省域副中心城市战略定位，以推动')).toEqual([]);
    expect(read('培育壮大五大战略新兴产业。')).toEqual([]);
    expect(read('紧紧扭住扩大内需这个战略基点,')).toEqual([]);
  });

  it('reads no reform of a kind of rule without its domain (jinzhong-13th, 2017 work report)', () => {
    expect(read('加快体制机制改革，全力推进')).toEqual([]);
    expect(read('推进基本医保异地结算和支付方式改革；')).toEqual([]);
    expect(read('深化投融资体制机制改革，不断')).toEqual(['投融资体制机制改革']);
  });

  it('reads no framework in a glossary entry that spells out a part (jinzhong-13th)', () => {
    expect(read('“一核”，即将晋中中心城区作为市域')).toEqual([]);
    expect(read('“八核”：即四大精品旅游核和四大城市休闲核。')).toEqual([]);
  });
});

describe('policies inside policies', () => {
  it('reads no shorter start of the same name as a policy inside it (吕梁 2022)', () => {
    const plan = planFromSections([{ kind: 'chapter', title: '六', lines: ['坚持高效理政。深入开展政府系统抓落实提高执行力专项行动，自觉做到“三个带头”。'] }], {
      id: 'lvliang',
      regionCode: '141100',
      regionName: '吕梁市',
    });
    const policies = extractPlan(plan, resources).mentions.filter((m) => m.entityKey.startsWith('policy:'));
    expect(policies.map((m) => m.surface)).toContain('政府系统抓落实提高执行力专项行动');
    expect(policies.map((m) => m.surface)).not.toContain('力专项行动');
  });
});

describe('findPolicies: 对外 and 工程企业', () => {
  const read = (text: string): string[] => findPolicies(text, resources).map((h) => h.name);

  it('keeps 对外 whole at the start of a programme (太原 2019)', () => {
    expect(read('要落实对外贸易主体培育三年行动计划，支持特色')).toEqual(['对外贸易主体培育三年行动计划']);
  });

  it('reads no programme in the firms that do works (jinzhong-13th)', () => {
    expect(read('定期召开对外承包工程企业与中央企业合作对接会')).toEqual([]);
  });
});
