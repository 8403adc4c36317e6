// The explorer in headless Chromium: request → settled fcose layout for a 1,000-node /
// 2,000-edge graph and for a 50-node expansion (window.plangraph.measure, ui/src/graph/bench.ts),
// against the same request drawn with Cytoscape's grid layout (no force-directed layout).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { PROJECT_ROOT } from '../src/config.ts';
import type { Benchmark, BenchContext, BenchOutput, Figure } from './lib/context.ts';
import { onCleanup } from './lib/cleanup.ts';
import { busiestEntities, NEIGHBORHOOD_QUERY } from './lib/queries.ts';
import { Random } from './lib/random.ts';
import { ratios, summarize } from './lib/stats.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TYPES = ['REGION', 'ZONE', 'PARK', 'ENTERPRISE', 'PROJECT', 'POLICY', 'PLAN'] as const;
const SUFFIX: Record<(typeof TYPES)[number], string> = {
  REGION: '',
  ZONE: '城镇密集区',
  PARK: '经济技术开发区',
  ENTERPRISE: '煤业集团有限公司',
  PROJECT: '年产30万吨焦化项目',
  POLICY: '乡村振兴战略',
  PLAN: '国民经济和社会发展第十三个五年规划纲要',
};

interface GraphJson {
  nodes: Array<{ data: { id: string; label: string; type: string; mentionCount: number; hiddenNeighbors: number } }>;
  edges: Array<{ data: { id: string; source: string; target: string; type: string; weight: number; evidence: [] } }>;
  truncated: boolean;
}

function placeNames(): string[] {
  const rows = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'data', 'gazetteer', 'regions.json'), 'utf8')) as Array<{ code: string; name: string }>;
  return rows.filter((row) => row.code.startsWith('14')).map((row) => row.name);
}

/** A connected graph: a random spanning tree plus random extra edges, seeded. */
export function generatedGraph(nodeCount: number, edgeCount: number, seed: number, idPrefix = 'n', attachTo?: string): GraphJson {
  const random = new Random(seed);
  const places = placeNames();
  const nodes: GraphJson['nodes'] = [];
  const edges: GraphJson['edges'] = [];
  const keys = new Set<string>();
  for (let i = 0; i < nodeCount; i += 1) {
    const type = random.pick(TYPES);
    const label = `${random.pick(places)}${SUFFIX[type]}`;
    nodes.push({ data: { id: `${idPrefix}${i}`, label, type, mentionCount: 1 + random.int(40), hiddenNeighbors: 0 } });
  }
  const addEdge = (source: string, target: string): boolean => {
    const key = source < target ? `${source}|${target}` : `${target}|${source}`;
    if (source === target || keys.has(key)) return false;
    keys.add(key);
    edges.push({ data: { id: `${source}|LOCATED_IN|${target}`, source, target, type: 'LOCATED_IN', weight: 1, evidence: [] } });
    return true;
  };
  for (let i = 0; i < nodeCount; i += 1) {
    const id = `${idPrefix}${i}`;
    if (attachTo) addEdge(attachTo, id);
    else if (i > 0) addEdge(`${idPrefix}${random.int(i)}`, id);
  }
  while (edges.length < edgeCount) addEdge(`${idPrefix}${random.int(nodeCount)}`, `${idPrefix}${random.int(nodeCount)}`);
  return { nodes, edges, truncated: false };
}

/**
 * Builds the explorer before measuring it, every time: a ui/dist left from an older checkout ran
 * the 2026-11-30 01:38 bench without the layout worker (a 6 s task where the worker leaves 1 s).
 */
async function buildUi(ctx: BenchContext): Promise<void> {
  ctx.log('  building the explorer (ui/dist) …');
  execFileSync('npx', ['vite', 'build', '--config', 'ui/vite.config.ts', '--logLevel', 'warn'], { cwd: PROJECT_ROOT, stdio: 'inherit' });
}

interface Timing {
  requestMs: number;
  layoutMs: number;
  totalMs: number;
  nodes: number;
  edges: number;
  /** Chromium's long tasks (over 50 ms) on the page's main thread from request to settled. */
  longTasks: number[];
}

/** A task this long is input the page leaves unanswered for as long (issue 18's ceiling). */
const LONG_TASK_CEILING_MS = 200;

