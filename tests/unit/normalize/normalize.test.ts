import { describe, expect, it } from 'vitest';

import { normalize } from '../../../src/normalize/index.ts';
import { normalizedToSource } from '../../../src/model/offsets.ts';
import { CORPUS, corpusFile, excerpt, withoutLayout } from './helpers.ts';

function lines(text: string): string[] {
  return normalize(text).normalized.text.split('\n');
}

describe('normalize: the 城区 draft (table of contents)', () => {
  const text = excerpt('jincheng-toc.txt');
  const out = lines(text);

  it('drops the table of contents, its title and its page numbers', () => {
    expect(out.some((line) => /目\s*录/.test(line))).toBe(false);
    expect(out.some((line) => /\.{3}|\t\d+$/.test(line))).toBe(false);
    expect(out.filter((line) => line.startsWith('第一章'))).toEqual(['第一章 “十三五”时期经济社会发展形势']);
    expect(out.filter((line) => line.startsWith('第一节'))).toEqual(['第一节 “十二五”发展的主要成就和经验']);
  });

  it('keeps the cover lines apart and joins the title split by a space', () => {
    expect(out.slice(0, 5)).toEqual([
      '晋城市城区国民经济和社会发展第十三个五年规划纲要',
      '（讨论稿）',
      '晋城市城区发展和改革局',
      '北京交通大学课题组',
      '二〇一六年八月十八日',
    ]);
  });

  it('joins a sentence broken at a page end and removes spaces around figures', () => {
    expect(out).toContain(
      '“十二五”时期是我区经济社会发展极不平常的五年，在市委、市政府的正确领导下，区委、区政府立足中心城区的区位优势，坚持以习近平总书记系列重要讲话精神为指导，认真贯彻落实“四个全面”战略布局、省委“五句话”总要求以及市委“一争三快两率先”决策部署，主动适应经济发展新常态，着力打造产业转型先导区、城乡一体先行区、生态文明示范区，推动全区经济社会发展迈上新台阶，“十二五”规划确定的目标任务基本完成。',
    );
    expect(out.find((line) => line.startsWith('综合实力逐年增强'))).toContain('全区 GDP 由149.2亿元增加到239.9亿元，年均增长9.65%');
  });
});

describe('normalize: 孝义 (PDF text)', () => {
  it('joins a chapter title split over two lines into one heading', () => {
    const out = lines(excerpt('xiaoyi-split-heading.txt'));
    expect(out).toContain('第二章 “十三五”时期经济社会发展的指导思想和主要目标');
    expect(out).toContain('第一节 指导思想');
    expect(out).toContain('坚持创新发展、协调发展、绿色发展、开放发展、共享发展理念，努力开创我市全面小康社会新局面。');
  });

  it('puts every project of a 专栏 on its own line, names unbroken', () => {
    const out = lines(excerpt('xiaoyi-box.txt'));
    const box = out.indexOf('专栏：新型铝系化工重点项目');
    expect(box).toBeGreaterThan(0);
    expect(out.slice(box + 1, box + 7)).toEqual([
      '山西信发化工有限公司年产110万吨轻质合金及配套项目；',
      '孝义市兴安化工有限公司年产110万吨（一期55万吨）高精铝材项目；',
      '山西奥凯达化工有限公司年产10万吨4A 沸石项目；',
      '孝义市田园化工有限公司年产20万吨4A 沸石项目、7.5万吨/年氢氧化铝、5万吨拟薄水铝石项目；',
      '孝义市泰兴铝镁有限公司年产拟薄水铝石5万吨、年产4A 沸石5万吨项目；',
      '孝义华庆铝业有限公司年产15万吨氢氧化铝项目。',
    ]);
    expect(out[box + 7]).toMatch(/^煤炭产业。按照能源“四个革命”要求，着力推动煤炭产业“六型”转变/);
  });

  it('marks the return to body print after the box as a block break', () => {
    const { normalized } = normalize(excerpt('xiaoyi-box.txt'));
    const at = normalized.text.indexOf('煤炭产业。');
    expect(normalized.blockBreaks).toContain(at);
  });
});

