import { describe, expect, it } from 'vitest';
import { loadResources } from '../../../src/ingest/resources.ts';
import { findRegions } from '../../../src/extract/regions.ts';
import { findZoneCoverage, findZones } from '../../../src/extract/zones.ts';

const resources = loadResources();

const zones = (text: string): string[][] => findZones(text, resources).map((z) => [z.surface, z.name]);

/** jinzhong-13th, the 专栏：108廊带区域一体化发展示范区 box. */
const CORRIDOR_BOX =
  '晋中108廊带区域一体化发展示范区地处山西中部“太原—晋中”盆地，以108国道晋中段184公里为轴线，涵盖榆次区（含晋中经济开发区）、太谷、祁县、平遥、灵石县和介休市（以下简称“四县一市一区”），区域国土面积6422平方公里(占全市的39%)，目前常住人口247万人(占全市的73%)。';

describe('findZones: the 108 corridor', () => {
  it('reads every form of the corridor as one Zone, 108廊带', () => {
    expect(zones(CORRIDOR_BOX)).toEqual([['晋中108廊带区域一体化发展示范区', '108廊带']]);
    // jinzhong-gov-2017
    expect(zones('108廊带示范区整体建设方案出台')).toEqual([['108廊带示范区', '108廊带']]);
    // jinzhong-13th
    expect(zones('大力引导108廊带和东山五县等农村劳动力转移就业')).toEqual([['108廊带', '108廊带'], ['东山五县', '东山五县']]);
    expect(zones('逐步开通108廊带一体化发展示范区城际公交')).toEqual([['108廊带一体化发展示范区', '108廊带']]);
  });

  it('keeps the region names inside the zone name out of the region mentions', () => {
    const zone = findZones(CORRIDOR_BOX, resources)[0];
    expect(zone).toBeDefined();
    const regions = findRegions(CORRIDOR_BOX, resources, { planRegionCode: '140700', longerNames: zone ? [zone] : [] });
    expect(regions.some((r) => r.start < (zone?.end ?? 0))).toBe(false);
  });
});

describe('findZones: economic areas, belts and circles', () => {
  it.each([
    // shanxi-14th
    ['加快推进太原都市区一体化发展', [['太原都市区', '太原都市区']]],
    ['晋南地区对接关中平原城市群、融入“一带一路”', [['关中平原城市群', '关中平原城市群']]],
    ['精准对接京津冀协同发展、长三角一体化发展', [['京津冀', '京津冀'], ['长三角', '长三角']]],
    ['环渤海经济圈中山西板块影响力显著提升', [['环渤海经济圈', '环渤海经济圈']]],
    // jinzhong-13th
    ['积极融入中原经济区', [['中原经济区', '中原经济区']]],
    // the examples of the brief
    ['推进太忻一体化经济区建设', [['太忻一体化经济区', '太忻一体化经济区']]],
    ['打造山西中部城市群', [['山西中部城市群', '山西中部城市群']]],
  ])('%s', (text, expected) => {
    expect(zones(text)).toEqual(expected);
  });

  it('reads a place coordinated with a suffixed zone, 协作区, 长三角地区 and 雄安新区 (shanxi-14th)', () => {
    expect(zones('加快融入关中平原、中原城市群和晋陕豫黄河金三角协作区').map(([s]) => s)).toEqual(['关中平原', '中原城市群', '晋陕豫黄河金三角协作区']);
    expect(zones('对接长三角地区的桥头堡，对接服务雄安新区建设')).toEqual([['长三角地区', '长三角'], ['雄安新区', '雄安新区']]);
  });

  it('reads 108示范区 as the corridor (jinzhong-13th)', () => {
    expect(zones('根据108示范区各个县（区、市）的功能定位')).toEqual([['108示范区', '108廊带']]);
  });

  it('never reads a generic area word alone or a non-place prefix', () => {
    expect(zones('城市群')).toEqual([]);
    expect(zones('加快周边城市群建设')).toEqual([]);
    // shanxi-14th: 数据标注和数据存储经济带
    expect(zones('打造数据标注和数据存储经济带')).toEqual([]);
    expect(zones('最具竞争力的综合发展廊带')).toEqual([]);
  });
});

