import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toCypherParams } from '../../../src/db/params.ts';

describe('Cypher parameters', () => {
  it('sends whole numbers as INTEGER and keeps fractions as FLOAT, deep in rows', () => {
    const converted = toCypherParams({ rows: [{ periodStart: 2016, capacity: 1.5, path: ['第一章'], nested: { ordinal: 3 } }], first: 20 }) as {
      rows: Array<{ periodStart: unknown; capacity: unknown; path: unknown; nested: { ordinal: unknown } }>;
      first: unknown;
    };
    expect(neo4j.isInt(converted.first)).toBe(true);
    expect(neo4j.isInt(converted.rows[0]?.periodStart)).toBe(true);
    expect(converted.rows[0]?.capacity).toBe(1.5);
    expect(converted.rows[0]?.path).toEqual(['第一章']);
    expect(neo4j.isInt(converted.rows[0]?.nested.ordinal)).toBe(true);
  });

  it('leaves strings, booleans and null alone', () => {
    expect(toCypherParams({ a: '2016', b: true, c: null })).toEqual({ a: '2016', b: true, c: null });
  });
});
