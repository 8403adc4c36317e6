// The timeline at scale (issue 16): on real work reports of ../shared/corpus-scale, the timeline
// of the entity that the most plans mention (≥ 1,000) against that of entities mentioned in
// exactly five, measured alternately in the same run: the first page as the explorer pages
// (TRACE_PLANS_PAGE plans), five further pages reached by the cursor, and the whole timeline of
// the busiest entity for contrast. Target: a page of the busiest within 2× the five-plan one.
import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { timeline } from '../src/api/timeline.ts';
import type { Database, StatementReader } from '../src/db/database.ts';
import { SHARED_DIR } from '../src/eval/run.ts';
import { TRACE_PLANS_PAGE } from '../ui/src/limits.ts';
import type { Benchmark, BenchContext, BenchOutput, Figure } from './lib/context.ts';
import { onCleanup } from './lib/cleanup.ts';
import { counts, startBenchNeo4j } from './lib/neo4j.ts';
import { Random } from './lib/random.ts';
import { MB, quantile, ratios, round, summarize, type Summary } from './lib/stats.ts';
import { runIngestChild, SCALE_HEAP, SCALE_PAGECACHE } from './scale.ts';

export const SCALE_ARCHIVE = path.join(SHARED_DIR, 'corpus-scale', 'gov-work-reports.tar.xz');
/**
 * The newest reports first (year in the file name, descending; then the path in code-unit
 * order), this many of them: the fewest that give one entity 1,000 plans. Recent reports share
 * their slogans (两个维护 is in nearly every report since 2019), so the newest 1,150 reach it
 * where a random sample needs about 2,100 (about half of all reports name the busiest entity).
 */
export const REPORTS = 1_150;
export const HUB_MIN_PLANS = 1_000;
export const SMALL_PLANS = 5;
const SMALL_ENTITIES = 5;
const SMALL_SEED = 20261130;
/** The explorer's page of plans (the trace's; the explorer has no timeline view of its own yet). */
export const PAGE = TRACE_PLANS_PAGE;
const FURTHER_PAGES = 5;
const WARM_UP = 10;
const SAMPLES_PER_RUN = 50;
const WHOLE_SAMPLES_PER_RUN = 20;

export interface TimelineEntity {
  id: string;
  name: string;
  type: string;
  plans: number;
}

/** Every `.txt` under a folder, as paths relative to it. */
async function reportsUnder(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(path.join(dir, prefix), { withFileTypes: true })) {
    const rel = path.join(prefix, entry.name);
    if (entry.isDirectory()) out.push(...(await reportsUnder(dir, rel)));
    else if (entry.name.endsWith('.txt')) out.push(rel);
  }
  return out;
}

/** The slice: the newest `count` reports (`<collection>/<place>/<year>.txt`), deterministic. */
export async function selectReports(scaleDir: string, count: number): Promise<string[]> {
  const year = (rel: string) => path.basename(rel).slice(0, 4);
  const all = await reportsUnder(scaleDir);
  all.sort((a, b) => (year(a) === year(b) ? (a < b ? -1 : a > b ? 1 : 0) : year(a) < year(b) ? 1 : -1));
  if (all.length < count) throw new Error(`${scaleDir} holds ${all.length} reports, fewer than ${count}`);
  return all.slice(0, count);
}

/** The unpacked scale corpus: PLANGRAPH_SCALE_DIR if it exists, else unpacked into a temp folder. */
export async function scaleCorpus(ctx: BenchContext): Promise<{ dir: string; unpackSeconds: number }> {
  const given = process.env.PLANGRAPH_SCALE_DIR;
  if (given && (await stat(given).catch(() => null))?.isDirectory()) return { dir: given, unpackSeconds: 0 };
  const dir = await mkdtemp(path.join(os.tmpdir(), 'plangraph-bench-scale-'));
  onCleanup(`scale corpus ${dir}`, () => rm(dir, { recursive: true, force: true }));
  const started = performance.now();
  await promisify(execFile)('tar', ['-xJf', SCALE_ARCHIVE, '-C', dir]);
  const unpackSeconds = (performance.now() - started) / 1000;
  ctx.log(`  unpacked ${path.basename(SCALE_ARCHIVE)} in ${unpackSeconds.toFixed(1)} s`);
  return { dir, unpackSeconds };
}

/** The selected reports copied into one flat folder (ingest reads a folder, not a tree). */
async function flatFolder(scaleDir: string, reports: readonly string[]): Promise<{ dir: string; bytes: number }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'plangraph-bench-timeline-corpus-'));
  onCleanup(`corpus ${dir}`, () => rm(dir, { recursive: true, force: true }));
  let bytes = 0;
  for (const rel of reports) {
    const target = path.join(dir, rel.split(path.sep).join('_'));
    await copyFile(path.join(scaleDir, rel), target);
    bytes += (await stat(target)).size;
  }
  return { dir, bytes };
}

