// Cost growth with the corpus: the real corpus (×1) and generated corpora (×10, ×50, ×200 with
// --x200), each ingested into a fresh database (its own process, for its peak RSS); ingest time,
// nodes, relationships, size on disk, and trace/search p95 at each scale; linearity against ×1.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/config.ts';
import { searchEntities } from '../src/api/search.ts';
import { traceEntity } from '../src/api/trace.ts';
import type { Database } from '../src/db/database.ts';
import type { Benchmark, BenchContext, BenchOutput, Figure } from './lib/context.ts';
import { onCleanup } from './lib/cleanup.ts';
import { CORPUS_DIR } from './lib/corpus.ts';
import { CorpusGenerator } from './generate-corpus.ts';
import { counts, startBenchNeo4j } from './lib/neo4j.ts';
import { busiestEntities } from './lib/queries.ts';
import { TRACE_PASSAGES_PER_PLAN, TRACE_PLANS_PAGE } from '../ui/src/limits.ts';
import { MB, quantile, round, summarize, type Summary } from './lib/stats.ts';

export const SCALE_HEAP = '2g';
export const SCALE_PAGECACHE = '2g';
const SAMPLES_PER_RUN = 50;
const SEARCH_TEXT = '晋中';
/** The page of a trace the explorer asks for first. */
const EXPLORER_TRACE_PAGE = { first: TRACE_PLANS_PAGE, mentionsPerPlan: TRACE_PASSAGES_PER_PLAN };
/** A page the real corpus fills too (it has five plans): the same answer size at every scale. */
const FULL_AT_X1_TRACE_PAGE = { first: 5, mentionsPerPlan: TRACE_PASSAGES_PER_PLAN };

export interface IngestChildResult {
  seconds: number;
  fileSeconds: number;
  files: number;
  statuses: Record<string, number>;
  failed: string[];
  regionsLoaded: number;
  rows: Record<string, number>;
  perFile: number[];
  /** When each file was done, in ms from the start of the ingest, in file order. */
  doneAt: number[];
  /** Each file's size in bytes, in file order. */
  bytes: number[];
  workers: number;
  peakRssBytes: number;
}

export interface ScalePoint {
  scale: number;
  files: number;
  bytes: number;
  generateSeconds: number;
  ingest: Omit<IngestChildResult, 'perFile' | 'doneAt' | 'bytes'> & { firstTenthFileSeconds: number; lastTenthFileSeconds: number };
  secondsPerMB: number;
  fileSecondsPerMB: number;
  nodes: number;
  relationships: number;
  disk: { store: number; transactions: number; total: number };
  neo4jPeakRssBytes: number;
  busiest: { id: string; name: string; mentions: number };
  fixedTrace: { id: string; mentions: number };
  traceP95: Summary;
  traceP50: Summary;
  pagedTraceP95: Summary;
  pagedTraceP50: Summary;
  sameSizeTraceP95: Summary;
  fixedTraceP95: Summary;
  searchP95: Summary;
  searchP50: Summary;
}

/**
 * Runs bench/ingest-child.ts over a folder into the given Neo4j and returns its one JSON line.
 * One worker thread unless told otherwise: the scale points compare with earlier runs made so.
 */
export function runIngestChild(folder: string, uri: string, password: string, options: { workers?: number } = {}): Promise<IngestChildResult> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      ['--import', 'tsx', path.join(import.meta.dirname, 'ingest-child.ts'), folder],
      { cwd: PROJECT_ROOT, env: { ...process.env, NEO4J_URI: uri, NEO4J_PASSWORD: password, LOG_LEVEL: 'warn', BENCH_WORKERS: String(options.workers ?? 1) }, maxBuffer: 64 * MB },
      (error, stdout) => {
        unregister();
        if (error) return reject(error);
        const line = stdout.trim().split('\n').at(-1) ?? '';
        resolve(JSON.parse(line) as IngestChildResult);
      },
    );
    child.stderr?.pipe(process.stderr);
    const unregister = onCleanup(`ingest pid ${child.pid}`, () => {
      child.kill('SIGKILL');
    });
  });
}

async function latencies(runs: number, work: () => Promise<unknown>): Promise<{ p50: Summary; p95: Summary }> {
  for (let i = 0; i < 10; i += 1) await work();
  const p50: number[] = [];
  const p95: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const samples: number[] = [];
    for (let i = 0; i < SAMPLES_PER_RUN; i += 1) {
      const started = performance.now();
      await work();
      samples.push(performance.now() - started);
    }
    p50.push(quantile(samples, 0.5));
    p95.push(quantile(samples, 0.95));
  }
  return { p50: summarize(p50), p95: summarize(p95) };
}

