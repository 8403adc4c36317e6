import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rename, rm, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../src/config.ts';
import { STATEMENT_NAMES } from '../../../src/cypher/catalogue.ts';
import { CATALOGUE_FILE, CYPHER_DIR, catalogueSource, statementNamesIn } from '../../../src/cypher/catalogue-source.ts';
import { CypherRegistry } from '../../../src/cypher/registry.ts';
import { isPlanGraphError } from '../../../src/errors.ts';

const run = promisify(execFile);

/** The registry's error for a folder, or undefined when it loads. */
function registryError(dir: string): unknown {
  try {
    new CypherRegistry(dir, STATEMENT_NAMES);
    return undefined;
  } catch (error) {
    return error;
  }
}

describe('the statement catalogue', () => {
  it('is what `npm run cypher:catalogue` writes for cypher/ today (run it after adding, renaming or removing a statement)', async () => {
    expect(await readFile(CATALOGUE_FILE, 'utf8')).toBe(catalogueSource(statementNamesIn(CYPHER_DIR)));
  });

  it('names every statement file, and the shipped registry loads them all', () => {
    expect(new CypherRegistry(CYPHER_DIR, STATEMENT_NAMES).catalogue).toEqual(STATEMENT_NAMES);
  });
});

describe('a registry whose folder and catalogue disagree stops start-up with one line', () => {
  let copy: string;
  beforeAll(async () => {
    copy = await mkdtemp(path.join(os.tmpdir(), 'plangraph-cypher-'));
  });
  afterAll(() => rm(copy, { recursive: true, force: true }));

  async function folderWith(change: (dir: string) => Promise<void>): Promise<string> {
    const dir = await mkdtemp(path.join(copy, 'cypher-'));
    await cp(CYPHER_DIR, dir, { recursive: true });
    await change(dir);
    return dir;
  }

  it('a renamed (misspelled) file: the name the code uses is missing, the file is unknown', async () => {
    const dir = await folderWith((d) => rename(path.join(d, 'api', 'trace.cypher'), path.join(d, 'api', 'trcae.cypher')));
    const error = registryError(dir);
    expect(isPlanGraphError(error, 'STATEMENT_MISSING')).toBe(true);
    const message = (error as Error).message;
    expect(message.split('\n')).toHaveLength(1);
    expect(message).toBe(
      'missing Cypher statement cypher/api/trace.cypher; cypher/api/trcae.cypher is not in the statement catalogue (after adding a statement, run `npm run cypher:catalogue`)',
    );
  });

  it('a removed file', async () => {
    const dir = await folderWith((d) => rm(path.join(d, 'load', 'plan-commit.cypher')));
    expect((registryError(dir) as Error).message).toBe('missing Cypher statement cypher/load/plan-commit.cypher');
  });

  it('an empty folder names a few files and counts the rest, still on one line', async () => {
    const dir = await mkdtemp(path.join(copy, 'empty-'));
    const message = (registryError(dir) as Error).message;
    expect(message).toBe(
      `missing Cypher statements ${STATEMENT_NAMES.slice(0, 5).map((name) => `cypher/${name}.cypher`).join(', ')} and ${STATEMENT_NAMES.length - 5} more`,
    );
  });

  it('`plangraph status` with a statement missing exits 70 with that line, before it starts or reaches any database', async () => {
    // A copy of the program whose cypher/ lacks a file: src/ is copied (PROJECT_ROOT is where
    // src/config.ts lies), the rest is linked.
    const root = await mkdtemp(path.join(copy, 'project-'));
    await cp(path.join(PROJECT_ROOT, 'src'), path.join(root, 'src'), { recursive: true });
    await cp(CYPHER_DIR, path.join(root, 'cypher'), { recursive: true });
    await rm(path.join(root, 'cypher', 'api', 'trace.cypher'));
    for (const entry of ['node_modules', 'package.json', 'tsconfig.json', 'data', 'schema']) {
      await symlink(path.join(PROJECT_ROOT, entry), path.join(root, entry));
    }
    const failed = await run(process.execPath, [path.join(root, 'src', 'main.ts'), 'status'], {
      cwd: root,
      // Port 1 answers nobody: the run must stop before it tries.
      env: { ...process.env, LOG_LEVEL: 'silent', NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'x' },
      timeout: 60_000,
    }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed.code).toBe(70);
    expect(failed.stderr).toBe('plangraph: missing Cypher statement cypher/api/trace.cypher\n');
  });
});
