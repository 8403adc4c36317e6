// Extraction throughput (prepare → extract → resolve over the real corpus) against jieba
// segmentation alone of the same normalised text with the same domain dictionary.
import { pipelineVersion } from '../src/ingest/pipeline-version.ts';
import { preparePlan } from '../src/ingest/prepare.ts';
import { createDomainJieba } from '../src/extract/dictionary.ts';
import { extractPlan } from '../src/extract/index.ts';
import { loadResources } from '../src/ingest/resources.ts';
import { rowsFor } from '../src/load/rows.ts';
import { resolvePlan } from '../src/resolve/index.ts';
import type { Benchmark, BenchContext, BenchOutput } from './lib/context.ts';
import { readCorpus } from './lib/corpus.ts';
import { MB, ratios, round, summarize } from './lib/stats.ts';

export const extraction: Benchmark = {
  name: 'extraction',
  title: 'Extraction throughput vs jieba segmentation alone',
  async run(ctx: BenchContext): Promise<BenchOutput> {
    const { files, bytes } = await readCorpus();
    const resources = loadResources();
    const jieba = createDomainJieba(resources.lexicon.words, resources.gazetteer);
    const normalizedTexts = files.map(({ source, manifestEntry }) => preparePlan(source, manifestEntry).normalized.text);
    const normalizedBytes = normalizedTexts.reduce((sum, text) => sum + Buffer.byteLength(text, 'utf8'), 0);

    // Warm-up: the extractor's own jieba (built on first use) and the JIT.
    for (const { source, manifestEntry } of files) {
      const plan = preparePlan(source, manifestEntry);
      resolvePlan(extractPlan(plan, resources), resources);
    }
    for (const text of normalizedTexts) jieba.cut(text, false);

    const stages = { prepare: [] as number[], extract: [] as number[], resolve: [] as number[], rows: [] as number[] };
    const pipelineSeconds: number[] = [];
    const jiebaSeconds: number[] = [];
    for (let run = 0; run < ctx.options.runs; run += 1) {
      // Alternate which goes first so that neither always runs on a warmer machine.
      const order = run % 2 === 0 ? ['pipeline', 'jieba'] : ['jieba', 'pipeline'];
      for (const which of order) {
        if (which === 'jieba') {
          const started = performance.now();
          let tokens = 0;
          for (const text of normalizedTexts) tokens += jieba.cut(text, false).length;
          jiebaSeconds.push((performance.now() - started) / 1000);
          if (tokens === 0) throw new Error('jieba produced no tokens');
        } else {
          const times = { prepare: 0, extract: 0, resolve: 0, rows: 0 };
          for (const { source, manifestEntry } of files) {
            const t0 = performance.now();
            const plan = preparePlan(source, manifestEntry);
            const t1 = performance.now();
            const extracted = extractPlan(plan, resources);
            const t2 = performance.now();
            const graph = resolvePlan(extracted, resources);
            const t3 = performance.now();
            rowsFor(plan, graph, pipelineVersion());
            const t4 = performance.now();
            times.prepare += t1 - t0;
            times.extract += t2 - t1;
            times.resolve += t3 - t2;
            times.rows += t4 - t3;
          }
          for (const key of Object.keys(times) as Array<keyof typeof times>) stages[key].push(times[key] / 1000);
          pipelineSeconds.push((times.prepare + times.extract + times.resolve) / 1000);
        }
      }
      ctx.log(`  run ${run + 1}: pipeline ${pipelineSeconds.at(-1)!.toFixed(2)} s, jieba ${jiebaSeconds.at(-1)!.toFixed(2)} s`);
    }
    const corpusMB = bytes / MB;
    const pipelineMBs = pipelineSeconds.map((s) => corpusMB / s);
    const jiebaMBs = jiebaSeconds.map((s) => corpusMB / s);
    return {
      figures: [
        {
          label: `throughput, prepare+extract+resolve (${corpusMB.toFixed(2)} MB corpus)`,
          unit: 'MB/s',
          value: summarize(pipelineMBs),
          baseline: { label: 'jieba.cut of the same normalised text', value: summarize(jiebaMBs) },
          ratio: ratios(pipelineMBs, jiebaMBs),
          note: 'both MB/s over the corpus source bytes; ratio = jieba time / pipeline time',
        },
        { label: 'time, prepare+extract+resolve over the corpus', unit: 's', value: summarize(pipelineSeconds) },
        { label: '  of which prepare (normalise+structure)', unit: 's', value: summarize(stages.prepare) },
        { label: '  of which extract', unit: 's', value: summarize(stages.extract) },
        { label: '  of which resolve', unit: 's', value: summarize(stages.resolve) },
        { label: 'rows for the loader (not in the throughput)', unit: 's', value: summarize(stages.rows) },
      ],
      raw: {
        corpusBytes: bytes,
        normalizedBytes,
        files: files.length,
        pipelineSeconds,
        jiebaSeconds,
        stageSeconds: stages,
        jiebaMBsOnNormalizedBytes: jiebaSeconds.map((s) => round(normalizedBytes / MB / s)),
      },
    };
  },
};
