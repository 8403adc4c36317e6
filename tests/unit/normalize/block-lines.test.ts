import { describe, expect, it } from 'vitest';

import { normalize } from '../../../src/normalize/index.ts';

// The opening of the 14th national plan as the Markdown reader writes it: the title, the
// dateline, the first paragraph, each a block of its own line.
/** The national plans separate a heading's marker from its title with an ideographic space. */
const FULL_WIDTH_SPACE = '\u3000';
const TITLE = '中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要';
const DATELINE = '新华社北京3月12日电';
const FIRST = '中华人民共和国国民经济和社会发展第十四个五年（2021－2025年）规划和2035年远景目标纲要，根据《中共中央关于制定国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议》编制。';

describe('normalize: text whose lines are whole blocks (Word, HTML, Markdown)', () => {
  const text = `${TITLE}\n${DATELINE}\n\n\n${FIRST}\n专栏1${FULL_WIDTH_SPACE}重大项目\n晋中108廊带区域一体化发展示范区建设。\n\n\n第二节${FULL_WIDTH_SPACE}战略导向\n`;

  it('joins no two lines, where the plain-text rules would take a long unpunctuated title for a wrapped line', () => {
    expect(normalize(text).normalized.text.split('\n')[0]?.startsWith(`${TITLE}${DATELINE}`)).toBe(true);
    expect(normalize(text, { linesAreBlocks: true }).normalized.text.split('\n').slice(0, 3)).toEqual([TITLE, DATELINE, FIRST]);
  });

  it('still reads two blank lines as the end of a block, and is idempotent', () => {
    const { normalized } = normalize(text, { linesAreBlocks: true });
    const lines = normalized.text.split('\n');
    const breakLines = (normalized.blockBreaks ?? []).map((offset) => normalized.text.slice(offset).split('\n')[0]);
    expect(breakLines).toEqual([FIRST, '第二节　战略导向'].map((line) => normalize(line).normalized.text));
    expect(normalize(normalized.text, { linesAreBlocks: true }).normalized.text).toBe(normalized.text);
    expect(lines).toHaveLength(6);
  });
});
