import type { ManifestEntry } from '../documents/manifest.ts';
import { extractPlan } from '../extract/index.ts';
import { rowsFor, type PlanRows } from '../load/rows.ts';
import type { SourceDocument } from '../model/document.ts';
import type { Extraction } from '../model/entity.ts';
import type { ResolvedPlanGraph } from '../model/graph.ts';
import type { StructuredPlan } from '../model/plan.ts';
import { EMPTY_BOOK, type CurationBook } from '../curate/book.ts';
import { resolvePlan } from '../resolve/index.ts';
import { pipelineVersion } from './pipeline-version.ts';
import { preparePlan } from './prepare.ts';
import type { PipelineResources } from './resources.ts';

/** Everything the pure stages make of one document, stage by stage. */
export interface PlanBuild {
  plan: StructuredPlan;
  extraction: Extraction;
  graph: ResolvedPlanGraph;
  rows: PlanRows;
}

/**
 * The pipeline after reading, as an explicit ordered list of pure stages:
 * normalise + structure (prepare) → extract → resolve → rows for the loader, with the analysts'
 * curations applied to the resolution (src/curate/). The resources
 * (src/ingest/resources.ts) are loaded once by the caller and shared by every document.
 */
export function buildPlan(source: SourceDocument, resources: PipelineResources, manifestEntry?: ManifestEntry, curations: CurationBook = EMPTY_BOOK): PlanBuild {
  const plan = preparePlan(source, manifestEntry);
  const extraction = extractPlan(plan, resources);
  const graph = resolvePlan(extraction, resources);
  const rows = rowsFor(plan, graph, pipelineVersion(), curations);
  return { plan, extraction, graph, rows };
}
