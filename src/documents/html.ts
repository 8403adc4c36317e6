import type { ExtractedText } from '../model/document.ts';
import { readArticle } from './html-article.ts';
import { decodeHtml } from './html-charset.ts';
import { joinLines } from './line-writer.ts';
import { badInput } from './refuse.ts';

/**
 * A web page saved from a government site: decoded by its byte order mark, declared charset or
 * content (html-charset.ts), parsed, its article found (html-article.ts) and written one block
 * per line, the article's title first (the metadata reader looks for the title in the first
 * lines). Navigation, breadcrumbs, share bars, footers, scripts and styles are not the plan.
 */
export function extractHtml(bytes: Uint8Array, path: string): ExtractedText {
  const { text: html, encoding } = decodeHtml(bytes, path);
  const { title, body } = readArticle(html);
  if (body.length === 0) throw badInput(path, 'no article text in the web page (nothing but navigation, headers and footers)');
  return { text: joinLines(title === null ? body : [title, ...body]), encoding };
}