describe('findZones: abbreviations of provinces', () => {
  it.each([
    // shuozhou-gov-2021
    ['深度对接京津冀、环渤海、粤港澳大湾区', [['京津冀', '京津冀'], ['环渤海', '环渤海'], ['粤港澳大湾区', '粤港澳大湾区']]],
    // shanxi-14th
    ['建设服务转型、互利共赢的晋港澳台合作高地', [['晋港澳台', '晋港澳台']]],
    // datong-gov-2021: a pair needs a boundary after it
    ['全力建设京津地区绿色能源供应基地', []],
    ['完成京津风沙源治理工程12.6万亩', []],
    // letters that spell a region or a company, not a sequence
    ['吸引阿里巴巴、京东商城、苏宁云商等电商企业', []],
    ['辽宁、吉林', []],
  ])('%s', (text, expected) => {
    expect(zones(text)).toEqual(expected);
  });

  it('reads 京津冀 inside a strategy (datong-gov-2021)', () => {
    expect(zones('以融入京津冀协同发展和双循环新发展格局为支撑')).toEqual([['京津冀', '京津冀']]);
  });
});

describe('findZones: enumerations, big regions and river basins', () => {
  it('reads each item of an enumeration that shares one head (the brief)', () => {
    expect(zones('推动呼包鄂榆、兰州－西宁等城市群发展').map(([, n]) => n)).toEqual(['呼包鄂榆', '兰州－西宁']);
    expect(zones('京津冀、长三角、粤港澳大湾区等城市群').map(([, n]) => n)).toEqual(['京津冀', '长三角', '粤港澳大湾区']);
  });

  it('reads the big regions of China and the basin of a great river (lvliang-gov-2022)', () => {
    expect(zones('抢抓黄河流域生态保护和高质量发展、中部地区高质量发展等国家战略机遇')).toEqual([
      ['黄河流域', '黄河流域'],
      ['中部地区', '中部地区'],
    ]);
  });

  it('keeps out a river inside one province, a part of a city and a scope of comparison', () => {
    // lvliang-gov-2022, shuozhou-gov-2021
    expect(zones('启动汾河流域生态修复')).toEqual([]);
    expect(zones('全市西部地区以生态修复为重点')).toEqual([]);
    expect(zones('建设中部地区重要的电力外送基地')).toEqual([]);
  });
});

describe('findZones: belts, axes and city clusters', () => {
  it.each([
    // taiyuan-gov-2019
    ['建设汾河活力轴、西山文化带，复兴府城历史风貌区', [['汾河活力轴', '汾河活力轴'], ['西山文化带', '西山文化带']]],
    // lvliang-gov-2022
    ['以沿黄四县为重点的沿黄干支流生态修复与治理带', [['沿黄干支流生态修复与治理带', '沿黄干支流生态修复与治理带']]],
    ['高标准打造百里黄河精品旅游带', [['百里黄河精品旅游带', '百里黄河精品旅游带']]],
    ['同城化推进离柳中方城镇组群建设', [['离柳中方城镇组群', '离柳中方城镇群']]],
    // shanxi-14th: the demonstration zone over a belt is the belt
    ['深化雁门关农牧交错带示范区建设', [['雁门关农牧交错带示范区', '雁门关农牧交错带']]],
    // datong-gov-2021: a quoted part of the name
    ['主动融入京津冀协同发展国家战略和“首都1.5小时”经济圈', [['京津冀', '京津冀'], ['“首都1.5小时”经济圈', '首都1.5小时经济圈']]],
  ])('%s', (text, expected) => {
    expect(zones(text)).toEqual(expected);
  });

  it('does not join two items of a list over 和 (shanxi-14th)', () => {
    expect(zones('构建长城、黄河文化遗产保护廊道和文化旅游带')).toEqual([]);
  });
});

describe('findZones: comprehensive pilot zones', () => {
  it('reads the national pilot zone, not a city share of it', () => {
    // taiyuan-gov-2019
    expect(zones('坚持把供给侧结构性改革与转型综改试验区建设相结合')).toEqual([['转型综改试验区', '转型综改试验区']]);
    // jincheng-chengqu-13th
    expect(zones('我市位处山西转型综改试验区、中原经济区等国家战略叠加区域')).toEqual([
      ['山西转型综改试验区', '山西转型综改试验区'],
      ['中原经济区', '中原经济区'],
    ]);
    // xiaoyi-13th
    expect(zones('按照省、吕梁市转型综改试验区建设的新一轮部署')).toEqual([]);
  });
});

