import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { parseConfig } from '../../src/config.ts';
import { startEmbedded, type EmbeddedServer } from '../../src/db/embedded/instance.ts';
import { freePort } from '../../src/db/embedded/ports.ts';

export interface TestNeo4j {
  uri: string;
  password: string;
  dataDir: string;
  cacheDir: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

let server: EmbeddedServer | undefined;
let dataDir: string | undefined;

/**
 * One throw-away Neo4j for the whole integration run: its own data directory in the system's
 * temp folder and a free port, so it never touches the user's data; removed afterwards. The
 * server artifacts come from the project's cache folder (fetched once, like `npm start`).
 */
export async function setup(project: TestProject): Promise<void> {
  const config = parseConfig({ ...process.env, NEO4J_URI: '', PLANGRAPH_DATA_DIR: '' });
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'plangraph-test-'));
  server = await startEmbedded({
    dataDir,
    cacheDir: config.cacheDir,
    heap: '768m',
    pageCache: '256m',
    // Not 7687: two runs at once (or a user's server) would both find 7687 free before either binds it.
    boltPort: await freePort(),
  });
  project.provide('neo4j', { uri: server.uri, password: server.password, dataDir, cacheDir: config.cacheDir });
}

export async function teardown(): Promise<void> {
  await server?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
}
