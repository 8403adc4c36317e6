import { parseHTML } from 'linkedom';
import type { Token } from 'markdown-it';

import { blockLines } from './html-blocks.ts';
import { LineWriter, tidyLine } from './line-writer.ts';

/**
 * Markdown tokens to lines, one block per line: a heading without its `#`, a paragraph (its soft
 * line breaks joined), a list item (an ordered one keeps the number its author typed, a bullet
 * loses its mark), a table row with tab-separated cells, a quote's paragraphs. Emphasis, link and
 * code marks go, link text stays, images go. HTML blocks are reduced to their text, except a
 * collapsed table of contents (`<details><summary>目录</summary>` and the list in it): its
 * entries read like the headings they list and would open every chapter twice.
 */
export function markdownLines(tokens: readonly Token[]): string[] {
  const reader = new TokenReader();
  for (const token of tokens) reader.take(token);
  return reader.out.result();
}

const TOC_OPEN = /<details\b[^>]*>\s*<summary\b[^>]*>\s*目\s*录\s*<\/summary>/i;

class TokenReader {
  readonly out = new LineWriter();
  /** The cells of the table row being read, and the text of its open cell. */
  private cells: string[] | null = null;
  private cell: string | null = null;
  /** Inside a collapsed table of contents, and the nesting depth of the list being skipped. */
  private inContents = false;
  private skipDepth = 0;

  take(token: Token): void {
    if (this.skipDepth > 0) {
      this.skipDepth += token.nesting;
      return;
    }
    if (this.inContents) {
      this.inContents = false;
      if (token.type === 'bullet_list_open' || token.type === 'ordered_list_open') {
        this.inContents = true;
        this.skipDepth = 1;
        return;
      }
      if (token.type === 'html_block' && /<\/?details\b/i.test(token.content)) return;
    }
    this.read(token);
  }

  private read(token: Token): void {
    switch (token.type) {
      case 'inline':
        if (this.cell !== null) this.cell += inlineText(token.children ?? []);
        else if (isRejectedPipeTable(token.content)) this.pipeRows(inlineText(token.children ?? []));
        else writeInline(token.children ?? [], this.out);
        return;
      case 'list_item_open':
        this.out.flush();
        if (token.info !== '') this.out.text(`${token.info}${token.markup} `);
        return;
      case 'blockquote_close':
      case 'table_close':
        this.out.blockBreak();
        return;
      case 'code_block':
      case 'fence':
        for (const line of token.content.split('\n')) this.out.line(tidyLine(line, false));
        return;
      case 'html_block':
        this.htmlBlock(token.content);
        return;
      default:
        this.tableToken(token);
    }
  }

  private tableToken(token: Token): void {
    if (token.type === 'tr_open') this.cells = [];
    else if (token.type === 'th_open' || token.type === 'td_open') this.cell = '';
    else if (token.type === 'th_close' || token.type === 'td_close') {
      this.cells?.push(tidyLine(this.cell ?? '', false));
      this.cell = null;
    } else if (token.type === 'tr_close') {
      const cells = this.cells ?? [];
      while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
      this.out.line(cells.join('\t'));
      this.cells = null;
    } else if (token.type !== 'paragraph_open' && (token.nesting !== 0 || token.type === 'hr')) {
      // A paragraph opens after its list item's number, which is its first words.
      this.out.flush();
    }
  }

  /** Rows of a pipe table markdown-it did not take for one: each a line, cells tab-separated. */
  private pipeRows(text: string): void {
    for (const row of text.split('\n')) {
      if (/^[\s|:-]*$/.test(row)) continue;
      const cells = row.trim().replace(/^\||\|$/g, '').split('|').map((cell) => tidyLine(cell, false));
      while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
      this.out.line(cells.join('\t'));
    }
    this.out.blockBreak();
  }

  private htmlBlock(html: string): void {
    if (TOC_OPEN.test(html)) {
      this.inContents = true;
      return;
    }
    const { document } = parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`);
    this.out.flush();
    for (const line of blockLines(document.body)) {
      if (line === '') this.out.blank();
      else this.out.line(line);
    }
    if (/<\/(?:table|blockquote)>\s*$/i.test(html)) this.out.blockBreak();
  }
}

/**
 * Lines that all start with `|`: a pipe table whose delimiter row does not match its header
 * (1953's plan has one), which markdown-it reads as a paragraph and would join into one line.
 */
function isRejectedPipeTable(source: string): boolean {
  const lines = source.split('\n');
  return lines.length >= 2 && lines.every((line) => line.trimStart().startsWith('|'));
}

function writeInline(children: readonly Token[], out: LineWriter): void {
  for (const child of children) {
    if (child.type === 'hardbreak' || (child.type === 'html_inline' && /^<br\b/i.test(child.content))) out.flush();
    else out.text(inlineText([child]));
  }
}

/** The words of inline tokens: text and code as written, a soft break as a source line break. */
function inlineText(children: readonly Token[]): string {
  let text = '';
  for (const child of children) {
    if (child.type === 'text' || child.type === 'code_inline') text += child.content;
    else if (child.type === 'softbreak' || child.type === 'hardbreak') text += '\n';
  }
  return text;
}
