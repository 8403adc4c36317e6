import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rename, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import { Database } from '../../src/db/database.ts';
import { embeddedPaths, type EmbeddedState } from '../../src/db/embedded/instance.ts';
import { freePort } from '../../src/db/embedded/ports.ts';
import { contentChecksum } from './corpus.ts';
import { testCypher } from './helpers.ts';

interface Health {
  status: string;
  ok: boolean;
  reason: string | null;
  lastError: { message: string } | null;
  restarts: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * `plangraph serve` with its own embedded Neo4j (its own temp data folder, free ports), as a
 * user runs it, with small restart waits. The two tests share the server: the first kills
 * Neo4j once and watches it come back; the second makes every restart fail and watches the
 * supervisor give up.
 */
describe('the supervised embedded Neo4j', () => {
  let dataDir: string;
  let boltPort: number;
  let base: string;
  let serve: ChildProcess;
  let log = '';

  const neo4jPid = async () => (JSON.parse(await readFile(embeddedPaths(dataDir).state, 'utf8')) as EmbeddedState).pid;
  const password = async () => (await readFile(embeddedPaths(dataDir).password, 'utf8')).trim();
  const database = async (registry?: typeof testCypher) =>
    new Database({ uri: `bolt://127.0.0.1:${boltPort}`, username: 'neo4j', password: await password(), queryTimeoutMs: 30_000, ...(registry ? { registry } : {}) });

  async function health(): Promise<{ report: Health; ms: number; retryAfter: string | null; status: number }> {
    const started = performance.now();
    const response = await fetch(`${base}/healthz`);
    const report = (await response.json()) as Health;
    return { report, ms: performance.now() - started, retryAfter: response.headers.get('retry-after'), status: response.status };
  }

  /** Polls /healthz until the report matches; `slowest` is its slowest answer meanwhile. */
  async function until(predicate: (report: Health) => boolean, timeoutMs: number): Promise<{ report: Health; ms: number; slowest: number }> {
    const started = performance.now();
    let slowest = 0;
    for (;;) {
      const { report, ms } = await health().catch(() => ({ report: undefined, ms: 0 }));
      slowest = Math.max(slowest, ms);
      if (report && predicate(report)) return { report, ms: performance.now() - started, slowest };
      if (performance.now() - started > timeoutMs) throw new Error(`/healthz never matched; last: ${JSON.stringify(report)}`);
      await sleep(50);
    }
  }

  async function graphql(query: string): Promise<{ text: string; body: { data?: unknown; errors?: Array<{ message: string; extensions?: { code?: string } }> }; retryAfter: string | null }> {
    const response = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    const text = await response.text();
    return { text, body: JSON.parse(text) as never, retryAfter: response.headers.get('retry-after') };
  }

  /** No address, port or driver wording reaches a client. */
  function expectNoInternals(text: string): void {
    for (const secret of ['bolt://', '127.0.0.1', 'localhost', String(boltPort), 'ECONNREFUSED', 'Neo4j at', 'Failed to connect', 'Please ensure', 'Caused by']) {
      expect(text, `a client saw ${secret}`).not.toContain(secret);
    }
  }

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'plangraph-supervised-'));
    boltPort = await freePort();
    const httpPort = await freePort();
    base = `http://127.0.0.1:${httpPort}`;
    serve = spawn(process.execPath, [path.join(PROJECT_ROOT, 'src', 'main.ts'), 'serve'], {
      cwd: PROJECT_ROOT,
      env: {
        ...process.env,
        NEO4J_URI: '',
        PLANGRAPH_DATA_DIR: dataDir,
        PLANGRAPH_CACHE_DIR: inject('neo4j').cacheDir,
        NEO4J_BOLT_PORT: String(boltPort),
        NEO4J_HEAP: '256m',
        NEO4J_PAGECACHE: '64m',
        PORT: String(httpPort),
        PLANGRAPH_RESTART_LIMIT: '2',
        PLANGRAPH_RESTART_BACKOFF_MS: '100',
        PLANGRAPH_HEALTH_INTERVAL_MS: '200',
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    serve.stderr?.on('data', (chunk: Buffer) => {
      log += chunk.toString();
    });
    await until((report) => report.ok, 150_000);
    // Committed data to compare before and after. Not a plan: an ingest first loads the whole
    // gazetteer, about 45 s on 2 cores, and faults.test.ts already kills Neo4j under an ingest.
    const db = await database(testCypher);
    await db.write('create-probe', { rows: Array.from({ length: 1000 }, (_, id) => ({ id, name: `探针${id}` })) });
    await db.close();
  });

  afterAll(async () => {
    const pid = await neo4jPid().catch(() => undefined);
    if (serve.exitCode === null) {
      serve.kill('SIGTERM');
      await new Promise((resolve) => serve.once('exit', resolve));
    }
    // Should a test have failed half-way, leave no Neo4j behind.
    if (pid) await Promise.resolve().then(() => process.kill(pid, 'SIGKILL')).catch(() => undefined);
    await rm(dataDir, { recursive: true, force: true });
  });

  it('kill -9 of Neo4j: /healthz leaves ok at once, comes back by itself, the graph unchanged', async () => {
    const checker = await database(testCypher);
    const before = await contentChecksum(checker);
    await checker.close();
    expect(before.nodes).toBe(1000);

    process.kill(await neo4jPid(), 'SIGKILL');
    const left = await until((report) => !report.ok, 2000);
    expect(left.report.status).toBe('restarting');
    expect(left.report.reason).toMatch(/SIGKILL.*restarting/);

    const failing = await graphql('{ plans { id } }');
    expect(failing.body.errors?.[0]?.extensions?.code).toBe('UNAVAILABLE');
    expect(failing.body.errors?.[0]?.message).toBe('the database is not answering; retry shortly');
    expect(Number(failing.retryAfter)).toBeGreaterThan(0);
    expectNoInternals(failing.text);

    const back = await until((report) => report.ok, 120_000);
    expect(back.slowest).toBeLessThan(1000);
    expect(back.report).toMatchObject({ status: 'ok', restarts: 1, lastError: { message: expect.stringContaining('SIGKILL') } });
    const answer = await graphql('{ plans { id } }');
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data).toEqual({ plans: [] });
    const after = await database(testCypher);
    expect(await contentChecksum(after)).toEqual(before);
    await after.close();

    expect(log).toMatch(/"signal":"SIGKILL".*"tail":".*exited unexpectedly: killed by SIGKILL/);
    expect(log).toContain('the embedded Neo4j is back after a restart');
    console.info(`kill -9 → /healthz not ok after ${left.ms.toFixed(0)} ms; ok again after ${(left.ms + back.ms).toFixed(0)} ms; slowest /healthz meanwhile ${back.slowest.toFixed(1)} ms`);
  });

  it('a Neo4j that will not come back: the supervisor gives up, says so, and /healthz stays fast', async () => {
    // Without its password file the server refuses to start: every restart fails.
    await rename(embeddedPaths(dataDir).password, `${embeddedPaths(dataDir).password}.away`);
    process.kill(await neo4jPid(), 'SIGKILL');
    const down = await until((report) => report.status === 'down', 30_000);
    expect(down.report.reason).toMatch(/gave up restarting it after 2 failed restarts in a row/);
    expect(log).toMatch(/failed 2 restarts in a row: giving up/);

    const answers = [];
    for (let i = 0; i < 5; i += 1) answers.push(await health());
    for (const { ms, status, retryAfter, report } of answers) {
      expect(ms).toBeLessThan(1000);
      expect(status).toBe(503);
      expect(retryAfter).toBeNull();
      expectNoInternals(JSON.stringify(report));
    }
    for (const query of ['{ plans { id } }', '{ search(query: "jinzhong") { id } }', '{ trace(id: "zone:108廊带") { plan { id } } }', '{ health { ok status reason lastError } }']) {
      const { text, body } = await graphql(query);
      expectNoInternals(text);
      if (!query.includes('health')) expect(body.errors?.[0]?.extensions?.code).toBe('UNAVAILABLE');
    }
    console.info(`given up: /healthz answered in ${Math.max(...answers.map((answer) => answer.ms)).toFixed(1)} ms at most`);
  });
});