// Browser-side helpers, as plain JavaScript text: functions handed to page.evaluate would be
// serialised after tsx's transform, which refers to helpers (__name) the page does not have.
const BROWSER_HELPERS = `
window.__bench = {
  longTasks: [],
  // Long tasks arrive in the observer a little after they end: wait a frame and a turn first.
  async measured(work) {
    window.__bench.longTasks = [];
    const timing = await work();
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
    return { ...timing, longTasks: window.__bench.longTasks.slice() };
  },
  async answer(url, init, pick) {
    const json = await (await fetch(url, init ?? undefined)).json();
    return pick ? json.data[pick] : json;
  },
  // fcose through the explorer's own code path: request → answer → merge → layoutstop.
  async fcose(url, init, options) {
    const explorer = window.plangraph;
    if (!explorer) throw new Error('window.plangraph is not there');
    if (options.clear) explorer.canvas.cy.elements().remove();
    return window.__bench.measured(() => explorer.measure(() => window.__bench.answer(url, init, options.pick), options.expandedFrom === undefined ? {} : { expandedFrom: options.expandedFrom }));
  },
  // Baseline: the same request and elements, laid out by Cytoscape's grid layout.
  grid(url, init, options) {
    return window.__bench.measured(() => window.__bench.gridOnly(url, init, options));
  },
  async gridOnly(url, init, options) {
    const cy = window.plangraph.canvas.cy;
    if (options.clear) cy.elements().remove();
    const started = performance.now();
    const graph = await window.__bench.answer(url, init, options.pick);
    const answered = performance.now();
    const existing = new Set(cy.elements().map((element) => element.id()));
    const added = cy.add([
      ...graph.nodes.filter((node) => !existing.has(node.data.id)).map((node) => ({ group: 'nodes', data: node.data })),
      ...graph.edges.filter((edge) => !existing.has(edge.data.id)).map((edge) => ({ group: 'edges', data: edge.data })),
    ]);
    await new Promise((resolve) => {
      const layout = added.layout({ name: 'grid', fit: true, animate: false });
      layout.one('layoutstop', resolve);
      layout.run();
    });
    const done = performance.now();
    return { requestMs: answered - started, layoutMs: done - answered, totalMs: done - started, nodes: added.nodes().length, edges: added.edges().length };
  },
};
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.__bench.longTasks.push(entry.duration);
}).observe({ type: 'longtask' });
`;

interface MeasureOptions {
  clear: boolean;
  expandedFrom?: string;
  pick?: 'neighborhood';
}

function measure(page: Page, kind: 'fcose' | 'grid', url: string, init: RequestInit | null, options: MeasureOptions): Promise<Timing> {
  return page.evaluate(`window.__bench.${kind}(${JSON.stringify(url)}, ${JSON.stringify(init)}, ${JSON.stringify(options)})`) as Promise<Timing>;
}
const measureFcose = (page: Page, url: string, init: RequestInit | null, options: MeasureOptions) => measure(page, 'fcose', url, init, options);
const measureGrid = (page: Page, url: string, init: RequestInit | null, options: MeasureOptions) => measure(page, 'grid', url, init, options);

const longest = (timing: Timing) => Math.max(0, ...timing.longTasks);
const overCeiling = (timing: Timing) => timing.longTasks.filter((ms) => ms > LONG_TASK_CEILING_MS).length;

/** The longest main-thread task per run and how many went over the ceiling, grid alongside. */
function longTaskFigures(fcoseRuns: Timing[], gridRuns: Timing[]): Figure[] {
  return [
    {
      label: '  longest main-thread task (PerformanceObserver longtask)',
      unit: 'ms',
      value: summarize(fcoseRuns.map(longest)),
      baseline: { label: 'grid', value: summarize(gridRuns.map(longest)) },
    },
    {
      label: `  main-thread tasks over ${LONG_TASK_CEILING_MS} ms`,
      unit: 'count',
      value: summarize(fcoseRuns.map(overCeiling)),
      baseline: { label: 'grid', value: summarize(gridRuns.map(overCeiling)) },
    },
  ];
}

