import { afterAll, beforeAll, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { Database } from '../../src/db/database.ts';
import { freePort } from '../../src/db/embedded/ports.ts';
import { HealthMonitor } from '../../src/db/health.ts';
import { logger } from '../../src/log.ts';
import { createGraphQLHandler, MAX_BODY_BYTES } from '../../src/server/yoga.ts';
import { testConfig, testDatabase } from './helpers.ts';

/**
 * The HTTP edge of the API, asked of the Yoga instance itself (`yoga.fetch`, no port): what a
 * client gets for a request the server refuses, word for word, and that none of them reaches
 * Neo4j. The database behind it is the integration run's real one (or, further down, one that
 * is not there at all).
 */

type Yoga = ReturnType<typeof createGraphQLHandler>;

interface Refusal {
  status: number;
  message: string | undefined;
  code: string | undefined;
  data: unknown;
}

async function refusal(response: Response): Promise<Refusal> {
  const body = (await response.json()) as { data?: unknown; errors?: Array<{ message: string; extensions?: { code?: string } }> };
  return { status: response.status, message: body.errors?.[0]?.message, code: body.errors?.[0]?.extensions?.code, data: body.data };
}

/** A POST to /graphql; headers are built afresh each time (the fetch layer may add to them). */
function post(yoga: Yoga, body: BodyInit, headers: Record<string, string> = { 'content-type': 'application/json' }): Promise<Response> {
  return Promise.resolve(yoga.fetch('http://localhost/graphql', { method: 'POST', headers: { ...headers }, body }));
}

function get(yoga: Yoga, path: string, headers: Record<string, string> = {}): Promise<Response> {
  return Promise.resolve(yoga.fetch(`http://localhost${path}`, { headers: { accept: 'application/json', ...headers } }));
}

const query = (text: string, extra: Record<string, unknown> = {}) => JSON.stringify({ query: text, ...extra });
/** A valid query padded with a comment to `bytes` bytes of JSON. */
const padded = (bytes: number) => query(`{ __typename } #${'x'.repeat(bytes - query('{ __typename } #').length)}`);
const GET_TYPENAME = `/graphql?query=${encodeURIComponent('{ __typename }')}`;

describe('the HTTP edge of /graphql, /healthz and /readyz (yoga.fetch, no port)', () => {
  let db: Database;
  let health: HealthMonitor;
  let yoga: Yoga;
  let reads: MockInstance;

  beforeAll(() => {
    const config = testConfig();
    db = testDatabase();
    health = new HealthMonitor(db, config.healthIntervalMs);
    yoga = createGraphQLHandler(config, db, health);
    reads = vi.spyOn(db, 'read');
  });
  beforeEach(() => {
    reads.mockClear();
  });
  afterAll(async () => {
    health.stop();
    await db.close();
  });

  const refused: Array<{ name: string; request: (yoga: Yoga) => Promise<Response>; expected: Partial<Refusal>; allow?: string }> = [
    {
      name: 'a method other than GET and POST',
      request: (yoga) => Promise.resolve(yoga.fetch('http://localhost/graphql', { method: 'PUT', headers: { 'content-type': 'application/json' }, body: query('{ __typename }') })),
      expected: { status: 405, message: 'GraphQL only supports GET and POST requests.', code: 'BAD_REQUEST' },
      allow: 'GET, POST',
    },
    {
      // The CSRF check comes before the method's: a bare DELETE is refused for its missing header.
      name: 'a DELETE without headers',
      request: (yoga) => Promise.resolve(yoga.fetch('http://localhost/graphql', { method: 'DELETE' })),
      expected: { status: 403, message: 'Required CSRF header(s) not present', code: undefined },
    },
    {
      name: 'a content type Yoga does not read',
      request: (yoga) => post(yoga, '<query/>', { 'content-type': 'text/xml' }),
      expected: { status: 415 },
    },
    {
      name: 'a JSON body that does not parse',
      request: (yoga) => post(yoga, '{"query": '),
      expected: { status: 400, message: 'POST body sent invalid JSON.', code: 'BAD_REQUEST' },
    },
    {
      name: 'a JSON body that is not an object',
      request: (yoga) => post(yoga, '"{ __typename }"'),
      expected: { status: 400, message: 'POST body is expected to be object but received string', code: 'BAD_REQUEST' },
    },
    {
      name: 'a body over the limit, its length declared',
      request: (yoga) => post(yoga, padded(MAX_BODY_BYTES + 1)),
      expected: { status: 413, message: 'Request body too large', code: 'REQUEST_ENTITY_TOO_LARGE' },
    },
    {
      name: 'a body over the limit, streamed without a declared length',
      request: (yoga) =>
        Promise.resolve(yoga.fetch('http://localhost/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: new Blob([padded(MAX_BODY_BYTES + 1)]).stream(),
          duplex: 'half',
        } as RequestInit)),
      expected: { status: 413, message: 'Request body too large', code: 'REQUEST_ENTITY_TOO_LARGE' },
    },
    {
      // Status 200: Yoga answers plain application/json clients 200 whatever the error.
      name: 'a POST without a query',
      request: (yoga) => post(yoga, '{}'),
      expected: { status: 200, message: 'Must provide query string.', code: 'BAD_REQUEST' },
      allow: 'GET, POST',
    },
    {
      name: 'a GET without a query',
      request: (yoga) => get(yoga, '/graphql', { 'x-graphql-yoga-csrf': '1' }),
      expected: { status: 200, message: 'Must provide query string.', code: 'BAD_REQUEST' },
      allow: 'GET, POST',
    },
    {
      name: 'a query that is not a string',
      request: (yoga) => post(yoga, '{"query": 1}'),
      expected: { status: 400, message: 'Expected "query" param to be a string, but given number.', code: 'BAD_REQUEST' },
    },
    {
      name: 'a GET without the CSRF header (a link or form on another site)',
      request: (yoga) => get(yoga, GET_TYPENAME),
      expected: { status: 403, message: 'Required CSRF header(s) not present', code: undefined },
    },
    {
      name: 'a POST of a form content type without the CSRF header',
      request: (yoga) => post(yoga, query('{ __typename }'), { 'content-type': 'text/plain' }),
      expected: { status: 403, message: 'Required CSRF header(s) not present', code: undefined },
    },
    {
      name: 'a mutation over GET',
      request: (yoga) => get(yoga, `/graphql?query=${encodeURIComponent('mutation { __typename }')}`, { 'x-graphql-yoga-csrf': '1' }),
      expected: { status: 405, message: 'Can only perform a mutation operation from a POST request.', code: 'BAD_REQUEST' },
      allow: 'POST',
    },
    {
      name: 'a mutation over POST without a token',
      request: (yoga) => post(yoga, query('mutation { __typename }')),
      expected: {
        status: 401,
        message: 'this needs a curator\'s token: send it as Authorization: Bearer <token> (`plangraph user add` makes one)',
        code: 'UNAUTHENTICATED',
      },
    },
    {
      name: 'a subscription over POST (the schema has none)',
      request: (yoga) => post(yoga, query('subscription { __typename }')),
      expected: { status: 400, message: 'this API answers queries and mutations only: it has no subscriptions', code: 'GRAPHQL_VALIDATION_FAILED' },
    },
    {
      name: 'an operation name the document does not define',
      request: (yoga) => post(yoga, query('query A { __typename } query B { __typename }', { operationName: 'C' })),
      expected: { status: 400, message: 'Could not determine what operation to execute.', code: 'OPERATION_RESOLUTION_FAILURE' },
    },
    {
      name: 'a parameter GraphQL over HTTP does not know',
      request: (yoga) => post(yoga, query('{ __typename }', { sql: 'MATCH (n) RETURN n' })),
      expected: { status: 400, message: 'Unexpected parameter "sql" in the request body.', code: 'BAD_REQUEST' },
    },
    {
      name: 'a batch of operations (batching is off)',
      request: (yoga) => post(yoga, JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }])),
      expected: { status: 400, message: 'Batching is not supported.', code: 'BAD_REQUEST' },
    },
    {
      name: 'a query that does not parse',
      request: (yoga) => post(yoga, query('{ plans { id ')),
      expected: { status: 200, message: 'Syntax Error: Expected Name, found <EOF>.', code: 'GRAPHQL_PARSE_FAILED' },
    },
    // graphql-armor's limits, each in its own words (200, as Yoga answers parse and validation
    // errors to application/json clients).
    {
      name: 'a query deeper than 8 levels',
      request: (yoga) => post(yoga, query('{ plans { sections { plan { sections { plan { sections { plan { sections { plan { id } } } } } } } } } }')),
      expected: { status: 200, message: 'the query is too deep: 10 levels, at most 8', code: 'QUERY_TOO_COMPLEX' },
    },
    {
      name: 'a query costing more than 5000',
      request: (yoga) => post(yoga, query('{ search(query: "晋中", first: 100000000) { id } }')),
      expected: { status: 200, message: 'the query would cost 350000000, at most 5000: ask for fewer items (first, limit) or fewer fields', code: 'QUERY_TOO_COMPLEX' },
    },
    {
      name: 'more than 15 aliases',
      request: (yoga) => post(yoga, query(`{ ${Array.from({ length: 16 }, (_, i) => `a${i}: plans { id }`).join(' ')} }`)),
      expected: { status: 200, message: 'the query has too many aliases: 16, at most 15', code: 'QUERY_TOO_COMPLEX' },
    },
    {
      name: 'more than 2000 tokens',
      request: (yoga) => post(yoga, query(`{ plans { ${'id '.repeat(2000)}} }`)),
      expected: { status: 200, message: 'the query is too long: more than 2000 tokens', code: 'QUERY_TOO_COMPLEX' },
    },
    {
      name: 'more than 10 directives',
      request: (yoga) => post(yoga, query(`{ plans { id ${'@include(if: true) '.repeat(11)}} }`)),
      expected: { status: 200, message: 'the query has too many directives: 11, at most 10', code: 'QUERY_TOO_COMPLEX' },
    },
  ];

  it.each(refused)('refuses $name ($expected.status) before any Cypher runs', async ({ request, expected, allow }) => {
    const response = await request(yoga);
    if (allow) expect(response.headers.get('allow')).toBe(allow);
    if (expected.message === undefined) {
      expect([response.status, await response.text()]).toEqual([expected.status, '']);
    } else {
      expect(await refusal(response)).toEqual({ ...expected, data: undefined });
    }
    expect(reads).not.toHaveBeenCalled();
  });

  it('reads a body just under the limit, and a GET with the CSRF header', async () => {
    expect(await (await post(yoga, padded(MAX_BODY_BYTES))).json()).toEqual({ data: { __typename: 'Query' } });
    expect(await (await get(yoga, GET_TYPENAME, { 'x-graphql-yoga-csrf': '1' })).json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('answers 404, with no body, for a path under /graphql that is not the endpoint', async () => {
    const response = await get(yoga, '/graphql/schema');
    expect([response.status, await response.text()]).toEqual([404, '']);
  });

  it('answers /healthz and /readyz with 200 while the database answers', async () => {
    // A loaded machine may make a probe of the freshly started Neo4j time out: wait for ok.
    const started = Date.now();
    let healthz = await get(yoga, '/healthz');
    while (healthz.status !== 200 && Date.now() - started < 30_000) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      healthz = await get(yoga, '/healthz');
    }
    expect(healthz.status).toBe(200);
    expect(healthz.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(healthz.headers.get('cache-control')).toBe('no-store');
    expect(healthz.headers.get('retry-after')).toBeNull();
    const report = (await healthz.json()) as Record<string, unknown>;
    expect(Object.keys(report)).toEqual(['status', 'ok', 'since', 'neo4j', 'reason', 'lastError', 'restarts']);
    expect(report).toMatchObject({ status: 'ok', ok: true, neo4j: expect.stringMatching(/^5\.26\.\d+ community$/), reason: null, restarts: 0 });
    const readyz = await get(yoga, '/readyz');
    expect([readyz.status, readyz.headers.get('content-type'), await readyz.text()]).toEqual([200, 'text/plain; charset=utf-8', 'ready\n']);
  });
});

describe('the HTTP edge while the database does not answer (yoga.fetch, no port)', () => {
  let db: Database;
  let health: HealthMonitor;
  let yoga: Yoga;

  beforeAll(async () => {
    const config = testConfig();
    // The warnings of an outage are expected here.
    logger('error');
    // Nothing listens on a port just found free: the driver is refused at once.
    db = new Database({ uri: `bolt://127.0.0.1:${await freePort()}`, username: 'neo4j', password: 'not-used', queryTimeoutMs: 5000 });
    health = new HealthMonitor(db, config.healthIntervalMs);
    yoga = createGraphQLHandler(config, db, health);
  });
  afterAll(async () => {
    health.stop();
    await db.close();
    logger(process.env.LOG_LEVEL ?? 'info');
  });

  it('answers /healthz and /readyz with 503 and Retry-After', async () => {
    const healthz = await get(yoga, '/healthz');
    expect([healthz.status, healthz.headers.get('retry-after'), healthz.headers.get('cache-control')]).toEqual([503, '1', 'no-store']);
    expect(await healthz.json()).toMatchObject({ status: 'down', ok: false, neo4j: null, reason: 'the database is not answering' });
    const readyz = await get(yoga, '/readyz');
    expect([readyz.status, readyz.headers.get('retry-after'), await readyz.text()]).toEqual([503, '1', 'not ready: down\n']);
  });

  it('answers a query UNAVAILABLE, in its own words, with Retry-After; { health } still answers', async () => {
    const response = await post(yoga, query('{ plans { id } }'));
    expect(response.headers.get('retry-after')).toBe('1');
    expect(await refusal(response)).toEqual({ status: 200, message: 'the database is not answering; retry shortly', code: 'UNAVAILABLE', data: null });
    const answer = await (await post(yoga, query('{ health { ok status reason } }'))).json();
    expect(answer).toEqual({ data: { health: { ok: false, status: 'DOWN', reason: 'the database is not answering' } } });
  });
});
