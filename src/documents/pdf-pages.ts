import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';

import { PlanGraphError } from '../errors.ts';
import type { PageLines } from './pdf-furniture.ts';
import type { PdfJob, PdfMessage, PdfRequest } from './pdf-worker.ts';
import { badInput } from './refuse.ts';

export interface PdfReadOptions {
  /**
   * How long pdfjs may take to open the file or to read one page before the file is refused and
   * the reading stopped. pdfjs recovers from most damage, but a broken file can keep it busy.
   */
  stepTimeoutMs?: number;
}

export const DEFAULT_STEP_TIMEOUT_MS = 30_000;
/** A plan of thousands of pages reads in a few hundred MB; a file that needs more is not a plan. */
const MAX_HEAP_MB = 1536;

const WORKER = new URL('./pdf-worker.ts', import.meta.url);
/** Node strips TypeScript's types by itself from 22.18 and 23.6 on; 22.6 to 22.17 need the flag. */
const WORKER_EXEC_ARGV = process.features.typescript ? [] : ['--experimental-strip-types', '--disable-warning=ExperimentalWarning'];

/**
 * pdfjs runs in a worker thread of its own, started on the first PDF and kept for the next ones
 * (loading pdfjs costs a third of a second), idle without holding the process open:
 *  - it can be stopped: a file that keeps pdfjs busy past the deadline (per step, so that a long
 *    document is not cut short) is refused and the thread terminated, even inside a loop; the
 *    next file gets a new thread;
 *  - its memory is its own and capped: pdfjs's caches, fonts and the file's bytes;
 *  - it runs pdfjs as Node loads it, without the main thread's TypeScript loader, which would
 *    first rewrite pdfjs's 3.5 MB of JavaScript (a second and 200 MB of heap more per process);
 *  - pdfjs prints nothing (the thread's console is silenced): the refusal is the one line a user sees.
 * Files are read one after the other.
 */
let reader: Worker | null = null;
let queue: Promise<unknown> = Promise.resolve();
let nextId = 1;

/**
 * The lines of every page of a PDF, read page by page. Anything wrong with the file comes out as
 * a BAD_INPUT naming it; a Node too old to start the reader, as PREREQUISITE_MISSING.
 */
export function readPdfPages(bytes: Uint8Array, path: string, options: PdfReadOptions = {}): Promise<PageLines[]> {
  const run = queue.then(() => readInWorker(bytes, path, options.stepTimeoutMs ?? DEFAULT_STEP_TIMEOUT_MS));
  queue = run.catch(() => undefined);
  return run;
}

function startReader(): Worker {
  let worker: Worker;
  try {
    worker = new Worker(WORKER, { execArgv: WORKER_EXEC_ARGV, resourceLimits: { maxOldGenerationSizeMb: MAX_HEAP_MB } });
  } catch (error) {
    const reason = `reading PDFs needs a Node that runs TypeScript in a worker thread (22.18 or later); this is Node ${process.version}`;
    throw new PlanGraphError('PREREQUISITE_MISSING', reason, { cause: error });
  }
  // A thread that dies between files is replaced on the next one.
  worker.on('error', () => undefined);
  worker.on('exit', () => {
    if (reader === worker) reader = null;
  });
  return worker;
}

function readInWorker(bytes: Uint8Array, path: string, timeoutMs: number): Promise<PageLines[]> {
  const worker = (reader ??= startReader());
  const id = nextId++;
  // A copy, as a plain Uint8Array, handed over to the worker: the caller still hashes its bytes.
  const data = new Uint8Array(bytes);
  const request: PdfRequest = { id, job: { data, ...pdfjsDataDirs() } };
  return new Promise<PageLines[]>((resolve, reject) => {
    const pages: PageLines[] = [];
    let stage = 'opening the file';
    let timer: ReturnType<typeof setTimeout> | undefined;
    const settle = (outcome: () => void, stop = false): void => {
      clearTimeout(timer);
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      if (stop) {
        if (reader === worker) reader = null;
        void worker.terminate();
      } else worker.unref();
      outcome();
    };
    const armDeadline = (): void => {
      clearTimeout(timer);
      const late = (): PlanGraphError => badInput(path, `not a readable PDF (pdfjs did not finish ${stage} within ${timeoutMs / 1000} s)`);
      timer = setTimeout(() => settle(() => reject(late()), true), timeoutMs);
    };
    const onMessage = (message: PdfMessage & { id: number }): void => {
      if (message.id !== id) return;
      if (message.kind === 'failed') return settle(() => reject(refusal(path, message.name, message.message)));
      if (message.kind === 'done') return settle(() => resolve(pages));
      if (message.kind === 'page') pages.push({ width: message.width, height: message.height, lines: message.lines });
      stage = `reading page ${pages.length + 1}`;
      armDeadline();
    };
    const onError = (error: Error & { code?: string }): void => settle(() => reject(workerFailure(path, error)), true);
    const onExit = (code: number): void => settle(() => reject(badInput(path, `not a readable PDF (the reader stopped while ${stage}, exit code ${code})`)), true);
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    worker.ref();
    armDeadline();
    worker.postMessage(request, [data.buffer]);
  });
}

/**
 * Where pdfjs finds the predefined CMaps and the standard fonts: Chinese PDFs often name a font
 * they do not embed (SimSun, STSong-Light with Adobe-GB1 encodings), and its text decodes only
 * with these. In Node pdfjs reads them with fs, so they are paths, with the trailing slash.
 */
function pdfjsDataDirs(): Pick<PdfJob, 'cMapUrl' | 'standardFontDataUrl'> {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return { cMapUrl: join(root, 'cmaps') + '/', standardFontDataUrl: join(root, 'standard_fonts') + '/' };
}

/** pdfjs's exceptions, told apart by class name (its classes are not part of its typed API), as one clear line. */
function refusal(path: string, name: string, message: string): PlanGraphError {
  if (name === 'PasswordException') return badInput(path, 'encrypted: the PDF is password-protected and PlanGraph cannot open it; save a copy without the password');
  return badInput(path, `not a readable PDF (${briefly(message)})`);
}

function workerFailure(path: string, error: Error & { code?: string }): PlanGraphError {
  if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') return badInput(path, `not a readable PDF (reading it takes more than ${MAX_HEAP_MB} MB of memory)`);
  return badInput(path, `not a readable PDF (${briefly(error.message)})`);
}

function briefly(message: string): string {
  const line = (message.split('\n')[0] ?? '').trim().replace(/\.$/, '');
  const text = line.length > 120 ? `${line.slice(0, 117)}…` : line;
  return text.length > 0 ? `pdfjs: ${text}` : 'pdfjs could not parse it';
}
