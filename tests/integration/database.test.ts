import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypherRegistry } from '../../src/cypher/registry.ts';
import type { Database } from '../../src/db/database.ts';
import { clearDatabase, testCypher, testDatabase } from './helpers.ts';

describe('the real Neo4j behind the tests', () => {
  let db: Database<string>;
  beforeAll(async () => {
    await clearDatabase();
    db = testDatabase(testCypher);
  });
  afterAll(async () => {
    await clearDatabase();
    await db.close();
  });

  it('is Neo4j 5.26 Community', async () => {
    const app = testDatabase(cypherRegistry());
    try {
      const [row] = await app.read('health/ping');
      expect(row).toMatchObject({ name: 'Neo4j Kernel', edition: 'community' });
      expect(String(row?.version)).toMatch(/^5\.26\./);
    } finally {
      await app.close();
    }
  });

  it('writes nodes in a write transaction and reads them back, Chinese text intact', async () => {
    const rows = [
      { id: 1, name: '晋中108廊带区域一体化发展示范区' },
      { id: 2, name: '孝义市梧桐经济技术开发区' },
    ];
    const [created] = await db.write('create-probe', { rows });
    expect(created?.created).toBe(2);
    expect(await db.read('read-probes')).toEqual(rows);
  });

  it('rolls back every statement of a failed write transaction', async () => {
    await expect(
      db.writeTransaction(async (run) => {
        await run('create-probe', { rows: [{ id: 3, name: '太谷区' }] });
        throw new Error('fails after the first write');
      }),
    ).rejects.toThrow('fails after the first write');
    expect((await db.read('read-probes')).map((row) => row.id)).toEqual([1, 2]);
  });

  it('applies the schema idempotently, full-text index with the cjk analyzer included', async () => {
    const app = testDatabase(cypherRegistry());
    try {
      const first = await app.applySchema();
      const second = await app.applySchema();
      expect(second).toBe(first);
      const indexes = await db.read('list-indexes');
      const search = indexes.find((index) => index.name === 'entity_search');
      expect(search).toMatchObject({ type: 'FULLTEXT', state: 'ONLINE', analyzer: 'cjk' });
    } finally {
      await app.close();
    }
  });
});
