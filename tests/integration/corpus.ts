import { createHash } from 'node:crypto';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config.ts';
import type { Database } from '../../src/db/database.ts';
import { ingest, type IngestReport } from '../../src/ingest/ingest.ts';
import { testCypher, testDatabase } from './helpers.ts';

export const CORPUS_DIR = path.join(PROJECT_ROOT, 'data', 'plans');

/** Ingests files into the test database the way `plangraph ingest` does. */
export function ingestInto(
  db: Database,
  paths: string[],
  options: { force?: boolean; batchSize?: number; afterBatch?: () => void; workers?: number } = {},
): Promise<IngestReport> {
  return ingest(paths, db, {
    dryRun: false,
    force: options.force ?? false,
    batchSize: options.batchSize ?? 1000,
    maxFileBytes: 50 * 1024 * 1024,
    workers: options.workers ?? 1,
    ...(options.afterBatch ? { afterBatch: options.afterBatch } : {}),
  });
}

/** The default corpus, loaded (unchanged plans are skipped, so calling it again is cheap). */
export async function loadCorpus(db: Database): Promise<IngestReport> {
  await db.applySchema();
  return ingestInto(db, [CORPUS_DIR]);
}

/**
 * A checksum of the whole graph's content: equal checksums, equal graphs. `given` must use the
 * test registry; `ignored` names properties to leave out besides the load timestamps.
 */
export async function contentChecksum(
  given?: Database<string>,
  ignored: readonly string[] = [],
): Promise<{ checksum: string; nodes: number; relationships: number }> {
  const db = given ?? testDatabase(testCypher);
  try {
    const nodes = (await db.read('checksum-nodes', { ignored })).map((row) => JSON.stringify([[...(row.labels as string[])].sort(), [...(row.props as unknown[][])].sort((a, b) => String(a[0]).localeCompare(String(b[0])))]));
    const relationships = (await db.read('checksum-relationships', { ignored })).map((row) =>
      JSON.stringify([row.type, row.from, row.to, [...(row.props as unknown[][])].sort((a, b) => String(a[0]).localeCompare(String(b[0])))]),
    );
    const hash = createHash('sha256');
    for (const line of [...nodes.sort(), '--', ...relationships.sort()]) hash.update(`${line}\n`);
    return { checksum: hash.digest('hex'), nodes: nodes.length, relationships: relationships.length };
  } finally {
    if (!given) await db.close();
  }
}
