import type { ExtractedText } from '../model/document.ts';
import { extractPlainText } from './text.ts';

/** Markdown: read as plain text until the Markdown reader is written (issue 15). */
export function extractMarkdown(bytes: Uint8Array, path: string): ExtractedText {
  return extractPlainText(bytes, path);
}
