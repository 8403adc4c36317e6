import { describe, expect, it } from 'vitest';
import { loadResources } from '../../../src/ingest/resources.ts';
import { findParks } from '../../../src/extract/parks.ts';

const resources = loadResources();

const names = (text: string): string[] => findParks(text, resources).map((h) => h.name);

describe('findParks', () => {
  it('starts a park name after the verb before it (2017 work report)', () => {
    const text = '按照“政企分责型”模式，依托晋中经济技术开发区管委会设立山西转型综改示范区晋中区管委会';
    const hits = findParks(text, resources);
    expect(hits.map((h) => h.name)).toEqual(['晋中经济技术开发区', '山西转型综改示范区晋中区']);
    for (const hit of hits) expect(text.slice(hit.start, hit.end)).toBe(hit.surface);
  });

  it('reads names the boundary rules used to cut: 民和…, 申建…, quotes inside, a sub-base, a short zone with its sub-area', () => {
    // jincheng-chengqu 专栏; shanxi-14th; 2017 work report; jinzhong-13th
    expect(names('钟家庄：仕帝生态园，民和玫瑰种植产业园，洞头生态旅游村')).toEqual(['仕帝生态园', '民和玫瑰种植产业园']);
    expect(names('把申建中国（山西）自由贸易试验区作为制度型开放的抓手')).toEqual(['中国（山西）自由贸易试验区']);
    expect(findParks('山西“农谷”建设筹备工作顺利推进', resources).map((h) => [h.surface, h.name])).toEqual([['山西“农谷', '山西农谷']]);
    expect(names('晋中108示范区科技产业园、榆次工业园区寇村基地、介休城市商贸物流服务基地')).toEqual(['晋中108示范区科技产业园', '榆次工业园区寇村基地', '介休城市商贸物流服务基地']);
    expect(names('在示范区晋中区设立对全市开发区（园区）统一协调服务的综合平台')).toEqual(['示范区晋中区']);
    expect(names('各县（市）开发区要在5月底前完成总体布局规划编制')).toEqual([]);
  });

  it('reads a park named inside a list of projects', () => {
    expect(names('吉利新能源汽车、东方希望铝、博创纳米材料、中鼎物流园、乌金山李宁国际滑雪场等转型标杆项目投产运行')).toEqual(['中鼎物流园']);
  });

  it('reads a park inside a park as one name; extractPlan reads the inner park from it (provincial 14th plan)', () => {
    expect(names('重点创建山西转型综合改革示范区中德合作园区、大同经济技术开发区通用航空国际合作园区')).toEqual([
      '山西转型综合改革示范区中德合作园区',
      '大同经济技术开发区通用航空国际合作园区',
    ]);
  });

  it('leaves out what a boundary cut leaves before a name: a verb, an amount, half a split word (太原 2019, 大同 2021)', () => {
    expect(names('提速晋北物流园建设')).toEqual(['晋北物流园']);
    expect(names('推动总投资百亿元兵器集团国家级示范产业园签约落地')).toEqual(['兵器集团国家级示范产业园']);
    expect(names('特别排放限值的清徐精细化工循环产业园建设')).toEqual(['清徐精细化工循环产业园']);
    expect(names('加快推进不锈钢园区、清徐经济开发区')).toEqual(['不锈钢园区', '清徐经济开发区']);
    expect(names('让开发区成为企业成长的主阵地')).toEqual([]);
  });

  it('reads a 示范区 named after a place as a park, not a title or a programme (太原 2019, 吕梁 2022)', () => {
    expect(names('要全力推动南部城郊农业示范区、北部有机旱作特色农业示范区和西部特色农业示范区发展')).toEqual([
      '南部城郊农业示范区',
      '北部有机旱作特色农业示范区',
      '西部特色农业示范区',
    ]);
    expect(names('推动设立碛口生态文旅示范区。')).toEqual(['碛口生态文旅示范区']);
    expect(names('抓紧申报国家级军民融合创新示范区，积极创建国家全域旅游示范区，建设资源型经济转型发展示范区')).toEqual([]);
  });

  it('reads parks by more head words: 创新园, 创新城, 集聚园, 陆港 (大同 2021, 朔州 2021)', () => {
    expect(names('“一园双城”：大同国际能源革命科技创新园、氢都新能源产业城和转型汇智创新城')).toEqual([
      '大同国际能源革命科技创新园',
      '氢都新能源产业城',
      '转型汇智创新城',
    ]);
    expect(names('推动大同国际陆港与华远陆港')).toEqual(['大同国际陆港', '华远陆港']);
    expect(names('依托高铁站、机场布局空港、陆港物流园区')).toEqual([]);
  });

  it('keeps region names that begin with a function word (和顺)', () => {
    expect(names('实施好昔阳大寨、榆社云竹湖、和顺鹊桥生态文化园、左权百里红色走廊等项目建设')).toEqual(['和顺鹊桥生态文化园']);
  });

  it('never reads 开发区 alone or a generic park phrase as a name', () => {
    expect(names('推进全市现有开发区（园区）整合扩区，支持省级经济技术开发区，建设一批特色文化旅游园区，借鉴省内外各类园区')).toEqual([]);
    expect(names('平遥限制开发区、和顺禁止开发区')).toEqual([]);
  });

  it('reads named bases that are areas, not titles or roles (太原 2019, 吕梁 2022, 大同 2021)', () => {
    expect(names('要支持龙芯安全可靠信息产业基地引入华为')).toEqual(['龙芯安全可靠信息产业基地']);
    expect(names('加快建设吕梁双创基地，力争新增高新技术企业15户')).toEqual(['吕梁双创基地']);
    expect(names('大同经济技术开发区获批国家绿色产业基地')).toEqual(['大同经济技术开发区']);
    expect(names('建设非常规天然气示范基地，打造北方氢能产业基地')).toEqual([]);
  });

  it('reads short forms and areas named after a place: 经开区, 新区, 创新小镇 (太原 2019, 吕梁 2022)', () => {
    expect(names('太原经开区、长子、黎城省级开发区')).toEqual(['太原经开区', '长子省级开发区', '黎城省级开发区']);
    expect(names('高标准高质量规划建设吕梁新区，全力打造最具吸引力的宜居宜业新区')).toEqual(['吕梁新区']);
    expect(names('加快新城新区建设，孝义市下栅乡新区卫生院项目')).toEqual([]);
    expect(names('太原军民融合创新小镇揭牌')).toEqual(['太原军民融合创新小镇']);
  });

  it('reads the items of a list closed by 等 and a park class word (吕梁 2022)', () => {
    expect(names('加快建设汾阳数字供应链等物流集聚区，支持离石天源等物流园区申报省级示范园区')).toEqual(['汾阳数字供应链', '离石天源']);
    expect(names('推进唐槐、科创城等园区建设')).toEqual(['唐槐', '科创城']);
    expect(names('支持长治、晋中等开发区，引进太钢、中车等园区企业')).toEqual([]);
  });

  it('reads places listed before one park head as a park each, not a list of places (晋中 13th plan)', () => {
    expect(findParks('介休、左权煤炭物流园区，寿阳建材家居', resources).map((h) => [h.surface, h.name])).toEqual([
      ['介休', '介休煤炭物流园区'],
      ['左权煤炭物流园区', '左权煤炭物流园区'],
    ]);
    expect(names('在榆次区、晋中经济技术开发区、榆次工业园全方位落实')).toEqual(['晋中经济技术开发区', '榆次工业园']);
  });
});


