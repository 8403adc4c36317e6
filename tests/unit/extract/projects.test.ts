import { describe, expect, it } from 'vitest';
import { loadResources } from '../../../src/ingest/resources.ts';
import { capacityOf, findProjects } from '../../../src/extract/projects.ts';

const resources = loadResources();

const XIAOYI_BOX = [
  '山西信发化工有限公司年产 110 万吨轻质合金及配套项目；',
  '孝义市兴安化工有限公司年产 110 万吨（一期 55 万吨）高精铝材项目；',
  '山西汾西正帮煤业有限责任公司 120 万吨/年整合项目；',
  '孝义市鹏飞实业有限责任公司 40 万吨/年费托合成蜡项目、一期 30 万吨/年焦炉煤气制甲醇联产2亿NM³/年LNG项目、18万吨合成氨及30万吨尿素项目；',
  '科尔峰建筑垃圾综合利用项目；',
].join('\n');

describe('findProjects in a 专栏 box', () => {
  const hits = findProjects(XIAOYI_BOX, resources, { box: true });

  it('reads a line "enterprise + 年产 capacity + product + 项目" as one project, as written', () => {
    const line = hits.find((h) => h.name.startsWith('山西信发化工'));
    expect(line?.surface).toBe('山西信发化工有限公司年产 110 万吨轻质合金及配套项目');
    expect(line?.name).toBe('山西信发化工有限公司年产110万吨轻质合金及配套项目');
    expect(line?.props).toEqual({ capacity: 110, capacityUnit: '万吨', capacityPeriod: 'year' });
    expect(line?.ruleId).toBe('project.box-line');
  });

  it('reads capacity per year written after the number', () => {
    const line = hits.find((h) => h.name.startsWith('山西汾西正帮'));
    expect(line?.props).toEqual({ capacity: 120, capacityUnit: '万吨', capacityPeriod: 'year' });
  });

  it('reads an entry listing several products of one enterprise as one project, as written', () => {
    const peng = hits.filter((h) => h.name.includes('鹏飞')).map((h) => h.name);
    expect(peng).toEqual(['孝义市鹏飞实业有限责任公司40万吨/年费托合成蜡项目、一期30万吨/年焦炉煤气制甲醇联产2亿NM³/年LNG项目、18万吨合成氨及30万吨尿素项目']);
  });

  it('splits box lines the PDF joined, where an enterprise follows a capacity', () => {
    const joined = findProjects('山西汾西矿业（集团）水峪煤业有限责任公司 420 万吨/年山西汾西矿业（集团）有限责任公司高阳煤矿 504 万吨/年；', resources, { box: true });
    expect(joined.map((h) => h.name)).toEqual(['山西汾西矿业（集团）水峪煤业有限责任公司420万吨/年', '山西汾西矿业（集团）有限责任公司高阳煤矿504万吨/年']);
  });

  it('reads a box entry without enterprise that ends in 项目', () => {
    expect(hits.map((h) => h.name)).toContain('科尔峰建筑垃圾综合利用项目');
  });

  it('reads no project in a box title (专栏10城市更新九大工程)', () => {
    // shanxi-14th, the title line of a 专栏
    expect(findProjects('专栏10城市更新九大工程', resources, { box: true }).map((h) => h.name)).toEqual([]);
  });

  it('reads a box entry that is a sentence by its names, not as one project', () => {
    // shanxi-14th, 专栏 of the digital economy
    const entry = '打造一批产业集聚度高、规模效益显著的数字产业基地,着力推进新技术、新模式、新业态与实体经济深度融合,重点建设百度(山西)人工智能基础数据产业基地、大数据产业园、智慧园区服务平台等项目';
    expect(findProjects(entry, resources, { box: true }).map((h) => h.ruleId)).not.toContain('project.box-item');
    const listed = '重点建设运城垣曲、大同浑源抽水蓄能电站项目';
    expect(findProjects(listed, resources, { box: true }).map((h) => h.name)).not.toContain(listed);
  });

  it('reads the sites in the bracket of a box label, not the label', () => {
    // xiaoyi-13th, 专栏 of tourism
    const entry = '创建国家5A景区项目（胜溪湖森林公园、孝河湿地公园、三皇庙、金龙山景区）';
    const hits = findProjects(entry, resources, { box: true });
    expect(hits.map((h) => h.name).sort()).toEqual(['三皇庙', '孝河湿地公园', '胜溪湖森林公园', '金龙山景区'].sort());
    expect(hits.filter((h) => h.name === '三皇庙').map((h) => h.ruleId)).toEqual(['project.box-site']);
  });

  it('reads each work of a box entry that enumerates them, leaving programmes to the policy finder', () => {
    // jinzhong-13th, 专栏 of tourism projects
    const line = '榆次老城整合开发重塑工程、平遥古城生态旅游文化产业园建设工程、晋中旅游品牌营销传播工程';
    expect(findProjects(line, resources, { box: true }).map((h) => h.name)).toEqual(['榆次老城整合开发重塑工程', '平遥古城生态旅游文化产业园建设工程']);
  });
});

