// Graph load (rows → Neo4j through loadPlan, extraction excluded) against a plain
// UNWIND … CREATE of the same rows into an empty database; and load time by batch size.
import type { Database } from '../src/db/database.ts';
import { batches } from '../src/load/batches.ts';
import { loadPlan } from '../src/load/load-plan.ts';
import type { EntityRow, PlanRows } from '../src/load/rows.ts';
import type { Benchmark, BenchContext, BenchOutput, Figure } from './lib/context.ts';
import { buildAll, readCorpus } from './lib/corpus.ts';
import { counts, wipe, type BenchNeo4j } from './lib/neo4j.ts';
import { ratios, summarize } from './lib/stats.ts';

export const BATCH_SIZES = [100, 500, 1000, 5000] as const;
export const DEFAULT_BATCH_SIZE = 1000;

async function timeLoadPlan(db: Database, plans: readonly PlanRows[], batchSize: number): Promise<number> {
  const started = performance.now();
  for (const rows of plans) await loadPlan(db, rows, { batchSize, force: false });
  return (performance.now() - started) / 1000;
}

/** The same rows written plainly: CREATE, no versioning, no derived fields, entities deduplicated. */
async function timePlainCreate(bench: Database<string>, plans: readonly PlanRows[], batchSize: number): Promise<number> {
  const entities = new Map<string, EntityRow>();
  for (const rows of plans) for (const entity of rows.entities) if (!entities.has(entity.id)) entities.set(entity.id, entity);
  const started = performance.now();
  for (const rows of plans) {
    await bench.write('plain-plan', { plan: rows.plan });
    for (const batch of batches(rows.sections, batchSize)) await bench.write('plain-sections', { rows: batch });
  }
  for (const batch of batches([...entities.values()], batchSize)) await bench.write('plain-entities', { rows: batch });
  for (const rows of plans) {
    for (const batch of batches(rows.mentions, batchSize)) await bench.write('plain-mentions', { rows: batch });
    for (const batch of batches(rows.relations, batchSize)) await bench.write('plain-relations', { rows: batch });
  }
  return (performance.now() - started) / 1000;
}

export const load: Benchmark = {
  name: 'load',
  title: 'Graph load (loadPlan) vs plain UNWIND … CREATE; batch sizes',
  async run(ctx: BenchContext): Promise<BenchOutput> {
    const neo: BenchNeo4j = await ctx.mainNeo4j();
    const { files } = await readCorpus();
    const plans = buildAll(files).map((build) => build.rows);
    const rowCount = plans.reduce((sum, p) => sum + 1 + p.sections.length + p.entities.length + p.mentions.length + p.relations.length, 0);
    ctx.setCorpusLoaded(false);

    // Warm-up: one load of each kind (query plans cached, JIT warm, store files grown).
    await wipe(neo);
    await timeLoadPlan(neo.db, plans, DEFAULT_BATCH_SIZE);
    await wipe(neo);
    await timePlainCreate(neo.bench, plans, DEFAULT_BATCH_SIZE);

    const bySize = new Map<number, number[]>(BATCH_SIZES.map((size) => [size, []]));
    const plain: number[] = [];
    let loadedCounts = { nodes: 0, relationships: 0 };
    let plainCounts = { nodes: 0, relationships: 0 };
    for (let run = 0; run < ctx.options.runs; run += 1) {
      const jobs: Array<number | 'plain'> = [...BATCH_SIZES, 'plain'];
      // Rotate the order per run so that no variant always follows the same one.
      const rotated = [...jobs.slice(run % jobs.length), ...jobs.slice(0, run % jobs.length)];
      for (const job of rotated) {
        await wipe(neo);
        if (job === 'plain') {
          plain.push(await timePlainCreate(neo.bench, plans, DEFAULT_BATCH_SIZE));
          plainCounts = await counts(neo);
        } else {
          bySize.get(job)!.push(await timeLoadPlan(neo.db, plans, job));
          if (job === DEFAULT_BATCH_SIZE) loadedCounts = await counts(neo);
        }
      }
      ctx.log(`  run ${run + 1}: ${BATCH_SIZES.map((s) => `batch ${s} ${bySize.get(s)!.at(-1)!.toFixed(2)} s`).join(', ')}, plain ${plain.at(-1)!.toFixed(2)} s`);
    }
    await wipe(neo);

    const main = bySize.get(DEFAULT_BATCH_SIZE)!;
    const medians = BATCH_SIZES.map((size) => ({ size, median: summarize(bySize.get(size)!).median }));
    const best = medians.reduce((a, b) => (b.median < a.median ? b : a));
    const figures: Figure[] = [
      {
        label: `load of the corpus via loadPlan (batch ${DEFAULT_BATCH_SIZE}, ${rowCount} rows)`,
        unit: 's',
        value: summarize(main),
        baseline: { label: 'plain UNWIND … CREATE of the same rows, empty database', value: summarize(plain) },
        ratio: ratios(main, plain),
        note: `loadPlan: ${loadedCounts.nodes} nodes, ${loadedCounts.relationships} relationships; plain: ${plainCounts.nodes} nodes, ${plainCounts.relationships} relationships`,
      },
      ...BATCH_SIZES.map(
        (size): Figure => ({
          label: `loadPlan at batch size ${size}${size === best.size ? '  ← best' : ''}`,
          unit: 's',
          value: summarize(bySize.get(size)!),
          baseline: { label: `batch size ${DEFAULT_BATCH_SIZE} (current default)`, value: summarize(main) },
          ratio: ratios(bySize.get(size)!, main),
        }),
      ),
    ];
    return {
      figures,
      raw: {
        rows: { total: rowCount, plans: plans.length, sections: sum(plans, (p) => p.sections.length), entities: sum(plans, (p) => p.entities.length), mentions: sum(plans, (p) => p.mentions.length), relations: sum(plans, (p) => p.relations.length) },
        loadPlanSecondsByBatchSize: Object.fromEntries(bySize),
        plainCreateSeconds: plain,
        bestBatchSize: best.size,
        loadedCounts,
        plainCounts,
      },
    };
  },
};

function sum<T>(items: readonly T[], of: (item: T) => number): number {
  return items.reduce((total, item) => total + of(item), 0);
}
