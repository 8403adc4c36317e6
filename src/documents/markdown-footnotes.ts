import type { MarkdownIt, StateBlock, StateInline } from 'markdown-it';

/**
 * Footnotes as the national plans write them (`合作社营[^2]`, and `[^2]: 这个本子所说的…` at the
 * end), without the footnote extension. Plain markdown-it reads a definition whose text has no
 * space as a link reference, drops it, and turns every mark into a link reading `^2`: the notes
 * vanish and the marks split sentences and names. Here a mark is dropped and a definition is a
 * paragraph of its text, where it stands.
 */
export function footnotes(md: MarkdownIt): void {
  md.block.ruler.before('reference', 'footnote_definition', footnoteDefinition, { alt: ['paragraph', 'reference'] });
  md.inline.ruler.before('link', 'footnote_reference', footnoteReference);
}

const DEFINITION = /^\[\^[^\]\s]+\]:[ \t]*/;
const REFERENCE = /^\[\^[^\]\s]+\](?!:)/;
/** A footnote's later paragraphs are indented by four columns, like a list item's. */
const CONTINUATION_INDENT = 4;

function footnoteDefinition(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (indentOf(state, startLine) >= CONTINUATION_INDENT) return false;
  const marker = DEFINITION.exec(lineText(state, startLine));
  if (!marker) return false;
  if (silent) return true;
  const paragraphs: string[][] = [[lineText(state, startLine).slice(marker[0].length)]];
  let line = startLine + 1;
  while (line < endLine) {
    if (state.isEmpty(line)) {
      let after = line + 1;
      while (after < endLine && state.isEmpty(after)) after++;
      if (after >= endLine || indentOf(state, after) < CONTINUATION_INDENT) break;
      paragraphs.push([]);
      line = after;
    }
    if (DEFINITION.test(lineText(state, line))) break;
    paragraphs[paragraphs.length - 1]?.push(lineText(state, line));
    line++;
  }
  for (const paragraph of paragraphs) pushParagraph(state, paragraph.join('\n'), startLine, line);
  state.line = line;
  return true;
}

function pushParagraph(state: StateBlock, content: string, startLine: number, endLine: number): void {
  const open = state.push('paragraph_open', 'p', 1);
  open.map = [startLine, endLine];
  const inline = state.push('inline', '', 0);
  inline.content = content;
  inline.map = [startLine, endLine];
  inline.children = [];
  state.push('paragraph_close', 'p', -1);
}

function footnoteReference(state: StateInline, _silent: boolean): boolean {
  if (state.src.charCodeAt(state.pos) !== 0x5b || state.src.charCodeAt(state.pos + 1) !== 0x5e) return false;
  const mark = REFERENCE.exec(state.src.slice(state.pos));
  if (!mark) return false;
  state.pos += mark[0].length;
  return true;
}

function lineText(state: StateBlock, line: number): string {
  return state.src.slice((state.bMarks[line] ?? 0) + (state.tShift[line] ?? 0), state.eMarks[line] ?? 0);
}

function indentOf(state: StateBlock, line: number): number {
  return (state.sCount[line] ?? 0) - state.blkIndent;
}
