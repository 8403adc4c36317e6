import MarkdownIt from 'markdown-it';

import type { ExtractedText } from '../model/document.ts';
import { joinLines, tidyLine } from './line-writer.ts';
import { footnotes } from './markdown-footnotes.ts';
import { markdownLines } from './markdown-lines.ts';
import { badInput } from './refuse.ts';
import { extractPlainText } from './text.ts';

/**
 * Markdown: decoded as plain text is (BOM, UTF-8, GB18030; binary refused), parsed by
 * markdown-it (HTML allowed, so that HTML blocks are known as such and reduced to their text),
 * written one block per line (markdown-lines.ts). A front matter's title becomes the first line,
 * where the metadata reader looks for the plan's title; its other fields are not the plan's text.
 */
export function extractMarkdown(bytes: Uint8Array, path: string): ExtractedText {
  const { text: source, encoding } = extractPlainText(bytes, path);
  const { title, body } = splitFrontMatter(source);
  const lines = markdownLines(PARSER.parse(body, {}));
  if (lines.length === 0) throw badInput(path, 'the Markdown file holds no text, only markup');
  return { text: joinLines(title === null ? lines : [title, ...lines]), encoding };
}

const PARSER = new MarkdownIt({ html: true, linkify: false, typographer: false }).use(footnotes);

/** `---`, lines of `key: value` (or indented, or list items), and a closing line of dashes. */
const FRONT_MATTER = /^---[ \t]*\r?\n((?:[^\n]*\r?\n)*?)-{3,}[ \t]*(?:\r?\n|$)/;
const FIELD = /^(?:[\w-]+[ \t]*:|[ \t]|-[ \t]|#|$)/;

export function splitFrontMatter(source: string): { title: string | null; body: string } {
  const match = FRONT_MATTER.exec(source);
  const fields = match?.[1]?.split(/\r?\n/) ?? [];
  if (!match || !fields.every((line) => FIELD.test(line))) return { title: null, body: source };
  const value = fields.map((line) => /^title[ \t]*:[ \t]*(.*)$/.exec(line)?.[1]).find((found) => found !== undefined);
  const title = value === undefined ? '' : tidyLine(value.replace(/^(["'])(.*)\1$/, '$2'), false);
  return { title: title === '' ? null : title, body: source.slice(match[0].length) };
}
