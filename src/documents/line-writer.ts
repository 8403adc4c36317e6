/**
 * The text the Word, HTML and Markdown readers return: one block (heading, paragraph, list
 * item, table row) per line, because the normaliser and the structure stage find 第一章, 专栏 and
 * 一、 by their text on a line of their own. Blank lines are rare and mean something: the
 * normaliser reads two blank lines as the end of a 专栏 box (晋中's Word export closes boxes that
 * way), so they are written only where the document itself has an empty paragraph or a frame
 * (a table, a quote) ends.
 */
export class LineWriter {
  private readonly lines: string[] = [];
  private pending = '';

  /**
   * @param literal Word text: every space and tab is the author's (`第一章  …` with two, a tab
   * stop). HTML and Markdown whitespace is source layout and collapses as a browser collapses it.
   */
  private readonly literal: boolean;

  constructor(literal = false) {
    this.literal = literal;
  }

  /** Inline text of the current block, as the source has it (line breaks inside are soft). */
  text(raw: string): void {
    this.pending += raw;
  }

  /** Ends the current block, if it has any text. */
  flush(): void {
    const line = tidyLine(this.pending, this.literal);
    this.pending = '';
    if (line.length > 0) this.lines.push(line);
  }

  /** A whole line already made (a table row whose cells are tab-separated). */
  line(text: string): void {
    this.flush();
    if (text.length > 0) this.lines.push(text);
  }

  /** An empty paragraph: one more blank line (a `<br>` only ends a line, it never makes a blank one). */
  blank(): void {
    this.flush();
    if (this.lines.length > 0 && this.trailingBlanks() < MAX_BLANK_LINES) this.lines.push('');
  }

  /** The end of a frame (a table, a quote, a 专栏 box drawn as a table): two blank lines. */
  blockBreak(): void {
    this.flush();
    while (this.lines.length > 0 && this.trailingBlanks() < MAX_BLANK_LINES) this.lines.push('');
  }

  /** The lines so far, without blank lines at either end. */
  result(): string[] {
    this.flush();
    return this.lines.slice(0, this.lines.length - this.trailingBlanks());
  }

  private trailingBlanks(): number {
    let count = 0;
    while (count < this.lines.length && this.lines[this.lines.length - 1 - count] === '') count++;
    return count;
  }
}

/** Two blank lines already end a block for the normaliser; more say nothing more. */
const MAX_BLANK_LINES = 2;

/** The lines joined as stored text: each line ends with a line break. */
export function joinLines(lines: readonly string[]): string {
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

/**
 * One line of a block. Source whitespace collapses as a browser collapses it (a run is one
 * space, no-break spaces are spaces), and a line break between two Chinese characters goes (CSS
 * Text 3 does the same: Chinese is not written with spaces); literal text (Word) keeps its spaces
 * and tabs. Either way indentation (ASCII, no-break or ideographic spaces) is trimmed, but a
 * leading tab stays: the normaliser reads a tab as a table cell, as Word exports them. Ideographic
 * spaces inside the line stay: the national plans separate `第一章` from its title with one.
 */
export function tidyLine(raw: string, literal: boolean): string {
  const text = raw.replace(/\u00a0/g, ' ');
  const collapsed = literal
    ? text.replace(/[\n\r\f]+/g, ' ')
    : text.replace(/[ \t\n\r\f]+/g, (run: string, offset: number) =>
        /[\n\r]/.test(run) && isChinese(text[offset - 1]) && isChinese(text[offset + run.length]) ? '' : ' ',
      );
  return collapsed.replace(/^[ \u3000]+/, '').replace(/[\s\u3000]+$/, '');
}

/** Han characters and the full-width punctuation written between them. */
const CHINESE = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2018\u2019\u201c\u201d\u2014\u2026\u00b7]/u;

function isChinese(ch: string | undefined): boolean {
  return ch !== undefined && CHINESE.test(ch);
}

/** Lines written again after some were dropped: no blank lines at the ends, at most two in a row. */
export function relayLines(lines: readonly string[]): string[] {
  const out = new LineWriter();
  for (const line of lines) {
    if (line === '') out.blank();
    else out.line(line);
  }
  return out.result();
}
