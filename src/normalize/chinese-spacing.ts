import { isAsciiDigit, isCjk } from './chars.ts';
import type { Repair } from './draft.ts';
import { LineBuilder, rewriteLines } from './draft.ts';
import { isTableRow } from './line-joining.ts';

/**
 * Chinese is written without spaces; the PDF text puts them around figures (`2015 年`,
 * `由 149.2 亿元`) and between letter-spaced characters (`政 府 工 作 报 告`). A space goes
 * when Chinese is on one side and Chinese or a figure on the other. It stays between Latin
 * words and Chinese (`LED 项目`), between figures, after a heading's number (`第一章 总则`,
 * `表1-1 …`) and in table rows, where it separates the cells.
 */
const HEADING_NUMBER = /^(?:第[一二三四五六七八九十百零〇两]+[篇章节]|专栏\s*\d+|表\s*\d+(?:[-—－]\d+)?) /;

export const removeSpacesInChineseText: Repair = (draft) =>
  rewriteLines(draft, (line) => {
    const text = line.text;
    if (!text.includes(' ') || isTableRow(text)) return line;
    const heading = HEADING_NUMBER.exec(text);
    const headingSpace = heading ? heading[0].length - 1 : -1;
    const out = new LineBuilder();
    for (let i = 0; i < text.length; i++) {
      if (text[i] === ' ' && i !== headingSpace && i > 0 && i < text.length - 1 && removable(text[i - 1], text[i + 1])) continue;
      // 专栏 1 / 表 2: the number belongs to the marker.
      if (text[i] === ' ' && heading && i < headingSpace && i > 0) continue;
      out.keep(line, i);
    }
    return out.build(line);
  });

function removable(before: string | undefined, after: string | undefined): boolean {
  const figureBefore = isAsciiDigit(before) || before === '%';
  const figureAfter = isAsciiDigit(after);
  if (isCjk(before)) return isCjk(after) || figureAfter;
  if (isCjk(after)) return figureBefore;
  return false;
}