async function measureScale(ctx: BenchContext, generator: CorpusGenerator, scale: number, fixedTarget: number | undefined): Promise<ScalePoint> {
  let folder = CORPUS_DIR;
  let bytes = generator.corpusBytes;
  let files = 5;
  let generateSeconds = 0;
  let removeFolder: (() => void) | undefined;
  if (scale !== 1) {
    folder = await mkdtemp(path.join(os.tmpdir(), `plangraph-bench-corpus-x${scale}-`));
    const target = folder;
    removeFolder = onCleanup(`corpus ${folder}`, () => rm(target, { recursive: true, force: true }));
    const started = performance.now();
    const written = await generator.write(scale, folder);
    generateSeconds = (performance.now() - started) / 1000;
    bytes = written.bytes;
    files = written.files;
  }
  ctx.log(`  ×${scale}: ${files} documents, ${(bytes / MB).toFixed(1)} MB${scale === 1 ? ' (the real corpus)' : ` generated in ${generateSeconds.toFixed(1)} s`}`);
  const neo = await startBenchNeo4j({ heap: SCALE_HEAP, pageCache: SCALE_PAGECACHE, label: `x${scale}` });
  try {
    const ingest = await runIngestChild(folder, neo.server.uri, neo.server.password);
    if (ingest.failed.length > 0) throw new Error(`×${scale}: ${ingest.failed.length} files failed: ${ingest.failed.slice(0, 3).join('; ')}`);
    ctx.log(`  ×${scale}: ingest ${ingest.seconds.toFixed(1)} s (${(ingest.seconds / (bytes / MB)).toFixed(2)} s/MB), peak RSS ${(ingest.peakRssBytes / MB).toFixed(0)} MB`);
    const { nodes, relationships } = await counts(neo);
    const [busiest] = await busiestEntities(neo.bench, 1);
    if (!busiest) throw new Error(`×${scale}: no entity`);
    const [fixedRow] = await neo.bench.read('entity-near-count', { target: fixedTarget ?? busiest.mentions });
    const fixed = { id: String(fixedRow?.id ?? busiest.id), mentions: Number(fixedRow?.mentions ?? busiest.mentions) };
    const db: Database = neo.db;
    const trace = await latencies(ctx.options.runs, () => traceEntity(db, busiest.id));
    const paged = await latencies(ctx.options.runs, () => traceEntity(db, busiest.id, EXPLORER_TRACE_PAGE));
    const sameSize = await latencies(ctx.options.runs, () => traceEntity(db, busiest.id, FULL_AT_X1_TRACE_PAGE));
    const fixedTrace = await latencies(ctx.options.runs, () => traceEntity(db, fixed.id));
    const search = await latencies(ctx.options.runs, () => searchEntities(db, SEARCH_TEXT, null, 20));
    ctx.log(`  ×${scale}: ${nodes} nodes, ${relationships} relationships; trace ${busiest.id} (${busiest.mentions}) p95 ${trace.p95.median.toFixed(1)} ms whole, ${paged.p95.median.toFixed(1)} ms first page, search p95 ${search.p95.median.toFixed(1)} ms`);
    const neo4jPeak = neo.peakRss();
    const disk = await neo.stop();
    const tenth = Math.max(1, Math.floor(ingest.perFile.length / 10));
    const { perFile, doneAt: _doneAt, bytes: _bytes, ...rest } = ingest;
    return {
      scale,
      files,
      bytes,
      generateSeconds,
      ingest: {
        ...rest,
        firstTenthFileSeconds: perFile.slice(0, tenth).reduce((a, b) => a + b, 0),
        lastTenthFileSeconds: perFile.slice(-tenth).reduce((a, b) => a + b, 0),
      },
      secondsPerMB: ingest.seconds / (bytes / MB),
      fileSecondsPerMB: ingest.fileSeconds / (bytes / MB),
      nodes,
      relationships,
      disk,
      neo4jPeakRssBytes: neo4jPeak,
      busiest,
      fixedTrace: fixed,
      traceP95: trace.p95,
      traceP50: trace.p50,
      pagedTraceP95: paged.p95,
      pagedTraceP50: paged.p50,
      sameSizeTraceP95: sameSize.p95,
      fixedTraceP95: fixedTrace.p95,
      searchP95: search.p95,
      searchP50: search.p50,
    };
  } finally {
    await neo.stop();
    if (removeFolder) {
      removeFolder();
      await rm(folder, { recursive: true, force: true });
    }
  }
}

const one = (value: number): Summary => summarize([value]);

