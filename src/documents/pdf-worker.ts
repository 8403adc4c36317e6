import { parentPort } from 'node:worker_threads';

import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

import { groupLines, type PlacedText, type TextLine } from './pdf-lines.ts';

/**
 * pdfjs, in a worker thread of its own (started by pdf-pages.ts): it reads the PDFs it is sent,
 * one at a time, page by page, and posts each page's lines as soon as it has them. Node runs this
 * file with its own type stripping, without the TypeScript loader of the main thread, so it
 * imports only erasable TypeScript and pdfjs.
 */

export interface PdfJob {
  /** The PDF's bytes, transferred to this thread. */
  data: Uint8Array;
  cMapUrl: string;
  standardFontDataUrl: string;
}

/** A job as sent to the thread; every message about it carries its id. */
export interface PdfRequest {
  id: number;
  job: PdfJob;
}

export type PdfMessage =
  | { kind: 'opened'; pages: number }
  | { kind: 'page'; number: number; width: number; height: number; lines: TextLine[] }
  | { kind: 'done' }
  /** pdfjs threw: the exception's class name (PasswordException, InvalidPDFException …) and message. */
  | { kind: 'failed'; name: string; message: string };

type Matrix = readonly [number, number, number, number, number, number];

// This thread's console is its own: silenced before pdfjs loads, since pdfjs warns as it loads
// (a missing optional canvas package) before any verbosity can be set. A refusal is the one line
// a user sees, and the main thread writes it.
for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) console[method] = () => undefined;
const { getDocument, VerbosityLevel } = await import('pdfjs-dist/legacy/build/pdf.mjs');

async function readPdf(job: PdfJob, post: (message: PdfMessage) => void): Promise<void> {
  const task = getDocument({
    data: job.data,
    cMapUrl: job.cMapUrl,
    cMapPacked: true,
    standardFontDataUrl: job.standardFontDataUrl,
    // Silent: a damaged file is refused with one line, not preceded by pdfjs's warnings. (pdfjs 6
    // has no isEvalSupported option any more: it never evaluates code from a PDF.)
    verbosity: VerbosityLevel.ERRORS,
    useSystemFonts: false,
    stopAtErrors: false,
  });
  try {
    const document = await task.promise;
    post({ kind: 'opened', pages: document.numPages });
    for (let number = 1; number <= document.numPages; number++) post(await pageLines(document, number));
    post({ kind: 'done' });
  } catch (error) {
    post({ kind: 'failed', name: String((error as { name?: unknown } | null)?.name ?? 'Error'), message: error instanceof Error ? error.message : String(error) });
  } finally {
    await task.destroy().catch(() => undefined);
  }
}

/** One page's lines; what pdfjs built for the page is freed before the next one is fetched. */
async function pageLines(document: PDFDocumentProxy, number: number): Promise<PdfMessage> {
  const page = await document.getPage(number);
  try {
    const viewport = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const toPage = matrix(viewport.transform);
    const runs = content.items.flatMap((item) => ('str' in item ? placedText(item.str, matrix(item.transform), item.width, toPage) : []));
    return { kind: 'page', number, width: viewport.width, height: viewport.height, lines: groupLines(runs) };
  } finally {
    page.cleanup();
  }
}

/**
 * A run in page coordinates (y downwards from the top). Only upright horizontal text is kept:
 * diagonal watermarks and rotated stamps are not part of the prose, and would scramble the lines
 * they cross.
 */
function placedText(text: string, transform: Matrix | null, width: number, toPage: Matrix | null): PlacedText[] {
  if (!transform || !toPage || !Number.isFinite(width) || text.length === 0) return [];
  const [a, b, c, d, x, y] = multiply(toPage, transform);
  const upright = a > 0 && d < 0 && Math.abs(b) <= 0.05 * a && Math.abs(c) <= 0.05 * -d;
  return upright ? [{ text, x, y, width, size: -d }] : [];
}

/** pdfjs types its matrices loosely; a damaged file can hold anything in them. */
function matrix(values: unknown): Matrix | null {
  if (!Array.isArray(values) || values.length !== 6 || !values.every((v) => typeof v === 'number' && Number.isFinite(v))) return null;
  return values as unknown as Matrix;
}

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

const port = parentPort;
// One document at a time (the main thread sends the next when this one is done).
port?.on('message', ({ id, job }: PdfRequest) => {
  void readPdf(job, (message) => port.postMessage({ id, ...message }));
});
