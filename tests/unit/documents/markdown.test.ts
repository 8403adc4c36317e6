import { readFileSync } from 'node:fs';
import path from 'node:path';

import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';

import { extractMarkdown, splitFrontMatter } from '../../../src/documents/markdown.ts';
import { decodeDocument } from '../../../src/documents/read.ts';
import { SHARED_DIR } from '../../../src/eval/run.ts';
import { preparePlan } from '../../../src/ingest/prepare.ts';
import { expectRefused } from './refusal.ts';

/** Lines `from`–`to` (1-based, inclusive) of a national plan as the development corpus has it (../shared, never copied in). */
function nationalExcerpt(file: string, from: number, to: number): string {
  const text = readFileSync(path.join(SHARED_DIR, 'corpus-dev', 'national', file), 'utf8');
  return `${text.split('\n').slice(from - 1, to).join('\n')}\n`;
}

function linesOf(markdown: string): string[] {
  const { text } = extractMarkdown(new TextEncoder().encode(markdown), 'plan.md');
  expect(text.endsWith('\n')).toBe(true);
  return text.slice(0, -1).split('\n');
}

describe('the Markdown reader on the national plans', () => {
  it('reads the opening of the 14th plan: title from the front matter first, no markup, no table of contents', () => {
    const lines = linesOf(nationalExcerpt('2021-十四五规划纲要.md', 1, 112));
    expect(lines[0]).toBe('中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要');
    expect(lines).toContain('新华社北京3月12日电');
    expect(lines).toContain('第一篇　开启全面建设社会主义现代化国家新征程');
    expect(lines).toContain('第一章　发展环境');
    // The collapsed table of contents (`<details><summary>目录</summary>`, closed by a second
    // `<details>`) is gone: its entries would open every chapter twice.
    expect(lines.filter((line) => line.startsWith('第一章'))).toHaveLength(1);
    expect(lines.join('\n')).not.toMatch(/第六十五章|目录|source:|<!--|来源：|\*\*|^#|^>|^-/m);
    expect(lines.at(-1)).toBe('我国进入新发展阶段，发展基础更加坚实，发展条件深刻变化，进一步发展面临新的机遇和挑战。');
  });

  it('gives the pipeline the plan\'s title and its parts, chapters and sections', async () => {
    const source = await decodeDocument(new TextEncoder().encode(nationalExcerpt('2021-十四五规划纲要.md', 1, 140)), '2021-十四五规划纲要.md', 'markdown');
    const plan = preparePlan(source);
    expect(plan.meta.title).toBe('中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要');
    expect(plan.meta.kind).toBe('five-year-plan');
    expect([plan.meta.periodStart, plan.meta.periodEnd]).toEqual([2021, 2025]);
    expect(plan.sections.filter((s) => s.kind !== 'root').map((s) => `${s.kind} ${s.title}`).slice(0, 4)).toEqual([
      'part 第一篇 开启全面建设社会主义现代化国家新征程',
      'chapter 第一章 发展环境',
      'section 第一节 决胜全面建成小康社会取得决定性成就',
      'section 第二节 我国发展环境面临深刻复杂变化',
    ]);
  });

  it('reads a 专栏 of the 11th plan, written as a quote, as the box heading and its paragraphs, closed where the quote ends', () => {
    const lines = linesOf(nationalExcerpt('2006-十一五规划纲要.md', 148, 160));
    expect(lines[0]).toBe('专栏3　规划指标的属性');
    expect(lines.slice(1, 4).every((line) => /^(本规划|预期性指标|约束性指标)/.test(line))).toBe(true);
    expect(lines.slice(4)).toEqual(['', '', '第二篇　建设社会主义新农村', expect.stringMatching(/^坚持统筹城乡/)]);
  });

  it('keeps the notes of the 1st plan and drops their marks from the sentences', () => {
    const lines = linesOf(nationalExcerpt('1953-一五计划.md', 36, 36) + '\n' + nationalExcerpt('1953-一五计划.md', 2309, 2309));
    expect(lines[0]).toContain('国营、合作社营和公私合营的工业所占的比重');
    expect(lines[1]).toBe('这个本子所说的合作社营工业都是指供销合作社经营的工业，没有包括手工业生产合作社在内。');
  });

  it("reads the 1st plan's table whose delimiter row markdown-it rejects as rows of cells", () => {
    const lines = linesOf(nationalExcerpt('1953-一五计划.md', 288, 292));
    expect(lines).toEqual([
      '产品名称\t1952年产量\t1957年计划产量\t1957年为1952年的百分比',
      '发电量\t72.6亿度（千瓦小时）\t159亿度（千瓦小时）\t219',
      '原煤\t6,352,8万吨\t11,298.5万吨\t178',
      '原油\t43.6万吨\t201.2万吨\t462',
    ]);
  });
});

describe('the Markdown reader on constructed markup', () => {
  it('writes headings without #, and drops emphasis, code and link marks but keeps link text', () => {
    expect(linesOf('# 第三章 推动创新发展\n\n第一节 培育发展新动力\n---\n\n**加快**建设*晋中*国家`农业`高新技术产业[示范区](https://example.org)。~~删除~~\n')).toEqual([
      '第三章 推动创新发展',
      '第一节 培育发展新动力',
      '加快建设晋中国家农业高新技术产业示范区。删除',
    ]);
  });

  it('drops images, alone or inside a paragraph', () => {
    expect(linesOf('![专栏1](images/box.jpg)\n\n太谷国家农业科技园区![](a.png)建设取得新进展。\n')).toEqual(['太谷国家农业科技园区建设取得新进展。']);
  });

  it('writes list items each on a line: a bullet loses its mark, an ordered item keeps its number', () => {
    expect(linesOf('- 一核：中心城区\n  - 榆次区\n- 两心：平遥\n\n1. 山西信发化工有限公司年产110万吨轻质合金及配套项目；\n2. 孝义华庆铝业有限公司年产15万吨氢氧化铝项目。\n')).toEqual([
      '一核：中心城区',
      '榆次区',
      '两心：平遥',
      '1. 山西信发化工有限公司年产110万吨轻质合金及配套项目；',
      '2. 孝义华庆铝业有限公司年产15万吨氢氧化铝项目。',
    ]);
  });

  it('writes a table row per line with tab-separated cells, and closes the table with two blank lines', () => {
    expect(linesOf('| 指标名称 | 2015年 |\n| --- | ---: |\n| 地区生产总值（亿元） | **1041.1** |\n\n后文。\n')).toEqual([
      '指标名称\t2015年',
      '地区生产总值（亿元）\t1041.1',
      '',
      '',
      '后文。',
    ]);
  });

  it('joins soft-wrapped lines (without a space between Chinese characters) and breaks at hard breaks and <br>', () => {
    expect(linesOf('推进108廊带区域一体化\n发展示范区建设，and\nmore。  \n第二行<br>第三行\n')).toEqual(['推进108廊带区域一体化发展示范区建设，and more。', '第二行', '第三行']);
  });

  it('reduces HTML blocks to their text and drops comments', () => {
    expect(linesOf('<!-- 来源： 新华社 -->\n\n<div align="center">\n<p>第二章　指导方针</p>\n<p>第一节　指导思想</p>\n</div>\n\n正文。\n')).toEqual(['第二章　指导方针', '第一节　指导思想', '正文。']);
  });

  it('keeps a <details> block that is not a table of contents', () => {
    expect(linesOf('<details>\n<summary>说明</summary>\n\n本规划主要阐明战略意图。\n\n</details>\n')).toEqual(['说明', '本规划主要阐明战略意图。']);
  });

  it('keeps code blocks line by line', () => {
    expect(linesOf('```\n第一行\n第二行\n```\n')).toEqual(['第一行', '第二行']);
  });
});

describe('front matter', () => {
  it('gives its title as the first line and nothing else of it', () => {
    expect(linesOf('---\nsource: https://www.gov.cn/x.htm\ntitle: "晋中市国民经济和社会发展第十三个五年规划纲要"\n---\n\n正文。\n')).toEqual([
      '晋中市国民经济和社会发展第十三个五年规划纲要',
      '正文。',
    ]);
  });

  it('is only a block of fields at the very start', () => {
    expect(splitFrontMatter('正文\n---\ntitle: x\n---\n').title).toBeNull();
    expect(splitFrontMatter('---\n\n一段正文，不是字段。\n\n---\n').title).toBeNull();
    expect(splitFrontMatter('---\nauthor: 国务院\n---\n正文').title).toBeNull();
    expect(splitFrontMatter('---\nauthor: 国务院\n---\n正文').body).toBe('正文');
  });
});

describe('decoding and refusals', () => {
  it('reads GB18030 Markdown and says so', () => {
    const { text, encoding } = extractMarkdown(new Uint8Array(iconv.encode('## 第一节　培育发展新动力\n', 'gb18030')), 'gb.md');
    expect(encoding).toBe('gb18030');
    expect(text).toBe('第一节　培育发展新动力\n');
  });

  it('refuses a file with markup and no text, and binary content, naming the file', async () => {
    await expectRefused(() => extractMarkdown(new TextEncoder().encode('![](images/a.jpg)\n\n<!-- 空 -->\n\n---\n'), 'images.md'), 'images.md', /holds no text, only markup/);
    await expectRefused(() => extractMarkdown(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), 'chart.md'), 'chart.md', /binary content \(PNG image\)/);
  });
});
