import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it, inject } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';

const run = promisify(execFile);

/** Runs the CLI as a user would and returns its exit status and output. */
async function plangraph(args: string[], env: Record<string, string>) {
  try {
    const { stdout, stderr } = await run(process.execPath, [path.join(PROJECT_ROOT, 'src', 'main.ts'), ...args], {
      env: { ...process.env, LOG_LEVEL: 'silent', ...env },
      timeout: 60_000,
    });
    return { status: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { status: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('start-up with wrong configuration stops with one clear line', () => {
  it('PORT=abc', async () => {
    const result = await plangraph(['serve'], { PORT: 'abc' });
    expect(result.status).toBe(78);
    expect(result.stderr.trim()).toBe('plangraph: PORT="abc" is invalid: must be a whole number');
  });

  it('an unreachable NEO4J_URI', async () => {
    const result = await plangraph(['serve'], { NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'x' });
    expect(result.status).toBe(69);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^plangraph: Neo4j at bolt:\/\/127\.0\.0\.1:1 is not answering/);
  });

  it('a wrong password', async () => {
    const result = await plangraph(['serve'], { NEO4J_URI: inject('neo4j').uri, NEO4J_PASSWORD: 'wrong-password' });
    expect(result.status).toBe(77);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/refused the credentials \(check NEO4J_USERNAME and NEO4J_PASSWORD\)/);
  });

  it('NEO4J_URI without NEO4J_PASSWORD', async () => {
    const result = await plangraph(['serve'], { NEO4J_URI: inject('neo4j').uri, NEO4J_PASSWORD: '' });
    expect(result.status).toBe(78);
    expect(result.stderr.trim()).toBe('plangraph: NEO4J_PASSWORD is required when NEO4J_URI is set');
  });
});
