// The whole real scale corpus (`npm run bench -- --real`): ../shared/corpus-scale's 2,999 work
// reports of all of China unpacked into a temp folder and ingested into a throw-away Neo4j, in
// its own process with a worker thread per core; then the same ingest again (every file
// unchanged); then the explorer's queries at that scale against the same queries on the ×1
// database (the default corpus), the two alternated sample by sample so that both see the same
// machine. Reports time per MB by tenth of the files, peak RSS of the ingest and of Neo4j, disk,
// entities by type and the ten busiest entities.
import { rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { listPlanFiles } from '../src/documents/read.ts';
import { searchEntities } from '../src/api/search.ts';
import { neighborhood } from '../src/api/graph.ts';
import { timeline } from '../src/api/timeline.ts';
import { traceEntity } from '../src/api/trace.ts';
import type { StatementReader } from '../src/db/database.ts';
import { LIMITS } from '../src/graphql/validate.ts';
import { TRACE_PASSAGES_PER_PLAN, TRACE_PLANS_PAGE } from '../ui/src/limits.ts';
import { onCleanup } from './lib/cleanup.ts';
import type { Benchmark, BenchContext, BenchOutput, Figure } from './lib/context.ts';
import { counts, startBenchNeo4j, type BenchNeo4j } from './lib/neo4j.ts';
import { Random } from './lib/random.ts';
import { MB, quantile, ratios, round, summarize, type Summary } from './lib/stats.ts';
import { runIngestChild, type IngestChildResult } from './scale.ts';
import { scaleCorpus } from './timeline.ts';

const HEAP = '2g';
const PAGE_CACHE = '4g';
const SAMPLES_PER_RUN = 40;
const ORDER_SEED = 20261130;
const WARM_UP = 5;
/** Targets of issue 18. */
const TARGET = { ingestSeconds: 15 * 60, lastTenthRatio: 1.2, ingestRssBytes: 1.5 * 1024 ** 3, reingestShare: 0.02, queryRatio: 2 };
/** A name in many entities at both scales, and one in a single entity. */
const SEARCH_COMMON = '开发区';
const SEARCH_RARE = '晋中银行';

interface Hub {
  id: string;
  name: string;
  type: string;
  plans: number;
  mentions: number;
}

/** The queries the explorer sends about one entity, as the resolvers run them (no HTTP, no response cache). */
function queryCases(hub: Hub): Array<{ name: string; run: (db: StatementReader) => Promise<unknown> }> {
  return [
    { name: `trace, the explorer's first page (${TRACE_PLANS_PAGE} plans × ${TRACE_PASSAGES_PER_PLAN})`, run: (db) => traceEntity(db, hub.id, { first: TRACE_PLANS_PAGE, mentionsPerPlan: TRACE_PASSAGES_PER_PLAN }) },
    { name: `trace as GraphQL answers it unpaged (capped at ${LIMITS.first} plans × ${LIMITS.mentionsPerPlan})`, run: (db) => traceEntity(db, hub.id, { first: LIMITS.first, mentionsPerPlan: LIMITS.mentionsPerPlan }) },
    { name: `timeline, first page (${TRACE_PLANS_PAGE} plans)`, run: (db) => timeline(db, hub.id, { first: TRACE_PLANS_PAGE }) },
    { name: 'neighbourhood, depth 1, 200 nodes (the explorer\'s expansion)', run: (db) => neighborhood(db, [hub.id], { depth: 1, types: null, limit: 200 }) },
    { name: `search for a common name ("${SEARCH_COMMON}")`, run: (db) => searchEntities(db, SEARCH_COMMON, null, 20) },
    { name: `search for a rare name ("${SEARCH_RARE}")`, run: (db) => searchEntities(db, SEARCH_RARE, null, 20) },
  ];
}

async function busiest(neo: BenchNeo4j, limit: number): Promise<Hub[]> {
  return (await neo.bench.read('busiest-by-plans', { limit })).map((row) => ({
    id: String(row.id),
    name: String(row.name),
    type: String(row.type),
    plans: Number(row.plans),
    mentions: Number(row.mentions),
  }));
}

/** Seconds per MB of each tenth of the files, from when the previous tenth was done. */
function tenths(ingest: IngestChildResult): Array<{ files: number; mb: number; seconds: number; secondsPerMB: number }> {
  const n = ingest.doneAt.length;
  const out = [];
  for (let t = 0; t < 10; t += 1) {
    const from = Math.floor((t * n) / 10);
    const to = Math.floor(((t + 1) * n) / 10);
    if (to <= from) continue;
    // The first tenth runs from the first file done, leaving out the one-off start (gazetteer, threads).
    const startMs = from === 0 ? (ingest.doneAt[0] ?? 0) : (ingest.doneAt[from - 1] ?? 0);
    const bytes = ingest.bytes.slice(from === 0 ? 1 : from, to).reduce((a, b) => a + b, 0);
    const seconds = ((ingest.doneAt[to - 1] ?? 0) - startMs) / 1000;
    out.push({ files: to - from, mb: round(bytes / MB, 2), seconds: round(seconds, 1), secondsPerMB: round(seconds / (bytes / MB)) });
  }
  return out;
}

const one = (value: number): Summary => summarize([value]);

export const real: Benchmark = {
  name: 'real',
  title: 'The whole real scale corpus: 2,999 work reports of all of China',
  async run(ctx: BenchContext): Promise<BenchOutput> {
    const corpus = await scaleCorpus(ctx);
    const x1 = await ctx.loadedNeo4j();
    const workers = os.cpus().length;
    const neo = await startBenchNeo4j({ heap: HEAP, pageCache: PAGE_CACHE, label: 'real' });
    try {
      const order = path.join(os.tmpdir(), `plangraph-real-order-${process.pid}.txt`);
      onCleanup(`order file ${order}`, () => rm(order, { force: true }));
      const { files } = await listPlanFiles([corpus.dir]);
      await writeFile(order, `${new Random(ORDER_SEED).shuffle(files).join('\n')}\n`);
      ctx.log(`  ingesting ${files.length} files of ${corpus.dir} in a seeded random order with ${workers} workers (Neo4j heap ${HEAP}, page cache ${PAGE_CACHE})`);
      const first = await runIngestChild(`@${order}`, neo.server.uri, neo.server.password, { workers });
      if (first.failed.length > 0) ctx.log(`  ${first.failed.length} files refused: ${first.failed.slice(0, 3).join('; ')}`);
      const totalMB = first.bytes.reduce((a, b) => a + b, 0) / MB;
      ctx.log(`  ingest ${first.seconds.toFixed(0)} s for ${totalMB.toFixed(1)} MB, ${first.files} files ${JSON.stringify(first.statuses)}, peak RSS ${(first.peakRssBytes / MB).toFixed(0)} MB`);
      const neo4jIngestPeak = neo.peakRss();
      const again = await runIngestChild(`@${order}`, neo.server.uri, neo.server.password, { workers });
      ctx.log(`  re-ingest ${again.seconds.toFixed(1)} s ${JSON.stringify(again.statuses)}`);
      const byTenth = tenths(first);
      const { nodes, relationships } = await counts(neo);
      const types = Object.fromEntries((await neo.bench.read('entity-type-counts')).map((row) => [String(row.type), Number(row.entities)]));
      const ten = await busiest(neo, 10);
      ctx.log(`  ${nodes} nodes, ${relationships} relationships; entities ${JSON.stringify(types)}`);
      for (const hub of ten) ctx.log(`    ${hub.plans} plans, ${hub.mentions} mentions: ${hub.id}`);
      const [hub] = ten;
      const [x1Hub] = await busiest(x1, 1);
      if (!hub || !x1Hub) throw new Error('no entity in one of the databases');

      // The same query at both scales, alternated sample by sample; p50/p95 per run.
      const scaleCases = queryCases(hub);
      const x1Cases = queryCases(x1Hub);
      const measured = scaleCases.map((c) => ({ name: c.name, scale: { p50: [] as number[], p95: [] as number[] }, x1: { p50: [] as number[], p95: [] as number[] } }));
      for (let i = 0; i < scaleCases.length; i += 1) {
        const atScale = scaleCases[i]!;
        const atX1 = x1Cases[i]!;
        for (let w = 0; w < WARM_UP; w += 1) {
          await atScale.run(neo.db);
          await atX1.run(x1.db);
        }
        for (let run = 0; run < ctx.options.runs; run += 1) {
          const s: number[] = [];
          const b: number[] = [];
          for (let k = 0; k < SAMPLES_PER_RUN; k += 1) {
            const pair: Array<[typeof atScale, StatementReader, number[]]> = [
              [atScale, neo.db, s],
              [atX1, x1.db, b],
            ];
            if (k % 2 === 1) pair.reverse();
            for (const [query, db, into] of pair) {
              const started = performance.now();
              await query.run(db);
              into.push(performance.now() - started);
            }
          }
          const m = measured[i]!;
          m.scale.p50.push(quantile(s, 0.5));
          m.scale.p95.push(quantile(s, 0.95));
          m.x1.p50.push(quantile(b, 0.5));
          m.x1.p95.push(quantile(b, 0.95));
        }
        ctx.log(`  ${atScale.name}: p95 ${quantile(measured[i]!.scale.p95, 0.5).toFixed(1)} ms at scale, ${quantile(measured[i]!.x1.p95, 0.5).toFixed(1)} ms at ×1`);
      }
      const neo4jPeak = neo.peakRss();
      const disk = await neo.stop();

      const figures: Figure[] = [];
      figures.push({
        label: `ingest of the whole corpus: ${first.files} files, ${totalMB.toFixed(1)} MB, ${workers} workers`,
        unit: 's',
        value: one(first.seconds),
        target: `≤ ${TARGET.ingestSeconds} s`,
        met: first.seconds <= TARGET.ingestSeconds,
        note: `${(first.seconds / totalMB).toFixed(2)} s/MB; ${nodes} nodes, ${relationships} relationships, ${(disk.total / MB).toFixed(0)} MB on disk`,
      });
      const firstTenth = byTenth[0]!;
      const lastTenth = byTenth.at(-1)!;
      figures.push({
        label: 'time per MB, last tenth of the files against the first',
        unit: 's/MB',
        value: one(lastTenth.secondsPerMB),
        baseline: { label: 'first tenth', value: one(firstTenth.secondsPerMB) },
        ratio: one(lastTenth.secondsPerMB / firstTenth.secondsPerMB),
        target: `≤ ${TARGET.lastTenthRatio}`,
        met: lastTenth.secondsPerMB / firstTenth.secondsPerMB <= TARGET.lastTenthRatio,
        note: `by tenth: ${byTenth.map((t) => t.secondsPerMB.toFixed(2)).join(', ')} s/MB`,
      });
      figures.push({
        label: 'peak RSS of the ingest process (main thread and workers)',
        unit: 'MB',
        value: one(first.peakRssBytes / MB),
        target: `≤ ${(TARGET.ingestRssBytes / MB).toFixed(0)} MB`,
        met: first.peakRssBytes <= TARGET.ingestRssBytes,
        note: `Neo4j peak RSS ${(neo4jIngestPeak / MB).toFixed(0)} MB during the ingest, ${(neo4jPeak / MB).toFixed(0)} MB by the end (heap ${HEAP}, page cache ${PAGE_CACHE})`,
      });
      figures.push({
        label: 're-ingest of the unchanged corpus',
        unit: 's',
        value: one(again.seconds),
        baseline: { label: 'first ingest', value: one(first.seconds) },
        ratio: one(again.seconds / first.seconds),
        target: `≤ ${TARGET.reingestShare}`,
        met: again.seconds / first.seconds <= TARGET.reingestShare,
      });
      for (const m of measured) {
        const ratio = ratios(m.scale.p95, m.x1.p95);
        const gated = m.name.startsWith('trace, the explorer') || m.name.startsWith('search');
        figures.push({
          label: `p95 at full scale (${hub.id}, ${hub.plans} plans) against ×1 (${x1Hub.id}, ${x1Hub.plans} plans): ${m.name}`,
          unit: 'ms',
          value: summarize(m.scale.p95),
          baseline: { label: '×1', value: summarize(m.x1.p95) },
          ratio,
          ...(gated ? { target: `≤ ${TARGET.queryRatio}`, met: ratio.median <= TARGET.queryRatio } : {}),
          note: `p50 ${quantile(m.scale.p50, 0.5).toFixed(1)} ms against ${quantile(m.x1.p50, 0.5).toFixed(1)} ms`,
        });
      }
      const { perFile: _perFile, doneAt: _doneAt, bytes: _bytes, ...firstRest } = first;
      const { perFile: _p2, doneAt: _d2, bytes: _b2, ...againRest } = again;
      return {
        figures,
        raw: {
          corpus: { dir: corpus.dir, unpackSeconds: round(corpus.unpackSeconds, 1), files: first.files, mb: round(totalMB, 1), orderSeed: ORDER_SEED },
          heap: HEAP,
          pageCache: PAGE_CACHE,
          workers,
          ingest: firstRest,
          reingest: againRest,
          tenths: byTenth,
          nodes,
          relationships,
          disk,
          neo4jPeakRssBytes: { ingest: neo4jIngestPeak, end: neo4jPeak },
          entitiesByType: types,
          busiest: ten,
          x1Hub,
          queries: measured.map((m) => ({ name: m.name, scale: { p50: summarize(m.scale.p50), p95: summarize(m.scale.p95) }, x1: { p50: summarize(m.x1.p50), p95: summarize(m.x1.p95) } })),
          samplesPerRun: SAMPLES_PER_RUN,
        },
      };
    } finally {
      await neo.stop();
    }
  },
};
