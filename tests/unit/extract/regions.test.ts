import { describe, expect, it } from 'vitest';
import { loadResources } from '../../../src/ingest/resources.ts';
import { findRegions, regionsInsideName, withoutNested } from '../../../src/extract/regions.ts';

const resources = loadResources();

const JINZHONG = { planRegionCode: '140700' };
const CHENGQU = { planRegionCode: '140502' };
const XIAOYI = { planRegionCode: '141181' };
const PROVINCE = { planRegionCode: '140000' };

/** surface → code, in text order. */
const read = (text: string, context: { planRegionCode: string | null }): string[][] =>
  findRegions(text, resources, context).map((h) => [h.surface, h.code]);

describe('findRegions: full names and short forms (real excerpts)', () => {
  it('reads 介休市 as one mention, not 介休 plus 市', () => {
    // jinzhong-13th: 专栏：介休市国家新型城镇化综合试点重点任务
    const hits = findRegions('专栏：介休市国家新型城镇化综合试点重点任务', resources, JINZHONG);
    expect(hits).toEqual([{ start: 3, end: 6, surface: '介休市', code: '140781', ruleId: 'region.gazetteer.full-name' }]);
  });

  it('reads 昔阳 but not 阳城 inside 昔阳城市管理', () => {
    // jinzhong-13th
    expect(read('全面推行城市管理综合执法，推广介休、昔阳城市管理经验，开通数字城管系统', JINZHONG)).toEqual([
      ['介休', '140781'],
      ['昔阳', '140724'],
    ]);
  });

  it('does not read 阳泉 inside the town name 阳泉曲, and reads the towns in their own plan', () => {
    // xiaoyi-13th
    const text = '积极探索兑镇、阳泉曲等邻矿乡镇';
    expect(read(text, JINZHONG)).toEqual([]);
    expect(read(text, XIAOYI)).toEqual([
      ['兑镇', '141181100'],
      ['阳泉曲', '141181101'],
    ]);
  });

  it('reads towns by their full names, and "county + town" as one mention per division', () => {
    // xiaoyi-13th, a 专栏 line
    expect(read('孝义市梧桐镇卫生院改建项目；孝义市兑镇镇中心卫生院', XIAOYI)).toEqual([
      ['孝义市', '141181'],
      ['梧桐镇', '141181105'],
      ['孝义市', '141181'],
      ['兑镇镇', '141181100'],
    ]);
    // jinzhong-13th, 专栏 of key towns (GUIDELINES: a hierarchical address is one mention per division)
    expect(read('培育灵石县静升镇、祁县东观镇等为全国文化旅游特色镇', JINZHONG)).toEqual([
      ['灵石县', '140729'],
      ['静升镇', '140729101'],
      ['祁县', '140727'],
      ['东观镇', '140727101'],
    ]);
    expect(read('梧桐新区梧桐镇村民服务中心', PROVINCE)).toEqual([['梧桐镇', '141181105']]);
  });

  it('reads the places of the 108 corridor box', () => {
    // jinzhong-13th, 专栏：108廊带区域一体化发展示范区
    const text = '涵盖榆次区（含晋中经济开发区）、太谷、祁县、平遥、灵石县和介休市';
    const codes = read(text, JINZHONG).map(([, code]) => code);
    expect(codes).toEqual(expect.arrayContaining(['140702', '140703', '140727', '140728', '140729', '140781']));
  });

  it('keeps a place name inside ordinary words out: 长治久安, 振兴县域, 云冈石窟', () => {
    expect(read('维护社会长治久安', PROVINCE)).toEqual([]);
    expect(read('振兴县域经济', PROVINCE)).toEqual([]);
    expect(read('云冈石窟', PROVINCE)).toEqual([]);
  });

  it('reads 晋中 as a word before ordinary words (晋中国家…, 晋中学院)', () => {
    // jinzhong-gov-2017
    expect(read('深入推进晋中国家文化生态保护实验区建设', JINZHONG)).toEqual([['晋中', '140700']]);
    expect(read('晋中市委', JINZHONG)).toEqual([['晋中市', '140700']]);
  });
});

describe('findRegions: renamed divisions', () => {
  it('reads 太谷县 (renamed 太谷区 in 2019) as the same division as 太谷区 and 太谷', () => {
    // jinzhong-13th: “一核”即太谷县现代农业核心区
    const hits = findRegions('“一核”即太谷县现代农业核心区', resources, JINZHONG);
    expect(hits.map((h) => [h.surface, h.code, h.ruleId])).toEqual([['太谷县', '140703', 'region.gazetteer.former-name']]);
    expect(read('太谷区', JINZHONG)).toEqual([['太谷区', '140703']]);
  });
});