export const scale: Benchmark = {
  name: 'scale',
  title: 'Scale: ingest and query cost as the corpus grows',
  async run(ctx: BenchContext): Promise<BenchOutput> {
    await ctx.releaseMain();
    const generator = await CorpusGenerator.fromCorpus();
    const points: ScalePoint[] = [];
    for (const factor of ctx.options.scales) {
      points.push(await measureScale(ctx, generator, factor, points[0]?.busiest.mentions));
    }
    const base = points.find((p) => p.scale === 1) ?? points[0]!;
    const figures: Figure[] = [];
    for (const p of points) {
      const linear = p.secondsPerMB / base.secondsPerMB;
      const linearFiles = p.fileSecondsPerMB / base.fileSecondsPerMB;
      figures.push({
        label: `×${p.scale}: ingest ${(p.bytes / MB).toFixed(1)} MB, ${p.files} docs → ${p.nodes} nodes, ${p.relationships} rels, ${(p.disk.total / MB).toFixed(0)} MB on disk`,
        unit: 's',
        value: one(p.ingest.seconds),
        baseline: { label: '×1 ingest (real corpus)', value: one(base.ingest.seconds) },
        ratio: one(p.ingest.seconds / base.ingest.seconds),
        note: `ingest peak RSS ${(p.ingest.peakRssBytes / MB).toFixed(0)} MB, Neo4j peak RSS ${(p.neo4jPeakRssBytes / MB).toFixed(0)} MB`,
      });
      if (p.scale !== base.scale) {
        figures.push({
          label: `×${p.scale}: time per MB vs ×1 (whole ingest; ${p.secondsPerMB.toFixed(2)} vs ${base.secondsPerMB.toFixed(2)} s/MB)`,
          unit: 'ratio',
          value: one(linear),
          target: 'within 20% (0.8–1.2)',
          met: linear >= 0.8 && linear <= 1.2,
        });
        figures.push({
          label: `×${p.scale}: time per MB vs ×1 (files only, without the one-off gazetteer load; ${p.fileSecondsPerMB.toFixed(2)} vs ${base.fileSecondsPerMB.toFixed(2)} s/MB)`,
          unit: 'ratio',
          value: one(linearFiles),
          target: 'within 20% (0.8–1.2)',
          met: linearFiles >= 0.8 && linearFiles <= 1.2,
        });
      }
      figures.push({
        label: `×${p.scale}: trace p95 of the busiest entity ${p.busiest.id} (${p.busiest.mentions} mentions), first page as the explorer asks (${EXPLORER_TRACE_PAGE.first} plans × ${EXPLORER_TRACE_PAGE.mentionsPerPlan} mentions)`,
        unit: 'ms',
        value: p.pagedTraceP95,
        baseline: { label: `×1 (${base.busiest.id}, ${base.busiest.mentions} mentions)`, value: base.pagedTraceP95 },
        ratio: one(p.pagedTraceP95.median / base.pagedTraceP95.median),
        ...(p.scale !== base.scale ? { target: '≤ 2', met: p.pagedTraceP95.median / base.pagedTraceP95.median <= 2 } : {}),
      });
      figures.push({
        label: `×${p.scale}: trace p95 of the busiest entity, a page as large at ×1 as here (${FULL_AT_X1_TRACE_PAGE.first} plans × ${FULL_AT_X1_TRACE_PAGE.mentionsPerPlan} mentions)`,
        unit: 'ms',
        value: p.sameSizeTraceP95,
        baseline: { label: `×1 (${base.busiest.id})`, value: base.sameSizeTraceP95 },
        ratio: one(p.sameSizeTraceP95.median / base.sameSizeTraceP95.median),
        ...(p.scale !== base.scale ? { target: '≤ 2', met: p.sameSizeTraceP95.median / base.sameSizeTraceP95.median <= 2 } : {}),
      });
      figures.push({
        label: `×${p.scale}: trace p95 of the busiest entity, whole (every plan, every mention: the answer grows with the corpus)`,
        unit: 'ms',
        value: p.traceP95,
        baseline: { label: `×1 (${base.busiest.id}, ${base.busiest.mentions} mentions)`, value: base.traceP95 },
        ratio: one(p.traceP95.median / base.traceP95.median),
      });
      figures.push({
        label: `×${p.scale}: trace p95 of an entity with ~${base.busiest.mentions} mentions (${p.fixedTrace.id}, ${p.fixedTrace.mentions})`,
        unit: 'ms',
        value: p.fixedTraceP95,
        baseline: { label: '×1', value: base.traceP95 },
        ratio: one(p.fixedTraceP95.median / base.traceP95.median),
        ...(p.scale !== base.scale ? { target: '≤ 2', met: p.fixedTraceP95.median / base.traceP95.median <= 2 } : {}),
      });
      figures.push({
        label: `×${p.scale}: search p95 ("${SEARCH_TEXT}")`,
        unit: 'ms',
        value: p.searchP95,
        baseline: { label: '×1', value: base.searchP95 },
        ratio: one(p.searchP95.median / base.searchP95.median),
        ...(p.scale !== base.scale ? { target: '≤ 2', met: p.searchP95.median / base.searchP95.median <= 2 } : {}),
      });
    }
    return { figures, raw: { heap: SCALE_HEAP, pageCache: SCALE_PAGECACHE, samplesPerRun: SAMPLES_PER_RUN, points: points.map((p) => ({ ...p, secondsPerMB: round(p.secondsPerMB), fileSecondsPerMB: round(p.fileSecondsPerMB) })) } };
  },
};
