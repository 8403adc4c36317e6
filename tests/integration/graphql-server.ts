import type { AddressInfo } from 'node:net';
import type { Database } from '../../src/db/database.ts';
import { createApp } from '../../src/server/app.ts';
import { testConfig } from './helpers.ts';

export interface Answer<T = Record<string, unknown>> {
  data?: T;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

export interface RequestOptions {
  variables?: Record<string, unknown>;
  /** Sent as they are: an Authorization header, X-Forwarded-For … */
  headers?: Record<string, string>;
}

export interface GraphqlServer {
  /** The /graphql address, for requests gql does not make (an oversized body). */
  endpoint: string;
  /** A GraphQL request as a client sends it: the answer, errors included. */
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<Answer<T>>;
  /** The same POST, with headers, as the HTTP response (for its status and headers). */
  post(query: string, options?: RequestOptions): Promise<Response>;
  close(): Promise<void>;
}

/** The real HTTP server over a test database, on a free loopback port; `env` overrides the test configuration. */
export async function startGraphql(db: Database, env: Record<string, string> = {}): Promise<GraphqlServer> {
  const server = createApp(testConfig(env), db);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const post = (query: string, { variables = {}, headers = {} }: RequestOptions = {}) =>
    fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  return {
    endpoint,
    post,
    gql: async <T,>(query: string, variables: Record<string, unknown> = {}): Promise<Answer<T>> => (await (await post(query, { variables })).json()) as Answer<T>,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
