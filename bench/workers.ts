// Extraction in worker threads (issue 18): a dry-run ingest (read and build, no database) of the
// newest REPORTS national work reports with one thread and with one worker per core, alternating
// in each run, so the ratio is of the same moment of the machine. The writer's side (loading)
// is one thread either way and is measured by the load and scale benches.
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { ingest } from '../src/ingest/ingest.ts';
import type { Benchmark, BenchContext, BenchOutput } from './lib/context.ts';
import { ratios, summarize } from './lib/stats.ts';
import { scaleCorpus, selectReports } from './timeline.ts';

const REPORTS = 120;

async function dryRunSeconds(files: readonly string[], workers: number): Promise<number> {
  const report = await ingest(files, undefined, { dryRun: true, force: false, batchSize: 1000, maxFileBytes: 50 * 1024 * 1024, workers });
  if (report.files.some((file) => file.status === 'failed')) throw new Error(`a report failed with ${workers} workers`);
  return report.seconds;
}

export const workersBench: Benchmark = {
  name: 'workers',
  title: `Extraction in worker threads: a dry-run ingest of ${REPORTS} national reports, one thread vs one per core`,
  async run(ctx: BenchContext): Promise<BenchOutput> {
    const { dir } = await scaleCorpus(ctx);
    const files = (await selectReports(dir, REPORTS)).map((rel) => path.join(dir, rel));
    const cores = availableParallelism();
    const one: number[] = [];
    const many: number[] = [];
    for (let i = 0; i < ctx.options.runs; i += 1) {
      one.push(await dryRunSeconds(files, 1));
      many.push(await dryRunSeconds(files, cores));
      ctx.log(`  run ${i + 1}: 1 thread ${one.at(-1)?.toFixed(1)} s, ${cores} workers ${many.at(-1)?.toFixed(1)} s`);
    }
    return {
      figures: [
        { label: `dry-run ingest, ${cores} workers vs 1 thread`, unit: 's', value: summarize(many), baseline: { label: '1 thread', value: summarize(one) }, ratio: ratios(many, one) },
      ],
      raw: { reports: REPORTS, cores, one, many },
    };
  },
};
