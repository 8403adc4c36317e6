import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { loadManifest, parseManifest } from '../../../src/documents/manifest.ts';
import { readTextMetadata } from '../../../src/documents/metadata.ts';
import { fiveYearPlanNumber, fiveYearPlanYears } from '../../../src/documents/metadata/dates.ts';
import { decodeSource, listPlanFiles } from '../../../src/documents/read.ts';
import { preparePlan, summarizePlan } from '../../../src/ingest/prepare.ts';
import { isPlanGraphError } from '../../../src/errors.ts';
import { NATIONAL_REGION } from '../../../src/model/document.ts';
import { normalize } from '../../../src/normalize/index.ts';

const dir = new URL('../../../data/plans/', import.meta.url);
const manifestPath = new URL('manifest.json', dir).pathname;
const manifest = parseManifest(readFileSync(manifestPath, 'utf8'), manifestPath);

describe('the manifest agrees with what the documents say', () => {
  for (const [file, entry] of Object.entries(manifest.plans)) {
    it(file, () => {
      const { normalized } = normalize(readFileSync(new URL(file, dir), 'utf8'));
      const text = readTextMetadata(normalized.text);
      expect(text.title).toBe(entry.title);
      expect(text.kind).toBe(entry.kind);
      expect(text.regionName).toBe(entry.regionName);
      expect([text.periodStart, text.periodEnd]).toEqual([entry.periodStart, entry.periodEnd]);
      expect(text.draft).toBe(entry.draft);
      // Where the text states a date it is the manifest's; the manifest may know dates the text omits.
      if (text.issuedOn !== null) expect(text.issuedOn).toBe(entry.issuedOn);
    });
  }

  it('gives every issuer its division code', () => {
    const codes = Object.fromEntries(Object.values(manifest.plans).map((entry) => [entry.regionName, entry.regionCode]));
    expect(codes).toEqual({ 晋中市: '140700', 晋城市城区: '140502', 孝义市: '141181', 山西省: '140000' });
  });
});

describe('metadata read from the text', () => {
  it('reads the draft flag and the date in Chinese numerals of the 城区 draft', () => {
    const text = '晋城市城区国民经济和社会发展第十三个五年规划纲要\n（讨论稿）\n晋城市城区发展和改革局\n二〇一六年八月十八日\n第一章 形势';
    expect(readTextMetadata(text)).toEqual({
      title: '晋城市城区国民经济和社会发展第十三个五年规划纲要（讨论稿）',
      kind: 'five-year-plan',
      regionName: '晋城市城区',
      periodStart: 2016,
      periodEnd: 2020,
      issuedOn: '2016-08-18',
      draft: true,
      speaker: null,
      speakerOffice: null,
    });
  });

  it('reads a work report from its dateline', () => {
    const text = '2017\n政府工作报告\n——2017年2月21日在晋中市第四届人民\n代表大会第二次会议上\n各位代表：';
    expect(readTextMetadata(text)).toMatchObject({ title: '2017年晋中市政府工作报告', kind: 'work-report', regionName: '晋中市', issuedOn: '2017-02-21', periodStart: 2017 });
  });
});

describe('preparePlan', () => {
  it('works without a manifest entry, with an id from kind, the region code the gazetteer gives and period', () => {
    const text = '《孝义市国民经济和社会发展第十三个五年规划纲要（2016—2020）》，根据建议编制。\n第一章 形势\n第一节 回顾\n专栏：煤炭产业重点项目\n山西汾西矿业（集团）柳湾煤业有限公司336万吨/年。';
    const plan = preparePlan(decodeSource(Buffer.from(text, 'utf8'), 'plans/xiaoyi.txt'));
    expect(plan.meta).toMatchObject({
      title: '孝义市国民经济和社会发展第十三个五年规划纲要（2016—2020）',
      kind: 'five-year-plan',
      regionName: '孝义市',
      regionCode: '141181',
      periodStart: 2016,
      periodEnd: 2020,
      sourceFile: 'xiaoyi.txt',
    });
    expect(plan.meta.id).toBe('five-year-plan-141181-2016-2020');
    expect(summarizePlan(plan)).toMatchObject({ encoding: 'utf-8', region: '孝义市 (141181)', speaker: null, period: '2016–2020', boxes: 1, sectionsByKind: { chapter: 1, section: 1, box: 1 } });
  });

  it('lets the manifest fill and override', () => {
    const text = '2017\n政府工作报告\n——2017年2月21日在晋中市第四届人民\n代表大会第二次会议上\n一、2016年工作回顾\n刚刚过去的2016年。';
    const entry = manifest.plans['jinzhong-government-work-report-2017.txt'];
    const plan = preparePlan(decodeSource(Buffer.from(text, 'utf8'), 'report.txt'), entry);
    expect(plan.meta).toMatchObject({ id: 'jinzhong-work-report-2017', regionCode: '140700', issuedOn: '2017-02-21', kind: 'work-report', speaker: null });
    expect(summarizePlan(plan).region).toBe('晋中市 (140700)');
  });
});

