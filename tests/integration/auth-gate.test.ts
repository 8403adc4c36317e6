import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { addAccount, addToken, removeAccount, revokeToken, type IssuedToken } from '../../src/auth/index.ts';
import type { Database } from '../../src/db/database.ts';
import { logger } from '../../src/log.ts';
import { startGraphql, type GraphqlServer } from './graphql-server.ts';
import { clearDatabase, testDatabase } from './helpers.ts';

/**
 * The gate over HTTP against the real Neo4j: who may read, who may curate, and what every
 * refusal says. Tokens are made the way `plangraph user add` makes them (src/auth).
 */

const DAY = 86_400_000;
const REVERT = 'mutation { revertCuration(id: "cur:none", reason: "x") { curation { id } } }';
const VIEWER = '{ viewer { name role } }';

interface Reply {
  status: number;
  code: string | undefined;
  message: string | undefined;
  data: unknown;
  retryAfter: string | null;
}

let addresses = 0;

/** A POST from a client address of its own (the servers trust X-Forwarded-For), so that refusals here never add up to the rate limit. */
async function ask(server: GraphqlServer, query: string, token?: string, headers: Record<string, string> = {}): Promise<Reply> {
  addresses += 1;
  const authorization: Record<string, string> = token === undefined ? {} : { authorization: token.startsWith('pg_') ? `Bearer ${token}` : token };
  const response = await server.post(query, { headers: { 'x-forwarded-for': `198.51.100.${addresses}`, ...authorization, ...headers } });
  const body = (await response.json()) as { data?: unknown; errors?: Array<{ message: string; extensions?: { code?: string } }> };
  return { status: response.status, code: body.errors?.[0]?.extensions?.code, message: body.errors?.[0]?.message, data: body.data, retryAfter: response.headers.get('retry-after') };
}

const tokens: Record<string, IssuedToken> = {};
let db: Database;

beforeAll(async () => {
  // The refusals below are logged at warn by design: kept out of the test output (spies still see them).
  logger('error');
  await clearDatabase();
  db = testDatabase();
  await db.applySchema();
  const days90 = { expiresInMs: 90 * DAY };
  tokens.reader = await addAccount(db, 'reader-ann', 'reader', days90);
  tokens.curator = await addAccount(db, '李明', 'curator', days90);
  tokens.admin = await addAccount(db, 'admin-root', 'admin', { expiresInMs: null });
  tokens.curatorReadOnly = await addToken(db, '李明', { ...days90, role: 'reader' });
  tokens.expired = await addAccount(db, 'old-hand', 'curator', { expiresInMs: 1000, now: new Date(Date.now() - DAY) });
  tokens.revoked = await addAccount(db, 'gone-token', 'curator', days90);
  await revokeToken(db, tokens.revoked.id);
  tokens.removed = await addAccount(db, 'left', 'curator', days90);
  await removeAccount(db, 'left');
});
afterAll(async () => {
  await db.close();
  logger(process.env.LOG_LEVEL ?? 'info');
});

describe('the gate, reads open (the default)', () => {
  let server: GraphqlServer;
  beforeAll(async () => {
    server = await startGraphql(db, { PLANGRAPH_TRUST_PROXY: 'true' });
  });
  afterAll(() => server.close());

  it('answers reads without a token; viewer is null', async () => {
    expect(await ask(server, VIEWER)).toMatchObject({ status: 200, data: { viewer: null }, code: undefined });
  });

  it('answers viewer with the token’s account and role', async () => {
    expect((await ask(server, VIEWER, tokens.curator!.token)).data).toEqual({ viewer: { name: '李明', role: 'CURATOR' } });
    expect((await ask(server, VIEWER, tokens.admin!.token)).data).toEqual({ viewer: { name: 'admin-root', role: 'ADMIN' } });
    expect((await ask(server, VIEWER, tokens.curatorReadOnly!.token)).data).toEqual({ viewer: { name: '李明', role: 'READER' } });
  });

  it('refuses a mutation without a token (401) and with a reader’s token (403)', async () => {
    expect(await ask(server, REVERT)).toMatchObject({
      status: 401,
      code: 'UNAUTHENTICATED',
      message: "this needs a curator's token: send it as Authorization: Bearer <token> (`plangraph user add` makes one)",
      data: undefined,
    });
    expect(await ask(server, REVERT, tokens.reader!.token)).toMatchObject({ status: 403, code: 'FORBIDDEN', message: "this needs a curator's token: the token of reader-ann is a reader's" });
    expect(await ask(server, REVERT, tokens.curatorReadOnly!.token)).toMatchObject({ status: 403, code: 'FORBIDDEN', message: "this needs a curator's token: the token of 李明 is a reader's" });
  });

  it('lets a curator’s and an admin’s mutation through the gate to execution', async () => {
    for (const token of [tokens.curator!.token, tokens.admin!.token]) {
      const reply = await ask(server, REVERT, token);
      // The curation resolvers land apart from the gate: whatever execution answers, it is not a refusal of the token.
      expect(['UNAUTHENTICATED', 'FORBIDDEN', 'RATE_LIMITED']).not.toContain(reply.code);
      expect(reply.status).not.toBe(401);
      expect(reply.status).not.toBe(403);
    }
  });

  it('refuses a presented token that is not good, even on an open read, saying why', async () => {
    const unknown = `pg_${'0'.repeat(16)}_${'a'.repeat(43)}`;
    const wrongSecret = `${tokens.curator!.token.slice(0, -1)}${tokens.curator!.token.endsWith('A') ? 'B' : 'A'}`;
    const cases: Array<[string, string]> = [
      [tokens.expired!.token, 'the token has expired ('],
      [tokens.revoked!.token, 'the token was revoked ('],
      [tokens.removed!.token, 'the token was revoked ('],
      [unknown, 'unknown token'],
      [wrongSecret, 'unknown token'],
      ['pg_not-a-token', 'unknown token: PlanGraph tokens look like pg_<id>_<secret>'],
      ['Basic YWxhZGRpbjpvcGVuc2VzYW1l', 'the Authorization header must be `Bearer <token>`'],
      ['Bearer', 'the Authorization header must be `Bearer <token>`'],
    ];
    for (const [token, message] of cases) {
      const reply = await ask(server, '{ __typename }', token);
      expect(reply, token.slice(0, 20)).toMatchObject({ status: 401, code: 'UNAUTHENTICATED', data: undefined });
      expect(reply.message!.startsWith(message), `${reply.message} for ${token.slice(0, 20)}`).toBe(true);
    }
  });

  it('refuses a token from the very next request after it is revoked', async () => {
    const fresh = await addToken(db, '李明', { expiresInMs: DAY });
    expect((await ask(server, VIEWER, fresh.token)).data).toEqual({ viewer: { name: '李明', role: 'CURATOR' } });
    await revokeToken(db, fresh.id);
    expect(await ask(server, VIEWER, fresh.token)).toMatchObject({ status: 401, code: 'UNAUTHENTICATED', message: expect.stringMatching(/^the token was revoked/) });
  });
});