describe('findZoneCoverage', () => {
  it('reads the six regions the 108 corridor box enumerates after 涵盖', () => {
    const zoneHits = findZones(CORRIDOR_BOX, resources);
    const regionHits = findRegions(CORRIDOR_BOX, resources, { planRegionCode: '140700', longerNames: zoneHits });
    const covers = findZoneCoverage(CORRIDOR_BOX, zoneHits, regionHits);
    expect(covers.map((c) => resources.gazetteer.byCode(c.code)?.name)).toEqual(['榆次区', '太谷区', '祁县', '平遥县', '灵石县', '介休市']);
    for (const c of covers) {
      expect(c.zone.name).toBe('108廊带');
      expect(c.ruleId).toBe('zone.coverage.enumeration-after-cue');
      expect(CORRIDOR_BOX.slice(c.start, c.end)).toMatch(/^晋中108廊带.*涵盖榆次区.*灵石县和介休市$/);
    }
  });

  it('reads no coverage from a sentence that only mentions regions near a zone', () => {
    // jinzhong-13th
    const text = '平遥、介休、灵石，是108廊带产业转型提升发展的重点区域。';
    const zoneHits = findZones(text, resources);
    const regionHits = findRegions(text, resources, { planRegionCode: '140700', longerNames: zoneHits });
    expect(findZoneCoverage(text, zoneHits, regionHits)).toEqual([]);
  });
});

describe('findZones: round 2 (line breaks, quotes, corridors, lists closed by a count)', () => {
  it('reads a head word or a name that a PDF line break cuts', () => {
    // shanxi-14th, as laid out on the page
    expect(zones('处于新亚欧大\n\n陆桥经济走廊重要节点的优势')).toEqual([['新亚欧大\n\n陆桥经济走廊', '新亚欧大陆桥经济走廊']]);
    // shanxi-14th wording, with the break moved inside the head word
    expect(zones('打造通往中原城市\n群的门户城市')).toEqual([['中原城市\n群', '中原城市群']]);
    expect(zones('扎实推进黄河流\n域生态保护和高质量发展')).toEqual([['黄河流\n域', '黄河流域']]);
    expect(zones('融入中部地\n区崛起')).toEqual([['中部地\n区', '中部地区']]);
  });

  it('keeps a quoted word inside the name (shanxi-14th)', () => {
    expect(zones('加快黄河“几”字弯都市圈协同发展')).toEqual([['黄河“几”字弯都市圈', '黄河几字弯都市圈']]);
  });

  it('reads an economic corridor by its head word, but not a generic one', () => {
    expect(zones('参与中蒙俄经济走廊建设')).toEqual([['中蒙俄经济走廊', '中蒙俄经济走廊']]);
    expect(zones('打造一条经济走廊')).toEqual([]);
  });

  it('reads abbreviations of places as a multi-region name (太忻 = 太原 + 忻州, 成渝地区)', () => {
    expect(zones('建设太忻经济一体化示范区')).toEqual([['太忻经济一体化示范区', '太忻经济一体化示范区']]);
    expect(zones('融入成渝地区双城经济圈')).toEqual([['成渝地区双城经济圈', '成渝地区双城经济圈']]);
    expect(zones('推进城乡一体化示范区建设')).toEqual([]);
  });

  it('reads the items of a list closed by a count, and passes over a city among them', () => {
    // 吕梁-2022's two clusters, as a list
    expect(zones('推动离柳中方、交汾文孝两个城镇群建设')).toEqual([
      ['离柳中方', '离柳中方'],
      ['交汾文孝', '交汾文孝'],
    ]);
    expect(zones('推进晋北、晋中、晋南城市群建设').map(([, name]) => name)).toEqual(['晋北', '晋南城市群']);
    // 中原 is also a district of 郑州; before 城市群 it is the plain.
    expect(zones('构建中原、关中平原城市群').map(([, name]) => name)).toEqual(['中原', '关中平原城市群']);
    expect(zones('太原、大同等都市区')).toEqual([]);
    expect(zones('河津、稷山等城镇带')).toEqual([]);
    expect(zones('建设三大城市群')).toEqual([]);
  });
});

describe('findZones: a landform head after two places’ first letters', () => {
  it('reads 汾渭平原 (吕梁-2022) but not a landform', () => {
    expect(zones('在全省和汾渭平原11个城市中保持第一')).toEqual([['汾渭平原', '汾渭平原']]);
    expect(zones('推动市区空气质量持续保持全省领先和汾渭平原前列')).toEqual([['汾渭平原', '汾渭平原']]);
    expect(zones('华北平原')).toEqual([]);
    expect(zones('汾河平原')).toEqual([]);
  });
});

