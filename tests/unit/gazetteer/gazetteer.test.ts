import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../../src/gazetteer/index.ts';
import { shortNamesOf, stemOf } from '../../../src/gazetteer/names.ts';

const gazetteer = loadGazetteer();
const names = (rows: readonly { name: string }[]): string[] => rows.map((r) => r.name);

describe('gazetteer coverage', () => {
  it('has the province and all 11 prefecture-level cities of Shanxi', () => {
    expect(gazetteer.byCode('140000')?.name).toBe('山西省');
    const prefectures = gazetteer.children('140000').filter((r) => r.level === 'prefecture');
    expect(names(prefectures)).toEqual([
      '太原市', '大同市', '阳泉市', '长治市', '晋城市', '朔州市', '晋中市', '运城市', '忻州市', '临汾市', '吕梁市',
    ]);
  });

  it("has 晋中市's 11 county-level divisions", () => {
    const counties = gazetteer.children('140700').filter((r) => r.kind === 'region');
    expect(names(counties)).toEqual([
      '榆次区', '太谷区', '榆社县', '左权县', '和顺县', '昔阳县', '寿阳县', '祁县', '平遥县', '灵石县', '介休市',
    ]);
  });

  it('has the townships of 孝义市 (吕梁市), with 9-digit codes', () => {
    const townships = gazetteer.children('141181');
    expect(names(townships)).toEqual(expect.arrayContaining(['梧桐镇', '阳泉曲镇', '兑镇镇', '下栅乡', '新义街道']));
    expect(townships.every((t) => t.level === 'township' && /^141181\d{3}$/.test(t.code))).toBe(true);
    expect(names(gazetteer.ancestors('141181105'))).toEqual(['孝义市', '吕梁市', '山西省']);
  });

  it('has every county-level and township-level division nationwide, each under its parent', () => {
    const byLevel = (level: string): number => gazetteer.rows.filter((r) => r.level === level).length;
    expect(byLevel('county')).toBeGreaterThan(2800);
    expect(byLevel('township')).toBeGreaterThan(40000);
    // 义乌市 (浙江省金华市) and its town 佛堂镇
    expect(names(gazetteer.ancestors('330782100'))).toEqual(['义乌市', '金华市', '浙江省']);
    // Districts of a municipality and counties directly under a province hang from the province;
    // towns of a prefecture without counties (东莞市) hang from the prefecture.
    expect(gazetteer.byCode('110105')?.parentCode).toBe('110000');
    expect(gazetteer.byCode('429004')).toMatchObject({ name: '仙桃市', level: 'county', parentCode: '420000' });
    expect(gazetteer.byCode('441900121')).toMatchObject({ name: '虎门镇', parentCode: '441900' });
    expect(gazetteer.rows.filter((r) => r.code === '441900')).toHaveLength(1);
    for (const row of gazetteer.rows) {
      if (row.parentCode !== null) expect(gazetteer.byCode(row.parentCode), row.code).toBeDefined();
    }
  });

  it('has every province and prefecture-level division nationwide, without placeholders', () => {
    const provinces = gazetteer.rows.filter((r) => r.level === 'province');
    expect(provinces).toHaveLength(34);
    expect(gazetteer.byName('北京').map((e) => e.row.code)).toEqual(['110000']);
    expect(gazetteer.byName('石家庄市').map((e) => e.row.level)).toEqual(['prefecture']);
    expect(gazetteer.byName('市辖区')).toEqual([]);
  });
});

describe('short forms, by suffix rules', () => {
  it.each([
    ['山西省', 'province', ['山西']],
    ['晋中市', 'prefecture', ['晋中']],
    ['榆次区', 'county', ['榆次']],
    ['孝义市', 'county', ['孝义']],
    ['祁县', 'county', []],
    ['城区', 'county', []],
    ['广西壮族自治区', 'province', ['广西']],
    ['内蒙古自治区', 'province', ['内蒙古']],
    ['海西蒙古族藏族自治州', 'prefecture', ['海西']],
    ['兴安盟', 'prefecture', ['兴安']],
    ['梧桐镇', 'township', ['梧桐']],
    ['新义街道', 'township', ['新义']],
  ] as const)('%s → %j', (name, level, expected) => {
    expect(shortNamesOf(name, level)).toEqual(expected);
  });

  it('keeps the stem of a name without its suffix', () => {
    expect(stemOf('阳泉曲镇', 'township')).toBe('阳泉曲');
  });

  it('looks up full, short and former names', () => {
    expect(gazetteer.byName('晋中').map((e) => [e.row.code, e.form])).toEqual([['140700', 'short']]);
    expect(gazetteer.byName('太谷县').map((e) => [e.row.code, e.form])).toEqual([['140703', 'former']]);
    expect(gazetteer.byName('太谷').map((e) => e.row.code)).toEqual(['140703']);
    expect(gazetteer.byName('义乌').map((e) => [e.row.code, e.form])).toEqual([['330782', 'short']]);
  });

  it("keeps towns' short forms apart: they name a town only near the plan", () => {
    // 北京街道 (广州) does not make 北京 a name of a town wherever it is written.
    expect(gazetteer.byName('北京').map((e) => e.row.code)).toEqual(['110000']);
    expect(gazetteer.townsByShortName('北京').map((r) => r.code)).toContain('440104003');
    // 吴城: 吴城乡 of 浑源县 (大同) and 吴城镇 of 离石区 (吕梁)
    expect(gazetteer.townsByShortName('吴城').map((r) => r.code)).toEqual(expect.arrayContaining(['140225210', '141102100']));
  });
});

describe('renames and development zones', () => {
  it('records 太谷县 → 太谷区 (2019) and resolves the old code to the new division', () => {
    const taigu = gazetteer.byCode('140703');
    expect(taigu?.formerNames).toContain('太谷县');
    expect(gazetteer.byCode('140726')).toBe(taigu);
    expect(gazetteer.changes).toContainEqual(
      expect.objectContaining({ year: 2019, from: { code: '140726', name: '太谷县' }, to: { code: '140703', name: '太谷区' } }),
    );
  });

  it('marks development zones carried as divisions as zone units, not regions', () => {
    const zoneCodes = gazetteer.zoneUnits.map((r) => r.code);
    expect(zoneCodes).toEqual(expect.arrayContaining(['140171', '140702401', '140727400']));
    expect(gazetteer.byCode('140702401')?.name).toBe('山西转型综合改革示范区晋中开发区');
    expect(gazetteer.zoneUnits.every((r) => r.shortNames.length === 0)).toBe(true);
  });

  it('marks towns named by an ordinary word without a division suffix as generic (街道, 奶牛场)', () => {
    const bare = gazetteer.rows.filter((r) => r.level === 'township' && (r.name === '街道' || r.name === '奶牛场'));
    expect(bare.length).toBeGreaterThan(0);
    expect(bare.every((r) => r.generic)).toBe(true);
    expect(gazetteer.byCode('330782100')?.generic).toBe(false); // 佛堂镇
  });

  it('marks shared one-character names (城区, 矿区, 郊区) and bare 开发区 as generic', () => {
    for (const entry of [...gazetteer.byName('城区'), ...gazetteer.byName('开发区')]) {
      expect(entry.row.generic).toBe(true);
    }
    expect(gazetteer.byCode('140727')?.generic).toBe(false); // 祁县: one character but unique
  });
});