describe('findRegions: ambiguous and generic names resolve within the plan region', () => {
  it('reads 城区 as 晋城市城区 in its own plan', () => {
    // jincheng-chengqu: 围绕“实现率先发展，打造首善城区”的总体要求
    expect(read('围绕“实现率先发展，打造首善城区”的总体要求', CHENGQU)).toEqual([['城区', '140502']]);
    expect(read('《晋城市城区国民经济和社会发展第十三个五年规划纲要》', CHENGQU)).toEqual([['晋城市城区', '140502']]);
  });

  it('does not read 城区 elsewhere, nor 主城区 / 中心城区 anywhere', () => {
    // jinzhong-13th: 市中心城区快速扩张
    expect(read('以同城化为引领，市中心城区快速扩张', JINZHONG)).toEqual([]);
    expect(read('打造首善城区', JINZHONG)).toEqual([]);
    expect(read('打造首善城区', PROVINCE)).toEqual([]);
    // jincheng-chengqu
    expect(read('推进主城区集中供热', CHENGQU)).toEqual([]);
    expect(read('立足中心城区的区位优势', CHENGQU)).toEqual([]);
  });

  it('never reads 开发区 as a place', () => {
    // jincheng-chengqu: 构建形成以北石店镇为主体的优化开发区
    expect(read('构建形成以北石店镇为主体的优化开发区，以西北片区为区域的重点开发区', CHENGQU)).toEqual([['北石店镇', '140502100']]);
    expect(read('开发区', { planRegionCode: '140311' })).toEqual([]);
  });

  it('prefers the division near the plan where two names overlap (山西 over 中山)', () => {
    // shanxi-14th: 环渤海经济圈中山西板块影响力显著提升
    expect(read('环渤海经济圈中山西板块影响力显著提升', PROVINCE)).toEqual([['山西', '140000']]);
  });

  it('reads a far prefecture only where it stands alone (北京、上海 yes; “六安联创” no)', () => {
    expect(read('在北京、上海、深圳设立分支机构', JINZHONG).map(([s]) => s)).toEqual(['北京', '上海', '深圳']);
    // jinzhong-13th
    expect(read('以“平安城区、平安乡镇”等为主要内容的“六安联创”活动', JINZHONG)).toEqual([]);
  });
});

describe('findRegions: places of the whole country', () => {
  it("reads a county of another province by its short form in a list or on a route", () => {
    // jincheng-chengqu: 加强与郑州、洛阳、新乡、焦作、济源等周边城市的开放合作
    expect(read('加强与郑州、洛阳、新乡、焦作、济源等周边城市的开放合作', CHENGQU).map(([s, code]) => `${s} ${code}`)).toEqual([
      '郑州 410100', '洛阳 410300', '新乡 410700', '焦作 410800', '济源 419001',
    ]);
    expect(read('推进义乌、昆山、张家港等地合作', JINZHONG)).toEqual([
      ['义乌', '330782'],
      ['昆山', '320583'],
      ['张家港', '320582'],
    ]);
    // taiyuan-2019: 开展太原至绥德铁路项目前期研究
    expect(read('开展太原至绥德铁路项目前期研究', PROVINCE)).toEqual([
      ['太原', '140100'],
      ['绥德', '610826'],
    ]);
  });

  it('does not read a far county inside a phrase, as an ordinary word, or as a brand', () => {
    // lvliang-2022: 统筹山区与平川、经济建设与生态环保 (平川 = the plains, not 平川区 of 白银)
    expect(read('统筹山区与平川、经济建设与生态环保', PROVINCE)).toEqual([]);
    // 平安, 和平: ordinary words first (平安区, 和平区 elsewhere)
    expect(read('维护社会平安、和平、稳定', PROVINCE)).toEqual([]);
    // jinzhong-gov-2017: 做好龙城高速北延 (龙城 is 太原's byname, not 龙城区 of 朝阳市)
    expect(read('做好龙城高速北延', JINZHONG)).toEqual([]);
    expect(regionsInsideName('龙城高速', resources, JINZHONG)).toEqual([]);
    // Shanxi's own counties stay readable by their short forms anywhere in Shanxi plans
    expect(read('长子、平陆', PROVINCE)).toEqual([
      ['长子', '140428'],
      ['平陆', '140829'],
    ]);
  });

  it('reads a town of another province by its full name, with its county and province', () => {
    expect(read('推进佛堂镇建设', JINZHONG)).toEqual([['佛堂镇', '330782100']]);
    expect(read('浙江省义乌市佛堂镇', JINZHONG)).toEqual([
      ['浙江省', '330000'],
      ['义乌市', '330782'],
      ['佛堂镇', '330782100'],
    ]);
    // …but not where the characters belong to ordinary words: 区域城镇, 向城镇转移, 小城镇
    expect(read('推动区域城镇协调发展，引导农业人口向城镇转移，建设特色小城镇', JINZHONG)).toEqual([]);
  });

  it("reads a town's short form only within the plan's prefecture", () => {
    // 吴城: 吴城镇 of 离石区 (吕梁) and 吴城乡 of 浑源县 (大同)
    const text = '推进吴城、兑镇等邻矿乡镇';
    expect(read(text, { planRegionCode: '141100' })).toEqual([
      ['吴城', '141102100'],
      ['兑镇', '141181100'],
    ]);
    expect(read(text, { planRegionCode: '140200' })).toEqual([['吴城', '140225210']]);
    expect(read(text, JINZHONG)).toEqual([]);
    // In a county's plan, a town of a neighbouring county of the prefecture is read as a list item
    // (not 张村 of 沁水县 inside the village 大张村 in the 晋城市城区 plan).
    expect(read(text, XIAOYI)).toEqual([['兑镇', '141181100']]);
    expect(read('在吴城、兑镇等邻矿乡镇', XIAOYI)).toEqual([
      ['吴城', '141102100'],
      ['兑镇', '141181100'],
    ]);
    expect(read('大车渠村、司徒村、大张村、徐家岭村等', CHENGQU)).toEqual([]);
    // a town of another province is never read by its short form (佛堂 of 义乌 in a 晋中 plan)
    expect(read('佛堂、赤岸', JINZHONG)).toEqual([]);
    expect(read('佛堂镇、赤岸镇', { planRegionCode: '330700' }).map(([, code]) => code)).toEqual(['330782100', '330782101']);
    expect(read('佛堂、赤岸', { planRegionCode: '330700' })).toEqual([['赤岸', '330782101']]);
  });

  it("resolves an ambiguous short name to the division in the plan's region, else to the higher level", () => {
    // 朝阳: 朝阳区 (北京), 朝阳市 (辽宁), 朝阳县 …
    expect(read('望京、朝阳', { planRegionCode: '110000' })).toEqual([['朝阳', '110105']]);
    expect(read('在北京、朝阳设立分支机构', JINZHONG)).toEqual([
      ['北京', '110000'],
      ['朝阳', '211300'],
    ]);
    // 城关镇: dozens of towns; in a plan of none of their regions it names none
    expect(read('城关镇', JINZHONG)).toEqual([]);
  });
});

