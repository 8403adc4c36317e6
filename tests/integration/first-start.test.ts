import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import { freePort } from '../../src/db/embedded/ports.ts';

/**
 * The first `npm start` as a new user meets it: a scratch copy of the checkout as a fresh clone
 * would hold it (tracked and new files, no node_modules, no explorer build, no data), started with
 * `npm start` on the Node that runs the tests. Its output must read well: one line per step, no
 * npm errors or warnings, and the start-up breakdown at the end.
 */
function scratchClone(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'plangraph-clone-'));
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: PROJECT_ROOT, encoding: 'utf8' })
    .split('\0')
    .filter(Boolean);
  for (const file of files) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    try {
      copyFileSync(path.join(PROJECT_ROOT, file), path.join(dir, file));
    } catch (error) {
      // A tracked file deleted in the working tree is not in a clone of the change either.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  return dir;
}

describe('a first npm start on a fresh clone', () => {
  const clone = scratchClone();
  afterAll(() => rmSync(clone, { recursive: true, force: true }));

  it('installs, builds, starts, ingests and serves with one line per step and a breakdown, no npm error or warning', async () => {
    const port = await freePort();
    const child = spawn('npm', ['start'], {
      cwd: clone,
      detached: true,
      env: {
        ...process.env,
        PORT: String(port),
        NEO4J_URI: '',
        PLANGRAPH_DATA_DIR: path.join(clone, '.plangraph', 'data'),
        // The Neo4j jars fetched once by this checkout: the fetch itself is tested by the foundation tests.
        PLANGRAPH_CACHE_DIR: path.join(PROJECT_ROOT, '.plangraph', 'cache'),
        LOG_LEVEL: 'warn',
      },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const deadline = Date.now() + 240_000;
    while (!/ready in [\d.]+ s/.test(output) && Date.now() < deadline && child.exitCode === null) await new Promise((resolve) => setTimeout(resolve, 500));
    try {
      expect(output).toMatch(/plangraph: installing dependencies \(npm ci\) … done in [\d.]+ s/);
      expect(output).toMatch(/plangraph: building the explorer \(vite build\) … done in [\d.]+ s/);
      expect(output).toMatch(/ready in [\d.]+ s: install [\d.]+ s, explorer build [\d.]+ s, Neo4j fetch [\d.]+ s, Neo4j start [\d.]+ s, schema [\d.]+ s, ingest [\d.]+ s, first request [\d.]+ s/);
      for (const noise of ['npm error', 'npm warn', 'EBADENGINE', 'install-scripts', 'npm ci refused']) expect(output, output).not.toContain(noise);
      const health = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(health.status).toBe(200);
    } finally {
      if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGINT');
      await exited;
    }
  }, 300_000);
});
