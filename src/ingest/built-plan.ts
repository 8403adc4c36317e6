import type { ManifestEntry } from '../documents/manifest.ts';
import type { SourceDocument } from '../model/document.ts';
import type { CurationRecord } from '../model/curation.ts';
import { foldCurations } from '../curate/book.ts';
import type { PlanRows } from '../load/rows.ts';
import { entitiesByType, type EntityCounts } from './entity-counts.ts';
import { buildPlan } from './pipeline.ts';
import { summarizePlan, type PlanSummary } from './prepare.ts';
import type { PipelineResources } from './resources.ts';

/** What the pure stages make of one document that the ingest needs: plain data, so a worker thread can send it. */
export interface BuiltPlan {
  rows: PlanRows;
  summary: PlanSummary;
  entities: EntityCounts;
}

/** One document to build: its decoded source, its manifest entry, the curation records in force. */
export interface BuildJob {
  source: SourceDocument;
  entry: ManifestEntry | undefined;
  curations: readonly CurationRecord[];
}

export function builtPlan(job: BuildJob, resources: PipelineResources): BuiltPlan {
  const build = buildPlan(job.source, resources, job.entry, foldCurations(job.curations));
  return { rows: build.rows, summary: summarizePlan(build.plan), entities: entitiesByType(build.graph) };
}
