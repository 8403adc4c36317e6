import path from 'node:path';
import type { Database } from '../db/database.ts';
import type { ManifestEntry } from '../documents/manifest.ts';
import type { SourceDocument } from '../model/document.ts';
import { loadManifest } from '../documents/manifest.ts';
import { supportedExtensions } from '../documents/formats.ts';
import { listPlanFiles, readSource } from '../documents/read.ts';
import { isPlanGraphError, PlanGraphError } from '../errors.ts';
import { loadGazetteer } from '../gazetteer/index.ts';
import { loadGazetteerRegions } from '../load/gazetteer.ts';
import { withIngestLock } from '../load/ingest-lock.ts';
import { loadPlan, recoverUnfinished, type LoadProgress } from '../load/load-plan.ts';
import { readCurationRecords, syncAfterIngest } from '../load/curations.ts';
import { foldCurations } from '../curate/book.ts';
import { createBuilder, type Builder } from './build-pool.ts';
import type { BuiltPlan } from './built-plan.ts';
import type { EntityCounts } from './entity-counts.ts';
import { pipelineVersion } from './pipeline-version.ts';
import type { PlanSummary } from './prepare.ts';

export interface IngestOptions {
  dryRun: boolean;
  force: boolean;
  batchSize: number;
  maxFileBytes: number;
  onProgress?: LoadProgress;
  onFile?: (result: FileResult) => void;
  /** Called once for each file of a folder that is not read, before any file is. */
  onSkip?: (skip: { file: string; reason: string }) => void;
  afterBatch?: () => Promise<void> | void;
  /** Threads that read and build documents while one writer loads them (1: all in this thread). */
  workers?: number;
}

export interface FileResult {
  file: string;
  status: 'loaded' | 'replaced' | 'unchanged' | 'failed' | 'checked';
  planId?: string;
  summary?: PlanSummary;
  counts?: { sections: number; entities: number; mentions: number; relations: number };
  /** A dry run's entities: by type, each with its mention count, most mentioned first. */
  entities?: EntityCounts;
  /** Why a file failed: names the file and the reason. */
  error?: string;
  seconds: number;
}

export interface IngestReport {
  files: FileResult[];
  /** Files of the named folders that are not read (an unsupported kind), each with the reason. */
  skipped: Array<{ file: string; reason: string }>;
  recovered: string[];
  regionsLoaded: number;
  seconds: number;
}

/**
 * Ingests documents: every file is read, built by the pure stages and loaded on its own, so a
 * bad file is reported and skipped while the others load. A database failure stops the run
 * (what was loaded stays consistent: each plan is atomic).
 */
export async function ingest(paths: readonly string[], db: Database | undefined, options: IngestOptions): Promise<IngestReport> {
  const started = performance.now();
  const { files, skipped } = await listPlanFiles(paths);
  for (const skip of skipped) options.onSkip?.(skip);
  if (files.length === 0) {
    throw new PlanGraphError('BAD_USER_INPUT', `no plan files (${supportedExtensions().join(', ')}) found in ${paths.join(', ')}`, { subject: paths.join(', ') });
  }
  const manifest = await manifestEntries(files);
  const run = async (database: Database | undefined): Promise<IngestReport> => ({ ...(await ingestFiles(files, manifest, database, options, started)), skipped });
  if (options.dryRun || !db) return run(undefined);
  return withIngestLock(db, () => run(db));
}

async function ingestFiles(
  files: readonly string[],
  manifest: Map<string, ManifestEntry>,
  db: Database | undefined,
  options: IngestOptions,
  started: number,
): Promise<Omit<IngestReport, 'skipped'>> {
  const recovered = db ? await recoverUnfinished(db) : [];
  const regionsLoaded = db ? await loadGazetteerRegions(db, loadGazetteer(), options.batchSize) : 0;
  // Read under the ingest lock, which curations take too: no record lands while plans load.
  const curations = db ? await readCurationRecords(db) : [];
  const workers = Math.max(1, Math.min(options.workers ?? 1, files.length));
  const builder = createBuilder(workers, curations);
  const results: FileResult[] = [];
  try {
    // Documents are read and built ahead, at most two per worker (so that a worker done with a short
    // document starts another while a long one is still being built), and loaded one at a time in
    // the order given, so that memory stays bounded and the graph is the same for any number of
    // workers (what a load writes may depend on what was loaded before it).
    const ahead: Array<Promise<Prepared>> = [];
    let next = 0;
    const prepareNext = (): void => {
      const file = files[next];
      next += 1;
      if (file !== undefined) ahead.push(prepare(file, manifest.get(file), db, options, builder));
    };
    for (let i = 0; i < (workers === 1 ? 1 : 2 * workers); i += 1) prepareNext();
    while (ahead.length > 0) {
      const prepared = await (ahead.shift() as Promise<Prepared>);
      prepareNext();
      const result = await finishFile(prepared, db, options);
      results.push(result);
      options.onFile?.(result);
    }
  } finally {
    await builder.close();
  }
  if (db) await syncAfterIngest(db, foldCurations(curations));
  return { files: results, recovered, regionsLoaded, seconds: (performance.now() - started) / 1000 };
}

