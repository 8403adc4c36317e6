// PDF reading: extractPdf (pdfjs in its worker thread, lines, furniture, paragraphs) against
// poppler's pdftotext -layout, spawned on the same file in the same run. The PDF is the corpus
// document with the most text, printed by headless Chromium with tests/support/print-pdf.ts (the
// tests' printer: one way of making PDFs for both). Memory: the same text repeated into a PDF of
// about BIG_PAGES pages, read in a process of its own (bench/pdf-memory-child.ts).
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { PROJECT_ROOT } from '../src/config.ts';
import { extractPdf } from '../src/documents/pdf.ts';
import { closePrinter, planHtml, printPdf } from '../tests/support/print-pdf.ts';
import { onCleanup } from './lib/cleanup.ts';
import type { Benchmark, BenchContext, BenchOutput, Figure } from './lib/context.ts';
import { readCorpus } from './lib/corpus.ts';
import { MB, ratios, round, summarize } from './lib/stats.ts';

const run = promisify(execFile);
const BIG_PAGES = 1500;

interface MemoryResult {
  pages: number;
  seconds: number;
  characters: number;
  fileBytes: number;
  rssBeforeBytes: number;
  peakRssBytes: number;
  peakMainHeapBytes: number;
}

export const pdf: Benchmark = {
  name: 'pdf',
  title: 'PDF reading: extractPdf vs pdftotext -layout on the same printed plan',
  async run(ctx: BenchContext): Promise<BenchOutput> {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'plangraph-bench-pdf-'));
    const unregister = onCleanup(`pdf files ${dir}`, () => rm(dir, { recursive: true, force: true }));
    try {
      const { file, lines } = await documentWithMostText();
      const title = path.basename(file, '.txt');
      const plan = await printTo(dir, 'plan.pdf', lines, title);
      const pages = await pageCount(plan);
      ctx.log(`  ${path.basename(file)} printed: ${pages} pages`);
      const speed = await throughput(ctx, plan, pages);
      const repeats = Math.ceil(BIG_PAGES / pages);
      const printStarted = performance.now();
      const big = await printTo(dir, 'big.pdf', Array.from({ length: repeats }, () => lines).flat(), title);
      const bigPages = await pageCount(big);
      ctx.log(`  the same text ×${repeats}: ${bigPages} pages, printed in ${((performance.now() - printStarted) / 1000).toFixed(0)} s`);
      await closePrinter();
      const memory = { small: await memoryChild(plan), big: await memoryChild(big) };
      const bigPdftotext = await timed(() => pdftotext(big));
      ctx.log(`  ${bigPages} pages: extractPdf ${memory.big.seconds.toFixed(1)} s (own process), pdftotext ${bigPdftotext.toFixed(1)} s`);
      return {
        figures: figures(pages, bigPages, speed, memory, bigPdftotext),
        raw: { document: path.basename(file), pages, bigPages, repeats, ...speed, memory, bigPdftotextSeconds: bigPdftotext },
      };
    } finally {
      await closePrinter();
      await rm(dir, { recursive: true, force: true });
      unregister();
    }
  },
};

async function documentWithMostText(): Promise<{ file: string; lines: string[] }> {
  const { files } = await readCorpus();
  const most = files.reduce((best, candidate) => (candidate.source.text.length > best.source.text.length ? candidate : best));
  return { file: most.file, lines: most.source.text.split('\n') };
}

async function printTo(dir: string, name: string, lines: readonly string[], title: string): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, await printPdf(planHtml(lines), { title, timeoutMs: 30 * 60_000 }));
  return file;
}

async function pageCount(file: string): Promise<number> {
  const { stdout } = await run('pdfinfo', [file]);
  return Number(/^Pages:\s+(\d+)/m.exec(stdout)?.[1]);
}

async function pdftotext(file: string): Promise<number> {
  const { stdout } = await run('pdftotext', ['-layout', file, '-'], { maxBuffer: 512 * MB });
  return stdout.length;
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return (performance.now() - started) / 1000;
}

