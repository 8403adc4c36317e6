import path from 'node:path';
import type { Database } from '../db/database.ts';
import type { ManifestEntry } from '../documents/manifest.ts';
import { loadManifest } from '../documents/manifest.ts';
import { supportedExtensions } from '../documents/formats.ts';
import { listPlanFiles, readSource } from '../documents/read.ts';
import { isPlanGraphError, PlanGraphError } from '../errors.ts';
import { loadGazetteer } from '../gazetteer/index.ts';
import { loadGazetteerRegions } from '../load/gazetteer.ts';
import { withIngestLock } from '../load/ingest-lock.ts';
import { loadPlan, recoverUnfinished, type LoadProgress } from '../load/load-plan.ts';
import { readCurationBook, syncAfterIngest } from '../load/curations.ts';
import { EMPTY_BOOK } from '../curate/book.ts';
import { ENTITY_TYPES, type EntityType } from '../model/entity.ts';
import type { ResolvedPlanGraph } from '../model/graph.ts';
import { buildPlan } from './pipeline.ts';
import { pipelineVersion } from './pipeline-version.ts';
import { summarizePlan, type PlanSummary } from './prepare.ts';
import { loadResources, type PipelineResources } from './resources.ts';

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
}

export interface FileResult {
  file: string;
  status: 'loaded' | 'replaced' | 'unchanged' | 'failed' | 'checked';
  planId?: string;
  summary?: PlanSummary;
  counts?: { sections: number; entities: number; mentions: number; relations: number };
  /** A dry run's entities: by type, each with its mention count, most mentioned first. */
  entities?: Array<{ type: EntityType; names: Array<{ name: string; mentions: number }> }>;
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
  const curations = db ? await readCurationBook(db) : EMPTY_BOOK;

  const results: FileResult[] = [];
  // Loaded with the first plan that needs extracting: a re-ingest of unchanged plans reads none.
  let resources: PipelineResources | undefined;
  for (const file of files) {
    const fileStarted = performance.now();
    const finish = (result: Omit<FileResult, 'file' | 'seconds'>): void => {
      const done = { file, ...result, seconds: (performance.now() - fileStarted) / 1000 };
      results.push(done);
      options.onFile?.(done);
    };
    let build: ReturnType<typeof buildPlan>;
    try {
      const source = await readSource(file, { maxBytes: options.maxFileBytes });
      const entry = manifest.get(file);
      // With the plan's id known up front, an unchanged plan is skipped before extraction.
      if (db && entry && !options.force && (await isLoaded(db, entry.id, source.sha256))) {
        finish({ status: 'unchanged', planId: entry.id });
        continue;
      }
      resources ??= loadResources();
      build = buildPlan(source, resources, entry, curations);
    } catch (error) {
      if (!isPlanGraphError(error, 'BAD_INPUT')) throw error;
      finish({ status: 'failed', error: error.message });
      continue;
    }
    const counts = {
      sections: build.rows.sections.length,
      entities: build.rows.entities.length,
      mentions: build.rows.mentions.length,
      relations: build.rows.relations.length,
    };
    const summary = summarizePlan(build.plan);
    if (!db) {
      finish({ status: 'checked', planId: build.plan.meta.id, summary, counts, entities: entitiesByType(build.graph) });
      continue;
    }
    const outcome = await loadPlan(db, build.rows, {
      batchSize: options.batchSize,
      force: options.force,
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      ...(options.afterBatch ? { afterBatch: options.afterBatch } : {}),
    });
    finish({ status: outcome, planId: build.plan.meta.id, summary, counts });
  }
  if (db) await syncAfterIngest(db, curations);
  return { files: results, recovered, regionsLoaded, seconds: (performance.now() - started) / 1000 };
}

async function isLoaded(db: Database, planId: string, sha256: string): Promise<boolean> {
  const [state] = await db.read('load/plan-state', { id: planId });
  return state?.status === 'complete' && state.sha256 === sha256 && state.pipeline === pipelineVersion();
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

/** The entities of a plan by type, each with how often the plan mentions it (dry runs print them). */
export function entitiesByType(graph: ResolvedPlanGraph): NonNullable<FileResult['entities']> {
  const mentions = new Map<string, number>();
  for (const m of graph.mentions) mentions.set(m.entityId, (mentions.get(m.entityId) ?? 0) + 1);
  return ENTITY_TYPES.map((type) => ({
    type,
    names: graph.entities
      .filter((e) => e.type === type)
      .map((e) => ({ name: e.name, mentions: mentions.get(e.id) ?? 0 }))
      .sort((a, b) => b.mentions - a.mentions || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
  })).filter((group) => group.names.length > 0);
}
