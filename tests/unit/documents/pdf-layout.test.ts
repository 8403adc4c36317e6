import { describe, expect, it } from 'vitest';

import { dropFurniture, maskedText, type PageLines } from '../../../src/documents/pdf-furniture.ts';
import { measureLayout } from '../../../src/documents/pdf-layout.ts';
import { groupLines, type PlacedText, type TextLine } from '../../../src/documents/pdf-lines.ts';
import { assembleText, glue } from '../../../src/documents/pdf-paragraphs.ts';

// The pure passes of the PDF reader on pages laid out by hand: A4 (595 × 842 pt), 12 pt text,
// lines 18 pt apart, the text block from x = 60 to x = 540 (40 characters of 12 pt).
const A4 = { width: 595, height: 842 };
const EM = 12;
const LEFT = 60;
const FULL = 40;

/** A run of CJK text set solid, `chars` ems wide. */
function cjk(text: string, x: number, y: number, size = EM): PlacedText {
  return { text, x, y, width: [...text].length * size, size };
}

/** A line of `chars` characters of body text starting `indent` characters in. */
function line(text: string, y: number, { indent = 0, chars = [...text].length, size = EM } = {}): TextLine {
  return { text, left: LEFT + indent * size, right: LEFT + (indent + chars) * size, baseline: y, size };
}

const 甲 = '甲'.repeat(FULL);

describe('groupLines', () => {
  it('sets CJK runs of one baseline side by side, lines top to bottom whatever the drawing order', () => {
    const lines = groupLines([cjk('发展示范区', 120, 118), cjk('晋中108廊带', 60, 100), cjk('区域一体化', 60, 118), cjk('地处山西中部', 144, 100)]);
    expect(lines.map((l) => l.text)).toEqual(['晋中108廊带地处山西中部', '区域一体化发展示范区']);
  });

  it('puts a space between Latin words where the gap is a word space, not where it is kerning', () => {
    const run = (text: string, x: number): PlacedText => ({ text, x, y: 100, width: text.length * 6, size: EM });
    const lines = groupLines([run('Build', 60), run('Operate', 60 + 30 + 3), run('Tran', 200), run('sfer', 200 + 24 + 0.5)]);
    expect(lines[0]?.text).toBe('Build Operate Transfer');
  });

  it('keeps a superscript on its line and drops a run overprinted to fake bold', () => {
    const lines = groupLines([cjk('第一章', 60, 100), cjk('第一章', 60.3, 100), { text: '2', x: 96, y: 96, width: 4, size: 7 }, cjk('形势', 100, 100)]);
    expect(lines).toHaveLength(1);
    expect(lines[0]?.text).toBe('第一章2形势');
    expect(lines[0]?.size).toBe(EM);
  });
});

describe('dropFurniture', () => {
  const header = (title: string): TextLine => ({ text: title, left: 200, right: 400, baseline: 30, size: 9 });
  const footer = (text: string): TextLine => ({ text, left: 280, right: 320, baseline: 815, size: 9 });
  // Every page's prose is its own: the same words at the same place on the next page would be furniture.
  const body = (n: number): TextLine[] => [line(`正文${'春夏秋冬东南西北'[n]?.repeat(FULL)}`.slice(0, FULL), 90), line(`${'春夏秋冬东南西北'[n]}末行。`, 108)];

  it('drops a running title and the page numbers that stand at the same places page after page', () => {
    const pages: PageLines[] = [1, 2, 3, 4].map((n) => ({ ...A4, lines: [header('晋中市国民经济和社会发展第十三个五年规划纲要'), ...body(n), footer(`— ${n} —`)] }));
    const kept = dropFurniture(pages);
    expect(kept.map((page) => page.lines.map((l) => l.text))).toEqual(pages.map((page) => page.lines.slice(1, 3).map((l) => l.text)));
  });

  it('keeps the title line of a one-page document but drops its page number', () => {
    const kept = dropFurniture([{ ...A4, lines: [header('关于印发实施方案的通知'), ...body(1), footer('第 1 页')] }]);
    expect(kept[0]?.lines.map((l) => l.text)).toEqual(['关于印发实施方案的通知', ...body(1).map((l) => l.text)]);
  });

  it('keeps the body of a report printed twice in one file: its pages repeat a report apart, not next door', () => {
    const report = [0, 1, 2, 3].map((n) => ({ ...A4, lines: body(n) }));
    const kept = dropFurniture([...report, ...report]);
    expect(kept.flatMap((page) => page.lines)).toHaveLength(16);
  });

  it('drops a chapter header on a chapter of one page, at the place where headers stand on the other pages', () => {
    const titles = ['第一章 总体要求', '第一章 总体要求', '第一章 总体要求', '第二章 重点任务', '第三章 保障措施', '第三章 保障措施'];
    const kept = dropFurniture(titles.map((title, n) => ({ ...A4, lines: [header(title), ...body(n)] })));
    expect(kept.every((page) => page.lines[0]?.text.startsWith('正文'))).toBe(true);
  });

  it('keeps table cells that repeat at the top of page after page: they stand where the body starts, not in the margin', () => {
    const cells = [0, 1, 2, 3].map((n) => ({ ...A4, lines: [header('晋中市国民经济和社会发展第十三个五年规划纲要'), line('亿元', 90), line('预期性', 108), ...body(n).map((l) => ({ ...l, baseline: l.baseline + 36 }))] }));
    const prose = [4, 5, 6].map((n) => ({ ...A4, lines: [header('晋中市国民经济和社会发展第十三个五年规划纲要'), ...body(n)] }));
    const kept = dropFurniture([...cells, ...prose]);
    expect(kept.slice(0, 4).map((page) => page.lines.map((l) => l.text).slice(0, 2))).toEqual(cells.map(() => ['亿元', '预期性']));
    expect(kept.every((page) => page.lines.every((l) => l.text !== '晋中市国民经济和社会发展第十三个五年规划纲要'))).toBe(true);
  });

  it('masks numbers one by one, so that a row of figures is not a page number', () => {
    expect(maskedText('第 12 页 共 40 页')).toBe('第#页共#页');
    expect(maskedText('2016 2017')).toBe('# #');
    const figures = [1, 2, 3].map((n) => ({ ...A4, lines: [...body(n), { ...footer('2016 2017'), left: LEFT }] }));
    expect(dropFurniture(figures).map((page) => page.lines.length)).toEqual([3, 3, 3]);
  });
});