describe('findProjects in prose', () => {
  const names = (text: string): string[] => findProjects(text, resources).map((h) => h.name);

  it('reads named projects (2017 work report)', () => {
    expect(names('加快发展高端装备制造业。以吉利山西新能源汽车项目为龙头，全面推进新能源汽车装备制造园区建设')).toEqual(['吉利山西新能源汽车项目']);
    expect(names('继续配合东山供水、中部引黄两大水网建设，实施好娘子关调水工程，启动5县（市）县域小水网建设')).toEqual(['东山供水', '中部引黄', '娘子关调水工程']);
  });

  it('reads the named works of a list closed by 等 or a count and a kind of work (shanxi-14th, 专栏16)', () => {
    expect(names('推进二广高速公路太原寿阳连接线、黎城至陵川、洪洞至大宁等一批高速公路项目前期工作')).toEqual(['二广高速公路太原寿阳连接线', '黎城至陵川', '洪洞至大宁']);
    expect(names('推进太原至忻州等城际快速路建设')).toEqual(['太原至忻州']);
    // later items keep words that would cut the first one (改扩建)
    expect(names('建成临猗黄河桥、晋阳高速改扩建等高速公路项目')).toEqual(['临猗黄河桥', '晋阳高速改扩建']);
  });

  it('reads items listed with a named work as works of its kind (shanxi-14th)', () => {
    expect(names('辛安泉供水工程建成通水，中部引黄、东山供水、小浪底引黄工程全面进入扫尾阶段')).toEqual(['辛安泉供水工程', '中部引黄', '东山供水', '小浪底引黄工程']);
  });

  it("keeps an enterprise's products listed with 、 in one project name (jinzhong-13th)", () => {
    expect(names('重点实施山西佳新公司点燃式、压燃式甲醇发动机调装组件项目。')).toEqual(['山西佳新公司点燃式、压燃式甲醇发动机调装组件项目']);
  });

  it('keeps a name whose last word would otherwise cut it (二期提升工程)', () => {
    // named buildings are works too (ANNOTATION.md): 深国投城市广场 by its head word 广场
    expect(names('深国投城市广场，吴王山森林公园二期提升工程，钟阳大厦')).toContain('吴王山森林公园二期提升工程');
    expect(names('大力推进重点工程')).toEqual([]);
  });

  it('reads no items of a list that names only kinds of work (xiaoyi-13th)', () => {
    const kinds = '大力引进发展品牌商贸、专业市场、电子商务、现代物流、金融服务、科技服务、信息咨询等现代服务业项目。';
    expect(findProjects(kinds, resources).map((h) => h.name)).toEqual([]);
    // taiyuan-2019: one named item makes its siblings works too.
    const named = '要加快推进比亚迪新能源动力电池及电动客车、江铃重汽新能源重卡、威马新能源汽车等项目建设';
    expect(findProjects(named, resources).map((h) => h.name)).toContain('威马新能源汽车');
  });

  it('reads no label of a group of works, no framework and no name cut inside a word', () => {
    // shanxi-14th, 专栏16: a heading in the box
    expect(findProjects('机场重点项目。完成太原机场三期改扩建', resources, { box: true }).map((h) => h.name)).not.toContain('机场重点项目');
    // lvliang-2022, datong-2021
    expect(findProjects('坚决遏制“两高”项目盲目发展', resources)).toEqual([]);
    expect(findProjects('持续掀起“六新”项目建设新高潮', resources)).toEqual([]);
    // shanxi-14th: 集中式 is one word
    expect(findProjects('利用采煤沉陷区、盐碱地、荒山荒坡等资源开展集中式光伏项目。', resources).map((h) => h.name)).not.toContain('式光伏项目');
  });

  it('reads no listed activity of ordinary words as a work (shanxi-14th)', () => {
    const text = '实施饮用水源保护、重点行业企业污水深度处理、工业集聚区污水集中处理、城镇建成区黑臭水体治理、城镇污水处理厂及收集管网建设、雨污分流改造、农村生活污水治理、地下水污染试点修复、城镇污水处理厂排放口人工湿地、重点支流入干流口人工湿地、沿河生态缓冲带建设等工程';
    const names = findProjects(text, resources).map((h) => h.name);
    expect(names).not.toContain('饮用水源保护');
    expect(names).not.toContain('农村生活污水治理');
    expect(names).not.toContain('地下水污染试点修复');
  });

  it('ends a work named by its head word at a conjunction, but keeps a place that starts with one (jinzhong-2017)', () => {
    expect(findProjects('加快晋商公园和潇河公园三期工程建设', resources).map((h) => h.name)).toContain('潇河公园三期工程');
    const road = '加快推进左权县城至黎城下清泉段（晋冀界）新建工程、和顺董榆线一级路改造二期工程、207国道祁县境内一级公路改造工程';
    expect(findProjects(road, resources).map((h) => h.name)).toContain('和顺董榆线一级路改造二期工程');
  });

  it('reads no generic project phrase', () => {
    expect(
      names('持续推进重点项目建设，今年实施61个转型项目，集中力量引进一批重特大项目，交通、水利等基础设施项目加快建设，狠抓项目建设'),
    ).toEqual([]);
  });
});

