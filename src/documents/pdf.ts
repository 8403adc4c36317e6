import type { ExtractedText } from '../model/document.ts';
import { dropFurniture, type PageLines } from './pdf-furniture.ts';
import { measureLayout } from './pdf-layout.ts';
import { type PdfReadOptions, readPdfPages } from './pdf-pages.ts';
import { assembleText } from './pdf-paragraphs.ts';
import { badInput } from './refuse.ts';
import { binaryMagic } from './text.ts';

/**
 * A page of prose holds hundreds of characters; fewer than this per page on average, once the
 * headers and page numbers are gone, is a scan (perhaps with a stamp or a scanner's watermark).
 */
const MIN_CHARS_PER_PAGE = 10;
/** Readers accept a PDF header after some junk, within the first kilobyte (as Acrobat does). */
const HEADER_WINDOW = 1024;

/**
 * The text of a PDF with a text layer: its lines in reading order, the wrapped lines of a
 * paragraph joined into one output line (across page breaks too), running headers, footers and
 * page numbers dropped, and where each page starts in the text. A file that is not a PDF, that
 * pdfjs cannot parse, that is encrypted or that has no text layer is refused with a BAD_INPUT
 * naming the file and the reason.
 */
export async function extractPdf(bytes: Uint8Array, path: string, options: PdfReadOptions = {}): Promise<ExtractedText> {
  refuseNonPdf(bytes, path);
  const pages = dropFurniture(await readPdfPages(bytes, path, options));
  refuseWithoutTextLayer(pages, path);
  return assembleText(pages, measureLayout(pages));
}

function refuseNonPdf(bytes: Uint8Array, path: string): void {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, HEADER_WINDOW));
  if (head.includes('%PDF-')) return;
  const magic = binaryMagic(bytes);
  throw badInput(path, `not a readable PDF (no %PDF- header${magic ? `: the content is a ${magic}` : ''})`);
}

function refuseWithoutTextLayer(pages: readonly PageLines[], path: string): void {
  if (pages.length === 0) throw badInput(path, 'not a readable PDF (it has no pages)');
  let characters = 0;
  for (const page of pages) for (const line of page.lines) characters += line.text.replace(/\s/g, '').length;
  if (characters >= MIN_CHARS_PER_PAGE * pages.length) return;
  const count = `${pages.length} page${pages.length === 1 ? '' : 's'}`;
  throw badInput(path, `no text layer (${count}, ${characters} characters of text): a scanned PDF needs OCR before PlanGraph can read it`);
}
