import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, contentChecksum, ingestInto } from './corpus.ts';
import { clearDatabase, testDatabase } from './helpers.ts';

/**
 * The graph of the default corpus, as a checksum of every node and relationship with their
 * properties, against the one recorded in tests/fixtures/graph-checksum.json. A refactoring must
 * leave it as it is; a change of the rules changes it on purpose, and the commit that records the
 * new checksum says so (`PLANGRAPH_UPDATE_GRAPH_CHECKSUM=1 npx vitest run --project integration
 * tests/integration/graph-checksum.test.ts`). The plan's pipeline fingerprint is left out: it
 * hashes the source of the stages and so changes with every edit of them, the graph or not.
 */
const RECORD = new URL('../fixtures/graph-checksum.json', import.meta.url);
const IGNORED = ['pipeline'];

describe('the graph of the default corpus', () => {
  it('is the one recorded', async () => {
    await clearDatabase();
    const db = testDatabase();
    try {
      await db.applySchema();
      await ingestInto(db, [CORPUS_DIR]);
    } finally {
      await db.close();
    }
    const now = await contentChecksum(undefined, IGNORED);
    if (process.env.PLANGRAPH_UPDATE_GRAPH_CHECKSUM === '1') writeFileSync(RECORD, `${JSON.stringify(now, null, 2)}\n`);
    const recorded: unknown = JSON.parse(readFileSync(RECORD, 'utf8'));
    expect(now).toEqual(recorded);
  });
});
