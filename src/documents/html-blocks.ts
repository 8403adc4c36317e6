import { LineWriter } from './line-writer.ts';

/**
 * HTML to lines, one block per line, for the Word reader (mammoth's HTML) and the web page
 * reader (the article Readability found). A heading, paragraph, list item or table row is a
 * line; `<br>` ends a line; inline markup (bold, links, spans, footnote marks) flows into the
 * line around it; scripts, styles, media and form controls are dropped.
 */

/** Elements whose content is no text a reader reads. */
const SKIPPED = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'object', 'embed', 'svg', 'canvas', 'img',
  'picture', 'video', 'audio', 'map', 'button', 'input', 'select', 'textarea', 'option', 'meta', 'link',
]);

/** Elements that start and end a line; any other element is inline. */
const BLOCKS = new Set([
  'html', 'body', 'address', 'article', 'aside', 'blockquote', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl',
  'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'section', 'summary', 'ul', 'caption', 'tr', 'td', 'th',
]);

/** Frames whose end ends a 专栏 box for the normaliser (see LineWriter.blockBreak). */
const FRAMES = new Set(['table', 'blockquote']);

/**
 * Marks an element that must stay a frame through Readability, which turns a one-cell table
 * (the usual drawing of a 专栏 box) into a plain div.
 */
export const FRAME_CLASS = 'plangraph-frame';

export interface BlockOptions {
  /** Text whose spaces and tabs are the author's (Word), not source layout (HTML). */
  literal?: boolean;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** The lines of an element's content. */
export function blockLines(root: Node, options: BlockOptions = {}): string[] {
  const out = new LineWriter(options.literal ?? false);
  walkChildren(root, out, options);
  return out.result();
}

export function tagOf(element: Element): string {
  return element.tagName.toLowerCase();
}

export function childElements(node: Node): Element[] {
  return [...node.childNodes].filter((child): child is Element => child.nodeType === ELEMENT_NODE);
}

function walkChildren(node: Node, out: LineWriter, options: BlockOptions): void {
  for (const child of [...node.childNodes]) walk(child, out, options);
}

function walk(node: Node, out: LineWriter, options: BlockOptions): void {
  if (node.nodeType === TEXT_NODE) {
    out.text(node.nodeValue ?? '');
    return;
  }
  if (node.nodeType !== ELEMENT_NODE) return;
  const element = node as Element;
  const tag = tagOf(element);
  if (SKIPPED.has(tag) || isHidden(element)) return;
  if (tag === 'br') out.flush();
  else if (tag === 'table') walkTable(element, out, options);
  else if (tag === 'pre') for (const line of (element.textContent ?? '').split('\n')) out.line(line.trim());
  else if (!BLOCKS.has(tag) && !element.classList.contains(FRAME_CLASS)) walkChildren(element, out, options);
  else {
    out.flush();
    walkChildren(element, out, options);
    if (tag === 'p' && isEmptyParagraph(element)) out.blank();
    else out.flush();
  }
  if (FRAMES.has(tag) || element.classList.contains(FRAME_CLASS)) out.blockBreak();
}

function walkTable(table: Element, out: LineWriter, options: BlockOptions): void {
  out.flush();
  for (const child of childElements(table)) {
    const tag = tagOf(child);
    if (tag === 'caption') out.line(blockLines(child, options).join(' '));
    else if (tag === 'tr') walkRow(child, out, options);
    else if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot') {
      for (const row of childElements(child)) if (tagOf(row) === 'tr') walkRow(row, out, options);
    }
  }
}

/**
 * A row of cells is a line, cells separated by a tab. A row with a single filled cell is not
 * tabular: it is a box (专栏 drawn as a one-cell table) or page layout, and its paragraphs are
 * lines of their own.
 */
function walkRow(row: Element, out: LineWriter, options: BlockOptions): void {
  const cells = childElements(row).filter((cell) => tagOf(cell) === 'td' || tagOf(cell) === 'th');
  const contents = cells.map((cell) => blockLines(cell, options));
  const filled = contents.filter((lines) => lines.length > 0);
  if (filled.length === 1) {
    for (const line of filled[0] ?? []) {
      if (line === '') out.blank();
      else out.line(line);
    }
    return;
  }
  const texts = contents.map((lines) => lines.filter((line) => line !== '').join(' ').replace(/\t/g, ' '));
  while (texts.length > 0 && texts[texts.length - 1] === '') texts.pop();
  out.line(texts.join('\t'));
}

/** An empty paragraph is a blank line (Word authors space blocks with them); one holding an image is not. */
function isEmptyParagraph(element: Element): boolean {
  return (element.textContent ?? '').replace(/[\s\u00a0\u3000]+/g, '') === '' && element.querySelector('img, svg, object, embed, iframe, table') === null;
}

function isHidden(element: Element): boolean {
  return element.hasAttribute('hidden') || /display\s*:\s*none|visibility\s*:\s*hidden/i.test(element.getAttribute('style') ?? '');
}
