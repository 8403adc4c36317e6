import { extname } from 'node:path';

import type { SourceFormat } from '../model/document.ts';

/** The file kinds PlanGraph reads, by extension (lower case, with the dot). */
export const FORMAT_BY_EXTENSION: Readonly<Record<string, SourceFormat>> = {
  '.txt': 'text',
  '.text': 'text',
  '.pdf': 'pdf',
  '.docx': 'docx',
  '.html': 'html',
  '.htm': 'html',
  '.md': 'markdown',
  '.markdown': 'markdown',
};

/** Kinds an analyst is likely to have beside the plans, refused with what to do instead. */
const REFUSED_BECAUSE: Readonly<Record<string, string>> = {
  '.doc': 'legacy Word (.doc) has no reader here: save it as .docx or PDF',
  '.wps': 'WPS documents have no reader here: save it as .docx or PDF',
  '.rtf': 'RTF has no reader here: save it as .docx, PDF or plain text',
  '.xls': 'spreadsheets are not plans',
  '.xlsx': 'spreadsheets are not plans',
  '.ofd': 'OFD has no reader here: save it as PDF',
  '.caj': 'CAJ has no reader here: save it as PDF',
};

/** The format a file is read as, from its extension; null when PlanGraph does not read it. */
export function formatOf(path: string): SourceFormat | null {
  return FORMAT_BY_EXTENSION[extname(path).toLowerCase()] ?? null;
}

/** Why a file is not read: one clause for the line that names it. */
export function unsupportedReason(path: string): string {
  const extension = extname(path).toLowerCase();
  return REFUSED_BECAUSE[extension] ?? `unsupported file type ${extension || '(no extension)'}: PlanGraph reads ${supportedExtensions().join(', ')}`;
}

export function supportedExtensions(): string[] {
  return Object.keys(FORMAT_BY_EXTENSION);
}

/** The formats as a user reads them in --help and the README. */
export const FORMAT_NAMES: Readonly<Record<SourceFormat, string>> = {
  text: 'plain text (.txt, UTF-8, UTF-16 or GB18030)',
  pdf: 'PDF with a text layer (.pdf)',
  docx: 'Word (.docx)',
  html: 'web pages saved from a government site (.html, .htm)',
  markdown: 'Markdown (.md)',
};
