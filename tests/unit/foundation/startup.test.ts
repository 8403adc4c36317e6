import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../src/config.ts';
import { StartupTimings } from '../../../src/timings.ts';
// @ts-expect-error plain JavaScript without types: it runs before the dependencies exist
import { nodeVersionProblem, requiredNode } from '../../../scripts/node-version.mjs';

describe('the Node version check of npm start', () => {
  it('reads the minimum from package.json engines, which .nvmrc satisfies', () => {
    const [major, minor] = requiredNode() as [number, number];
    expect([major, minor]).toEqual([22, 18]);
    const nvmrc = Number(readFileSync(path.join(PROJECT_ROOT, '.nvmrc'), 'utf8').trim());
    expect(nvmrc).toBeGreaterThanOrEqual(major);
  });

  it('refuses an older Node with one line naming the version needed and how to get it', () => {
    const problem = nodeVersionProblem('v20.20.2') as string;
    expect(problem.split('\n')).toHaveLength(1);
    expect(problem).toContain('Node 20.20.2 is too old');
    expect(problem).toContain('22.18 or newer');
    expect(problem).toContain('scripts/node.sh');
    expect(nodeVersionProblem('22.17.1')).toBeDefined();
  });

  it('accepts 22.18 and newer (which run TypeScript by type stripping), the running Node included', () => {
    for (const version of ['22.18.0', '22.20.1', '24.22.3', '26.0.0', process.versions.node]) expect(nodeVersionProblem(version)).toBeUndefined();
  });
});

describe('the start-up breakdown', () => {
  it('lists the phases that ran in start-up order, with the total from when npm start began', () => {
    const timings = new StartupTimings({ startedAt: 1_000, install: 14.21, explorerBuild: 4.04 }, 1_000);
    timings.record('ingest', 6.1);
    timings.record('neo4jStart', 8.3);
    timings.record('schema', 0.44);
    expect(timings.summary(44_800)).toBe('ready in 43.8 s: install 14.2 s, explorer build 4.0 s, Neo4j start 8.3 s, schema 0.4 s, ingest 6.1 s');
  });

  it('times async work, also when it fails', async () => {
    const timings = new StartupTimings(undefined, 0);
    await expect(timings.time('schema', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(timings.summary(0)).toMatch(/schema 0\.0 s$/);
  });
});
