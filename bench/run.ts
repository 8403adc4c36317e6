// npm run bench [-- --runs 5] [--long] [--x200] [--real] [--only load,queries] [--scales 1,10,50]
// --real adds the whole real scale corpus (bench/real.ts, about half an hour) after the others.
// Every figure is a ratio against a baseline measured in the same run, min / median / max over
// repeated runs. Raw figures go to bench/results/<ISO date>.json; bench/RESULTS.md is by hand.
process.env.LOG_LEVEL ??= 'warn';

import { workersBench } from './workers.ts';
import { cliStart } from './cli-start.ts';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ingest } from '../src/ingest/ingest.ts';
import { concurrency } from './concurrency.ts';
import { explorer } from './explorer.ts';
import { extraction } from './extraction.ts';
import { cleanupAll } from './lib/cleanup.ts';
import type { BenchContext, BenchOptions, Benchmark, BenchOutput, Figure } from './lib/context.ts';
import { CORPUS_DIR } from './lib/corpus.ts';
import { neo4jVersion, startBenchNeo4j, wipe, type BenchNeo4j } from './lib/neo4j.ts';
import { startServer, type ServerProcess } from './lib/server.ts';
import { fmtSummary, round } from './lib/stats.ts';
import { load } from './load.ts';
import { pdf } from './pdf.ts';
import { queries } from './queries.ts';
import { INGEST_OPTIONS, reingest } from './reingest.ts';
import { scale } from './scale.ts';
import { real } from './real.ts';
import { timelineBench } from './timeline.ts';

/** The benchmarks, in the order they run. */
const BENCHMARKS: readonly Benchmark[] = [cliStart, extraction, pdf, load, reingest, queries, concurrency, explorer, scale, timelineBench, workersBench];
/** Run only when asked for (--real or --only real). */
const ON_REQUEST: readonly Benchmark[] = [real];

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    long: { type: 'boolean', default: false },
    x200: { type: 'boolean', default: false },
    only: { type: 'string' },
    scales: { type: 'string' },
    real: { type: 'boolean', default: false },
  },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive whole number, not ${values.runs}`);
const scales = values.scales ? values.scales.split(',').map(Number) : [1, 10, 50, ...(values.x200 ? [200] : [])];
const options: BenchOptions = { runs, long: values.long, x200: values.x200, scales };
const everything = [...BENCHMARKS, ...ON_REQUEST];
const selected = values.only ? everything.filter((b) => values.only!.split(',').includes(b.name)) : values.real ? everything : BENCHMARKS;

const started = new Date();
const stamp = started.toISOString().replace(/\.\d+Z$/, 'Z').replace(/:/g, '-');
const resultsDir = path.join(import.meta.dirname, 'results');
await mkdir(resultsDir, { recursive: true });
const resultsFile = path.join(resultsDir, `${stamp}.json`);

let main: BenchNeo4j | undefined;
let server: ServerProcess | undefined;
let corpusLoaded = false;
const log = (message: string) => console.log(message);

const ctx: BenchContext = {
  options,
  log,
  resultsDir,
  stamp,
  async mainNeo4j() {
    main ??= await startBenchNeo4j({ heap: '1g', pageCache: '512m', label: 'x1' });
    return main;
  },
  async loadedNeo4j() {
    const neo = await ctx.mainNeo4j();
    if (!corpusLoaded) {
      log('  (ingesting the corpus into the ×1 database)');
      await wipe(neo);
      await ingest([CORPUS_DIR], neo.db, INGEST_OPTIONS);
      corpusLoaded = true;
    }
    return neo;
  },
  async server() {
    server ??= await startServer(await ctx.loadedNeo4j());
    return server;
  },
  async releaseMain() {
    await server?.stop();
    server = undefined;
    await main?.stop();
    main = undefined;
    corpusLoaded = false;
  },
  setCorpusLoaded(loaded: boolean) {
    corpusLoaded = loaded;
  },
};

const machine = {
  cpu: os.cpus()[0]?.model ?? 'unknown',
  cores: os.cpus().length,
  memoryGiB: round(os.totalmem() / 1024 ** 3, 1),
  platform: `${os.type()} ${os.release()} ${os.arch()}`,
  node: process.version,
  neo4j: '' as string,
};

const results: Record<string, BenchOutput | { error: string }> = {};
async function save(): Promise<void> {
  const finished = new Date();
  await writeFile(
    resultsFile,
    `${JSON.stringify({ startedAt: started.toISOString(), finishedAt: finished.toISOString(), minutes: round((finished.getTime() - started.getTime()) / 60_000, 2), machine, options, results }, null, 2)}\n`,
  );
}

let failed = 0;
try {
  for (const benchmark of selected) {
    log(`\n▶ ${benchmark.title}`);
    const benchStarted = performance.now();
    try {
      results[benchmark.name] = await benchmark.run(ctx);
    } catch (error) {
      failed += 1;
      console.error(`  ✗ ${benchmark.name} failed: ${(error as Error).stack ?? String(error)}`);
      results[benchmark.name] = { error: String((error as Error).message ?? error) };
    }
    machine.neo4j ||= neo4jVersion;
    log(`  (${((performance.now() - benchStarted) / 1000).toFixed(0)} s)`);
    await save();
  }
} finally {
  await ctx.releaseMain().catch(() => undefined);
  await cleanupAll();
}
machine.neo4j ||= neo4jVersion;
await save();
printTable(results);
console.log(`\nraw figures: ${path.relative(process.cwd(), resultsFile)}  (${((Date.now() - started.getTime()) / 60_000).toFixed(1)} min)`);
process.exitCode = failed > 0 ? 1 : 0;

function printTable(all: typeof results): void {
  console.log(`\nPlanGraph bench — ${started.toISOString()} — ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, Neo4j ${machine.neo4j}`);
  console.log(`min / median / max over ${runs} runs; ratio = figure / baseline, per run\n`);
  for (const [name, output] of Object.entries(all)) {
    console.log(`■ ${name}`);
    if ('error' in output) {
      console.log(`  FAILED: ${output.error}`);
      continue;
    }
    for (const figure of output.figures) console.log(formatFigure(figure));
  }
}

function formatFigure(figure: Figure): string {
  const lines = [`  ${figure.label}`, `      ${fmtSummary(figure.value)} ${figure.unit}`];
  if (figure.baseline) lines[1] += `   vs ${figure.baseline.label}: ${fmtSummary(figure.baseline.value)} ${figure.unit}`;
  if (figure.ratio) lines[1] += `   ratio ${fmtSummary(figure.ratio)}`;
  if (figure.target) lines[1] += `   target ${figure.target}: ${figure.met ? 'met' : 'MISSED'}`;
  if (figure.note) lines.push(`      (${figure.note})`);
  return lines.join('\n');
}