describe('assembleText', () => {
  const page = (lines: TextLine[]): PageLines => ({ ...A4, lines });
  const assemble = (pages: PageLines[]) => assembleText(pages, measureLayout(pages));

  it('joins wrapped lines, starts a paragraph at an indent, after a short line, at a gap or a change of size', () => {
    const pages = [
      page([
        line('第一章 总体要求', 100, { indent: 10, size: 16 }),
        line(`乙${甲}`.slice(0, FULL - 2), 130, { indent: 2 }),
        line(甲, 148),
        line('丙丙丙。', 166),
        line(`丁${甲}`.slice(0, FULL - 2), 184, { indent: 2 }),
        line('戊戊。', 202),
        line(`己${甲}`.slice(0, FULL), 240),
        line('庚。', 258),
      ]),
    ];
    const { text, pageStarts } = assemble(pages);
    expect(text.split('\n')).toEqual(['第一章 总体要求', `乙${甲}`.slice(0, FULL - 2) + 甲 + '丙丙丙。', `丁${甲}`.slice(0, FULL - 2) + '戊戊。', '', `己${甲}`.slice(0, FULL) + '庚。', '']);
    expect(pageStarts).toEqual([0]);
  });

  it('continues a paragraph across a page break when the page ends on a full line and the next starts at the margin', () => {
    const pages = [page([line(`甲${甲}`.slice(0, FULL - 2), 100, { indent: 2 }), line(甲, 118)]), page([line('乙'.repeat(FULL), 100), line('乙乙。', 118)]), page([line('丙丙丙。', 100, { indent: 2 }), line('丁丁。', 118, { indent: 2 })])];
    const { text, pageStarts } = assemble(pages);
    expect(text).toBe(`${`甲${甲}`.slice(0, FULL - 2)}${甲}${'乙'.repeat(FULL)}乙乙。\n丙丙丙。\n丁丁。\n`);
    expect(pageStarts).toEqual([0, FULL - 2 + FULL, text.indexOf('丙')]);
    expect(text[pageStarts[1]! - 1]).toBe('甲');
  });

  it('gives a page without text an empty line of its own, so that every page has a start and the starts increase', () => {
    const pages = [page([]), page([line(甲, 100), line('乙乙。', 118)]), page([]), page([line('丙丙。', 100, { indent: 2 })])];
    const { text, pageStarts } = assemble(pages);
    expect(text).toBe(`\n${甲}乙乙。\n\n丙丙。\n`);
    expect(pageStarts).toEqual([0, 1, FULL + 5, FULL + 6]);
  });

  it('reads where full lines end from the margins when too few lines show it (a page of two short lines)', () => {
    const pages = [page([line('晋中市国民经济和社会发展第十三个五年规划纲要', 100), line('第一章 “十三五”时期经济社会发展面临的形势', 124)])];
    expect(assemble(pages).text).toBe('晋中市国民经济和社会发展第十三个五年规划纲要\n第一章 “十三五”时期经济社会发展面临的形势\n');
  });

  it('glues wrapped Latin words with a space and CJK with nothing', () => {
    expect(glue('Build-Operate-', 'Transfer')).toBe('');
    expect(glue('public–private', 'partnership')).toBe(' ');
    expect(glue('模式是英文', 'Transfer')).toBe('');
    expect(glue('达到1046.1', '亿元')).toBe('');
  });
});
