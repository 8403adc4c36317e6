import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAccount } from '../../src/auth/index.ts';
import { curate } from '../../src/curation/curate.ts';
import type { Database } from '../../src/db/database.ts';
import { CORPUS_DIR, ingestInto } from './corpus.ts';
import { startGraphql, type GraphqlServer } from './graphql-server.ts';
import { clearDatabase, testCypher, testDatabase } from './helpers.ts';

/**
 * The response cache over HTTP: a repeated query is answered from memory (shown by a change made
 * behind the server's back, which the cached answer does not show), and the very next request
 * after a committed change (a curation, an ingest) is answered afresh.
 */
const ENTITY = 'query ($id: ID!) { entity(id: $id) { name } }';
const REPORT = path.join(CORPUS_DIR, 'jinzhong-government-work-report-2017.txt');

let db: Database;
let probe: Database<string>;
let bankId: string;

const nameOf = async (server: GraphqlServer, headers: Record<string, string> = {}) => {
  const response = await server.post(ENTITY, { variables: { id: bankId }, headers });
  return ((await response.json()) as { data: { entity: { name: string } } }).data.entity.name;
};

beforeAll(async () => {
  await clearDatabase();
  db = testDatabase();
  probe = testDatabase(testCypher);
  await db.applySchema();
  await ingestInto(db, [REPORT]);
  const [row] = await db.read('api/entity-by-name', { name: '晋中银行' });
  bankId = String(row?.id);
}, 300_000);
afterAll(async () => {
  await probe.close();
  await db.close();
});

describe('the response cache', () => {
  it('answers a repeated query from memory, and the next request after a change afresh', async () => {
    const server = await startGraphql(db);
    try {
      expect(await nameOf(server)).toBe('晋中银行');
      await probe.write('entity-rename-behind', { id: bankId, name: '（未经登记的改名）' });
      expect(await nameOf(server)).toBe('晋中银行'); // from the cache: the change bumped no counter

      await curate(db, { kind: 'RENAME', entityId: bankId, name: '晋中银行股份有限公司' }, { author: 'alice', reason: 'registered name' }, { batchSize: 500 });
      expect(await nameOf(server)).toBe('晋中银行股份有限公司');

      await probe.write('entity-rename-behind', { id: bankId, name: '（又一次未经登记的改名）' });
      await ingestInto(db, [REPORT], { force: true });
      expect(await nameOf(server)).toBe('晋中银行股份有限公司');
    } finally {
      await server.close();
    }
  }, 300_000);

  it('never answers a request with a token from memory, and is off at 0 entries', async () => {
    const curator = await addAccount(db, 'cache-tester', 'curator', { expiresInMs: 86_400_000 });
    const cached = await startGraphql(db);
    const uncached = await startGraphql(db, { PLANGRAPH_RESPONSE_CACHE_ENTRIES: '0' });
    try {
      const before = await nameOf(cached);
      await probe.write('entity-rename-behind', { id: bankId, name: '（不经缓存）' });
      expect(await nameOf(cached)).toBe(before);
      expect(await nameOf(cached, { authorization: `Bearer ${curator.token}` })).toBe('（不经缓存）');
      expect(await nameOf(uncached)).toBe('（不经缓存）');
    } finally {
      await cached.close();
      await uncached.close();
    }
  }, 120_000);
});
