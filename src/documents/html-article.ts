import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

import { blockLines, childElements, FRAME_CLASS, tagOf } from './html-blocks.ts';
import { dropChromeBlocks, isChromeLine } from './html-chrome.ts';
import { densestBlockLines, linkDensity } from './html-density.ts';
import { relayLines, tidyLine } from './line-writer.ts';

export interface Article {
  /** The article's title as the page shows it, or null when the page names none. */
  title: string | null;
  /** The article body, one block per line, without page furniture. */
  body: string[];
}

/**
 * The article of a saved web page. Readability finds the body (it weighs paragraphs, commas,
 * full-width ones included, and link density, and knows the class names of page furniture);
 * when it finds nothing, the container holding most non-link text is taken instead. Either way,
 * furniture lines left inside the body (an info bar, a footer in the same table) are dropped.
 */
export function readArticle(html: string): Article {
  const { document } = parseHTML(html);
  const title = pageTitle(document);
  let body = readabilityBody(html).filter((line) => !isChromeLine(line));
  if (!body.some((line) => line !== '')) body = densestBlockLines(document).filter((line) => !isChromeLine(line));
  body = relayLines(body);
  if (title !== null && body[0] !== undefined && squeeze(body[0]) === squeeze(title)) body = relayLines(body.slice(1));
  return { title, body };
}

const MAX_LINK_DENSITY = 0.5;

function readabilityBody(html: string): string[] {
  const { document } = parseHTML(html);
  markFrames(document);
  try {
    const article = new Readability<Node>(document, { classesToPreserve: [FRAME_CLASS], serializer: (node) => node }).parse();
    if (!article?.content) return [];
    dropChromeBlocks(article.content as Element);
    // Given a page of menus only, Readability still returns its best guess: a menu is no article.
    return linkDensity(article.content) < MAX_LINK_DENSITY ? blockLines(article.content) : [];
  } catch {
    // Readability was written for browsers' DOMs; should linkedom's lack something it uses, the
    // page is still read, by the reader's own choice of the article.
    return [];
  }
}

/**
 * Tables and quotes are frames whose end closes a 专栏 box. Readability replaces a one-cell
 * table (the usual drawing of a box) by its cell, so the cell is marked too.
 */
function markFrames(document: Document): void {
  for (const frame of [...document.querySelectorAll('table, blockquote')]) {
    frame.classList.add(FRAME_CLASS);
    if (tagOf(frame) !== 'table') continue;
    const cells = frame.querySelectorAll('td, th');
    if (cells.length === 1) cells[0]?.classList.add(FRAME_CLASS);
  }
}

/**
 * The article's title: the longest heading (or element classed as a title) that the page's
 * `<title>` contains, since sites title pages `<article>_<column>_<site>` and also put the site's
 * name in a heading; else the longest part of `<title>`; else the first h1.
 */
export function pageTitle(document: Document): string | null {
  const declared = squeeze(document.title ?? '');
  const candidates = titleCandidates(document).filter((text) => declared.length > 0 && declared.includes(squeeze(text)));
  const longest = (texts: string[]): string | null => texts.reduce<string | null>((best, text) => (best === null || squeeze(text).length > squeeze(best).length ? text : best), null);
  if (candidates.length > 0) return longest(candidates);
  if (declared.length > 0) return longest(tidyLine(document.title, false).split(/\s*[_|｜]\s*|\s+[-–—]\s+/).filter((part) => part.length > 0));
  return titleCandidates(document)[0] ?? null;
}

const TITLE_NAME = /title|biaoti/i;
const MAX_TITLE_CHARS = 120;

function titleCandidates(document: Document): string[] {
  const body = document.body as Element | null;
  if (!body) return [];
  const found: string[] = [];
  const visit = (element: Element): void => {
    const tag = tagOf(element);
    const named = TITLE_NAME.test(`${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`);
    if (/^h[1-3]$/.test(tag) || named) {
      const text = tidyLine(element.textContent ?? '', false);
      if (text.length >= 2 && text.length <= MAX_TITLE_CHARS) found.push(text);
    }
    for (const child of childElements(element)) visit(child);
  };
  visit(body);
  return found;
}

function squeeze(text: string): string {
  return text.replace(/[\s\u00a0\u3000]+/g, '');
}
