import { describe, expect, it } from 'vitest';
import { parseRows } from '../../../src/cypher/rows.ts';
import type { StatementReader } from '../../../src/db/database.ts';
import { isPlanGraphError } from '../../../src/errors.ts';

describe('the typed database boundary', () => {
  it('a column a statement no longer returns fails naming the file and the field, not later as undefined', () => {
    let error: unknown;
    try {
      parseRows('api/entity-by-name', [{ id: 'zone:108廊带', title: '108廊带', type: 'ZONE', mentionCount: 51 }]);
    } catch (caught) {
      error = caught;
    }
    expect(isPlanGraphError(error, 'DB_ERROR')).toBe(true);
    expect((error as Error).message).toMatch(/^cypher\/api\/entity-by-name\.cypher returned a row of an unexpected shape \(name: /);
  });

  it('keeps the properties an entity type adds, and passes rows of untyped statements as they are', () => {
    const [row] = parseRows('api/entities-by-id', [{ entity: { id: 'region:140702', type: 'REGION', name: '榆次区', code: '140702', level: 'county' } }]);
    expect(row?.entity).toMatchObject({ code: '140702', level: 'county' });
    expect(parseRows('load/plan-state', [{ status: 'complete' }])).toEqual([{ status: 'complete' }]);
  });

  it('a misspelled statement name does not compile (checked by `npm run typecheck`)', () => {
    const misspelled = (db: StatementReader) =>
      // @ts-expect-error 'api/trcae' is not in src/cypher/catalogue.ts
      db.read('api/trcae');
    const typed = async (db: StatementReader) => {
      const [row] = await db.read('api/entity-by-name', { name: '108廊带' });
      // @ts-expect-error the row of api/entity-by-name has no `title`
      return row?.title;
    };
    expect([misspelled, typed]).toHaveLength(2);
  });
});