describe('capacityOf', () => {
  it('reads number and unit as typed values', () => {
    expect(capacityOf('东义 1.4 亿立方米 LNG 和 10 万吨 MTG 项目', resources)).toEqual({ capacity: 1.4, capacityUnit: '亿立方米' });
    expect(capacityOf('20MW 分布式光伏发电项目', resources)).toEqual({ capacity: 20, capacityUnit: 'MW' });
    expect(capacityOf('科尔峰建筑垃圾综合利用项目', resources)).toBeUndefined();
  });
});

describe('findProjects: works named without 项目 or 工程', () => {
  const names = (text: string): string[] => findProjects(text, resources).map((h) => h.name);

  it('reads roads named by their ends or section (2017 work report, jinzhong-13th)', () => {
    expect(names('开工建设晋衡高速榆次至昔阳段，加快推进')).toEqual(['晋衡高速榆次至昔阳段']);
    expect(names('做好龙城高速北延及离石至祁县高速建设协调保障工作')).toEqual(['龙城高速北延', '离石至祁县高速']);
    expect(names('以108国道晋中段184公里为轴线')).toEqual(['108国道晋中段']);
  });

  it("reads an enterprise's base and a rated power works (jinzhong-13th, xiaoyi-13th)", () => {
    expect(names('依托吉利新能源汽车晋中生产基地，落实新能源汽车推广计划')).toEqual(['吉利新能源汽车晋中生产基地']);
    expect(names('重点支持太子里100MW 光伏发电站及西辛庄镇500MW 光伏发电园区建设')).toEqual(['太子里100MW光伏发电站', '西辛庄镇500MW光伏发电园区']);
  });

  it('ends a 专栏 line at its 项目 where the PDF joined the next paragraph (xiaoyi-13th)', () => {
    const hits = findProjects('新富生光电科技有限责任公司年产5400万颗光纤连接器项目电子信息技术产业。推进电子信息工程', resources, { box: true });
    expect(hits.map((h) => h.name)).toContain('新富生光电科技有限责任公司年产5400万颗光纤连接器项目');
  });
});

