import { isCjk, isSpace } from './chars.ts';
import type { Repair } from './draft.ts';
import { LineBuilder, rewriteLines } from './draft.ts';

/**
 * The 14th plan writes `,` `(` `)` `:` `;` inside Chinese sentences. Next to Chinese text they
 * become the full-width marks the other documents use, so that one rule or one search finds
 * both; between figures and Latin words (`1,000`, `2.97: 35.63`, `BOT (build)`) they stay.
 */
const FULL_WIDTH: Record<string, string> = { ',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '!': '！', '?': '？' };

export const unifyPunctuation: Repair = (draft) =>
  rewriteLines(draft, (line) => {
    const text = line.text;
    if (!/[,:;()!?]/.test(text)) return line;
    const out = new LineBuilder();
    // A closing bracket follows its opening one, so that `（%)` cannot happen.
    const opened: boolean[] = [];
    for (let i = 0; i < text.length; i++) {
      const ch = text[i] as string;
      const wide = FULL_WIDTH[ch];
      let widen = wide !== undefined && !isUrlColon(text, i) && (isCjk(neighbour(text, i, -1)) || isCjk(neighbour(text, i, 1)));
      if (ch === '(') opened.push(widen);
      if (ch === ')' && opened.length > 0) widen = opened.pop() as boolean;
      if (widen && wide !== undefined) out.push(wide, line.src[i] ?? line.eol);
      else out.keep(line, i);
    }
    return out.build(line);
  });

function neighbour(text: string, i: number, step: 1 | -1): string | undefined {
  for (let j = i + step; j >= 0 && j < text.length; j += step) {
    const ch = text[j];
    if (!isSpace(ch)) return ch;
  }
  return undefined;
}

function isUrlColon(text: string, i: number): boolean {
  return text[i] === ':' && text.startsWith('//', i + 1);
}