describe('regions inside longer names', () => {
  it('takes no separate mention of 晋中 inside 晋中经济技术开发区, but locates the park in 晋中市', () => {
    // jinzhong-13th: 加快晋中经济技术开发区向城市综合功能区转型
    const text = '加快晋中经济技术开发区向城市综合功能区转型';
    const park = { start: 2, end: 11 };
    expect(text.slice(park.start, park.end)).toBe('晋中经济技术开发区');
    expect(findRegions(text, resources, { ...JINZHONG, longerNames: [park] })).toEqual([]);
    expect(withoutNested(findRegions(text, resources, JINZHONG), [park])).toEqual([]);
    expect(regionsInsideName('晋中经济技术开发区', resources, JINZHONG).map((h) => h.code)).toEqual(['140700']);
  });

  it('locates 祁县玻璃器皿产业园 in 祁县', () => {
    expect(regionsInsideName('祁县玻璃器皿产业园', resources, JINZHONG).map((h) => h.code)).toEqual(['140727']);
  });

  it('names no region for a development zone the code list carries (山西转型综合改革示范区晋中开发区)', () => {
    expect(read('山西转型综合改革示范区晋中开发区', JINZHONG)).toEqual([]);
  });
});

describe('a long text', () => {
  // How fast is measured in bench/ (npm run bench -- --only extraction), not here.
  it('reads every name of 200k characters, each where it stands', () => {
    const sentence = '推广介休、昔阳城市管理经验，晋中市委、太谷县和祁县。';
    const hits = findRegions(sentence.repeat(8000), resources, JINZHONG);
    expect(hits).toHaveLength(8000 * 5);
    expect(hits.slice(-5).map((hit) => [hit.surface, hit.start % sentence.length])).toEqual([
      ['介休', 2],
      ['昔阳', 5],
      ['晋中市', 14],
      ['太谷县', 19],
      ['祁县', 23],
    ]);
  });
});

describe('domain dictionary for jieba', () => {
  it('is generated from the gazetteer: division names as places, generic names left out', async () => {
    const { domainDictionaryLines } = await import('../../../src/extract/dictionary.ts');
    const lines = domainDictionaryLines(resources.gazetteer, ['108廊带']);
    expect(lines).toContain('晋中 50000 ns');
    expect(lines).toContain('太谷县 50000 ns');
    expect(lines).toContain('108廊带 50000 nz');
    expect(lines.some((l) => l.startsWith('城区 '))).toBe(false);
  });
});
