import type { ManifestEntry } from '../documents/manifest.ts';
import { preparePlan } from '../documents/prepare.ts';
import { extractPlan } from '../extract/index.ts';
import { loadGazetteer } from '../gazetteer/index.ts';
import { rowsFor, type PlanRows } from '../load/rows.ts';
import type { SourceDocument } from '../model/document.ts';
import type { Extraction } from '../model/entity.ts';
import type { ResolvedPlanGraph } from '../model/graph.ts';
import type { StructuredPlan } from '../model/plan.ts';
import { loadAliasTable, resolvePlan } from '../resolve/index.ts';
import { pipelineVersion } from './pipeline-version.ts';

/** Everything the pure stages make of one document, stage by stage. */
export interface PlanBuild {
  plan: StructuredPlan;
  extraction: Extraction;
  graph: ResolvedPlanGraph;
  rows: PlanRows;
}

/**
 * The pipeline after reading, as an explicit ordered list of pure stages:
 * normalise + structure (prepare) → extract → resolve → rows for the loader.
 */
export function buildPlan(source: SourceDocument, manifestEntry?: ManifestEntry): PlanBuild {
  const gazetteer = loadGazetteer();
  const plan = preparePlan(source, manifestEntry);
  const extraction = extractPlan(plan, gazetteer);
  const graph = resolvePlan(extraction, gazetteer, loadAliasTable());
  const rows = rowsFor(plan, graph, pipelineVersion());
  return { plan, extraction, graph, rows };
}
