import { describe, expect, it } from 'vitest';
import { loadResources } from '../../../src/ingest/resources.ts';
import { findEnterprises, planShortForms } from '../../../src/extract/enterprises.ts';

const resources = loadResources();

const names = (text: string): string[] => findEnterprises(text, resources).map((h) => h.name);

describe('findEnterprises', () => {
  it('reads a brand jieba cannot read as words after a verb that brings a firm in (引进, 与…合作)', () => {
    expect(names('引进中电投，建设纯电动重卡项目，建成全国首家公路换电站。')).toEqual(['中电投']);
    expect(names('推进飞机拆解基地项目建设，与中国商飞深度合作，积极引进国产大飞机完工中心')).toContain('中国商飞');
    expect(names('落地总投资160亿元的多弗集团文旅康养小镇项目，引进红星美凯龙项目，推动中心城区商业新业态')).toContain('红星美凯龙');
  });

  it('reads a coined brand between the verb and its project (推进益海嘉里项目)', () => {
    expect(names('要加强消费品工业发展，推进益海嘉里项目建设，培育以锦波生物胶原蛋白为创新核心的生物和日化品产业')).toContain('益海嘉里');
  });

  it('reads no institution, kind of firm or new jargon in those places', () => {
    expect(names('开展能源互联网城市全省试点。与清华大学合作，吸纳高端人才参与')).toEqual([]);
    expect(names('作计划，积极引进央企、省属国企、国内外500强企业')).toEqual([]);
    expect(names('大力实施城市更新行动，铺开货源街等41个老旧小区改造项目，完成高速西口环境综合整治')).toEqual([]);
    expect(names('全力推进总投资200亿元的酒文旅融合项目，建成投运市生活垃圾焚烧发电和餐厨垃圾处理项目')).toEqual([]);
  });

  it('reads the enterprise a 孝义 专栏 project line starts with', () => {
    expect(names('山西信发化工有限公司年产 110 万吨轻质合金及配套项目；')).toEqual(['山西信发化工有限公司']);
  });

  it('keeps a bracketed （集团） inside the name', () => {
    const hits = findEnterprises('山西汾西矿业（集团）水峪煤业有限责任公司 420 万吨/年', resources);
    expect(hits.map((h) => h.name)).toEqual(['山西汾西矿业（集团）水峪煤业有限责任公司']);
    expect(hits[0]?.start).toBe(0);
  });

  it('reads short group names (祁玻集团) after the verb before them', () => {
    expect(names('玻璃器皿产业依托祁县“中国玻璃器皿之都”品牌，发挥祁玻集团集聚效应，加快行业整合壮大')).toEqual(['祁玻集团']);
  });

  it('reads no generic company or group, and no well-known name from a list', () => {
    expect(names('加强与华侨城等旅游大集团合作，年内新增新三板上市公司3户，积极引进国内外企业集团和跨国公司')).toEqual([]);
  });

  it('reads a short form the plan gave an enterprise, only where a name may start (阳煤 but not 高阳煤矿)', () => {
    const shortForms = planShortForms(['阳煤集团', '孝义市兴安化工有限公司', '山西焦煤集团'], (name) => ['孝义市', '孝义', '山西'].includes(name), resources);
    expect(shortForms).toEqual(['孝义市兴安化工', '兴安化工', '山西焦煤', '阳煤']);
    const found = findEnterprises('依托阳煤发展煤化工，山西汾西矿业（集团）有限责任公司高阳煤矿', resources, { shortForms }).map((h) => h.name);
    expect(found).toEqual(['阳煤', '山西汾西矿业（集团）有限责任公司']);
  });
});