/** Pages per second of both readers, alternating which goes first; the reader thread is warm. */
async function throughput(ctx: BenchContext, plan: string, pages: number) {
  const bytes = await readFile(plan);
  // The first PDF of a process starts the reader thread and loads pdfjs; later ones reuse them.
  const coldSeconds = await timed(() => extractPdf(bytes, plan));
  await pdftotext(plan);
  const ours: number[] = [];
  const theirs: number[] = [];
  for (let i = 0; i < ctx.options.runs; i += 1) {
    const order = i % 2 === 0 ? ['ours', 'theirs'] : ['theirs', 'ours'];
    for (const which of order) {
      if (which === 'ours') ours.push(pages / (await timed(() => extractPdf(bytes, plan))));
      else theirs.push(pages / (await timed(() => pdftotext(plan))));
    }
    ctx.log(`  run ${i + 1}: extractPdf ${ours.at(-1)!.toFixed(0)} pages/s, pdftotext ${theirs.at(-1)!.toFixed(0)} pages/s`);
  }
  return { coldSeconds, extractPdfPagesPerSecond: ours, pdftotextPagesPerSecond: theirs };
}

function memoryChild(file: string): Promise<MemoryResult> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      ['--import', 'tsx', path.join(import.meta.dirname, 'pdf-memory-child.ts'), file],
      { cwd: PROJECT_ROOT, env: { ...process.env, LOG_LEVEL: 'warn' }, maxBuffer: 16 * MB },
      (error, stdout) => {
        unregister();
        if (error) return reject(error);
        resolve(JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as MemoryResult);
      },
    );
    child.stderr?.pipe(process.stderr);
    const unregister = onCleanup(`pdf memory child ${child.pid}`, () => {
      child.kill('SIGKILL');
    });
  });
}

function figures(pages: number, bigPages: number, speed: Awaited<ReturnType<typeof throughput>>, memory: { small: MemoryResult; big: MemoryResult }, bigPdftotext: number): Figure[] {
  const one = (value: number) => summarize([round(value)]);
  return [
    {
      label: `throughput, extractPdf (${pages}-page PDF, reader thread warm)`,
      unit: 'pages/s',
      value: summarize(speed.extractPdfPagesPerSecond),
      baseline: { label: 'pdftotext -layout, spawned', value: summarize(speed.pdftotextPagesPerSecond) },
      ratio: ratios(speed.extractPdfPagesPerSecond, speed.pdftotextPagesPerSecond),
      note: 'ratio = extractPdf pages/s / pdftotext pages/s; higher is faster',
    },
    { label: 'first PDF of a process (starts the reader thread, loads pdfjs)', unit: 's', value: one(speed.coldSeconds) },
    {
      label: `${bigPages}-page PDF, extractPdf in its own process`,
      unit: 'pages/s',
      value: one(bigPages / memory.big.seconds),
      baseline: { label: 'pdftotext -layout', value: one(bigPages / bigPdftotext) },
      ratio: one(bigPdftotext / memory.big.seconds),
    },
    {
      label: `peak RSS reading the ${bigPages}-page PDF (process, reader thread included)`,
      unit: 'MB',
      value: one(memory.big.peakRssBytes / MB),
      baseline: { label: `the same for the ${pages}-page PDF`, value: one(memory.small.peakRssBytes / MB) },
      ratio: one(memory.big.peakRssBytes / memory.small.peakRssBytes),
      note: `${round(bigPages / pages, 1)}× the pages; RSS before reading ${(memory.big.rssBeforeBytes / MB).toFixed(0)} MB`,
    },
    {
      label: `peak main-thread heap reading the ${bigPages}-page PDF`,
      unit: 'MB',
      value: one(memory.big.peakMainHeapBytes / MB),
      baseline: { label: `the same for the ${pages}-page PDF`, value: one(memory.small.peakMainHeapBytes / MB) },
      ratio: one(memory.big.peakMainHeapBytes / memory.small.peakMainHeapBytes),
      note: `the text is ${(memory.big.characters / 1e6).toFixed(1)} M characters; the lines of every page are kept for the furniture pass`,
    },
  ];
}
