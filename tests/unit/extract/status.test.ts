import { describe, expect, it } from 'vitest';
import { SENTENCE_REACH, sentenceAround } from '../../../src/extract/clauses.ts';
import { Passage } from '../../../src/extract/passage.ts';
import { RULES } from '../../../src/extract/rules.ts';
import { statusOf, STATUS_RULES } from '../../../src/extract/status.ts';

/**
 * The stage of `name` (its first occurrence after `from`) in a passage whose other names are
 * `others`, as extraction reads it: the names of the section are known, stage words inside them
 * are theirs.
 */
function stageOf(text: string, name: string, others: readonly string[] = [], options: { box?: boolean; from?: number } = {}) {
  const at = (n: string, from = 0): { start: number; end: number } => {
    const start = text.indexOf(n, from);
    if (start < 0) throw new Error(`${n} is not in the passage`);
    return { start, end: start + n.length };
  };
  const mention = at(name, options.from);
  const passage = new Passage(text, { names: [mention, ...others.map((n) => at(n))], box: options.box });
  return statusOf(text, mention.start, mention.end, { passage });
}

const short = (text: string, name: string, others: readonly string[] = [], options = {}) => {
  const s = stageOf(text, name, others, options);
  return s ? [s.stage, s.cue] : null;
};

// shanxi-14th, 专栏16: one sentence, four verbs, each governing the list after it up to the comma.
const ROADS =
  '公路重点项目。建成静乐丰润至兴县黑峪口、临猗黄河桥、朔城至神池、祁县至离石、隰县至吉县、太原绕城高速公路义望至凌井店段、离石至隰县、黎城至霍州、昔阳至榆次、运三高速三门峡公铁黄河大桥连接线、晋阳高速改扩建等高速公路项目，开工建设汾阳至石楼、临汾至沁水高速公路临汾至浮山段、阳城至永济、朔州至静乐等高速公路项目，推进二广高速公路太原寿阳连接线、黎城至陵川、洪洞至大宁等一批高速公路项目前期工作，加快国道207左权至黎城界、国道209吕梁新城区段改线等一批国省干线公路建设改造，推进太原至忻州等城际快速路建设。';

describe('statusOf: one stage per real sentence', () => {
  it('planned: plain 建设 governing an item of a plan (shanxi-14th)', () => {
    const text =
      '大力实施耕地质量提升、农水集约增效、旱作良种攻关、农技集成创新、农机配套融合、绿色循环发展、保护性耕作、品牌建设、新型经营主体培育、信息化等“十项工程”，建设150万亩有机旱作农业生产基地，推进全产业链发展，推动有机旱作农业成为全国现代农业重要品牌。';
    const at = text.indexOf('建设150');
    expect(stageOf(text, '150万亩有机旱作农业生产基地')).toEqual({ stage: 'planned', cue: '建设', ruleId: 'status.verb-before', start: at, end: at + 2 });
  });

  it('started: 开工建设 before the name (jinzhong work report 2017)', () => {
    const text =
      '优化城乡交通条件，开工建设晋衡高速榆次至昔阳段，加快推进左权县城至黎城下清泉段（晋冀界）新建工程、和顺董榆线一级路改造二期工程、207国道祁县境内一期工程和阳大高速铁路项目前期，做好龙城高速北延及离石至祁县高速建设协调保障工作，新建改建农村公路400公里。';
    expect(short(text, '晋衡高速榆次至昔阳段')).toEqual(['started', '开工建设']);
  });

  it('underway: 加快建设 after the name (jinzhong work report 2017)', () => {
    const text = '东南外环、迎宾街和锦纶路北段改造等快速互通项目主线通车，晋中太原城际铁路2号线加快建设；中小学示范性综合实践基地、烈士陵园、晋中大剧院建成投入使用';
    expect(stageOf(text, '晋中太原城际铁路2号线', ['东南外环', '迎宾街'])).toMatchObject({ stage: 'underway', cue: '加快建设', ruleId: 'status.stage-after' });
  });

  it('completed: 建成投运 after a list closed by 等 (shanxi-14th)', () => {
    const text = '一批重大工程项目建成投运。大张高铁、郑太高铁、太原地铁2号线、长临高速等建成投运，全省铁路营运里程增加1161公里，高速公路通车里程突破5744公里。';
    const names = ['大张高铁', '郑太高铁', '太原地铁2号线', '长临高速'];
    for (const name of names) expect(short(text, name, names.filter((n) => n !== name))).toEqual(['completed', '建成投运']);
  });

  it('none: a name a preposition governs (以…为龙头), though a stage verb follows for another work', () => {
    const text = '加快发展高端装备制造业。以吉利山西新能源汽车项目为龙头，全面推进新能源汽车装备制造园区建设，年内生产轿车10万台、新能源商用车500台，年产值达到80亿元；';
    expect(stageOf(text, '吉利山西新能源汽车项目')).toBeNull();
  });
});

