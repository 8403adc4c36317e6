import { mkdir, writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Params, RowOf, StatementName, StatementReader } from '../../src/db/database.ts';
import { API_CALLS } from '../unit/api/calls.ts';
import { FIXTURES_DIR, fixtureFile, type Answers } from '../unit/api/recorded-rows.ts';
import { loadCorpus } from './corpus.ts';
import { testDatabase } from './helpers.ts';

// Answers of at most this many rows keep the fixtures small; the call sees the same rows, so
// what it sends next follows from them.
const MAX_ROWS = 6;

/** Passes reads to the real database and keeps what each answered. */
class CapturingReader implements StatementReader {
  readonly answers: Answers = [];
  constructor(private readonly db: Database) {}

  async read<N extends StatementName>(name: N, params?: Params): Promise<RowOf<N>[]> {
    const rows = (await this.db.read(name, params)).slice(0, MAX_ROWS);
    this.answers.push({ statement: name, rows });
    return rows;
  }
}

/**
 * Captures the rows of tests/unit/api/fixtures from the corpus loaded into a real Neo4j, for
 * the query snapshot tests (tests/unit/api/queries.test.ts). Runs only when asked:
 * PLANGRAPH_CAPTURE_API_ROWS=1 npx vitest run --project integration tests/integration/api-rows.capture.test.ts
 */
describe.runIf(process.env.PLANGRAPH_CAPTURE_API_ROWS === '1')('capturing real rows for the query snapshot tests', () => {
  let db: Database;
  beforeAll(async () => {
    db = testDatabase();
    await loadCorpus(db);
    await mkdir(FIXTURES_DIR, { recursive: true });
  });
  afterAll(() => db.close());

  for (const call of API_CALLS) {
    it(call.name, async () => {
      const reader = new CapturingReader(db);
      await call.run(reader);
      expect(reader.answers.length).toBeGreaterThan(0);
      await writeFile(fixtureFile(call.name), `${JSON.stringify(reader.answers, null, 1)}\n`);
    });
  }
});