describe('manifest and file listing', () => {
  it('refuses a manifest entry with a bad field, naming the file and the field', () => {
    const bad = JSON.stringify({ version: 1, plans: { 'a.txt': { id: 'a', regionCode: '14' } } });
    expect(() => parseManifest(bad, 'm.json')).toThrow(/m\.json: invalid manifest \(plans\.a\.txt\.regionCode/);
    const duplicate = JSON.stringify({ version: 1, plans: { 'a.txt': { id: 'same' }, 'b.txt': { id: 'same' } } });
    expect(() => parseManifest(duplicate, 'm.json')).toThrow(/id "same" is used by both a\.txt and b\.txt/);
    expect(() => parseManifest('{', 'm.json')).toThrow(/not valid JSON/);
  });

  it('lists the files of a directory that PlanGraph reads in name order, subfolders depth first, skips the others with a reason, and loads its manifest', async () => {
    const tmp = await mkdtemp(join(tmpdir(), 'plangraph-list-'));
    try {
      await writeFile(join(tmp, 'b.txt'), 'x');
      await writeFile(join(tmp, 'a.txt'), 'x');
      await writeFile(join(tmp, 'notes.md'), 'x');
      await writeFile(join(tmp, 'old.doc'), 'x');
      await writeFile(join(tmp, 'figures.csv'), 'x');
      await writeFile(join(tmp, '.hidden.txt'), 'x');
      await mkdir(join(tmp, '太原市'));
      await writeFile(join(tmp, '太原市', '2021.txt'), 'x');
      await mkdir(join(tmp, '.git'));
      await writeFile(join(tmp, '.git', 'HEAD.txt'), 'x');
      const listed = await listPlanFiles([tmp]);
      expect(listed.files).toEqual([join(tmp, 'a.txt'), join(tmp, 'b.txt'), join(tmp, 'notes.md'), join(tmp, '太原市', '2021.txt')]);
      expect(listed.skipped).toEqual([
        { file: join(tmp, 'figures.csv'), reason: expect.stringMatching(/^unsupported file type \.csv: PlanGraph reads \.txt, .*\.pdf/) },
        { file: join(tmp, 'old.doc'), reason: expect.stringMatching(/legacy Word \(\.doc\).*\.docx/) },
      ]);
      expect(await loadManifest(tmp)).toEqual({ version: 1, plans: {} });
      const corpus = (await listPlanFiles([dir.pathname])).files;
      expect(corpus).toHaveLength(5);
      expect(Object.keys((await loadManifest(dir.pathname)).plans).sort()).toEqual(corpus.map((path) => path.split('/').pop()).sort());
      const error = await listPlanFiles([join(tmp, 'missing.txt')]).catch((e: unknown) => e);
      expect(isPlanGraphError(error, 'BAD_INPUT')).toBe(true);
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }
  });
});

/** Metadata as a document without a manifest gets it: decoded, normalised, read. */
function metaOf(text: string) {
  return preparePlan(decodeSource(Buffer.from(text, 'utf8'), 'plan.txt')).meta;
}

describe('work reports: title, region, year, date and speaker from the heading', () => {
  it('reads a title with the date and speaker in brackets, the dateline and the speaker line (临汾 2021)', () => {
    const text = '临汾市政府工作报告（2021年2月23日 李云峰）\n\n——2021年2月23日在临汾市第四届人民代表大会第八次会议上\n\n市长 李云峰\n\n各位代表：\n\n现在，我代表市人民政府向大会报告工作，请予审议。';
    expect(metaOf(text)).toMatchObject({
      title: '2021年临汾市政府工作报告',
      kind: 'work-report',
      regionName: '临汾市',
      regionCode: '141000',
      periodStart: 2021,
      periodEnd: 2021,
      issuedOn: '2021-02-23',
      draft: false,
      speaker: '李云峰',
      speakerOffice: '市长',
      id: 'work-report-141000-2021',
    });
  });

  it('reads a title with the year first and an acting governor (山西省 2020)', () => {
    const text = '2020年山西省政府工作报告\n——2020年1月13日在山西省第十三届人民代表大会第三次会议上\n代省长 林武\n各位代表：\n现在，我代表山西省人民政府向大会报告工作。';
    expect(metaOf(text)).toMatchObject({ title: '2020年山西省政府工作报告', regionName: '山西省', regionCode: '140000', issuedOn: '2020-01-13', speaker: '林武', speakerOffice: '代省长' });
  });

  it('gives a report delivered in December the year it is for, so that a city\'s two reports of one calendar year stay apart (吕梁, December 2015)', () => {
    const text = '吕梁市政府工作报告 （2015年12月27日 王立伟 ）\n——2015年12月27日在吕梁市第三届人民代表大会第一次会议上\n吕梁市市长王立伟\n各位代表：';
    expect(metaOf(text)).toMatchObject({ title: '2016年吕梁市政府工作报告', periodStart: 2016, issuedOn: '2015-12-27', speaker: '王立伟', speakerOffice: '市长' });
    // The title's year stands where the date agrees with it (南昌 2023, delivered 2022-12-22).
    const nanchang = '2023年南昌市政府工作报告\n——2022年12月22日在南昌市第十六届人民代表大会第三次会议上\n南昌市人民政府市长 万广明\n各位代表:';
    expect(metaOf(nanchang)).toMatchObject({ periodStart: 2023, issuedOn: '2022-12-22' });
    // A national report of November for the same year (国务院 1982).
    const state = '1982年国务院政府工作报告\n关于第六个五年计划的报告\n——1982年11月30日在第五届全国人民代表大会第五次会议上\n各位代表：';
    expect(metaOf(state)).toMatchObject({ periodStart: 1982, issuedOn: '1982-11-30' });
  });

  it('reads the headings of the national collection (../shared/corpus-scale): titles with the congress, a year in brackets, 人民政府YEAR年工作报告, 省 alone', () => {
    const cases: Array<[string, Record<string, unknown>]> = [
      ['韩正市长在上海市第十二届人民代表大会第二次会议上的政府工作报告（2004年）\n政府工作报告\n——2004年1月22日在上海市第十二届人民代表大会第二次会议\n上海市市长韩正\n各位代表：', { regionName: '上海市', periodStart: 2004, issuedOn: '2004-01-22' }],
      ['杨雄市长在上海市第十四届人民代表大会第一次会议上的政府工作报告（2013年）\n各位代表：', { regionName: '上海市', periodStart: 2013 }],
      ['厦门市第十四届人民代表大会第二次会议政府工作报告\n――2013年1月7日在厦门市第十四届人民代表大会第二次会议上\n厦门市人民政府市长 刘可清\n各位代表:', { regionName: '厦门市', periodStart: 2013, speaker: '刘可清' }],
      ['兰州市人民政府工作报告（2012）\n——2011年11月15日在兰州市第十五届人民代表大会第一次会议上\n兰州市市长  袁占亭\n各位代表：', { regionName: '兰州市', periodStart: 2012, issuedOn: '2011-11-15' }],
      ['湖北省人民政府2002年工作报告——2002年2月21日在湖北省第九届人民代表大会第五次会议上\n省长张国光\n各位代表：', { regionName: '湖北省', periodStart: 2002, speaker: '张国光' }],
      ['2018年省政府工作报告\n——2018年1月27日在辽宁省第十三届人民代表大会第一次会议上\n各位代表：', { regionName: '辽宁省', periodStart: 2018 }],
      // Title, date and dateline joined into one line by the normaliser; a region word inside a name (新乡).
      ['2025年温州市政府工作报告2025年1月20日在温州市第十四届人民代表大会第五次会议上温州市市长 张文杰\n各位代表：', { regionName: '温州市', periodStart: 2025, speaker: '张文杰' }],
      ['新乡市政府工作报告（2022年3月18日 魏建平）\n——2022年3月18日在新乡市第十三届人民代表大会第六次会议上\n新乡市人民政府市长 魏建平\n各位代表：', { regionName: '新乡市', periodStart: 2022 }],
      ['2017年湖南省政府工作报告\n省人民政府省长 许达哲\n各位代表：', { regionName: '湖南省', periodStart: 2017, speaker: '许达哲' }],
    ];
    for (const [text, expected] of cases) expect(metaOf(text), text.slice(0, 30)).toMatchObject({ kind: 'work-report', ...expected });
  });

  it('takes the speaker from the title’s brackets when no line names the office (山西省 2003)', () => {
    const text = '山西省2003年政府工作报告\n（2003年1月10日 刘振华）\n各位代表，本届政府任期已满。现在，我代表省人民政府向大会作报告。';
    expect(metaOf(text)).toMatchObject({ title: '2003年山西省政府工作报告', regionName: '山西省', issuedOn: '2003-01-10', speaker: '刘振华', speakerOffice: null });
  });

  it('reads a heading the normaliser joined into one line, with a two-figure year (太原 2019)', () => {
    const text = '2019年政府工作报告\n- 政府工作报告\n- ——19年2月24日在太原市第十四届人民代表大会第四次会议上代市长 李晓波各位代表：现在，我代表市人民政府向大会报告工作。';
    expect(metaOf(text)).toMatchObject({ title: '2019年太原市政府工作报告', regionName: '太原市', issuedOn: '2019-02-24', speaker: '李晓波', speakerOffice: '代市长' });
  });

  it('reads a dateline broken over two lines, without a date, and the year of the title (太原 2007)', () => {
    const text = '2007年政府工作报告\n\n──在太原市第十二届\n\n人民代表大会第一次会议上\n\n太原市市长 张兵生\n\n各位代表：';
    expect(metaOf(text)).toMatchObject({ title: '2007年太原市政府工作报告', regionName: '太原市', periodStart: 2007, issuedOn: null, speaker: '张兵生', speakerOffice: '市长' });
  });

  it('reads a date on a line of its own above the congress (太原 2013)', () => {
    const text = '2013年政府工作报告\n\n2013年4月10日\n\n在太原市第十三届人民代表大会第三次会议上\n\n太原市代市长耿彦波\n\n各位代表：';
    expect(metaOf(text)).toMatchObject({ issuedOn: '2013-04-10', regionName: '太原市', speaker: '耿彦波', speakerOffice: '代市长' });
  });

  it('reads a date in Chinese numerals and a county-level city (孝义市)', () => {
    const text = '政府工作报告\n——二〇二一年二月二十三日在孝义市第十六届人民代表大会第六次会议上\n孝义市人民政府市长 张三\n各位代表：';
    expect(metaOf(text)).toMatchObject({ title: '2021年孝义市政府工作报告', regionName: '孝义市', regionCode: '141181', periodStart: 2021, issuedOn: '2021-02-23', speaker: '张三', speakerOffice: '市长' });
  });

  it('reads a district, a banner, an autonomous prefecture and an autonomous region, and their heads', () => {
    const district = '晋城市城区政府工作报告\n——2021年3月2日在晋城市城区第十七届人民代表大会第五次会议上\n区长 李四\n各位代表：';
    expect(metaOf(district)).toMatchObject({ title: '2021年晋城市城区政府工作报告', regionName: '晋城市城区', regionCode: '140502', speaker: '李四', speakerOffice: '区长' });
    const banner = '额济纳旗政府工作报告（2022年1月6日 王五）\n——2022年1月6日在额济纳旗第十七届人民代表大会第一次会议上\n旗长 王五\n各位代表：';
    expect(metaOf(banner)).toMatchObject({ title: '2022年额济纳旗政府工作报告', regionName: '额济纳旗', regionCode: '152923', issuedOn: '2022-01-06', speakerOffice: '旗长' });
    const prefecture = '延边朝鲜族自治州政府工作报告\n——2023年1月10日在延边朝鲜族自治州第十六届人民代表大会第二次会议上\n州长 赵六\n各位代表：';
    expect(metaOf(prefecture)).toMatchObject({ regionName: '延边朝鲜族自治州', regionCode: '222400', speaker: '赵六', speakerOffice: '州长' });
    const region = '内蒙古自治区政府工作报告\n——2023年1月12日在内蒙古自治区第十四届人民代表大会第一次会议上\n自治区主席 王莉霞\n各位代表：';
    expect(metaOf(region)).toMatchObject({ regionName: '内蒙古自治区', regionCode: '150000', speaker: '王莉霞', speakerOffice: '主席' });
  });

  it('leaves the code out when a district’s name alone names several (城区)', () => {
    const text = '城区政府工作报告\n——2021年3月2日在城区第十七届人民代表大会第五次会议上\n区长 李四\n各位代表：';
    expect(metaOf(text)).toMatchObject({ regionName: '城区', regionCode: null, periodStart: 2021 });
  });

  it('reads the national report: the National People’s Congress and the premier', () => {
    const text = '政府工作报告\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n国务院总理 李强\n各位代表：';
    expect(metaOf(text)).toMatchObject({ title: '2024年政府工作报告', regionName: NATIONAL_REGION, regionCode: null, issuedOn: '2024-03-05', speaker: '李强', speakerOffice: '总理' });
  });

  it('is not titled by a plan its first paragraph names (山西省 2011 and its 《…纲要（草案）》)', () => {
    const text =
      '2011年山西省政府工作报告\n——2011年1月19日在山西省第十一届人民代表大会第五次会议上\n省长 王君\n各位代表：\n现在，我代表省人民政府向大会作工作报告，并就《山西省国民经济和社会发展第十二个五年规划纲要（草案）》作说明，请予审议。';
    expect(metaOf(text)).toMatchObject({ title: '2011年山西省政府工作报告', kind: 'work-report', periodStart: 2011, periodEnd: 2011, draft: false });
  });
});

describe('plans: title, kind, period, draft and region from the title', () => {
  it('reads a special plan (专项规划) from its notice of issue and its number', () => {
    const text = '山西省人民政府办公厅关于印发山西省“十四五”新材料产业发展规划的通知\n各市、县人民政府，省人民政府各委、办、厅、局：\n现将《山西省“十四五”新材料产业发展规划》印发给你们，请认真贯彻落实。\n山西省人民政府办公厅\n2021年6月30日';
    expect(metaOf(text)).toMatchObject({ title: '山西省“十四五”新材料产业发展规划', kind: 'special-plan', regionName: '山西省', regionCode: '140000', periodStart: 2021, periodEnd: 2025, issuedOn: '2021-06-30', draft: false, speaker: null });
  });

  it('reads a title in 《》 on a line of its own and a plan that calls itself 专项规划', () => {
    expect(metaOf('《山西省“十四五”新材料产业发展规划》\n第一章 发展基础')).toMatchObject({ title: '山西省“十四五”新材料产业发展规划', kind: 'special-plan', regionName: '山西省' });
    expect(metaOf('太原市城市供热专项规划（2021—2030年）\n第一章 总则')).toMatchObject({ kind: 'special-plan', regionName: '太原市', periodStart: 2021, periodEnd: 2030 });
  });

  it('reads action plans: 行动计划, 实施方案, 行动方案', () => {
    expect(metaOf('国务院关于印发打赢蓝天保卫战三年行动计划的通知\n国发〔2018〕22号')).toMatchObject({ title: '打赢蓝天保卫战三年行动计划', kind: 'action-plan', regionName: NATIONAL_REGION });
    expect(metaOf('山西省碳达峰实施方案\n为深入贯彻落实党中央、国务院关于碳达峰碳中和的重大战略决策，制定本方案。')).toMatchObject({ title: '山西省碳达峰实施方案', kind: 'action-plan', regionName: '山西省' });
    const unplaced = metaOf('农村人居环境整治三年行动方案\n一、总体要求');
    expect(unplaced).toMatchObject({ kind: 'action-plan', regionName: '', regionCode: null });
    expect(unplaced.id, 'no region: the id names the source').toMatch(/^action-plan-plan-[0-9a-f]{12}$/);
    expect(metaOf('山西省打赢蓝天保卫战三年行动计划（2018—2020年）')).toMatchObject({ kind: 'action-plan', periodStart: 2018, periodEnd: 2020 });
  });

  it('takes the issuer from the sentence that issues a plan (中共中央、国务院印发了《…》)', () => {
    const text = '中共中央 国务院印发《乡村振兴战略规划（2018－2022年）》\n新华社北京9月26日电 近日，中共中央、国务院印发了《乡村振兴战略规划（2018－2022年）》，并发出通知。';
    expect(metaOf(text)).toMatchObject({ title: '乡村振兴战略规划（2018－2022年）', kind: 'special-plan', regionName: NATIONAL_REGION, periodStart: 2018, periodEnd: 2022 });
  });

  it('does not take a notice that names a work report for the report', () => {
    const text = '关于印发2021年政府工作报告重点任务分工方案的通知\n各县（市、区）人民政府：\n现将《2021年政府工作报告重点任务分工方案》印发给你们。';
    expect(metaOf(text).kind).not.toBe('work-report');
  });

  it('reads draft marks in the title and on the line under it', () => {
    const draft = metaOf('孝义市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要（草案）\n第一章 发展环境');
    expect(draft).toMatchObject({ kind: 'five-year-plan', regionName: '孝义市', periodStart: 2021, periodEnd: 2025, draft: true });
    expect(metaOf('晋中市国民经济和社会发展第十四个五年规划纲要\n（征求意见稿）\n晋中市发展和改革委员会')).toMatchObject({ title: '晋中市国民经济和社会发展第十四个五年规划纲要（征求意见稿）', draft: true });
    expect(metaOf('晋中市国民经济和社会发展第十四个五年规划纲要（送审稿）')).toMatchObject({ draft: true });
  });

  it('reads the older national 计划 with its years in Chinese numerals, through Markdown markup', () => {
    const text =
      '---\nsource: 建国以来重要文献选编第六册\ntitle: 中华人民共和国发展国民经济的第一个五年计划\n---\n\n**中华人民共和国发展国民经济的第一个五年计划[^1]（一九五三—一九五七）**\n\n> （一九五五年七月三十日第一届全国人民代表大会第二次会议通过）\n';
    expect(metaOf(text)).toMatchObject({ title: '中华人民共和国发展国民经济的第一个五年计划', kind: 'five-year-plan', regionName: NATIONAL_REGION, periodStart: 1953, periodEnd: 1957, issuedOn: '1955-07-30' });
    expect(metaOf('# 中华人民共和国国民经济和社会发展“九五”计划和二〇一〇年远景目标纲要\n')).toMatchObject({ kind: 'five-year-plan', periodStart: 1996, periodEnd: 2000 });
  });

  it('does not take a master plan or an annual plan for a five-year or special plan', () => {
    expect(metaOf('太原市城市总体规划（2011—2020年）\n第一章 总则')).toMatchObject({ kind: 'other', regionName: '太原市', periodStart: 2011 });
    expect(metaOf('山西省2021年国民经济和社会发展计划\n一、2020年计划执行情况')).toMatchObject({ kind: 'other', regionName: '山西省' });
  });
});

describe('the years of a five-year plan by its number', () => {
  it('counts from 1953, with the three years of readjustment before the third', () => {
    expect([1, 2, 3, 5, 8, 10, 13, 15].map((n) => fiveYearPlanYears(n)[0])).toEqual([1953, 1958, 1966, 1976, 1991, 2001, 2016, 2026]);
    expect(['第一个五年计划', '“九五”计划', '十五计划纲要', '十五五规划', '第十四个五年规划', '“十四五”新材料产业发展规划', '国民经济发展计划'].map(fiveYearPlanNumber)).toEqual([1, 9, 10, 15, 14, 14, null]);
  });
});
