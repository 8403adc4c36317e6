import neo4j from 'neo4j-driver';

/**
 * JavaScript has one number type; Neo4j has INTEGER and FLOAT. The driver sends every number
 * as a FLOAT, which would store 2016 as 2016.0 and break list slicing and ordering. Whole
 * numbers are sent as INTEGER here, in the one place parameters pass through; results come
 * back as plain numbers (the driver's disableLosslessIntegers).
 */
export function toCypherParams(value: Record<string, unknown>): Record<string, unknown>;
export function toCypherParams(value: unknown): unknown;
export function toCypherParams(value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toCypherParams);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, toCypherParams(inner)]));
  }
  return value;
}
