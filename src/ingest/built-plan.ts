import type { ManifestEntry } from '../documents/manifest.ts';
import type { SourceDocument } from '../model/document.ts';
import type { CurationBook } from '../curate/book.ts';
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

/** One document to build: its decoded source and its manifest entry. */
export interface BuildJob {
  source: SourceDocument;
  entry: ManifestEntry | undefined;
}

/** The stages' output for one document, with the curations in force for the whole ingest. */
export function builtPlan(job: BuildJob, resources: PipelineResources, curations: CurationBook): BuiltPlan {
  const build = buildPlan(job.source, resources, job.entry, curations);
  return { rows: build.rows, summary: summarizePlan(build.plan), entities: entitiesByType(build.graph) };
}
