import { randomUUID } from 'node:crypto';
import { createInMemoryCache, defaultBuildResponseCacheKey, useResponseCache } from '@envelop/response-cache';
import type { Plugin } from 'graphql-yoga';
import type { Config } from '../config.ts';
import type { Database } from '../db/database.ts';
import { freshRead } from './fresh-read.ts';

/**
 * Answers to repeated queries from memory, keyed on the query, its variables and the graph's
 * change counter (bumped in the same transaction as every load, removal and curation, by this
 * process or any other). Each query about to execute waits for a read of the counter that began
 * after it came (one read shared by the queries that wait at once: fresh-read.ts), so the very next
 * request after a committed change misses the cache: no client is ever answered from before a
 * change it could see. Entries are the least recently used `entries` answers; errors are never
 * kept.
 *
 * The cache is consulted when a query is about to execute: after it was parsed, validated and let
 * through by the gate (so a refused request reads nothing from the database, and the gate always
 * sees every request). Only anonymous reads of an open API are cached: a request with a token, or
 * any request when reads need one, runs in full.
 */
export function responseCache(config: Config, db: Database): Plugin[] {
  const entries = config.server.responseCacheEntries;
  if (entries === 0 || config.server.requireTokenForRead) return [];
  // Shared among the requests that wait at once, each answered by a read begun after it came.
  const graphVersion = freshRead(async (): Promise<string> => {
    try {
      const [row] = await db.read('api/graph-version');
      return `graph@${row?.epoch ?? 'none'}:${row?.changes ?? 0}`;
    } catch {
      // The database does not answer: a key no other request has, so nothing is served from
      // memory and the query itself meets the database's error (UNAVAILABLE, retry-after).
      return `unversioned@${randomUUID()}`;
    }
  });
  return [
    useResponseCache<{ request?: Request }>({
      cache: createInMemoryCache({ max: entries }),
      session: () => null,
      enabled: (context) => !context.request?.headers.has('authorization'),
      buildResponseCacheKey: async (params) => defaultBuildResponseCacheKey({ ...params, sessionId: await graphVersion() }),
      // The service's health is not the graph's: it changes with no change of the graph.
      ttlPerSchemaCoordinate: { 'Query.health': 0 },
      // Mutations change the graph and bump the counter; the plugin's own invalidation by
      // entity id would only repeat that (and needs ids on every type).
      invalidateViaMutation: false,
    }) as Plugin,
  ];
}
