import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Database } from '../../src/db/database.ts';
import { CORPUS_DIR, ingestInto } from './corpus.ts';
import { startGraphql, type GraphqlServer } from './graphql-server.ts';
import { clearDatabase } from './helpers.ts';

/**
 * A cluster or Aura is reached by a `neo4j://` URI: the driver asks the server for its routing
 * table and sends read transactions to readers and write transactions to the writer. A single
 * server answers that too (it is every role), so the same code path runs here against the
 * embedded server: an ingest (the lock, the versioned load) and the API's reads.
 */
describe('a neo4j:// URI (the driver routing, as on a cluster)', () => {
  let db: Database;
  let server: GraphqlServer;

  beforeAll(async () => {
    await clearDatabase();
    const { uri, password } = inject('neo4j');
    db = new Database({ uri: uri.replace(/^bolt:/, 'neo4j:'), username: 'neo4j', password, queryTimeoutMs: 30_000 });
    await db.applySchema();
    server = await startGraphql(db);
  });
  afterAll(async () => {
    await server.close();
    await db.close();
  });

  it('ingests through routed write transactions and answers through routed reads', async () => {
    expect(db.uri).toMatch(/^neo4j:\/\//);
    const report = await ingestInto(db, [path.join(CORPUS_DIR, 'jinzhong-government-work-report-2017.txt')]);
    expect(report.files.map((file) => file.status)).toEqual(['loaded']);
    const answer = await server.gql<{ plans: Array<{ id: string }>; search: Array<{ name: string }> }>('{ plans { id } search(query: "晋中", first: 1) { name } }');
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.plans.map((plan) => plan.id)).toEqual(['jinzhong-work-report-2017']);
    expect(answer.data?.search).toHaveLength(1);
  }, 300_000);
});
