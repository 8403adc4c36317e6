/**
 * Runs the pipeline over every annotated document and scores it: the default corpus from
 * data/plans (with its manifest), the development documents from ../shared/corpus-dev as a user
 * would meet them (no manifest).
 */
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { PROJECT_ROOT } from '../config.ts';
import { loadManifest } from '../documents/manifest.ts';
import { readSource } from '../documents/read.ts';
import { extractPlan } from '../extract/index.ts';
import { loadResources, type PipelineResources } from '../ingest/resources.ts';
import { nameOf } from '../extract/hits.ts';
import { preparePlan } from '../ingest/prepare.ts';
import { pageAt } from '../model/pages.ts';
import type { ResolvedPlanGraph } from '../model/graph.ts';
import type { StructuredPlan } from '../model/plan.ts';
import { resolvePlan } from '../resolve/index.ts';
import { GOLD_SETS, GoldDocumentSchema, mergeParts, type GoldDocument, type GoldSet } from './gold.ts';
import { scoreSet, type FoundEntity, type ScoredDocument, type SetScore } from './score.ts';

export const ANNOTATIONS_DIR = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'annotations');
/** `../shared` beside the checkout, where the development corpus lives (never copied in). */
export const SHARED_DIR = path.resolve(PROJECT_ROOT, process.env.PLANGRAPH_SHARED_DIR ?? '../shared');

/** The annotated documents of one set; files under `parts/` are joined by document. */
export async function readGold(set: GoldSet, dir: string = ANNOTATIONS_DIR): Promise<GoldDocument[]> {
  const folder = path.join(dir, set);
  if (!existsSync(folder)) return [];
  const read = async (file: string): Promise<GoldDocument> => {
    const parsed = GoldDocumentSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
    if (!parsed.success) throw new Error(`${path.relative(PROJECT_ROOT, file)}: not a valid annotation file: ${parsed.error.message}`);
    return parsed.data;
  };
  const whole = await Promise.all((await readdir(folder)).filter((f) => f.endsWith('.json')).sort().map((f) => read(path.join(folder, f))));
  const partsDir = path.join(folder, 'parts');
  const parts = existsSync(partsDir) ? await Promise.all((await readdir(partsDir)).filter((f) => f.endsWith('.json')).sort().map((f) => read(path.join(partsDir, f)))) : [];
  const byDocument = new Map<string, GoldDocument[]>();
  for (const part of parts) byDocument.set(part.document, [...(byDocument.get(part.document) ?? []), part]);
  return [...whole, ...[...byDocument.values()].map(mergeParts)].sort((a, b) => (a.document < b.document ? -1 : 1));
}

/**
 * Development documents whose misses were read while rules were written (since 2026-11-29). The
 * others stay unread: their figure is the honest one, and `npm run eval` prints it apart.
 */
export const TUNING_DOCUMENTS: ReadonlySet<string> = new Set([
  'corpus-dev/shanxi/太原市-2019-政府工作报告.txt',
  'corpus-dev/shanxi/朔州市-2021-政府工作报告.txt',
  'corpus-dev/shanxi/大同市-2021-政府工作报告.txt',
  'corpus-dev/shanxi/吕梁市-2022-政府工作报告.txt',
]);

/** Where an annotated document's file is. */
export function documentPath(set: GoldSet, document: string): string {
  return set === 'corpus' ? path.join(PROJECT_ROOT, document) : path.join(SHARED_DIR, document);
}

/** Line number (1-based) of each offset's line start, for scope checks. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The 1-based line of an offset: lines are found by their starts as pages are (src/model/pages.ts). */
const lineOf = pageAt;

/** The found entities of a document, with the forms of their mentions inside the scope. */
export function foundInScope(graph: ResolvedPlanGraph, sourceText: string, scope: GoldDocument['scope']): FoundEntity[] {
  const starts = lineStarts(sourceText);
  const inScope = (start: number, end: number): boolean =>
    scope === 'whole' || scope.some((r) => lineOf(starts, start) >= r.fromLine && lineOf(starts, Math.max(start, end - 1)) <= r.toLine);
  const forms = new Map<string, Set<string>>();
  for (const m of graph.mentions) {
    if (!inScope(m.sourceStart, m.sourceEnd)) continue;
    forms.set(m.entityId, (forms.get(m.entityId) ?? new Set()).add(nameOf(m.surface)));
  }
  return graph.entities.filter((e) => forms.has(e.id)).map((e) => ({ id: e.id, type: e.type, name: e.name, forms: [...(forms.get(e.id) ?? [])].sort() }));
}

export interface SetRun {
  set: GoldSet;
  score: SetScore;
  /** For `dev`: the documents read while tuning, and the held-out rest, scored apart. */
  split?: { tuning: SetScore; heldOut: SetScore };
  /** Documents named by annotations that could not be read (../shared missing, say). */
  missing: string[];
  extractionMs: number;
}

/** Reads, extracts, resolves and scores every annotated document of a set. */
export async function evaluateSet(set: GoldSet, dir: string = ANNOTATIONS_DIR, resources: PipelineResources = loadResources()): Promise<SetRun> {
  const gold = await readGold(set, dir);
  const manifest = set === 'corpus' ? await loadManifest(path.join(PROJECT_ROOT, 'data', 'plans')) : undefined;
  const scored: ScoredDocument[] = [];
  const missing: string[] = [];
  let extractionMs = 0;
  for (const doc of gold) {
    const file = documentPath(set, doc.document);
    if (!existsSync(file)) {
      missing.push(doc.document);
      continue;
    }
    const source = await readSource(file);
    const plan = preparePlan(source, manifest?.plans[path.basename(file)]);
    const started = performance.now();
    const graph = resolvePlan(extractPlan(plan, resources), resources);
    extractionMs += performance.now() - started;
    scored.push({ document: doc.document, gold: doc, found: foundInScope(graph, source.text, doc.scope) });
  }
  const split =
    set === 'dev'
      ? { tuning: scoreSet(scored.filter((d) => TUNING_DOCUMENTS.has(d.document))), heldOut: scoreSet(scored.filter((d) => !TUNING_DOCUMENTS.has(d.document))) }
      : undefined;
  return { set, score: scoreSet(scored), split, missing, extractionMs };
}

export interface CorpusRun {
  plans: StructuredPlan[];
  graphs: ResolvedPlanGraph[];
  extractionMs: number;
}

/** Prepares, extracts and resolves every plan of a folder (the default corpus unless told). */
export async function runCorpus(dir: string = path.join(PROJECT_ROOT, 'data', 'plans'), resources: PipelineResources = loadResources()): Promise<CorpusRun> {
  const manifest = await loadManifest(dir);
  const files = (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort();
  const plans: StructuredPlan[] = [];
  for (const file of files) plans.push(preparePlan(await readSource(path.join(dir, file)), manifest.plans[file]));
  const started = performance.now();
  const graphs = plans.map((plan) => resolvePlan(extractPlan(plan, resources), resources));
  return { plans, graphs, extractionMs: performance.now() - started };
}

export async function evaluateAll(dir: string = ANNOTATIONS_DIR): Promise<SetRun[]> {
  const resources = loadResources();
  const runs: SetRun[] = [];
  for (const set of GOLD_SETS) runs.push(await evaluateSet(set, dir, resources));
  return runs;
}
