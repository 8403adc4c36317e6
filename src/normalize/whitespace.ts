import { isSpace } from './chars.ts';
import type { Repair } from './draft.ts';
import { LineBuilder, rewriteLines } from './draft.ts';

/**
 * Indentation, trailing blanks and runs of spaces carry no meaning once lines are paragraphs.
 * A run that holds a tab separates table cells and stays a single tab; any other run becomes
 * one ASCII space (no-break and ideographic spaces included), which the next repair may drop.
 */
export const collapseWhitespace: Repair = (draft) =>
  rewriteLines(draft, (line) => {
    const text = line.text;
    let start = 0;
    let end = text.length;
    while (start < end && isSpace(text[start])) start++;
    while (end > start && isSpace(text[end - 1])) end--;
    const out = new LineBuilder();
    for (let i = start; i < end; ) {
      if (!isSpace(text[i])) {
        out.keep(line, i);
        i++;
        continue;
      }
      let j = i;
      let tab = false;
      while (j < end && isSpace(text[j])) {
        tab ||= text[j] === '\t';
        j++;
      }
      out.push(tab ? '\t' : ' ', line.src[i] ?? line.eol);
      i = j;
    }
    return out.build(line);
  });