describe('findZones: round 3 (quoted parts after place words, five county letters)', () => {
  it('reads a quoted part of the name after its place words, and a quoted head (xiaoyi-13th)', () => {
    expect(zones('积极参与融入“一带一路”、京津冀、环渤海、黄河“金三\n\n角”经济圈发展').map(([, n]) => n)).toEqual(['京津冀', '环渤海', '黄河金三角经济圈']);
    expect(zones('积极对接环渤海、京津冀、黄河“金三角”，加快').map(([, n]) => n)).toEqual(['环渤海', '京津冀', '黄河金三角']);
  });

  it('reads five counties by their first letters (xiaoyi-13th)', () => {
    expect(zones('率先在太原都市圈、孝汾平介灵城镇组群中建成环城')).toEqual([
      ['太原都市圈', '太原都市圈'],
      ['孝汾平介灵城镇组群', '孝汾平介灵城镇群'],
    ]);
    expect(zones('挥孝义在“孝汾平介灵”城镇组群中的引领作用')).toEqual([['“孝汾平介灵”城镇组群', '孝汾平介灵城镇群']]);
  });
});

describe('findZones: clusters of towns over several places (组团, jinzhong-13th)', () => {
  it('reads a 组团 whose name opens with two places, also where they are words of the lexicon', () => {
    expect(zones('推动太原晋中产城一体化组团、祁太TOD产城发展共建组团、灵石介休文化旅游服务组团等三大跨区域').map(([, n]) => n)).toEqual([
      '太原晋中产城一体化组团',
      '灵石介休文化旅游服务组团',
    ]);
    expect(zones('丰富文化体验，建设平遥祁县文化休闲体验组团；以绵山')).toEqual([['平遥祁县文化休闲体验组团', '平遥祁县文化休闲体验组团']]);
  });

  it('joins two descriptions over 与 when the places come first', () => {
    expect(zones('太谷乡村旅游为重点，建设榆次太谷旅游门户与休闲组团；以平遥古城')).toEqual([['榆次太谷旅游门户与休闲组团', '榆次太谷旅游门户与休闲组团']]);
  });

  it('reads no 组团 without two places', () => {
    expect(zones('落实“一城两山三河四区”的星点式、条块式、组团式生态建设布局')).toEqual([]);
    expect(zones('建立108廊带区域一体化发展示范区城镇组团发展融资平台').map(([, n]) => n)).toEqual(['108廊带']);
  });
});

describe('findZones: counties grouped with their count (jinzhong-13th)', () => {
  it('reads counties by their first letters, as many as the count says', () => {
    expect(zones('寿昔和左榆五县要落实东部生态城镇发展示范区要求，祁太平灵四县要贯彻').map(([, n]) => n)).toEqual(['寿昔和左榆五县', '祁太平灵四县']);
  });

  it('reads counties grouped by a landform', () => {
    expect(zones('在东山五县实施差异化发展战略')).toEqual([['东山五县', '东山五县']]);
    expect(zones('中部引黄为骨干的大水网工程、平川五县小水网工程')).toEqual([['平川五县', '平川五县']]);
  });

  it('reads no group from listed counties and their count', () => {
    expect(zones('加快推动榆次、太谷、祁县、平遥四县扩权强县步伐')).toEqual([]);
    expect(zones('稷山、河津两县要')).toEqual([]);
  });
});

describe('findZones: verbs, false heads and counts (national work reports, 2026-11-29 judged draw)', () => {
  it('starts no name at a verb, a time word or an adverb', () => {
    expect(zones('加快融入长江经济带、一带一路发展，引领汉江生态经济带、襄十随城市群')).toContainEqual(['汉江生态经济带', '汉江生态经济带']);
    expect(zones('积极探索载体共建、资源共用、利益共享机制。举办长江经济带江海联动发展论坛')).toEqual([['长江经济带', '长江经济带']]);
    expect(zones('提高苏锡常都市圈联动发展水平，增强徐州都市圈核心城市辐射带动')).toContainEqual(['徐州都市圈', '徐州都市圈']);
  });

  it('reads no head where its last character and the next make a verb (发展带来)', () => {
    expect(zones('必将为岳阳发展带来更多新机遇')).toEqual([]);
    expect(zones('纳入国家重大发展战略规划将对德州长远发展带来重大机遇')).toEqual([]);
  });

  it('reads no count as places or as part of a name', () => {
    expect(zones('深化三大水系、四大平原河网综合治理')).toEqual([]);
    expect(zones('积极参与泛珠三角、长三角、环渤海三大经济圈和海峡西岸经济区建设').map(([, name]) => name)).not.toContain('环渤海三大经济圈');
  });
});