describe('statusOf: lists, clauses and the most advanced stage', () => {
  it('a verb governs every item of the list after it, up to the comma that starts the next verb', () => {
    expect(short(ROADS, '临猗黄河桥')).toEqual(['completed', '建成']);
    expect(short(ROADS, '晋阳高速改扩建')).toEqual(['completed', '建成']);
    expect(short(ROADS, '阳城至永济')).toEqual(['started', '开工建设']);
    expect(short(ROADS, '国道209吕梁新城区段改线')).toEqual(['underway', '加快']);
  });

  it('passes over the closing phrase of an earlier item to the verb that governs the list (shanxi-14th, 专栏22)', () => {
    const text =
      '水环境治理改善工程。实施饮用水源保护、重点行业企业污水深度处理、工业集聚区污水集中处理、城镇建成区黑臭水体治理、城镇污水处理厂及收集管网建设、雨污分流改造、农村生活污水治理、地下水污染试点修复、城镇污水处理厂排放口人工湿地、重点支流入干流口人工湿地、沿河生态缓冲带建设等工程。';
    expect(short(text, '雨污分流改造')).toEqual(['planned', '实施']);
    expect(short(text, '沿河生态缓冲带建设')).toEqual(['planned', '实施']);
  });

  it('an aspect verb gives way to the stage phrase after the list (推进…前期工作: planned)', () => {
    expect(short(ROADS, '黎城至陵川')).toEqual(['planned', '前期工作']);
    // shanxi-14th, 专栏4: 推进 alone names its own stage
    const text = '中试熟化基地重大项目。重点推进金属软磁新材料中试孵化基地、生物可降解聚酯工程中试聚合实验室等项目，逐步实现重点产业集群中试基地全覆盖。';
    expect(short(text, '金属软磁新材料中试孵化基地')).toEqual(['underway', '推进']);
  });

  it('reads a stage written after the name (jincheng, xiaoyi)', () => {
    expect(short('现代林业建设成效初步显现；吴王山森林公园建成开园，白马寺山后山采煤沉陷区地质灾害治理、玉屏山生态治理工程扎实推进', '吴王山森林公园')).toEqual(['completed', '建成开园']);
    expect(stageOf('大象禽业1亿只肉鸡加工及60万吨饲料生产项目建成投产。一果核桃深加工项目奠基开工。', '一果核桃深加工项目')).toMatchObject({ stage: 'started', cue: '奠基开工', ruleId: 'status.stage-after' });
  });

  it('keeps the most advanced of the stages named for a mention (jinzhong work report 2017)', () => {
    const text =
      '加快广生普鲁兰多糖、振东安特中药家护用品项目前期工作，力争年内开工建设。特色食品围绕食品企业规模化、集约化发展，重点抓好伊利、统一、娃哈哈项目一期达产达效和二期前期工作，加快晋汉生物科技一期项目建设，年内建成投产。';
    expect(stageOf(text, '振东安特中药家护用品项目', ['广生普鲁兰多糖'])).toMatchObject({ stage: 'started', cue: '开工建设', ruleId: 'status.following-clause' });
    expect(short(text, '晋汉生物科技一期项目')).toEqual(['completed', '建成投产']);
    expect(short(text, '娃哈哈项目')).toEqual(['completed', '达产达效']);
    const hydraulics = '液压产业重点推进太重榆液产品试验检测中心投产运行，加快高行液压高铁导轨板生产线项目建设，推动方盛液压由液压元器件向生产液压成套装备升级，全年产值突破14亿元。';
    expect(short(hydraulics, '太重榆液产品试验检测中心')).toEqual(['completed', '投产运行']);
  });

  it('reads no stage where the passage says "not yet" (xiaoyi-13th: 加快未竣工验收的…矿井建设)', () => {
    const text = '做好煤炭这篇大文章。加快未竣工验收的10座整合矿井建设，鼓励煤矿采用先进技术装备，提高矿井机械化水平，淘汰落后技术、工艺及装备，建设高产高效现代化矿井。';
    expect(short(text, '整合矿井')).toEqual(['underway', '加快']);
  });

  it('stops a verb at the end of its clause (；) and at the next verb (jinzhong work report 2017)', () => {
    const text = '启动108国道市城区段人居环境综合改善工程，完成项目前期工作，力争年内开工建设；推进108科技产业园等重点项目建设，年内取得实质性进展。';
    expect(short(text, '108国道市城区段人居环境综合改善工程')).toEqual(['started', '启动']);
    expect(short(text, '108科技产业园')).toEqual(['underway', '推进']);
  });

  it('underway: progress made, not finished (…取得突破性进展, …初具成效; jincheng, shanxi-14th)', () => {
    expect(short('力争北石店工业园区建设取得突破性进展。', '北石店工业园区')).toEqual(['underway', '建设取得突破性进展']);
    expect(short('以汾河为重点的“七河”生态修复工程取得阶段性成果。', '“七河”生态修复工程', ['汾河'])).toEqual(['underway', '取得阶段性成果']);
    expect(short('沁水盆地煤层气产业化基地建设初具成效。', '沁水盆地煤层气产业化基地')).toEqual(['underway', '建设初具成效']);
  });

  it('underway: 继续 before an aspect verb without a stage of its own (继续配合, jinzhong work report 2017)', () => {
    const text = '新建改建农村公路400公里。继续配合东山供水、中部引黄两大水网建设，实施好娘子关调水工程。';
    expect(short(text, '东山供水', ['中部引黄'])).toEqual(['underway', '继续配合']);
    expect(short(text, '中部引黄', ['东山供水'])).toEqual(['underway', '继续配合']);
    // 配合 alone names none: the plain 建设 after the list is left
    expect(short('配合东山供水、中部引黄两大水网建设。', '东山供水', ['中部引黄'])).toEqual(['planned', '建设']);
  });

  it('planned: 具备开工条件 is ready to start, not started (xiaoyi-13th)', () => {
    const text = '公共卫生综合服务大楼和市人民医院综合楼建成。总投资7.7亿元的孝义市人民医院新建工程具备开工条件。';
    expect(short(text, '孝义市人民医院新建工程')).toEqual(['planned', '开工条件']);
    expect(short('巨隆20MW光伏发电项目具备开工条件，中国三峡风力发电项目完成风力测试。', '巨隆20MW光伏发电项目')).toEqual(['planned', '开工条件']);
  });

  it('reads no stage for a name that is the subject of another verb (推动…开展混合所有制改革)', () => {
    expect(stageOf('完成山西佳新国旅有限公司国有股权转让，推动市押运护卫中心开展混合所有制改革，加快推进商粮系统18户企业改革。', '市押运护卫中心')).toBeNull();
  });
});

