import { describe, expect, it } from 'vitest';

import type { Section } from '../../../src/model/section.ts';
import { normalize } from '../../../src/normalize/index.ts';
import { structure } from '../../../src/structure/index.ts';
import { sectionToSource } from '../../../src/model/offsets.ts';
import { excerpt, testMeta, withoutLayout } from '../normalize/helpers.ts';
import { expectWellFormed } from './helpers.ts';

function sectionsOf(text: string, kind: 'five-year-plan' | 'work-report' = 'five-year-plan') {
  const { normalized } = normalize(text);
  const sections = structure(normalized, testMeta(kind));
  expectWellFormed(sections, normalized);
  return { normalized, sections };
}

function byTitle(sections: Section[], title: string): Section {
  const found = sections.find((section) => section.title === title);
  if (!found) throw new Error(`no section titled ${title}: ${sections.map((s) => s.title).join(' | ')}`);
  return found;
}

describe('structure', () => {
  it('gives the table of contents of the 城区 draft no sections and keeps the body chapters', () => {
    const { sections } = sectionsOf(excerpt('jincheng-toc.txt'));
    expect(sections.map((s) => [s.kind, s.title])).toEqual([
      ['root', 'test plan'],
      ['chapter', '第一章 “十三五”时期经济社会发展形势'],
      ['section', '第一节 “十二五”发展的主要成就和经验'],
    ]);
    expect(sections[0]?.text).toContain('（讨论稿）');
    expect(sections[0]?.text).not.toContain('.....');
  });

  it('nests a split chapter title of 孝义 as one chapter with its sections', () => {
    const { sections } = sectionsOf(excerpt('xiaoyi-split-heading.txt'));
    const chapter = byTitle(sections, '第二章 “十三五”时期经济社会发展的指导思想和主要目标');
    expect(chapter.kind).toBe('chapter');
    const children = sections.filter((s) => s.parentOrdinal === chapter.ordinal).map((s) => s.title);
    expect(children).toEqual(['第一节 指导思想', '第二节 发展理念']);
    expect(byTitle(sections, '第一节 指导思想').path).toEqual([chapter.title, '第一节 指导思想']);
  });

  it('makes a 孝义 专栏 its own section of exactly its lines, the parent text resuming after it', () => {
    const { normalized, sections } = sectionsOf(excerpt('xiaoyi-box.txt'));
    const box = byTitle(sections, '专栏：新型铝系化工重点项目');
    expect(box.kind).toBe('box');
    const lines = box.text.split('\n');
    expect(lines).toHaveLength(7);
    expect(lines[0]).toBe('专栏：新型铝系化工重点项目');
    expect(lines[6]).toBe('孝义华庆铝业有限公司年产15万吨氢氧化铝项目。');
    const parent = sections[box.parentOrdinal ?? 0] as Section;
    expect(parent.spans).toHaveLength(2);
    expect(parent.text).toContain('实现产业产值达1000亿元。\n煤炭产业。按照能源“四个革命”要求');
    // A mention in the box maps back to the source lines of the box.
    const name = '孝义市兴安化工有限公司';
    const at = box.text.indexOf(name);
    const span = sectionToSource(normalized, box, at, at + name.length);
    expect(excerpt('xiaoyi-box.txt').slice(span.start, span.end)).toBe(name);
  });

  it('ends a 晋中 专栏 at its two blank lines and puts table 表1-1 in its own section', () => {
    const { sections } = sectionsOf(excerpt('jinzhong-table.txt'));
    const box = byTitle(sections, '专栏：108廊带区域一体化发展示范区');
    expect(box.text.split('\n')).toHaveLength(2);
    const parent = sections[box.parentOrdinal ?? 0] as Section;
    expect(parent.title).toBe('第一节 “十二五”经济社会发展取得新成就');
    expect(parent.text).toContain('“四化”发展水平进一步提高。');
    const table = byTitle(sections, '表1-1 晋中市“十二五”规划指标完成情况');
    expect(table.kind).toBe('table');
    expect(table.parentOrdinal).toBe(parent.ordinal);
    expect(table.text.split('\n')).toEqual(expect.arrayContaining(['地区生产总值（亿元）', '720.3', '1046.1', '预期性']));
  });

  it('reads a work report as items 一、 with （一） below them, titled by their first sentence', () => {
    const text = [
      '各位代表：',
      '一、2016年工作回顾',
      '刚刚过去的2016年，是全面实施“十三五”规划的起步之年。',
      '（一）经济发展在强服务、增后劲中取得新成绩。强化经济运行调度。',
      '（二）产业转型在调结构、促升级中迈出新步伐。坚持煤电一体化。',
      '二、2017年工作安排',
      '(一)持续深化供给侧结构性改革，努力在构建晋中特色现代产业体系上取得突破。坚决完成任务。',
    ].join('\n');
    const { sections } = sectionsOf(text, 'work-report');
    expect(sections.map((s) => [s.kind, s.depth, s.title])).toEqual([
      ['root', 0, 'test plan'],
      ['item', 1, '一、2016年工作回顾'],
      ['item', 2, '（一）经济发展在强服务、增后劲中取得新成绩'],
      ['item', 2, '（二）产业转型在调结构、促升级中迈出新步伐'],
      ['item', 1, '二、2017年工作安排'],
      ['item', 2, '（一）持续深化供给侧结构性改革，努力在构建晋中特色现代产业体系上取得突破'],
    ]);
  });

  it('keeps run-in numbered paragraphs of a plan inside their section', () => {
    const text = '第一节 提前完成脱贫任务\n二、实施“1+10”专项扶贫\n（一）实施产业脱贫专项行动。按照省、吕梁市要求。\n（二）实施就业脱贫专项行动。为有创业意愿的贫困人口提供支持。';
    const { sections } = sectionsOf(text);
    expect(sections.map((s) => s.title)).toEqual(['test plan', '第一节 提前完成脱贫任务', '二、实施“1+10”专项扶贫']);
    expect(sections[2]?.text.split('\n')).toHaveLength(3);
  });

  it('keeps numbered rows of a table or box inside it unless they continue the list around it', () => {
    const text = [
      '第五节 主要目标',
      '四、推进科技创新',
      '专栏：实施创新创业孵化基地建设',
      '一、经济发展（6项）',
      '1.地区生产总值（亿元）',
      '五、发展民营经济',
      '全力推进小微企业创办。',
    ].join('\n');
    const { sections } = sectionsOf(text);
    expect(sections.map((s) => [s.kind, s.title])).toEqual([
      ['root', 'test plan'],
      ['section', '第五节 主要目标'],
      ['item', '四、推进科技创新'],
      ['box', '专栏：实施创新创业孵化基地建设'],
      ['item', '五、发展民营经济'],
    ]);
    expect(sections[3]?.text).toContain('一、经济发展（6项）');
  });

  it('opens an implied chapter when a 第一节 follows sections of the same chapter (晋中 lost 第十章)', () => {
    const text = [
      '第九章 实施精准扶贫，坚决打赢脱贫攻坚战',
      '第一节 实施精准脱贫攻坚六大工程',
      '严格落实各级党委、政府主体责任。',
      '全面深化改革，为经济社会发展',
      '提供持续动力',
      '紧紧围绕制约我市经济和社会发展的突出问题，坚持整体推进。',
      '第一节 推进转型综改试验区建设',
      '加快推进国家和省赋予我市的各项改革试点工作。',
    ].join('\n');
    const { sections } = sectionsOf(text);
    expect(sections.map((s) => [s.kind, s.depth, s.title])).toEqual([
      ['root', 0, 'test plan'],
      ['chapter', 1, '第九章 实施精准扶贫，坚决打赢脱贫攻坚战'],
      ['section', 2, '第一节 实施精准脱贫攻坚六大工程'],
      ['chapter', 1, '全面深化改革，为经济社会发展提供持续动力'],
      ['section', 2, '第一节 推进转型综改试验区建设'],
    ]);
    expect(sections[2]?.text).toBe('第一节 实施精准脱贫攻坚六大工程\n严格落实各级党委、政府主体责任。');
  });

  it('gives an empty text a root only', () => {
    const { sections } = sectionsOf('');
    expect(sections).toHaveLength(1);
    expect(sections[0]).toMatchObject({ kind: 'root', text: '', spans: [] });
  });

  it('maps a passage of a section across a page break to its source', () => {
    const source = excerpt('shanxi-page-break.txt');
    const { normalized, sections } = sectionsOf(source);
    const owner = sections.find((s) => s.text.includes('拱卫首都战役')) as Section;
    const at = owner.text.indexOf('支援湖北战役、拱卫首都战役');
    const span = sectionToSource(normalized, owner, at, at + '支援湖北战役、拱卫首都战役'.length);
    expect(withoutLayout(source.slice(span.start, span.end))).toBe('支援湖北战役、拱卫首都战役');
  });
});