describe('normalize: the 14th plan (page numbers, half-width punctuation)', () => {
  const source = excerpt('shanxi-page-break.txt');
  const { normalized } = normalize(source);

  it('drops the page number inside a sentence and joins the sentence across the page break', () => {
    expect(normalized.text).not.toContain('—01—');
    expect(normalized.text).toContain('坚决打好打赢抗击疫情山西战役，打好打赢支援湖北战役、拱卫首都战役，统筹推进疫情防控');
  });

  it('makes half-width commas next to Chinese full-width', () => {
    expect(normalized.text).toContain('坚持“人民至上、生命至上”，实行分区分级精准防控，');
    expect(normalized.text).not.toMatch(/[\u4e00-\u9fff],|,[\u4e00-\u9fff]/);
  });

  it('maps the joined passage back to the source across the page break', () => {
    const passage = '打好打赢支援湖北战役、拱卫首都战役';
    const start = normalized.text.indexOf(passage);
    const span = normalizedToSource(normalized, { start, end: start + passage.length });
    const raw = source.slice(span.start, span.end);
    expect(raw).toContain('—01—');
    expect(withoutLayout(raw)).toBe(passage);
  });
});

describe('normalize: the 晋中 plan (table, tab-led box)', () => {
  const out = lines(excerpt('jinzhong-table.txt'));

  it('keeps the table one cell per line and the box heading without its tab', () => {
    expect(out).toContain('专栏：108廊带区域一体化发展示范区');
    const table = out.indexOf('表1-1 晋中市“十二五”规划指标完成情况');
    expect(table).toBeGreaterThan(0);
    expect(out.slice(table + 1, table + 8)).toEqual(['指标类别', '序号', '指标名称', '2010年', '十二五规划目标', '实现情况', '属性']);
    const gdp = out.indexOf('地区生产总值（亿元）');
    expect(out.slice(gdp, gdp + 7)).toEqual(['地区生产总值（亿元）', '720.3', '--', '10', '1046.1', '9.2', '预期性']);
  });
});

describe('normalize: repetition', () => {
  it('keeps one copy of a document pasted several times and reports the copies', () => {
    const text = excerpt('jinzhong-report-three-copies.txt');
    const { normalized, repetitions } = normalize(text);
    expect(repetitions).toEqual([{ copies: 3, blockLength: text.length / 3, kept: { start: 0, end: text.length / 3 - 1 }, scope: 'document' }]);
    expect(normalized.text.match(/各位代表：/g)).toHaveLength(1);
  });

  it('finds the eight copies of the 2017 report', () => {
    const text = corpusFile(CORPUS.jinzhongReport);
    const { normalized, repetitions } = normalize(text);
    expect(repetitions).toHaveLength(1);
    expect(repetitions[0]).toMatchObject({ copies: 8, scope: 'document', kept: { start: 0 } });
    expect((repetitions[0]?.blockLength ?? 0) * 8).toBe(text.length);
    expect(normalized.text.match(/二、2017年工作安排/g)).toHaveLength(1);
    expect(normalized.toSource[normalized.text.length]).toBeLessThanOrEqual(text.length / 8);
  });

  it('keeps a block repeated back to back inside a document once', () => {
    const block = ['加快培育清洁能源产业。加大煤层气开发利用力度，抓紧出台加快产业发展的政策措施。', '加快提升现代农业。全面贯彻中央1号文件精神，以推进农业供给侧结构性改革为主线。', '加快壮大特色产业。玻璃器皿产业依托祁县“中国玻璃器皿之都”品牌。'];
    const text = ['第一章 总则', ...block, ...block, '第二章 保障'].join('\n');
    const { normalized, repetitions } = normalize(text);
    expect(repetitions).toMatchObject([{ copies: 2, scope: 'block' }]);
    expect(normalized.text.split('\n')).toEqual(['第一章 总则', ...block, '第二章 保障']);
  });
});

describe('normalize: small repairs', () => {
  it('removes spaces around figures in Chinese and keeps them between Latin words', () => {
    expect(lines('2015 年，全市 GDP 达到 334.3 亿元，大功率 LED 项目投产。')).toEqual(['2015年，全市 GDP 达到334.3亿元，大功率 LED 项目投产。']);
  });

  it('keeps decimals, thousands and ratios between figures', () => {
    expect(lines('比例为 2.97: 35.63: 61.40，共 1,000 人。')).toEqual(['比例为2.97: 35.63: 61.40，共1,000人。']);
  });

  it('widens brackets in pairs', () => {
    expect(lines('研究与试验发展(R&D)经费投入强度(%)')).toEqual(['研究与试验发展（R&D）经费投入强度（%）']);
  });

  it('keeps a numbered heading and the item that follows on their own lines', () => {
    expect(lines('第一节 指导思想\n\n一、坚持创新发展\n\n坚持把发展基点放在创新上，\n\n形成促进创新的体制架构。')).toEqual([
      '第一节 指导思想',
      '一、坚持创新发展',
      '坚持把发展基点放在创新上，形成促进创新的体制架构。',
    ]);
  });
});