describe('findEnterprises: names without a legal suffix', () => {
  const names = (text: string): string[] => findEnterprises(text, resources).map((h) => h.name);

  it('reads the items of a list closed by 等 and a kind of enterprise (jincheng-chengqu)', () => {
    expect(names('以金鼎煤机为龙头，重点培育宏圣科威、宇光电缆、新华电缆等企业')).toEqual(['金鼎煤机', '宏圣科威', '宇光电缆', '新华电缆']);
    expect(names('吸引阿里巴巴、京东商城、苏宁云商、乐村淘等国内、省内大型电子商务企业的技术创新中心')).toEqual(['阿里巴巴', '京东商城', '苏宁云商', '乐村淘']);
  });

  it('reads no enterprise in a list of trades or a list closed by a kind that is not one', () => {
    // jinzhong-13th; xiaoyi-13th
    expect(names('全市各景区沿线餐饮、住宿、停车、娱乐、摄影、购物、客运、票务、商务等方面的企业')).toEqual([]);
    expect(names('加快焦化、水泥、电力等工业企业')).toEqual([]);
  });

  it('reads a brand followed by an industry word (2017 work report, jincheng-chengqu)', () => {
    expect(names('推动方盛液压由液压元器件向生产液压成套装备升级')).toEqual(['方盛液压']);
    expect(names('重点培育金驹煤电化、恒光热力')).toEqual(['金驹煤电化', '恒光热力']);
  });

  it('reads the partners of a joint project and the reviewed short names (xiaoyi-13th 专栏)', () => {
    expect(names('申沃--华夏动力新能源客车联合研制生产基地项目；')).toEqual(['申沃', '华夏动力']);
    // 东义 for 山西东义煤电铝集团 is no form the plan derives from the full name: not read.
    expect(names('东义2亿立方米焦炉煤气制管道天然气（SNG）项目；')).toEqual([]);
  });
});

describe('findEnterprises: heads of projects and lists of leading firms', () => {
  it('reads the name that heads a project capacity (吕梁 2022, 朔州 2021)', () => {
    // 太钢 heads a mine, not a capacity: no rule reads it without a list of names.
    expect(names('推动中钢10万吨焊丝钢项目投产达效，启动太钢袁家村铁矿300万吨碱性球团项目')).toEqual(['中钢']);
    expect(names('抓好金风科技300兆瓦时、山西道威400兆瓦时储能电站项目')).toEqual(['金风科技', '山西道威']);
    expect(names('庞泉酒庄一期3.5万吨和中孚1万吨白酒等技改项目')).toEqual(['庞泉酒庄', '中孚']);
  });

  it('reads no enterprise from a place, a count or a clause before a capacity', () => {
    expect(names('晋北1400万千瓦“风光火储输”一体化项目')).toEqual([]);
    expect(names('柳林年消纳20万吨，能繁母猪存栏达到5万头，办理人大代表建议300件')).toEqual([]);
  });

  it('reads the leading firms of a 以…等为代表的 industry (太原 2019)', () => {
    expect(names('打造以比亚迪、江铃重汽、威马等为代表的新能源汽车产业集群')).toEqual(['比亚迪', '江铃重汽', '威马']);
    expect(names('打造以太原、大同等为代表的城市群')).toEqual([]);
  });

  it('reads no kind of company, counted company, verb or street as a name (大同 2021, 朔州 2021, 太原 2019)', () => {
    expect(names('鼓励支持银行优化普惠金融服务，引导影视公司参与，设立军民融合专营支行')).toEqual([]);
    expect(names('以“一局一中心一公司”管理运行体系为抓手，农村信用社银行化改制全部完成')).toEqual([]);
    expect(names('振武街桥、安泰街桥全部建成')).toEqual([]);
  });
});

describe('findEnterprises: the firms heading a list of works', () => {
  const names = (text: string): string[] => findEnterprises(text, resources).map((h) => h.name);

  it('reads the coined names that open the items of a 等…项目 list (datong-2021)', () => {
    expect(names('持续抓好瑞城装配式绿色建筑集成产业基地、宏鑫绿色装配式金属维护一体板、正方利民装配式建筑产业园等项目')).toEqual(['瑞城', '宏鑫']);
  });

  it('reads the list on across a bracket inside one of its items (太重集团（大同）…, datong-2021)', () => {
    expect(names('推进中车大功率电传动矿用车、陕汽重卡、中兵有色金属铸造、太重集团（大同）高端起重机产业基地、麦柯耐斯矿山机械制造等项目建设')).toEqual(expect.arrayContaining(['中车', '中兵']));
  });

  it('reads no head of works that open with a place or an ordinary word (现代医药产业园、浑源抽水蓄能)', () => {
    expect(names('现代医药产业园、浑源抽水蓄能、上海重塑北方总部基地等项目开工建设')).toEqual([]);
  });
});

