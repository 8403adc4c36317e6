import path, { basename } from 'node:path';
import type { Database } from '../db/database.ts';
import type { ManifestEntry } from '../documents/manifest.ts';
import { loadManifest } from '../documents/manifest.ts';
import { supportedExtensions } from '../documents/formats.ts';
import { decodeDocument, listPlanFiles, readSourceBytes, sha256Of } from '../documents/read.ts';
import { isPlanGraphError, PlanGraphError } from '../errors.ts';
import { sourceKey } from '../model/ids.ts';
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
  const loaded = db && !options.force ? await loadedSources(db) : EMPTY_SOURCES;
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
      if (file !== undefined) ahead.push(prepare(file, manifest.get(file), loaded, options, builder));
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

async function prepare(file: string, entry: ManifestEntry | undefined, loaded: LoadedSources, options: IngestOptions, builder: Builder): Promise<Prepared> {
  const started = performance.now();
  try {
    const { bytes, format, maxBytes } = await readSourceBytes(file, { maxBytes: options.maxFileBytes });
    // An unchanged plan is skipped before it is decoded and built: by the manifest's id, or by its bytes.
    const unchanged = loaded.planOf(sha256Of(bytes), basename(file), entry);
    if (unchanged) return { file, started, outcome: 'unchanged', planId: unchanged };
    const source = await decodeDocument(bytes, file, format, maxBytes);
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

/** The complete plans of the database as the ingest began: which file each was built from. */
interface LoadedSources {
  /** The plan the database holds of exactly this file (its bytes, name and pipeline), if any. */
  planOf(sha256: string, fileName: string, entry: ManifestEntry | undefined): string | null;
}

const EMPTY_SOURCES: LoadedSources = { planOf: () => null };

/**
 * Read in one query, so that a re-ingest of thousands of unchanged files costs a read and a hash
 * each. A file with a manifest entry is unchanged when its plan holds its bytes; one without (its
 * plan id comes from its text, known only once built) when a plan was built from its bytes and
 * name, or holds them as another file that named it (a copy, or a file a later one replaced).
 */
async function loadedSources(db: Database): Promise<LoadedSources> {
  const pipeline = pipelineVersion();
  const byId = new Map<string, string>();
  const bySource = new Map<string, string>();
  for (const row of await db.read('load/loaded-sources')) {
    if (row.pipeline !== pipeline) continue;
    const id = String(row.id);
    byId.set(id, String(row.sha256));
    bySource.set(sourceKey(String(row.sha256), String(row.sourceFile)), id);
    for (const key of row.others as string[]) if (!bySource.has(key)) bySource.set(key, id);
  }
  return {
    planOf: (sha256, fileName, entry) => (entry ? (byId.get(entry.id) === sha256 ? entry.id : null) : (bySource.get(sourceKey(sha256, fileName)) ?? null)),
  };
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