describe('statusOf in 专栏 boxes', () => {
  it('gives the items after a label the stage the label names (jincheng, 专栏7)', () => {
    const text = '北石店镇卫生院建设：迁址新建北石店镇卫生院。\n专科医院建设：白马肿瘤专科医院建设工程，晋城市眼科医院更新扩建工程。';
    const names = ['白马肿瘤专科医院建设工程', '晋城市眼科医院更新扩建工程'];
    expect(stageOf(text, names[1]!, [names[0]!], { box: true })).toMatchObject({ stage: 'planned', cue: '建设', ruleId: 'status.list-label' });
    expect(short(text, '北石店镇卫生院', [], { box: true })).toEqual(['planned', '建设']);
  });

  it('reads the stage of a box line in its own words (jinzhong-13th, 专栏 of methanol cars)', () => {
    const text = '专栏：甲醇汽车产业发展和推广应用\n推进甲醇车整车生产：积极推动山西新能源汽车工业有限公司年产10万台新能源汽车项目建设，力争早日达产达效。';
    expect(short(text, '山西新能源汽车工业有限公司年产10万台新能源汽车项目', [], { box: true })).toEqual(['completed', '达产达效']);
  });

  it('gives the items under a heading line with a count between its verb and 项目 the heading’s stage (jincheng, 专栏1)', () => {
    const text =
      '专栏 1：着力开发 27 个服务业旗舰项目\n北石店：北石店中心卫生院，中原局整军旧址修缮工程，吕祖坛修缮工程。\n西上庄：白马寺生态旅游休闲文化中心。\n西北片区：太印体验式商业中心，晋匠之城创意产业园。';
    const names = ['北石店中心卫生院', '中原局整军旧址修缮工程', '吕祖坛修缮工程', '白马寺生态旅游休闲文化中心', '太印体验式商业中心', '晋匠之城创意产业园'];
    for (const name of names) {
      expect(stageOf(text, name, names.filter((n) => n !== name), { box: true })).toMatchObject({ stage: 'planned', cue: '开发', ruleId: 'status.box-heading' });
    }
    // 涵养 names no stage: the items of that box name none.
    const none = '专栏 3：着力涵养 4 个新型工业项目\n北石店：北石店工业园区，王台铺 CNG 和 LNG 合建站。';
    expect(stageOf(none, '北石店工业园区', ['王台铺 CNG 和 LNG 合建站'], { box: true })).toBeNull();
  });

  // The default documents have no 专栏 of this shape; the guidelines name it (GUIDELINES of status).
  it('reads the description of a line headed by the name (1.太焦高铁：…), constructed', () => {
    const text = '专栏3 重大交通项目\n1.太焦高铁：全长 50 公里，2018年开工，2020年建成通车。\n2.晋中东站：推进站房建设。';
    expect(stageOf(text, '太焦高铁', ['晋中东站'], { box: true })).toMatchObject({ stage: 'completed', cue: '建成通车', ruleId: 'status.line-description' });
  });

  it('gives the items under a box heading line its stage when they name none (续建项目), constructed', () => {
    const text = '专栏2 2017年重点项目\n新开工项目：\n晋中大剧院；\n续建项目：\n晋中太原城际铁路2号线；';
    expect(stageOf(text, '晋中大剧院', [], { box: true })).toMatchObject({ stage: 'started', cue: '新开工', ruleId: 'status.box-heading' });
    expect(short(text, '晋中太原城际铁路2号线', [], { box: true })).toEqual(['underway', '续建']);
  });
});

describe('status rules', () => {
  it('names every status rule in the rule catalogue', () => {
    for (const id of Object.values(STATUS_RULES)) expect(RULES).toHaveProperty(id);
  });

  it('reads a passage without a prepared section as well', () => {
    const text = '晋能2×35万千瓦低热值煤发电项目奠基开工。';
    expect(statusOf(text, 0, text.indexOf('奠基'))?.stage).toBe('started');
  });
});

describe('reading long text', () => {
  it('reads text without end marks in windows, so that a section is read in linear time', () => {
    const text = '建设晋中大剧院、'.repeat(4000);
    const sentence = sentenceAround(text, 16_000);
    expect(sentence.end - sentence.start).toBeLessThanOrEqual(2 * SENTENCE_REACH);
    const names = Array.from({ length: 4000 }, (_, i) => ({ start: i * 8 + 2, end: i * 8 + 7 }));
    const passage = new Passage(text, { names });
    const stages = names.map((n) => statusOf(text, n.start, n.end, { passage })?.stage);
    expect(stages.every((s) => s === 'planned')).toBe(true);
  });
});