/** A document read and built (or found unchanged, or refused), waiting for its turn to load. */
type Prepared =
  | { file: string; started: number; outcome: 'unchanged'; planId: string }
  | { file: string; started: number; outcome: 'failed'; error: string }
  | { file: string; started: number; outcome: 'built'; built: BuiltPlan };

async function prepare(
  file: string,
  entry: ManifestEntry | undefined,
  db: Database | undefined,
  options: IngestOptions,
  builder: Builder,
): Promise<Prepared> {
  const started = performance.now();
  try {
    const source = await readSource(file, { maxBytes: options.maxFileBytes });
    // An unchanged plan is skipped before extraction: by the manifest's id, or by its bytes.
    const unchanged = db && !options.force ? await loadedPlanOf(db, source, entry) : null;
    if (unchanged) return { file, started, outcome: 'unchanged', planId: unchanged };
    return { file, started, outcome: 'built', built: await builder.build({ source, entry }) };
  } catch (error) {
    if (!isPlanGraphError(error, 'BAD_INPUT')) throw error;
    return { file, started, outcome: 'failed', error: error.message };
  }
}

async function finishFile(prepared: Prepared, db: Database | undefined, options: IngestOptions): Promise<FileResult> {
  const { file } = prepared;
  const done = (result: Omit<FileResult, 'file' | 'seconds'>): FileResult => ({ file, ...result, seconds: (performance.now() - prepared.started) / 1000 });
  if (prepared.outcome === 'unchanged') return done({ status: 'unchanged', planId: prepared.planId });
  if (prepared.outcome === 'failed') return done({ status: 'failed', error: prepared.error });
  const { rows, summary, entities } = prepared.built;
  const counts = { sections: rows.sections.length, entities: rows.entities.length, mentions: rows.mentions.length, relations: rows.relations.length };
  if (!db) return done({ status: 'checked', planId: summary.id, summary, counts, entities });
  const outcome = await loadPlan(db, rows, {
    batchSize: options.batchSize,
    force: options.force,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.afterBatch ? { afterBatch: options.afterBatch } : {}),
  });
  return done({ status: outcome, planId: summary.id, summary, counts });
}

/** The id of the complete plan the database holds of exactly this file, if any. */
async function loadedPlanOf(db: Database, source: SourceDocument, entry: ManifestEntry | undefined): Promise<string | null> {
  if (entry) {
    const [state] = await db.read('load/plan-state', { id: entry.id });
    return state?.status === 'complete' && state.sha256 === source.sha256 && state.pipeline === pipelineVersion() ? entry.id : null;
  }
  const [plan] = await db.read('load/plan-by-source', { sha256: source.sha256, pipeline: pipelineVersion(), sourceFile: source.fileName });
  return plan ? String(plan.id) : null;
}

/** The manifest entry of each file, from the manifest.json beside it (if any). */
async function manifestEntries(files: readonly string[]): Promise<Map<string, ManifestEntry>> {
  const byDir = new Map<string, Awaited<ReturnType<typeof loadManifest>>>();
  const entries = new Map<string, ManifestEntry>();
  for (const file of files) {
    const dir = path.dirname(file);
    if (!byDir.has(dir)) byDir.set(dir, await loadManifest(dir));
    const entry = byDir.get(dir)?.plans[path.basename(file)];
    if (entry) entries.set(file, entry);
  }
  return entries;
}

export { entitiesByType } from './entity-counts.ts';
