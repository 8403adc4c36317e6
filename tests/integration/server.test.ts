import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../src/db/database.ts';
import { startEmbedded, type EmbeddedServer } from '../../src/db/embedded/instance.ts';
import { freePort } from '../../src/db/embedded/ports.ts';
import { createApp } from '../../src/server/app.ts';
import { inject } from 'vitest';
import { testConfig, testDatabase } from './helpers.ts';

async function serveOn(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const pause = () => new Promise((resolve) => setTimeout(resolve, 50));

async function close(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

describe('the HTTP server', () => {
  let db: Database;
  let server: Server;
  let base: string;
  let uiRoot: string;

  beforeAll(async () => {
    db = testDatabase();
    uiRoot = await mkdtemp(path.join(os.tmpdir(), 'plangraph-ui-'));
    await writeFile(path.join(uiRoot, 'index.html'), '<!doctype html><title>PlanGraph explorer</title>');
    server = createApp(testConfig(), db, { uiRoot });
    base = await serveOn(server);
  });
  afterAll(async () => {
    await close(server);
    await db.close();
    await rm(uiRoot, { recursive: true, force: true });
  });

  it('answers /healthz with 200 and the Neo4j version while the database answers', async () => {
    const response = await fetch(`${base}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: true, status: 'ok', neo4j: expect.stringMatching(/^5\.26\.\d+ community$/) });
    const ready = await fetch(`${base}/readyz`);
    expect([ready.status, await ready.text()]).toEqual([200, 'ready\n']);
  });

  it('answers { health } at /graphql', async () => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ health { ok neo4j reason } }' }),
    });
    expect(await response.json()).toEqual({ data: { health: { ok: true, neo4j: expect.stringContaining('5.26'), reason: null } } });
  });

  it('serves GraphiQL with its assets inlined, so it works offline', async () => {
    const response = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(html).toContain('GraphiQL');
    expect(html).not.toMatch(/<script[^>]+src="https?:/);
    expect(html).not.toMatch(/<link[^>]+href="https?:/);
  });

  it('serves the explorer at / and for any page path (shared view URLs)', async () => {
    for (const page of ['/', '/entity/region:140700']) {
      const response = await fetch(`${base}${page}`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('PlanGraph explorer');
    }
  });

  it('does not serve files outside the explorer folder', async () => {
    const response = await fetch(`${base}/..%2f..%2fpackage.json`);
    expect(await response.text()).not.toContain('"name": "plangraph"');
  });
});

describe('when Neo4j goes away while the server runs', () => {
  let neo4jServer: EmbeddedServer;
  let dataDir: string;
  let db: Database;
  let server: Server;
  let base: string;
  let port: number;

  const start = () =>
    startEmbedded({ dataDir, cacheDir: inject('neo4j').cacheDir, heap: '256m', pageCache: '64m', boltPort: port });

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'plangraph-fault-'));
    port = await freePort();
    neo4jServer = await start();
    db = new Database({ uri: neo4jServer.uri, username: 'neo4j', password: neo4jServer.password, queryTimeoutMs: 5000 });
    server = createApp(testConfig({ PLANGRAPH_HEALTH_INTERVAL_MS: '200' }), db);
    base = await serveOn(server);
  });
  afterAll(async () => {
    await close(server);
    await db.close();
    await neo4jServer.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('answers 503 with a reason, then recovers by itself once Neo4j is back', async () => {
    // A freshly started Neo4j may take longer than a first probe's wait to answer.
    const opened = Date.now();
    let first = await fetch(`${base}/healthz`);
    while (first.status !== 200 && Date.now() - opened < 10_000) first = await pause().then(() => fetch(`${base}/healthz`));
    expect(first.status).toBe(200);

    // A server PlanGraph did not start is never restarted: the background probe notices it is gone.
    process.kill(neo4jServer.pid, 'SIGKILL');
    const killed = Date.now();
    let down = await fetch(`${base}/healthz`);
    while (down.status === 200 && Date.now() - killed < 2000) down = await pause().then(() => fetch(`${base}/healthz`));
    expect(down.status).toBe(503);
    const started = Date.now();
    const report = (await (await fetch(`${base}/healthz`)).json()) as { ok: boolean; status: string; reason: string };
    expect(Date.now() - started).toBeLessThan(1000);
    expect(report).toMatchObject({ ok: false, status: 'down', reason: 'the database is not answering' });

    const query = async () =>
      (await (
        await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ plans { id } }' }) })
      ).json()) as { errors?: Array<{ extensions?: { code?: string } }>; data?: unknown };
    const failing = Date.now();
    const answer = await query();
    expect(answer.errors?.[0]?.extensions?.code).toBe('UNAVAILABLE');
    expect(Date.now() - failing).toBeLessThan(15_000);

    neo4jServer = await start();
    const restarted = Date.now();
    let up = await fetch(`${base}/healthz`);
    // Back by itself: the probe's next round after the driver reconnects (seconds on a loaded machine).
    while (up.status !== 200 && Date.now() - restarted < 15_000) up = await pause().then(() => fetch(`${base}/healthz`));
    expect(up.status).toBe(200);
    expect((await query()).errors).toBeUndefined();
  });
});
