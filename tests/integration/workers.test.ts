import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, contentChecksum, ingestInto } from './corpus.ts';
import { clearDatabase, testDatabase } from './helpers.ts';

/**
 * Extraction in worker threads feeds one writer that loads the documents in the order given: the
 * graph is the same whatever the number of workers (a load may depend on what was loaded before
 * it, so the order is what must not change).
 */
describe('an ingest with worker threads', () => {
  it('builds the same graph as one thread, and reports the files in the order given', async () => {
    const checksums: Array<Awaited<ReturnType<typeof contentChecksum>>> = [];
    const orders: string[][] = [];
    for (const workers of [1, 3]) {
      await clearDatabase();
      const db = testDatabase();
      try {
        await db.applySchema();
        const report = await ingestInto(db, [CORPUS_DIR], { workers });
        expect(report.files.map((file) => file.status)).toEqual(Array(5).fill('loaded'));
        orders.push(report.files.map((file) => file.file));
      } finally {
        await db.close();
      }
      checksums.push(await contentChecksum());
    }
    expect(orders[1]).toEqual(orders[0]);
    expect(checksums[1]).toEqual(checksums[0]);
  }, 900_000);
});
