// GraphQL over HTTP (the real server, in its own process) against the same Cypher through the
// driver: trace of the busiest entity, search, neighbourhood; p50/p95 per run.
import type { Benchmark, BenchContext, BenchOutput, Figure } from './lib/context.ts';
import { busiestEntities, postGraphQL, queryCases } from './lib/queries.ts';
import { quantile, ratios, summarize } from './lib/stats.ts';

export const SEARCH_TEXT = '晋中';
const REQUESTS_PER_RUN = 100;
const WARMUP = 30;

export const queries: Benchmark = {
  name: 'queries',
  title: 'GraphQL over HTTP vs the same Cypher through the driver',
  async run(ctx: BenchContext): Promise<BenchOutput> {
    const neo = await ctx.loadedNeo4j();
    const server = await ctx.server();
    const [busiest] = await busiestEntities(neo.bench, 1);
    if (!busiest) throw new Error('no entity in the database');
    ctx.log(`  busiest entity: ${busiest.id} (${busiest.mentions} mentions)`);
    const cases = queryCases(busiest.id, SEARCH_TEXT);
    const figures: Figure[] = [];
    const raw: Record<string, unknown> = { busiest, searchText: SEARCH_TEXT, requestsPerRun: REQUESTS_PER_RUN };
    for (const c of cases) {
      for (let i = 0; i < WARMUP; i += 1) {
        await postGraphQL(server.url, c.graphql);
        await c.driver(neo.db);
      }
      const p50 = { http: [] as number[], driver: [] as number[] };
      const p95 = { http: [] as number[], driver: [] as number[] };
      for (let run = 0; run < ctx.options.runs; run += 1) {
        const http: number[] = [];
        const driver: number[] = [];
        // Interleaved, one after the other, so both see the same machine.
        for (let i = 0; i < REQUESTS_PER_RUN; i += 1) {
          let started = performance.now();
          await postGraphQL(server.url, c.graphql);
          http.push(performance.now() - started);
          started = performance.now();
          await c.driver(neo.db);
          driver.push(performance.now() - started);
        }
        p50.http.push(quantile(http, 0.5));
        p50.driver.push(quantile(driver, 0.5));
        p95.http.push(quantile(http, 0.95));
        p95.driver.push(quantile(driver, 0.95));
      }
      ctx.log(`  ${c.name}: p50 ${summarize(p50.http).median.toFixed(2)} ms http vs ${summarize(p50.driver).median.toFixed(2)} ms driver`);
      for (const [q, values] of [['p50', p50], ['p95', p95]] as const) {
        const ratio = ratios(values.http, values.driver);
        figures.push({
          label: `${c.name} ${q}${c.name === 'trace' ? ` (${busiest.id}, ${busiest.mentions} mentions)` : c.name === 'search' ? ` ("${SEARCH_TEXT}")` : ''}`,
          unit: 'ms',
          value: summarize(values.http),
          baseline: { label: 'same Cypher through neo4j-driver', value: summarize(values.driver) },
          ratio,
          ...(c.name === 'trace' ? { target: '≤ 1.3', met: ratio.median <= 1.3 } : {}),
        });
      }
      raw[c.name] = { p50, p95 };
    }
    return { figures, raw };
  },
};