describe('findParks: words that open a clause, a title won, a generic kind (national work reports, 2026-11-29 judged draw)', () => {
  it('starts no name at a determiner, a time word, an adverb, an adjective or a verbal noun', () => {
    expect(names('进一步明晰开发区产业定位')).toEqual([]);
    expect(names('合理优化园区布局')).toEqual([]);
    expect(names('每个开发区集中力量培育1-2个主导产业')).toEqual([]);
    expect(names('支持兖州工业园区创建国家级开发区，其他省级园区实现晋档升级')).toEqual(['兖州工业园区']);
    expect(names('高质量发展绩效评价排名全省同类园区第一')).toEqual([]);
  });

  it('reads no clause in which a place won a title as a park', () => {
    expect(names('中原农谷启动建设，延津县获批国家现代农业产业园')).toEqual([]);
    expect(names('梅县园、蕉岭园获批省级特色产业园')).toEqual([]);
    expect(names('沙河口区冰山慧谷获评国家文化产业示范基地')).toEqual([]);
  });

  it('reads no park in a kind of park named by generic or industry words only', () => {
    expect(names('规划建设跨境电商产业园，推进捷胜新能源')).toEqual([]);
    expect(names('加快推进人力资源产业园建设')).toEqual([]);
    expect(names('推动长海县、太平湾等区域建设零碳岛、零碳园区')).toEqual([]);
    expect(names('抓好临港产业园和多式联运集货区')).toEqual([]);
    expect(names('推进创业孵化基地、众创空间和农民工创业园等建设')).toEqual([]);
  });
});