describe('the gate with PLANGRAPH_REQUIRE_TOKEN_FOR_READ=true', () => {
  let server: GraphqlServer;
  beforeAll(async () => {
    server = await startGraphql(db, { PLANGRAPH_REQUIRE_TOKEN_FOR_READ: 'true', PLANGRAPH_TRUST_PROXY: 'true' });
  });
  afterAll(() => server.close());

  it('refuses a query without a token, answers it with a reader’s; the health endpoints stay open', async () => {
    expect(await ask(server, '{ plans { id } }')).toMatchObject({ status: 401, code: 'UNAUTHENTICATED', message: expect.stringMatching(/^this needs a reader's token/), data: undefined });
    expect(await ask(server, '{ plans { id } }', tokens.reader!.token)).toMatchObject({ status: 200, code: undefined, data: { plans: [] } });
    expect(await ask(server, VIEWER, tokens.reader!.token)).toMatchObject({ data: { viewer: { name: 'reader-ann', role: 'READER' } } });
    const healthz = await fetch(server.endpoint.replace('/graphql', '/healthz'));
    expect(healthz.status).not.toBe(401);
    await healthz.text();
  });
});

describe('failed token checks per client', () => {
  let server: GraphqlServer;
  beforeAll(async () => {
    // No proxy trusted: the client is the connection’s address, 127.0.0.1, whatever X-Forwarded-For says.
    server = await startGraphql(db);
  });
  afterAll(() => server.close());

  it('refuses a client after 10 failures with RATE_LIMITED and Retry-After, logging each failure without the token', async () => {
    const warn = vi.spyOn(logger(), 'warn');
    const guess = `pg_${'1'.repeat(16)}_`;
    try {
      for (let i = 0; i < 10; i += 1) {
        const secret = `secret${String(i).padStart(37, '0')}`;
        const reply = await ask(server, '{ __typename }', `${guess}${secret}`);
        expect(reply).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
      }
      const limited = await ask(server, '{ __typename }', tokens.curator!.token);
      expect(limited).toMatchObject({ status: 429, code: 'RATE_LIMITED', message: expect.stringMatching(/^too many failed token checks from this client: try again in \d+ s$/) });
      expect(Number(limited.retryAfter)).toBeGreaterThan(0);
      expect(Number(limited.retryAfter)).toBeLessThanOrEqual(60);
      // Reading without a token is not an authentication: it still answers.
      expect(await ask(server, '{ __typename }')).toMatchObject({ status: 200, data: { __typename: 'Query' } });

      const refusals = warn.mock.calls.filter(([, message]) => message === 'a request presented a token that was refused');
      expect(refusals).toHaveLength(10);
      expect(refusals[0]![0]).toEqual({ client: '127.0.0.1', tokenId: '1'.repeat(16), reason: 'unknown id' });
      const logged = JSON.stringify(warn.mock.calls);
      expect(logged).not.toContain('secret0');
      expect(logged).not.toContain(tokens.curator!.token);
    } finally {
      warn.mockRestore();
    }
  });
});
