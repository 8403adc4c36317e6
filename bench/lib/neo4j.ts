import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseConfig } from '../../src/config.ts';
import { CypherRegistry } from '../../src/cypher/registry.ts';
import { Database } from '../../src/db/database.ts';
import { embeddedPaths, startEmbedded, type EmbeddedServer } from '../../src/db/embedded/instance.ts';
import { freePort } from '../../src/db/embedded/ports.ts';
import { onCleanup } from './cleanup.ts';
import { peakRss } from './proc.ts';

export const BENCH_CYPHER_DIR = path.join(import.meta.dirname, '..', 'cypher');

/** A throw-away Neo4j for the bench: own temp data folder, free port, schema applied. */
export interface BenchNeo4j {
  server: EmbeddedServer;
  /** The project's statements (load/…, api/…). */
  db: Database;
  /** Bench-only statements from bench/cypher (wipe, plain CREATE baseline, counts). */
  bench: Database<string>;
  dataDir: string;
  heap: string;
  pageCache: string;
  /** Peak RSS of the JVM so far (VmHWM). */
  peakRss(): number;
  /** Store + transaction logs on disk, in bytes (allocated blocks). */
  diskBytes(): Promise<{ store: number; transactions: number; total: number }>;
  /** Stops the server (Neo4j checkpoints) and returns the on-disk size after the checkpoint. */
  stop(): Promise<{ store: number; transactions: number; total: number }>;
}

let benchRegistry: CypherRegistry | undefined;
/** The version of the last Neo4j the bench started (for the results file). */
export let neo4jVersion = '';
export function benchCypher(): CypherRegistry {
  benchRegistry ??= new CypherRegistry(BENCH_CYPHER_DIR);
  return benchRegistry;
}

export async function startBenchNeo4j(options: { heap?: string; pageCache?: string; label?: string } = {}): Promise<BenchNeo4j> {
  const heap = options.heap ?? '1g';
  const pageCache = options.pageCache ?? '512m';
  const config = parseConfig({ ...process.env, NEO4J_URI: '', PLANGRAPH_DATA_DIR: '' });
  const dataDir = await mkdtemp(path.join(os.tmpdir(), `plangraph-bench-${options.label ?? 'db'}-`));
  const removeDir = onCleanup(`temp folder ${dataDir}`, () => rm(dataDir, { recursive: true, force: true }));
  let server: EmbeddedServer;
  try {
    server = await startEmbedded({ dataDir, cacheDir: config.cacheDir, heap, pageCache, boltPort: await freePort(), startTimeoutMs: 240_000 });
  } catch (error) {
    removeDir();
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
  neo4jVersion = server.version;
  const stopServer = onCleanup(`Neo4j pid ${server.pid}`, () => server.stop());
  const connection = { uri: server.uri, username: server.username, password: server.password, queryTimeoutMs: 600_000 };
  const db = new Database(connection);
  const bench = new Database({ ...connection, registry: benchCypher() });
  await db.verify();
  await db.applySchema();
  const paths = embeddedPaths(dataDir);
  const diskBytes = async () => {
    const store = await allocatedBytes(path.join(paths.data, 'databases', 'neo4j'));
    const transactions = await allocatedBytes(path.join(paths.data, 'transactions', 'neo4j'));
    return { store, transactions, total: store + transactions };
  };
  let stopped = false;
  return {
    server,
    db,
    bench,
    dataDir,
    heap,
    pageCache,
    peakRss: () => peakRss(server.pid),
    diskBytes,
    async stop() {
      if (stopped) return { store: 0, transactions: 0, total: 0 };
      stopped = true;
      await db.close();
      await bench.close();
      await server.stop();
      stopServer();
      const size = await diskBytes();
      await rm(dataDir, { recursive: true, force: true });
      removeDir();
      return size;
    },
  };
}

async function allocatedBytes(dir: string): Promise<number> {
  let total = 0;
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) total += await allocatedBytes(full);
    else if (entry.isFile()) total += (await stat(full)).blocks * 512;
  }
  return total;
}

/** Deletes every node and relationship, keeping the schema: "an empty database" between runs. */
export async function wipe(neo: BenchNeo4j): Promise<void> {
  for (;;) {
    const [row] = await neo.bench.write('wipe-batch', { limit: 20_000 });
    if (Number(row?.deleted ?? 0) === 0) break;
  }
}

export async function counts(neo: BenchNeo4j): Promise<{ nodes: number; relationships: number }> {
  const [row] = await neo.bench.read('count-nodes');
  const [rel] = await neo.bench.read('count-relationships');
  return { nodes: Number(row?.nodes ?? 0), relationships: Number(rel?.relationships ?? 0) };
}
