/**
 * `npm run eval`: reads the corpus and the hand-checked annotations, prepares, extracts and
 * resolves every plan, and prints precision and recall by type.
 */
import { readFile, readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadManifest, preparePlan } from '../documents/prepare.ts';
import { readSource } from '../documents/read.ts';
import { loadGazetteer } from '../gazetteer/index.ts';
import { extractPlan } from '../extract/index.ts';
import type { StructuredPlan } from '../model/plan.ts';
import { resolvePlan } from '../resolve/index.ts';
import { type AnnotationFile, AnnotationFileSchema, type Annotations, type Trace, TracesFileSchema } from './annotations.ts';
import { evaluate, formatReport } from './evaluate.ts';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
export const PLANS_DIR = join(root, 'data', 'plans');
export const ANNOTATIONS_DIR = join(root, 'tests', 'fixtures', 'annotations');


export async function readAnnotations(dir: string = ANNOTATIONS_DIR): Promise<Annotations> {
  const names = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  const files: AnnotationFile[] = [];
  let traces: Trace[] = [];
  for (const name of names) {
    const raw: unknown = JSON.parse(await readFile(join(dir, name), 'utf8'));
    if (name === 'traces.json') {
      traces = parseOrExplain(TracesFileSchema, raw, name);
      continue;
    }
    files.push(parseOrExplain(AnnotationFileSchema, raw, name));
  }
  return { files, traces };
}

function parseOrExplain<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { message: string } } }, raw: unknown, name: string): T {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new Error(`${name}: not a valid annotation file: ${parsed.error.message}`);
  return parsed.data;
}

export interface CorpusRun {
  plans: StructuredPlan[];
  graphs: ReturnType<typeof resolvePlan>[];
  extractionMs: number;
}

/** Prepares, extracts and resolves every plan of the corpus. */
export async function runCorpus(dir: string = PLANS_DIR): Promise<CorpusRun> {
  const gazetteer = loadGazetteer();
  const manifest = await loadManifest(dir);
  const files = (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort();
  const plans: StructuredPlan[] = [];
  for (const file of files) plans.push(preparePlan(await readSource(join(dir, file)), manifest.plans[file]));
  const started = performance.now();
  const graphs = plans.map((plan) => resolvePlan(extractPlan(plan, gazetteer), gazetteer));
  return { plans, graphs, extractionMs: performance.now() - started };
}

async function main(): Promise<void> {
  const [annotations, run] = await Promise.all([readAnnotations(), runCorpus()]);
  const report = evaluate(annotations, run.plans, run.graphs);
  const verbose = process.argv.includes('--all');
  console.log(formatReport(report, { listLimit: verbose ? Number.POSITIVE_INFINITY : 40 }));
  console.log('');
  console.log(`entities by type (whole corpus, per plan summed):`);
  const counts = new Map<string, number>();
  for (const g of run.graphs) for (const e of g.entities) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
  console.log('  ' + [...counts].sort().map(([t, n]) => `${t} ${n}`).join(', '));
  console.log(`extraction + resolution of ${run.plans.length} plans: ${run.extractionMs.toFixed(0)} ms`);
}

if (process.argv[1] && basename(process.argv[1]).startsWith('cli')) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