describe('findEnterprises: counted lists and cut words', () => {
  const names = (text: string): string[] => findEnterprises(text, resources).map((h) => h.name);

  it('reads the items of a list closed by its count of firms (taiyuan-2019)', () => {
    expect(names('智奇铁路、科达自控2家企业被列入国家智能制造试点')).toEqual(['智奇铁路', '科达自控']);
    expect(names('永丰禽业等9家企业在省股权交易中心“农业板”正式挂牌')).toEqual(['永丰禽业']);
  });

  it('does not cut a company name inside a word (滴滴出|行), nor read banks stationed in a city as one', () => {
    expect(names('积极对接宝能汽车板块和滴滴出行科技公司，推动宝能整车项目')).not.toContain('行科技公司');
    expect(names('支持驻并银行设立军民融合专营支行')).toEqual([]);
  });
});

describe('findEnterprises on kinds and pieces of other names (national reports)', () => {
  it('reads no listed company or school group: 上市 and 教育 before the suffix make a kind', () => {
    expect(names('持续优化民营经济服务体系，新增A股上市公司5家，境外上市公司1家')).toEqual([]);
    expect(names('加快义务教育优质均衡发展，推进中小学教育集团内涵建设，新组建10个优质教育集团')).toEqual([]);
  });

  it('reads no class of firm opened or closed by a rank or size word', () => {
    expect(names('加大沿江沿海港口整合力度，加快组建省级港口集团。')).toEqual([]);
    expect(names('推动制糖企业兼并重组，培育发展大型糖业集团。')).toEqual([]);
    expect(names('积极引进南亚东南亚大型银行来滇设立分支机构')).toEqual([]);
  });

  it('ends no name at 或 (…政府补贴或银行续贷)', () => {
    expect(names('必须依赖非市场因素即政府补贴或银行续贷来维持生存的企业。')).toEqual([]);
  });

  it('reads no statistic before a quantity as the head of a capacity', () => {
    expect(names('实现海港货物吞吐量4.55亿吨、集装箱吞吐量970.7万标箱')).toEqual([]);
    expect(names('新增光伏发电装机1088万千瓦，陕电入皖特高压工程开工建设。')).toEqual([]);
  });

  it('reads no piece of a railway, a waterway or a university as a firm', () => {
    expect(names('兰合铁路、中兰铁路、傅家窑至苦水公路等重大项目开工建设')).toEqual([]);
    expect(names('武广客运专线、广深港客运专线、广珠城际轨道交通等项目建设进展顺利')).not.toContain('广珠');
    expect(names('长吉高速、益芦航道、益湛铁路益娄段电气化改造等项目动工建设')).not.toContain('益芦');
    expect(names('产教融合加速深化。渤海科技大学主体工程基本完工')).toEqual([]);
  });

  it('reads no field of a common word and a generic industry (海洋科技, 卫星数据)', () => {
    expect(names('3.深入推进海洋科技创新。力争全社会研发投入强度达2.5%。')).toEqual([]);
    expect(names('围绕“星、箭、船”研制以及卫星数据应用，探索推进卫星整星')).toEqual([]);
  });

  it('still reads firms of that shape (宇昊建材产业园, 高行液压高铁导轨板, 中国建材)', () => {
    expect(names('141个续建项目加快进度，宇昊建材产业园、金澄食品黄金玉米深加工等78个在建项目竣工')).toContain('宇昊建材');
    expect(names('加快高行液压高铁导轨板生产线建设')).toContain('高行液压');
    expect(names('到位资金702.1亿元，中国建材、中国医药、正威国际、富盈集团等一批央企和知名民企')).toContain('中国建材');
  });
});