export const explorer: Benchmark = {
  name: 'explorer',
  title: 'Explorer: request → settled layout in headless Chromium',
  async run(ctx: BenchContext): Promise<BenchOutput> {
    if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`);
    await buildUi(ctx);
    const neo = await ctx.loadedNeo4j();
    const server = await ctx.server();
    const [busiest] = await busiestEntities(neo.bench, 1);
    const big = JSON.stringify(generatedGraph(1000, 2000, 20240601));
    const expansion = JSON.stringify(generatedGraph(50, 55, 20240602, 'x', 'n0'));

    const browser: Browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    const unregister = onCleanup('Chromium', () => browser.close());
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      const consoleErrors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push(message.text());
      });
      await page.route('**/bench/*.json', (route) =>
        route.fulfill({ status: 200, contentType: 'application/json', body: route.request().url().includes('expand-50') ? expansion : big }),
      );
      await page.goto(`${server.url}/`);
      await page.waitForFunction('window.plangraph !== undefined');
      await page.evaluate(BROWSER_HELPERS);
      const graphqlInit = {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-graphql-yoga-csrf': 'bench' },
        body: JSON.stringify({ query: NEIGHBORHOOD_QUERY, variables: { ids: [busiest?.id ?? 'zone:108廊带'] } }),
      };

      const results = { big: [] as Timing[], bigGrid: [] as Timing[], expand: [] as Timing[], expandGrid: [] as Timing[], real: [] as Timing[], realGrid: [] as Timing[] };
      // Warm-up: parse and JIT the layout code once.
      await measureFcose(page, '/bench/graph-1000.json', null, { clear: true });
      await measureGrid(page, '/bench/graph-1000.json', null, { clear: true });
      let screenshot: string | undefined;
      for (let run = 0; run < ctx.options.runs; run += 1) {
        results.bigGrid.push(await measureGrid(page, '/bench/graph-1000.json', null, { clear: true }));
        results.expandGrid.push(await measureGrid(page, '/bench/expand-50.json', null, { clear: false }));
        results.big.push(await measureFcose(page, '/bench/graph-1000.json', null, { clear: true }));
        if (run === 0) {
          screenshot = path.join(ctx.resultsDir, `explorer-${ctx.stamp}.png`);
          await page.screenshot({ path: screenshot });
        }
        results.expand.push(await measureFcose(page, '/bench/expand-50.json', null, { clear: false, expandedFrom: 'n0' }));
        results.realGrid.push(await measureGrid(page, '/graphql', graphqlInit, { clear: true, pick: 'neighborhood' }));
        results.real.push(await measureFcose(page, '/graphql', graphqlInit, { clear: true, pick: 'neighborhood' }));
        ctx.log(
          `  run ${run + 1}: 1000/2000 ${results.big.at(-1)!.totalMs.toFixed(0)} ms (grid ${results.bigGrid.at(-1)!.totalMs.toFixed(0)}), +50 ${results.expand.at(-1)!.totalMs.toFixed(0)} ms (grid ${results.expandGrid.at(-1)!.totalMs.toFixed(0)}), real neighbourhood ${results.real.at(-1)!.totalMs.toFixed(0)} ms`,
        );
      }
      const total = (timings: Timing[]) => timings.map((t) => t.totalMs);
      const first = results.big[0]!;
      const firstExpand = results.expand[0]!;
      const firstReal = results.real[0]!;
      const figures: Figure[] = [
        {
          label: `request → settled fcose layout, ${first.nodes} nodes / ${first.edges} edges`,
          unit: 'ms',
          value: summarize(total(results.big)),
          baseline: { label: 'same request + grid layout', value: summarize(total(results.bigGrid)) },
          ratio: ratios(total(results.big), total(results.bigGrid)),
        },
        { label: '  of which layout (answer → layoutstop)', unit: 'ms', value: summarize(results.big.map((t) => t.layoutMs)) },
        ...longTaskFigures(results.big, results.bigGrid),
        {
          label: `request → settled layout, expansion by ${firstExpand.nodes} nodes / ${firstExpand.edges} edges (on the 1,000-node graph)`,
          unit: 'ms',
          value: summarize(total(results.expand)),
          baseline: { label: 'same request + grid layout of the new nodes', value: summarize(total(results.expandGrid)) },
          ratio: ratios(total(results.expand), total(results.expandGrid)),
        },
        ...longTaskFigures(results.expand, results.expandGrid),
        {
          label: `real GraphQL neighbourhood of ${busiest?.id ?? '?'} (${firstReal.nodes} nodes / ${firstReal.edges} edges) → settled`,
          unit: 'ms',
          value: summarize(total(results.real)),
          baseline: { label: 'same request + grid layout', value: summarize(total(results.realGrid)) },
          ratio: ratios(total(results.real), total(results.realGrid)),
        },
      ];
      if (consoleErrors.length > 0) figures.push({ label: 'console errors during the bench', unit: 'count', value: summarize([consoleErrors.length]), note: consoleErrors.slice(0, 3).join(' | ') });
      return { figures, raw: { ...results, screenshot: screenshot && path.relative(PROJECT_ROOT, screenshot), consoleErrors } };
    } finally {
      await browser.close();
      unregister();
    }
  },
};
