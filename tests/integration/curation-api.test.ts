import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAccount, type IssuedToken } from '../../src/auth/index.ts';
import type { Database } from '../../src/db/database.ts';
import { logger } from '../../src/log.ts';
import { CORPUS_DIR, ingestInto } from './corpus.ts';
import { startGraphql, type GraphqlServer } from './graphql-server.ts';
import { clearDatabase, testDatabase } from './helpers.ts';

/**
 * The curation mutations over HTTP with a curator's token, on the 晋中 2017 work report: what a
 * client gets back, and what each refusal says (the gate's own refusals are auth-gate.test.ts's).
 */
let db: Database;
let server: GraphqlServer;
let curator: IssuedToken;

interface Reply<T> {
  status: number;
  data: T | null | undefined;
  code: string | undefined;
  message: string | undefined;
}

async function ask<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<Reply<T>> {
  const response = await server.post(query, { variables, headers: { authorization: `Bearer ${curator.token}` } });
  const body = (await response.json()) as { data?: T | null; errors?: Array<{ message: string; extensions?: { code?: string } }> };
  return { status: response.status, data: body.data, code: body.errors?.[0]?.extensions?.code, message: body.errors?.[0]?.message };
}

async function idOf(name: string, type: string): Promise<string> {
  const { data } = await ask<{ search: Array<{ id: string; name: string; type: string }> }>('query ($q: String!) { search(query: $q) { id name type } }', { q: name });
  const found = data?.search.find((entity) => entity.name === name && entity.type === type);
  if (!found) throw new Error(`no ${type} named ${name}`);
  return found.id;
}

const MERGE = `mutation ($keep: ID!, $merge: [ID!]!, $reason: String!) {
  mergeEntities(keepId: $keep, mergeIds: $merge, reason: $reason) {
    curation { id kind author summary reason entityIds revertedBy orphaned }
    entities { id name aliases mentionCount rejected }
  }
}`;

beforeAll(async () => {
  logger('error');
  await clearDatabase();
  db = testDatabase();
  await db.applySchema();
  await ingestInto(db, [path.join(CORPUS_DIR, 'jinzhong-government-work-report-2017.txt')]);
  curator = await addAccount(db, '王芳', 'curator', { expiresInMs: 86_400_000 });
  server = await startGraphql(db);
}, 300_000);
afterAll(async () => {
  await server.close();
  await db.close();
  logger(process.env.LOG_LEVEL ?? 'info');
});

describe('curation over GraphQL', () => {
  it('merges, answering the record in words with its author and the entity as it now is; the old id redirects', async () => {
    const keep = await idOf('山西转型综改示范区晋中区', 'PARK');
    const merged = await idOf('示范区晋中区', 'PARK');
    const { data, code } = await ask<{ mergeEntities: { curation: Record<string, unknown>; entities: Array<Record<string, unknown>> } }>(MERGE, { keep, merge: [merged], reason: '示范区晋中区 is its short form' });
    expect(code).toBeUndefined();
    expect(data?.mergeEntities.curation).toMatchObject({ kind: 'MERGE', author: '王芳', reason: '示范区晋中区 is its short form', entityIds: [keep, merged], revertedBy: null, orphaned: false });
    expect(data?.mergeEntities.entities).toEqual([expect.objectContaining({ id: keep, name: '山西转型综改示范区晋中区', rejected: false })]);
    expect(data?.mergeEntities.entities[0]?.aliases).toContain('示范区晋中区');
    const old = await ask<{ entity: { id: string } | null }>('query ($id: ID!) { entity(id: $id) { id } }', { id: merged });
    expect(old.data?.entity?.id).toBe(keep);
  });

  it('rejects, and the entity answers by id as rejected but no search finds it', async () => {
    const junk = await idOf('9月底视项目', 'PROJECT');
    const { data } = await ask<{ rejectEntity: { entities: Array<{ id: string; rejected: boolean }> } }>('mutation ($id: ID!) { rejectEntity(id: $id, reason: "a clause") { entities { id rejected } } }', { id: junk });
    expect(data?.rejectEntity.entities).toEqual([{ id: junk, rejected: true }]);
    const found = await ask<{ search: Array<{ id: string }> }>('{ search(query: "9月底视") { id } }');
    expect(found.data?.search.map((entity) => entity.id)).not.toContain(junk);
  });

  it('adds an alias and removes it again', async () => {
    const firm = await idOf('晋中银行', 'ENTERPRISE');
    const ALIASES = 'query ($id: ID!) { entity(id: $id) { aliases } }';
    await ask('mutation ($id: ID!) { addAlias(id: $id, alias: "晋中市商业银行股份有限公司", reason: "its former name") { curation { id } } }', { id: firm });
    expect((await ask<{ entity: { aliases: string[] } }>(ALIASES, { id: firm })).data?.entity.aliases).toContain('晋中市商业银行股份有限公司');
    const removed = await ask<{ removeAlias: { entities: Array<{ aliases: string[] }> } }>('mutation ($id: ID!) { removeAlias(id: $id, alias: "晋中市商业银行股份有限公司", reason: "a guess") { entities { aliases } } }', { id: firm });
    expect(removed.data?.removeAlias.entities[0]?.aliases).not.toContain('晋中市商业银行股份有限公司');
    expect((await ask<{ entity: { aliases: string[] } }>(ALIASES, { id: firm })).data?.entity.aliases).not.toContain('晋中市商业银行股份有限公司');
  });

  it('says what is wrong with a change, with a code', async () => {
    const park = await idOf('山西转型综改示范区晋中区', 'PARK');
    const firm = await idOf('晋中银行', 'ENTERPRISE');
    const across = await ask(MERGE, { keep: park, merge: [firm], reason: 'x' });
    expect(across).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('retype one of them before merging') as string });
    const unknown = await ask('mutation { renameEntity(id: "park:无此园区", name: "x", reason: "x") { curation { id } } }');
    expect(unknown).toMatchObject({ code: 'NOT_FOUND', message: 'id: no entity park:无此园区' });
    const noReason = await ask('mutation ($id: ID!) { renameEntity(id: $id, name: "晋中银行股份有限公司", reason: " ") { curation { id } } }', { id: firm });
    expect(noReason.code).toBe('BAD_USER_INPUT');
    const twice = await ask('mutation { revertCuration(id: "cur:00000000-0000-4000-8000-000000000000", reason: "x") { curation { id } } }');
    expect(twice).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('lists the audit log newest first, by author and by entity, a page at a time', async () => {
    const all = await ask<{ curations: { edges: Array<{ node: { kind: string; author: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string } } }>(
      '{ curations(first: 1) { edges { node { kind author } } pageInfo { hasNextPage endCursor } } }',
    );
    expect(all.data?.curations.edges.map((edge) => edge.node)).toEqual([{ kind: 'REMOVE_ALIAS', author: '王芳' }]);
    expect(all.data?.curations.pageInfo.hasNextPage).toBe(true);
    const next = await ask<{ curations: { edges: Array<{ node: { kind: string } }> } }>('query ($after: String) { curations(first: 5, after: $after) { edges { node { kind } } } }', {
      after: all.data?.curations.pageInfo.endCursor,
    });
    expect(next.data?.curations.edges.map((edge) => edge.node.kind)).toEqual(['ADD_ALIAS', 'REJECT', 'MERGE']);
    const bad = await ask('{ curations(since: "yesterday") { edges { node { id } } } }');
    expect(bad).toMatchObject({ code: 'BAD_USER_INPUT', message: 'since: not an ISO 8601 time: yesterday' });
  });
});
