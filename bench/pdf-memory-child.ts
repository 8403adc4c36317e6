// One PDF read by extractPdf in its own process, so that its peak RSS is its own: used by the
// pdf bench.   node --import tsx bench/pdf-memory-child.ts <file.pdf>
// Prints one JSON line: pages, seconds, characters, RSS before reading and at its peak (the
// reader's worker thread included), and the main thread's peak heap (sampled every 20 ms).
import { readFile } from 'node:fs/promises';
import { extractPdf } from '../src/documents/pdf.ts';
import { currentRss, peakRss } from './lib/proc.ts';

const [file] = process.argv.slice(2);
if (!file) throw new Error('usage: pdf-memory-child.ts <file.pdf>');
const bytes = await readFile(file);
const rssBeforeBytes = currentRss();
let peakHeapBytes = process.memoryUsage().heapUsed;
const sampler = setInterval(() => {
  peakHeapBytes = Math.max(peakHeapBytes, process.memoryUsage().heapUsed);
}, 20);
const started = performance.now();
const extracted = await extractPdf(bytes, file);
const seconds = (performance.now() - started) / 1000;
clearInterval(sampler);
peakHeapBytes = Math.max(peakHeapBytes, process.memoryUsage().heapUsed);
const result = {
  pages: extracted.pageStarts?.length ?? 0,
  seconds,
  characters: extracted.text.length,
  fileBytes: bytes.length,
  rssBeforeBytes,
  peakRssBytes: peakRss(),
  peakMainHeapBytes: peakHeapBytes,
};
process.stdout.write(`${JSON.stringify(result)}\n`);