describe('findProjects: works named by their head word', () => {
  const names = (text: string): string[] => findProjects(text, resources).map((h) => h.name);
  const rules = (text: string): string[] => findProjects(text, resources).map((h) => h.ruleId);

  it('reads railways, roads, airports and metro lines by their head word (taiyuan-2019, shuozhou-2021)', () => {
    expect(names('要推进太焦铁路建设，加快西北二环高速公路建设')).toEqual(['太焦铁路', '西北二环高速公路']);
    expect(rules('要推进太焦铁路建设')).toEqual(['project.railway']);
    expect(names('朔州机场具备全面开工条件')).toEqual(['朔州机场']);
    expect(names('地铁2号线年内实现通车运营，加快1号、3号线前期工作')).toEqual(['地铁2号线', '1号', '3号线']);
    expect(names('加快推进省道203提质改造和国道109、208')).toEqual(['省道203', '国道109', '208']);
  });

  it('reads a place name with 和 inside as one name (呼和浩特)', () => {
    expect(names('争取呼和浩特经朔州至太原高速铁路列入规划')).toEqual(['呼和浩特经朔州至太原高速铁路']);
  });

  it('reads each item of a list sharing one head word, as written (shuozhou-2021, lvliang-2022)', () => {
    expect(names('加快右玉、应县通用机场前期工作')).toEqual(['右玉', '应县通用机场']);
    expect(names('推进孝柳、瓦日、太中银铁路互联互通')).toEqual(['孝柳', '瓦日', '太中银铁路']);
  });

  it("reads a plan's own public buildings and the ordinary items listed with a named one (taiyuan-2019)", () => {
    expect(names('建成投用城南公园二期、市图书馆')).toEqual(['城南公园二期', '市图书馆']);
    expect(names('加强医疗卫生基础设施建设，市中心医院、人民医院、妇幼保健院年内建成')).toEqual(['市中心医院', '人民医院', '妇幼保健院']);
  });

  it('keeps a quoted name before the work (shuozhou-2021)', () => {
    expect(names('“晋电送浙”800千伏特高压输电通道项目列入省级规划')).toEqual(['晋电送浙800千伏特高压输电通道项目']);
  });

  it('reads no clause, class, slogan or ordinary word as a work', () => {
    expect(names('攻坚克难蹚新路')).toEqual([]);
    expect(names('建设普惠性幼儿园，提升各县区4A级景区')).toEqual([]);
    expect(names('实现高质量高速度发展，强化“两馆一站”建设，提升中心城区功能')).toEqual([]);
    expect(names('放眼长远谋项目。主动招商引项目。确保企业和项目进得来，争取更多外资项目落地')).toEqual([]);
  });

  it('reads no work out of a verb of running or adding and its object (shanxi-14th, jinzhong-13th)', () => {
    expect(findProjects('利用太中银铁路开行动车组列车', resources).map((h) => h.name)).not.toContain('太中银铁路开行动车');
    expect(findProjects('积极发展通用航空。增设平遥通勤机场', resources).map((h) => h.name)).toEqual(['平遥通勤机场']);
  });

  it('drops the verb that starts the clause (shuozhou-2021)', () => {
    expect(names('引进中电投，建设纯电动重卡项目，建成')).toEqual(['纯电动重卡项目']);
    expect(names('建成投运南山环境能源项目')).toEqual(['南山环境能源项目']);
  });

  it('reads a metro line only with its system (jinzhong-2017)', () => {
    expect(names('加快晋中太原城际铁路2号线建设，做好1号线前期工作')).toEqual(['晋中太原城际铁路2号线', '1号线']);
    expect(names('公交2号线开通')).toEqual([]);
  });

  it('reads no head cut from a longer head, no kind words and no institution as a work', () => {
    expect(names('北石店：北石店中心卫生院，')).toEqual(['北石店中心卫生院']);
    expect(names('构建平遥旅游目的地集散中心和')).toEqual([]);
    expect(names('推进国省干线公路改造，争创国家5A级旅游景区')).toEqual([]);
    expect(names('与中国科学院合作')).toEqual([]);
    expect(names('实施输变电工程、水源工程')).toEqual([]);
  });
});

describe('findProjects after a verb of a clause (national reports)', () => {
  const names = (text: string): string[] => findProjects(text, resources).map((h) => h.name);
  it('reads no work whose words run back over 宣布 or 优化', () => {
    expect(names('亲自宣布北京大兴国际机场正式投运，给2019中国国际数字经济博览会发来贺信')).not.toContain('亲自宣布北京大兴国际机场');
    expect(names('优化珠海机场、珠海港、广珠铁路等重大基础设施管理机制')).not.toContain('优化珠海机场');
  });
});
