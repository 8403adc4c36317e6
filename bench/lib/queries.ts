// The queries the bench sends, through GraphQL over HTTP and as the same Cypher through the driver.
import { searchParams } from '../../src/api/search.ts';
import { traceParams } from '../../src/api/trace.ts';
import type { Database } from '../../src/db/database.ts';
import { TRACE_PASSAGES_PER_PLAN, TRACE_PLANS_PAGE } from '../../ui/src/limits.ts';

export const TRACE_QUERY = `query Trace($id: ID!) {
  trace(id: $id) {
    plan { id title issuedOn }
    mentions { start end sourceStart sourceEnd text snippet section { id title path } }
  }
}`;

/** The first page of a trace, as the explorer asks for it. */
export const TRACE_PAGE_QUERY = `query TracePage($id: ID!, $first: Int, $perPlan: Int) {
  trace(id: $id, first: $first, mentionsPerPlan: $perPlan) {
    plan { id title issuedOn kind draft }
    mentionCount cursor
    mentions { section { id title path } start end text snippet snippetStart }
  }
}`;

export const SEARCH_QUERY = `query Search($query: String!) {
  search(query: $query, first: 20) { id name type mentionCount aliases }
}`;

export const NEIGHBORHOOD_QUERY = `query Neighborhood($ids: [ID!]!) {
  neighborhood(ids: $ids, depth: 1, limit: 200) {
    truncated
    nodes { data { id label type mentionCount hiddenNeighbors } }
    edges { data { id source target type weight } }
  }
}`;

export interface QueryCase {
  name: 'trace' | 'trace page' | 'search' | 'neighbourhood';
  graphql: { query: string; variables: Record<string, unknown> };
  /** The same statements the resolver runs, straight through the driver. */
  driver: (db: Database) => Promise<unknown>;
}

export function queryCases(busiestId: string, searchText: string): QueryCase[] {
  return [
    {
      name: 'trace',
      graphql: { query: TRACE_QUERY, variables: { id: busiestId } },
      driver: (db) => db.read('api/trace', traceParams(busiestId)),
    },
    {
      name: 'trace page',
      graphql: { query: TRACE_PAGE_QUERY, variables: { id: busiestId, first: TRACE_PLANS_PAGE, perPlan: TRACE_PASSAGES_PER_PLAN } },
      driver: (db) => db.read('api/trace', traceParams(busiestId, { first: TRACE_PLANS_PAGE, mentionsPerPlan: TRACE_PASSAGES_PER_PLAN })),
    },
    {
      name: 'search',
      graphql: { query: SEARCH_QUERY, variables: { query: searchText } },
      driver: (db) => db.read('api/search', searchParams(searchText, null)),
    },
    {
      name: 'neighbourhood',
      graphql: { query: NEIGHBORHOOD_QUERY, variables: { ids: [busiestId] } },
      driver: async (db) => {
        await db.read('api/graph-nodes', { ids: [busiestId] });
        return db.read('api/neighbors', { ids: [busiestId], types: null, withPlans: true });
      },
    },
  ];
}

export const GRAPHQL_HEADERS = { 'content-type': 'application/json', 'x-graphql-yoga-csrf': 'bench' };

export async function postGraphQL(url: string, body: { query: string; variables: Record<string, unknown> }): Promise<unknown> {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: GRAPHQL_HEADERS, body: JSON.stringify(body) });
  const json = (await response.json()) as { data?: unknown; errors?: Array<{ message: string }> };
  if (!response.ok || json.errors) throw new Error(`GraphQL ${response.status}: ${JSON.stringify(json.errors ?? json).slice(0, 300)}`);
  return json.data;
}

export async function busiestEntities(bench: Database<string>, limit = 5): Promise<Array<{ id: string; name: string; mentions: number }>> {
  const rows = await bench.read('busiest-entities', { limit });
  return rows.map((row) => ({ id: String(row.id), name: String(row.name), mentions: Number(row.mentions) }));
}
