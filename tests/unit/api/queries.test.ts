import { describe, expect, it } from 'vitest';
import { API_CALLS } from './calls.ts';
import { readAnswers, RecordingDatabase } from './recorded-rows.ts';

/**
 * The Cypher text and parameters each src/api call sends, as file snapshots (the way
 * @neo4j/graphql tests its translation), and the views it makes of real rows captured from a
 * loaded corpus. A change to a statement or to what a call sends shows here as a diff to
 * review; whether the graph answers right is for the integration tests on a real Neo4j.
 */
describe('what each API call sends to Neo4j', () => {
  for (const call of API_CALLS) {
    it(call.name, async () => {
      const db = new RecordingDatabase(call.name, readAnswers(call.name));
      const view = await call.run(db);
      expect(db.sent.length, 'every captured answer was asked for').toBe(readAnswers(call.name).length);
      await expect(db.transcript()).toMatchFileSnapshot(`__snapshots__/queries/${call.name}.txt`);
      expect(view).toMatchSnapshot();
    });
  }
});
