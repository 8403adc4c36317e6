import { randomUUID } from 'node:crypto';
import { createInMemoryCache, useResponseCache } from '@graphql-yoga/plugin-response-cache';
import type { Plugin } from 'graphql-yoga';
import type { Config } from '../config.ts';
import type { Database } from '../db/database.ts';

/**
 * Answers to repeated queries from memory, keyed on the query, its variables and the graph's
 * change counter (bumped in the same transaction as every load, removal and curation, by this
 * process or any other). The counter is read once per request, so the very next request after a
 * committed change misses the cache: no client is ever answered from before a change it could
 * see. Entries are the least recently used `entries` answers; errors are never kept.
 *
 * Only anonymous reads of an open API are cached: a request with a token, or any request when
 * reads need one, runs in full, so the gate and the token checks (which run after the cache would
 * answer) always see it.
 */
export function responseCache(config: Config, db: Database): Plugin[] {
  const entries = config.server.responseCacheEntries;
  if (entries === 0 || config.server.requireTokenForRead) return [];
  return [
    useResponseCache({
      cache: createInMemoryCache({ max: entries }),
      enabled: (request) => !request.headers.has('authorization'),
      session: async () => {
        try {
          const [row] = await db.read('api/graph-version');
          return `graph@${row?.epoch ?? 'none'}:${row?.changes ?? 0}`;
        } catch {
          // The database does not answer: a key no other request has, so nothing is served from
          // memory and the query itself meets the database's error (UNAVAILABLE, retry-after).
          return `unversioned@${randomUUID()}`;
        }
      },
      // The service's health is not the graph's: it changes with no change of the graph.
      ttlPerSchemaCoordinate: { 'Query.health': 0 },
      // Mutations change the graph and bump the counter; the plugin's own invalidation by
      // entity id would only repeat that (and needs ids on every type).
      invalidateViaMutation: false,
    }) as Plugin,
  ];
}
