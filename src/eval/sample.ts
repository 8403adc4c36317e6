/**
 * `npm run eval:sample -- <out-dir>`: what a person checks by hand for precision where nothing is
 * annotated. Two samples: (a) the default corpus with ten development documents, (b) 100 random
 * reports of ../shared/corpus-scale (unpacked into a temporary folder; set PLANGRAPH_SCALE_DIR to
 * an unpacked copy to skip that). For each, per type, the 50 most mentioned entities and 100
 * random ones (a fixed seed, or `--seed N` for a fresh draw), each with one passage, written as
 * TSV with an empty `right` column.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../config.ts';
import { loadManifest } from '../documents/manifest.ts';
import { readSource } from '../documents/read.ts';
import { extractPlan } from '../extract/index.ts';
import { preparePlan } from '../ingest/prepare.ts';
import { loadResources, type PipelineResources } from '../ingest/resources.ts';
import { ENTITY_TYPES, type EntityType } from '../model/entity.ts';
import { resolvePlan } from '../resolve/index.ts';
import { SHARED_DIR } from './run.ts';

/** A small deterministic generator (mulberry32): the same sample on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(items: readonly T[], n: number, next: () => number): T[] {
  const pool = [...items];
  for (let i = pool.length - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, n);
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : name.endsWith('.txt') ? [full] : [];
  });
}

interface Tally {
  type: EntityType;
  name: string;
  mentions: number;
  documents: Set<string>;
  passage: string;
}

async function tally(files: readonly string[], resources: PipelineResources): Promise<Map<string, Tally>> {
  const manifest = await loadManifest(path.join(PROJECT_ROOT, 'data', 'plans'));
  const byId = new Map<string, Tally>();
  for (const file of files) {
    const source = await readSource(file);
    const plan = preparePlan(source, manifest.plans[path.basename(file)]);
    const graph = resolvePlan(extractPlan(plan, resources), resources);
    const entities = new Map(graph.entities.map((e) => [e.id, e]));
    for (const m of graph.mentions) {
      const entity = entities.get(m.entityId)!;
      const known = byId.get(m.entityId);
      const passage = source.text.slice(Math.max(0, m.sourceStart - 25), m.sourceEnd + 25).replace(/\s+/g, ' ');
      if (known) {
        known.mentions += 1;
        known.documents.add(file);
      } else byId.set(m.entityId, { type: entity.type, name: entity.name, mentions: 1, documents: new Set([file]), passage });
    }
  }
  return byId;
}

function write(out: string, label: string, byId: Map<string, Tally>, seed: number): void {
  const next = random(seed);
  const rows = ['sample\ttype\tname\tmentions\tdocuments\tpassage\tright'];
  for (const type of ENTITY_TYPES) {
    const all = [...byId.values()].filter((t) => t.type === type);
    const top = [...all].sort((a, b) => b.mentions - a.mentions || (a.name < b.name ? -1 : 1)).slice(0, 50);
    const rest = pick(all.filter((t) => !top.includes(t)).sort((a, b) => (a.name < b.name ? -1 : 1)), 100, next);
    for (const [sample, list] of [['top50', top], ['random100', rest]] as const) {
      for (const t of list) rows.push([sample, type, t.name, t.mentions, t.documents.size, t.passage, ''].join('\t'));
    }
  }
  writeFileSync(path.join(out, `${label}.tsv`), rows.join('\n') + '\n');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const seedAt = args.indexOf('--seed');
  const seed = seedAt >= 0 ? Number(args.splice(seedAt, 2)[1]) : 20261129;
  if (!Number.isInteger(seed)) throw new Error('--seed must be a whole number');
  const out = path.resolve(args[0] ?? path.join(PROJECT_ROOT, '.plangraph', 'precision-sample'));
  mkdirSync(out, { recursive: true });
  const resources = loadResources();
  const corpus = filesUnder(path.join(PROJECT_ROOT, 'data', 'plans'));
  const dev = filesUnder(path.join(SHARED_DIR, 'corpus-dev', 'shanxi')).sort();
  write(out, 'a-corpus-and-dev', await tally([...corpus, ...pick(dev, 10, random(seed + 7))], resources), seed);
  let scaleDir = process.env.PLANGRAPH_SCALE_DIR;
  if (!scaleDir || !existsSync(scaleDir)) {
    scaleDir = mkdtempSync(path.join(os.tmpdir(), 'plangraph-scale-'));
    execFileSync('tar', ['-xJf', path.join(SHARED_DIR, 'corpus-scale', 'gov-work-reports.tar.xz'), '-C', scaleDir]);
  }
  write(out, 'b-national', await tally(pick(filesUnder(scaleDir).sort(), 100, random(seed + 11)), resources), seed);
  console.log(`samples written to ${out}: a-corpus-and-dev.tsv, b-national.tsv (fill the "right" column with 1 or 0)`);
}

main().catch((error: unknown) => {
  console.error(`eval:sample: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
