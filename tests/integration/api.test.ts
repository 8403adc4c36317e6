import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { contentChecksum, loadCorpus } from './corpus.ts';
import { startGraphql, type GraphqlServer } from './graphql-server.ts';
import { clearDatabase, testDatabase } from './helpers.ts';

describe('the GraphQL API on the loaded corpus', () => {
  let db: Database;
  let server: GraphqlServer;
  let gql: GraphqlServer['gql'];
  let queriesRun = 0;

  beforeAll(async () => {
    await clearDatabase();
    db = testDatabase();
    await loadCorpus(db);
    // Count what reaches Neo4j, to show that rejected requests send nothing.
    const read = db.read.bind(db);
    db.read = async (...args) => {
      queriesRun += 1;
      return read(...args);
    };
    server = await startGraphql(db);
    gql = server.gql;
  });
  afterAll(async () => {
    await server.close();
    await db.close();
  });

  it('lists the five plans by date, the 2017 report with its eight copies reported and its speaker', async () => {
    type Listed = { id: string; title: string; kind: string; issuedOn: string | null; repetitionCopies: number; region: { name: string } | null; speaker: string | null; speakerOffice: string | null };
    const { data } = await gql<{ plans: Listed[] }>('{ plans { id title kind issuedOn repetitionCopies region { name } speaker speakerOffice } }');
    expect(data?.plans).toHaveLength(5);
    const report = data?.plans.find((plan) => plan.title.includes('政府工作报告'));
    expect(report?.repetitionCopies).toBe(8);
    expect(report?.region?.name).toBe('晋中市');
    expect(report).toMatchObject({ kind: 'work-report', speaker: '王成', speakerOffice: '市长' });
    for (const plan of data?.plans.filter((p) => p !== report) ?? []) expect(plan).toMatchObject({ kind: 'five-year-plan', speaker: null, speakerOffice: null });
  });

  it('traces 108廊带 to the 晋中 plan, each mention pointing at the exact source passage', async () => {
    const { data, errors } = await gql<{ trace: Array<{ plan: { id: string; sourceFile: string }; mentions: Array<{ text: string; snippet: string; snippetStart: number; sourceStart: number; sourceEnd: number; section: { path: string[] } }> }> }>(
      'query($id: ID!) { trace(id: $id) { plan { id sourceFile } mentions { text snippet snippetStart sourceStart sourceEnd section { path } } } }',
      { id: 'zone:108廊带' },
    );
    expect(errors).toBeUndefined();
    const jinzhong = data?.trace.find((t) => t.plan.sourceFile === 'jinzhong-13th-five-year-plan-2016-2020.txt');
    expect(jinzhong?.mentions.length).toBeGreaterThan(3);
    for (const mention of jinzhong?.mentions ?? []) {
      expect(mention.snippet.slice(mention.snippetStart, mention.snippetStart + mention.text.length)).toBe(mention.text);
      expect(mention.sourceEnd).toBeGreaterThan(mention.sourceStart);
    }
  });

  it('counts an entity\'s plans and lists the first of them, at most 100 at once', async () => {
    type E = { entity: { planCount: number; plans: Array<{ id: string }> } };
    const query = 'query($id: ID!, $first: Int) { entity(id: $id) { planCount plans(first: $first) { id } } }';
    // 晋中市: four of the five plans name it.
    const all = (await gql<E>(query, { id: 'region:140700' })).data!.entity;
    expect(all.planCount).toBe(4);
    expect(all.plans).toHaveLength(4);
    const two = (await gql<E>(query, { id: 'region:140700', first: 2 })).data!.entity;
    expect(two).toEqual({ planCount: 4, plans: all.plans.slice(0, 2) });
    const tooMany = await gql<E>(query, { id: 'region:140700', first: 101 });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('pages a trace: plans after a cursor, the first mentions of each, one plan whole, with counts', async () => {
    type T = { trace: Array<{ plan: { id: string }; mentionCount: number; cursor: string; mentions: Array<{ start: number; section: { id: string } }> }> };
    const query =
      'query($id: ID!, $first: Int, $after: String, $per: Int, $plan: ID) { trace(id: $id, first: $first, after: $after, mentionsPerPlan: $per, plan: $plan) { plan { id } mentionCount cursor mentions { start section { id } } } }';
    const id = 'region:140700'; // 晋中市: mentioned by every plan of the corpus
    const whole = (await gql<T>(query, { id })).data!.trace;
    expect(whole.length).toBeGreaterThan(2);
    for (const plan of whole) expect(plan.mentions).toHaveLength(plan.mentionCount);

    const pages: T['trace'] = [];
    let after: string | undefined;
    for (;;) {
      const page = (await gql<T>(query, { id, first: 2, after, per: 3 })).data!.trace;
      pages.push(...page);
      if (page.length < 2) break;
      after = page.at(-1)!.cursor;
    }
    expect(pages.map((t) => t.plan.id)).toEqual(whole.map((t) => t.plan.id));
    for (const [index, plan] of pages.entries()) {
      expect(plan.mentionCount).toBe(whole[index]!.mentionCount);
      expect(plan.mentions).toEqual(whole[index]!.mentions.slice(0, 3));
    }

    const busiest = whole.reduce((a, b) => (b.mentionCount > a.mentionCount ? b : a));
    const one = (await gql<T>(query, { id, plan: busiest.plan.id })).data!.trace;
    expect(one.map((t) => t.plan.id)).toEqual([busiest.plan.id]);
    expect(one[0]!.mentions).toEqual(busiest.mentions);

    for (const bad of [{ first: 101 }, { per: 1001 }, { first: -1 }, { after: 'not-a-cursor' }]) {
      const { errors } = await gql(query, { id, ...bad });
      expect(errors?.[0]?.extensions?.code, JSON.stringify(bad)).toBe('BAD_USER_INPUT');
    }
  });

  it('finds entities by Chinese name, alias, pinyin and initials', async () => {
    const search = async (query: string) =>
      (await gql<{ search: Array<{ id: string; name: string }> }>('query($q: String!) { search(query: $q, first: 5) { id name } }', { q: query })).data?.search ?? [];
    expect((await search('晋中市'))[0]?.id).toBe('region:140700');
    expect((await search('晋中'))[0]?.id).toBe('region:140700');
    expect((await search('jinzhong')).map((e) => e.id)).toContain('region:140700');
    expect((await search('108廊带'))[0]?.id).toBe('zone:108廊带');
    expect((await search('太谷县'))[0]?.id).toBe('region:140703');
    const one = await search('谷');
    expect(one.length).toBeGreaterThan(0);
  });

  it('returns a neighbourhood shaped for Cytoscape, capped by limit with truncated set', async () => {
    const query = 'query($ids: [ID!]!, $limit: Int) { neighborhood(ids: $ids, limit: $limit) { truncated nodes { data { id label type hiddenNeighbors } } edges { data { id source target type weight } } } }';
    type G = { neighborhood: { truncated: boolean; nodes: Array<{ data: { id: string; type: string; hiddenNeighbors: number } }>; edges: Array<{ data: { source: string; target: string; type: string } }> } };
    const full = (await gql<G>(query, { ids: ['zone:108廊带'], limit: 200 })).data!.neighborhood;
    expect(full.nodes.map((n) => n.data.id)).toEqual(expect.arrayContaining(['zone:108廊带', 'region:140702', 'region:140781']));
    expect(full.edges.some((e) => e.data.type === 'COVERS' && e.data.source === 'zone:108廊带')).toBe(true);
    expect(full.nodes.some((n) => n.data.type === 'PLAN')).toBe(true);
    const ids = new Set(full.nodes.map((n) => n.data.id));
    for (const edge of full.edges) expect(ids.has(edge.data.source) && ids.has(edge.data.target)).toBe(true);

    const capped = (await gql<G>(query, { ids: ['zone:108廊带'], limit: 3 })).data!.neighborhood;
    expect(capped.nodes).toHaveLength(3);
    expect(capped.truncated).toBe(true);
    expect(capped.nodes[0]?.data.hiddenNeighbors).toBe(full.nodes.length - 3);
  });

  it('finds a shortest path from a county, and from a 孝义 project, to the province', async () => {
    type P = { path: { nodes: Array<{ data: { id: string } }>; edges: Array<{ data: { type: string; source: string; target: string } }> } | null };
    const query = 'query($from: ID!, $to: ID!) { path(from: $from, to: $to) { nodes { data { id } } edges { data { type source target } } } }';
    const county = (await gql<P>(query, { from: 'region:140781', to: 'region:140000' })).data?.path;
    expect(county?.nodes.map((n) => n.data.id)[0]).toBe('region:140781');
    expect(county?.nodes.map((n) => n.data.id).at(-1)).toBe('region:140000');
    expect(county?.edges).toHaveLength(2); // 介休市 → 晋中市 → 山西省, or as short a way through the plans

    const project = 'project:山西信发化工有限公司年产110万吨轻质合金及配套项目';
    const fromProject = (await gql<P>(query, { from: project, to: 'region:140000' })).data?.path;
    expect(fromProject?.nodes[0]?.data.id).toBe(project);
    expect(fromProject?.nodes.at(-1)?.data.id).toBe('region:140000');
    expect(fromProject?.edges[0]?.data.type).toBe('LOCATED_IN');
    const ids = new Set(fromProject?.nodes.map((n) => n.data.id));
    for (const edge of fromProject?.edges ?? []) expect(ids.has(edge.data.source) && ids.has(edge.data.target)).toBe(true);
  });

  it('lists entities of a type in a region, including the regions below it, with cursors', async () => {
    type C = { entities: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: Array<{ node: { id: string; type: string } }> } };
    const query = 'query($after: String) { entities(types: [REGION], regionId: "region:140700", first: 5, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id type } } } }';
    const first = (await gql<C>(query)).data!.entities;
    expect(first.totalCount).toBeGreaterThan(11); // 晋中市, its 11 county-level units, and townships
    expect(first.edges).toHaveLength(5);
    const second = (await gql<C>(query, { after: first.pageInfo.endCursor })).data!.entities;
    expect(second.edges.map((e) => e.node.id)).not.toContain(first.edges[0]?.node.id);
  });

  it('answers null for an unknown id and BAD_USER_INPUT for bad arguments', async () => {
    expect((await gql('{ entity(id: "region:999999") { id } }')).data).toEqual({ entity: null });
    const tooMany = await gql('{ search(query: "晋中", first: 1000) { id } }');
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const empty = await gql('{ search(query: "   ") { id } }');
    expect(empty.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const cursor = await gql('{ entities(after: "bm90LWEtY3Vyc29y") { totalCount } }');
    expect(cursor.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('rejects abusive queries before any Cypher runs', async () => {
    const before = queriesRun;
    const deep = `{ entity(id: "x") { ${'... on Region { parent { '.repeat(25)} id ${'} }'.repeat(25)} } }`;
    const aliases = `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: plans { id }`).join(' ')} }`;
    const huge = `{ plans { id } } # ${'x'.repeat(1024 * 1024)}`;
    const costly = '{ search(query: "晋中", first: 100000000) { id } }';
    for (const query of [deep, aliases, costly]) {
      const answer = await gql(query);
      expect(answer.errors?.length).toBeGreaterThan(0);
      expect(answer.data).toBeUndefined();
    }
    const response = await fetch(server.endpoint, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: huge }) });
    expect(response.status).toBe(413);
    expect(queriesRun).toBe(before);
  });

  it('takes injection strings as plain values: the database is unchanged', async () => {
    const before = await contentChecksum();
    const injections = [
      "') DETACH DELETE n //",
      '"}) MATCH (n) DETACH DELETE n //',
      "x' OR 1=1 --",
      '*:* OR name:*',
      '${jndi:ldap://x}',
      '\\u0000',
      '晋中"}); CALL dbms.shutdown(); //',
    ];
    for (const value of injections) {
      const answers = await Promise.all([
        gql('query($v: String!) { search(query: $v) { id } }', { v: value }),
        gql('query($v: ID!) { entity(id: $v) { id } trace(id: $v) { plan { id } } plan(id: $v) { id } section(id: $v) { id } }', { v: value }),
        gql('query($v: ID!) { neighborhood(ids: [$v]) { truncated } path(from: $v, to: $v) { truncated } }', { v: value }),
        gql('query($v: ID!) { entities(regionId: $v, planId: $v) { totalCount } }', { v: value }),
      ]);
      for (const answer of answers) {
        for (const error of answer.errors ?? []) expect(['BAD_USER_INPUT', 'NOT_FOUND']).toContain(error.extensions?.code);
      }
    }
    expect(await contentChecksum()).toEqual(before);
  });
});