/** The busiest entity (by plans) and a seeded draw of those with exactly SMALL_PLANS plans. */
export async function timelineEntities(bench: Database<string>): Promise<{ hub: TimelineEntity; small: TimelineEntity[]; smallCandidates: number }> {
  const toEntity = (row: Record<string, unknown>): TimelineEntity => ({ id: String(row.id), name: String(row.name), type: String(row.type), plans: Number(row.plans) });
  const [top] = (await bench.read('timeline-plan-counts', { plans: null, limit: 1 })).map(toEntity);
  if (!top || top.plans < HUB_MIN_PLANS) {
    throw new Error(`the busiest entity has ${top?.plans ?? 0} plans, fewer than ${HUB_MIN_PLANS}: raise REPORTS in bench/timeline.ts`);
  }
  const candidates = (await bench.read('timeline-plan-counts', { plans: SMALL_PLANS, limit: 1_000_000 })).map(toEntity);
  if (candidates.length < SMALL_ENTITIES) throw new Error(`only ${candidates.length} entities have exactly ${SMALL_PLANS} plans`);
  const small = new Random(SMALL_SEED).shuffle(candidates).slice(0, SMALL_ENTITIES);
  return { hub: top, small, smallCandidates: candidates.length };
}

/** Checks that paging walks the busiest entity's plans in order, once, before anything is timed. */
async function checkPaging(db: StatementReader, hub: TimelineEntity): Promise<void> {
  const whole = await timeline(db, hub.id);
  if (whole.length !== hub.plans) throw new Error(`the whole timeline of ${hub.id} has ${whole.length} points, not ${hub.plans}`);
  let after: string | null = null;
  for (let page = 0; page <= FURTHER_PAGES; page += 1) {
    const points = await timeline(db, hub.id, { first: PAGE, after });
    const expected = whole.slice(page * PAGE, (page + 1) * PAGE).map((p) => p.plan.id);
    if (points.map((p) => p.plan.id).join() !== expected.join()) throw new Error(`page ${page + 1} of ${hub.id} is not the whole timeline's`);
    after = points.at(-1)?.cursor ?? null;
  }
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

/** One run's samples, in ms. */
interface RunSamples {
  hubFirst: number[];
  hubSameSize: number[];
  hubFurther: number[];
  small: number[];
  hubWhole: number[];
  smallBesideWhole: number[];
}

/** One run: the busiest entity's pages and the five-plan entities' first pages, alternated. */
async function oneRun(db: StatementReader, hub: TimelineEntity, small: readonly TimelineEntity[], samples: number, wholeSamples: number): Promise<RunSamples> {
  const out: RunSamples = { hubFirst: [], hubSameSize: [], hubFurther: [], small: [], hubWhole: [], smallBesideWhole: [] };
  for (let i = 0; i < samples; i += 1) {
    const other = small[i % small.length]!;
    let cursor: string | null = null;
    const hubPage = async () => {
      const started = performance.now();
      const points = await timeline(db, hub.id, { first: PAGE });
      out.hubFirst.push(performance.now() - started);
      cursor = points.at(-1)?.cursor ?? null;
    };
    const smallPage = async () => out.small.push(await timed(() => timeline(db, other.id, { first: PAGE })));
    // Which goes first alternates, so that neither always follows the other.
    if (i % 2 === 0) await hubPage().then(smallPage);
    else await smallPage().then(hubPage);
    for (let page = 0; page < FURTHER_PAGES; page += 1) {
      const started = performance.now();
      const points = await timeline(db, hub.id, { first: PAGE, after: cursor });
      out.hubFurther.push(performance.now() - started);
      cursor = points.at(-1)?.cursor ?? null;
    }
    out.hubSameSize.push(await timed(() => timeline(db, hub.id, { first: SMALL_PLANS })));
  }
  for (let i = 0; i < wholeSamples; i += 1) {
    out.hubWhole.push(await timed(() => timeline(db, hub.id)));
    out.smallBesideWhole.push(await timed(() => timeline(db, small[i % small.length]!.id, { first: PAGE })));
  }
  return out;
}

export type Measured = Record<keyof RunSamples, { p50: number[]; p95: number[] }>;

/** Warm-up, then `runs` runs; per run, the p50 and p95 of each kind of request. */
export async function measureTimeline(db: StatementReader, hub: TimelineEntity, small: readonly TimelineEntity[], runs: number, log: (m: string) => void = () => undefined): Promise<Measured> {
  await checkPaging(db, hub);
  await oneRun(db, hub, small, WARM_UP, 2);
  const measured = {} as Measured;
  for (let run = 0; run < runs; run += 1) {
    const samples = await oneRun(db, hub, small, SAMPLES_PER_RUN, WHOLE_SAMPLES_PER_RUN);
    for (const [key, values] of Object.entries(samples) as Array<[keyof RunSamples, number[]]>) {
      measured[key] ??= { p50: [], p95: [] };
      measured[key].p50.push(round(quantile(values, 0.5)));
      measured[key].p95.push(round(quantile(values, 0.95)));
    }
    log(`  run ${run + 1}: first page p50 ${measured.hubFirst.p50.at(-1)} ms (busiest) vs ${measured.small.p50.at(-1)} ms (five plans); further pages ${measured.hubFurther.p50.at(-1)} ms; whole ${measured.hubWhole.p50.at(-1)} ms`);
  }
  return measured;
}

function latencyFigures(m: Measured, hub: TimelineEntity, small: readonly TimelineEntity[]): Figure[] {
  const smallLabel = `${small.length} entities in exactly ${SMALL_PLANS} plans, first page (all ${SMALL_PLANS} points), alternated`;
  const figure = (label: string, key: keyof RunSamples, q: 'p50' | 'p95', base: keyof RunSamples, target: boolean, note?: string): Figure => {
    const ratio = ratios(m[key][q], m[base][q]);
    return {
      label: `${label} — ${q}`,
      unit: 'ms',
      value: summarize(m[key][q]),
      baseline: { label: `${smallLabel} — ${q}`, value: summarize(m[base][q]) },
      ratio,
      ...(target ? { target: '≤ 2', met: ratio.median <= 2 } : {}),
      ...(note ? { note } : {}),
    };
  };
  const hubName = `${hub.id} (${hub.name}, ${hub.plans} plans)`;
  return [
    ...(['p50', 'p95'] as const).map((q) => figure(`timeline of ${hubName}, first page (${PAGE} points)`, 'hubFirst', q, 'small', true)),
    ...(['p50', 'p95'] as const).map((q) => figure(`the same, pages 2–${FURTHER_PAGES + 1} through the cursor (each page)`, 'hubFurther', q, 'small', true)),
    ...(['p50', 'p95'] as const).map((q) => figure(`the same, a first page of ${SMALL_PLANS} points (as many as the baseline's)`, 'hubSameSize', q, 'small', false)),
    ...(['p50', 'p95'] as const).map((q) =>
      figure(`the same, whole (all ${hub.plans} points, unpaged)`, 'hubWhole', q, 'smallBesideWhole', false, `${WHOLE_SAMPLES_PER_RUN} samples per run, alternated with the five-plan pages`),
    ),
  ];
}

const one = (value: number): Summary => summarize([value]);

export const timelineBench: Benchmark = {
  name: 'timeline',
  title: `Timeline: an entity in ≥ ${HUB_MIN_PLANS} plans against entities in ${SMALL_PLANS}, real scale corpus`,
  async run(ctx: BenchContext): Promise<BenchOutput> {
    await ctx.releaseMain();
    const corpus = await scaleCorpus(ctx);
    const reports = await selectReports(corpus.dir, REPORTS);
    const folder = await flatFolder(corpus.dir, reports);
    const years = `${path.basename(reports.at(-1)!).slice(0, 4)}–${path.basename(reports[0]!).slice(0, 4)}`;
    ctx.log(`  slice: the newest ${reports.length} reports (${years}), ${(folder.bytes / MB).toFixed(1)} MB`);
    const neo = await startBenchNeo4j({ heap: SCALE_HEAP, pageCache: SCALE_PAGECACHE, label: 'timeline' });
    try {
      const ingest = await runIngestChild(folder.dir, neo.server.uri, neo.server.password);
      if (ingest.failed.length > 0) throw new Error(`${ingest.failed.length} files failed: ${ingest.failed.slice(0, 3).join('; ')}`);
      const { nodes, relationships } = await counts(neo);
      ctx.log(`  ingest ${ingest.seconds.toFixed(0)} s (${JSON.stringify(ingest.statuses)}), ${nodes} nodes, ${relationships} relationships`);
      const { hub, small, smallCandidates } = await timelineEntities(neo.bench);
      ctx.log(`  busiest: ${hub.id} ${hub.name} (${hub.plans} plans); ${SMALL_PLANS}-plan (of ${smallCandidates}): ${small.map((e) => `${e.id} ${e.name}`).join(', ')}`);
      const measured = await measureTimeline(neo.db, hub, small, ctx.options.runs, ctx.log);
      const { perFile, doneAt: _doneAt, bytes: _bytes, ...ingestRest } = ingest;
      const figures: Figure[] = [
        {
          label: `ingest of the newest ${reports.length} reports (${years}, ${(folder.bytes / MB).toFixed(1)} MB) → ${nodes} nodes, ${relationships} rels`,
          unit: 's',
          value: one(ingest.seconds),
          note: `its own process, gazetteer load included; peak RSS ${(ingest.peakRssBytes / MB).toFixed(0)} MB; ${JSON.stringify(ingest.statuses)}`,
        },
        ...latencyFigures(measured, hub, small),
      ];
      const raw = {
        heap: SCALE_HEAP,
        pageCache: SCALE_PAGECACHE,
        slice: { reports: reports.length, years, bytes: folder.bytes, first: reports[0], last: reports.at(-1), unpackSeconds: corpus.unpackSeconds },
        ingest: { ...ingestRest, perFileTotal: perFile.length },
        nodes,
        relationships,
        page: PAGE,
        furtherPages: FURTHER_PAGES,
        samplesPerRun: SAMPLES_PER_RUN,
        wholeSamplesPerRun: WHOLE_SAMPLES_PER_RUN,
        hub,
        small,
        smallCandidates,
        measured,
      };
      return { figures, raw };
    } finally {
      await neo.stop();
    }
  },
};
