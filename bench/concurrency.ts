// 50 concurrent clients on a mix of queries (autocannon against the real server on loopback)
// against one client on the same mix: latency percentiles, errors, requests/s, peak RSS.
import autocannon, { type AutocannonRequest, type AutocannonResult } from 'autocannon';
import type { Benchmark, BenchContext, BenchOutput, Figure } from './lib/context.ts';
import { busiestEntities, GRAPHQL_HEADERS, NEIGHBORHOOD_QUERY, SEARCH_QUERY, TRACE_QUERY } from './lib/queries.ts';
import { MB, quantile, ratios, summarize } from './lib/stats.ts';

export const CONNECTIONS = 50;

interface LoadRun {
  latencies: number[];
  p50: number;
  p95: number;
  p99: number;
  requestsPerSecond: number;
  requests: number;
  errors: number;
  graphqlErrors: number;
  non2xx: number;
  timeouts: number;
}

function mix(ids: string[]): Array<{ query: string; variables: Record<string, unknown> }> {
  const [first = 'zone:108廊带', second = first, third = first] = ids;
  return [
    { query: TRACE_QUERY, variables: { id: first } },
    { query: SEARCH_QUERY, variables: { query: '晋中' } },
    { query: NEIGHBORHOOD_QUERY, variables: { ids: [first] } },
    { query: TRACE_QUERY, variables: { id: second } },
    { query: SEARCH_QUERY, variables: { query: 'jinzhong' } },
    { query: NEIGHBORHOOD_QUERY, variables: { ids: [third] } },
    { query: SEARCH_QUERY, variables: { query: '开发区' } },
    { query: TRACE_QUERY, variables: { id: third } },
  ];
}

function runLoad(url: string, connections: number, seconds: number, bodies: ReturnType<typeof mix>): Promise<LoadRun> {
  let graphqlErrors = 0;
  const requests: AutocannonRequest[] = bodies.map((body) => ({
    method: 'POST',
    path: '/graphql',
    headers: GRAPHQL_HEADERS,
    body: JSON.stringify(body),
    onResponse: (_status, responseBody) => {
      if (responseBody.includes('"errors"')) graphqlErrors += 1;
    },
  }));
  const latencies: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon({ url, connections, duration: seconds, timeout: 30, requests }, (error: Error | null, result: AutocannonResult) => {
      if (error) return reject(error);
      resolve({
        latencies,
        p50: quantile(latencies, 0.5),
        p95: quantile(latencies, 0.95),
        p99: quantile(latencies, 0.99),
        requestsPerSecond: result.requests.total / result.duration,
        requests: result.requests.total,
        errors: result.errors,
        graphqlErrors,
        non2xx: result.non2xx,
        timeouts: result.timeouts,
      });
    });
    instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => latencies.push(responseTime));
  });
}

export const concurrency: Benchmark = {
  name: 'concurrency',
  title: `${CONNECTIONS} concurrent clients on a mix of queries (autocannon)`,
  async run(ctx: BenchContext): Promise<BenchOutput> {
    const neo = await ctx.loadedNeo4j();
    const server = await ctx.server();
    const ids = (await busiestEntities(neo.bench, 3)).map((entity) => entity.id);
    const bodies = mix(ids);
    const seconds = ctx.options.long ? 60 : 30;
    const baselineSeconds = 10;
    const runs = ctx.options.long ? ctx.options.runs : Math.min(ctx.options.runs, 3);
    await runLoad(server.url, CONNECTIONS, 5, bodies); // warm-up
    const loaded: LoadRun[] = [];
    const single: LoadRun[] = [];
    for (let run = 0; run < runs; run += 1) {
      single.push(await runLoad(server.url, 1, baselineSeconds, bodies));
      loaded.push(await runLoad(server.url, CONNECTIONS, seconds, bodies));
      const last = loaded.at(-1)!;
      ctx.log(
        `  run ${run + 1}: ${CONNECTIONS} clients p50 ${last.p50.toFixed(1)} p95 ${last.p95.toFixed(1)} p99 ${last.p99.toFixed(1)} ms, ${last.requestsPerSecond.toFixed(0)} req/s, errors ${last.errors + last.graphqlErrors + last.non2xx}; 1 client ${single.at(-1)!.requestsPerSecond.toFixed(0)} req/s`,
      );
    }
    const serverPeak = server.peakRss();
    const neo4jPeak = neo.peakRss();
    const pick = (runs: LoadRun[], key: 'p50' | 'p95' | 'p99' | 'requestsPerSecond') => runs.map((r) => r[key]);
    const figures: Figure[] = (['p50', 'p95', 'p99'] as const).map((key) => ({
      label: `${CONNECTIONS} clients × ${seconds} s, latency ${key}`,
      unit: 'ms',
      value: summarize(pick(loaded, key)),
      baseline: { label: `1 client × ${baselineSeconds} s, same mix`, value: summarize(pick(single, key)) },
      ratio: ratios(pick(loaded, key), pick(single, key)),
    }));
    figures.push({
      label: `${CONNECTIONS} clients, throughput`,
      unit: 'req/s',
      value: summarize(pick(loaded, 'requestsPerSecond')),
      baseline: { label: '1 client', value: summarize(pick(single, 'requestsPerSecond')) },
      ratio: ratios(pick(loaded, 'requestsPerSecond'), pick(single, 'requestsPerSecond')),
    });
    const errors = loaded.map((r) => r.errors + r.timeouts + r.non2xx + r.graphqlErrors);
    figures.push({ label: `${CONNECTIONS} clients, errors (socket, timeout, non-2xx, GraphQL)`, unit: 'count', value: summarize(errors), target: '0', met: Math.max(...errors) === 0 });
    figures.push({ label: 'server process peak RSS (VmHWM) after the load', unit: 'MB', value: summarize([serverPeak / MB]) });
    figures.push({ label: `Neo4j JVM peak RSS (VmHWM; heap ${neo.heap}, page cache ${neo.pageCache})`, unit: 'MB', value: summarize([neo4jPeak / MB]) });
    const strip = (r: LoadRun) => ({ ...r, latencies: undefined, latencyCount: r.latencies.length });
    return {
      figures,
      raw: { connections: CONNECTIONS, seconds, mix: bodies, loaded: loaded.map(strip), single: single.map(strip), serverPeakRssBytes: serverPeak, neo4jPeakRssBytes: neo4jPeak },
    };
  },
};
