import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { loadCorpus } from './corpus.ts';
import { startGraphql, type GraphqlServer } from './graphql-server.ts';
import { clearDatabase, testDatabase } from './helpers.ts';

interface Point {
  plan: { id: string };
  date: string | null;
  status: string | null;
  statusCue: string | null;
  figures: Array<{ measure: string; value: number; unit: string; text: string; baseValue: number | null; baseUnit: string | null }>;
  passage: { text: string; snippet: string; status: { stage: string; cue: string } | null; section: { id: string } };
  mentionCount: number;
  cursor: string;
}

interface Listed {
  totalCount: number;
  items: Array<{ entity: { id: string; type: string }; statusInA: string | null; statusInB: string | null }>;
  cursor: string | null;
}

const POINT = 'plan { id } date status statusCue figures { measure value unit text baseValue baseUnit } passage { text snippet status { stage cue } section { id } } mentionCount cursor';
const LIST = 'totalCount items { entity { id type } statusInA statusInB } cursor';

/** What each plan says of a project, and two plans side by side, over GraphQL on the loaded corpus. */
describe('timeline and plan comparison', () => {
  let db: Database;
  let server: GraphqlServer;
  let gql: GraphqlServer['gql'];

  beforeAll(async () => {
    await clearDatabase();
    db = testDatabase();
    await loadCorpus(db);
    server = await startGraphql(db);
    gql = server.gql;
  });
  afterAll(async () => {
    await server.close();
    await db.close();
  });

  it('gives 中部引黄 one point per plan in date order, each with its stage and the passage that named it', async () => {
    const { data, errors } = await gql<{ timeline: Point[] }>(`query ($id: ID!) { timeline(id: $id) { ${POINT} } }`, { id: 'project:中部引黄' });
    expect(errors).toBeUndefined();
    const points = data?.timeline ?? [];
    expect(points.map((point) => point.plan.id)).toEqual(['xiaoyi-13th-fyp', 'jinzhong-work-report-2017', 'shanxi-14th-fyp']);
    const dates = points.map((point) => point.date ?? '');
    expect([...dates].sort()).toEqual(dates);
    // 加快推进中部引黄工程建设 (孝义, 2016); 继续配合东山供水、中部引黄两大水网建设 (晋中, 2017);
    // 中部引黄…全面进入扫尾阶段 (山西, 2021): under way in all three, each in its own words.
    expect(points.map((point) => [point.status, point.statusCue])).toEqual([
      ['underway', '加快推进'],
      ['underway', '继续配合'],
      ['underway', '扫尾阶段'],
    ]);
    for (const point of points) {
      expect(point.passage.text).toContain('中部引黄');
      expect(point.passage.snippet).toContain(point.passage.text);
      expect(point.passage.status?.stage).toBe(point.status);
      expect(point.passage.snippet).toContain(point.statusCue);
    }
  });

  it('pages a timeline with its cursor: the pages put together are the whole', async () => {
    const whole = (await gql<{ timeline: Point[] }>(`query ($id: ID!) { timeline(id: $id) { plan { id } cursor } }`, { id: 'region:140700' })).data?.timeline ?? [];
    expect(whole.length).toBeGreaterThanOrEqual(4);
    const first = (await gql<{ timeline: Point[] }>(`query ($id: ID!) { timeline(id: $id, first: 2) { plan { id } cursor } }`, { id: 'region:140700' })).data?.timeline ?? [];
    const rest = (await gql<{ timeline: Point[] }>(`query ($id: ID!, $after: String) { timeline(id: $id, after: $after) { plan { id } cursor } }`, { id: 'region:140700', after: first.at(-1)?.cursor })).data?.timeline ?? [];
    expect([...first, ...rest].map((point) => point.plan.id)).toEqual(whole.map((point) => point.plan.id));
    const tooMany = await gql(`{ timeline(id: "region:140700", first: 1000) { date } }`);
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('gives each figure with its unit and base value, as the passage writes it', async () => {
    const { data } = await gql<{ plan: { sections: Array<{ mentions: Array<{ text: string; figures: Point['figures'] }> }> } }>(
      `{ plan(id: "xiaoyi-13th-fyp") { sections { mentions { text figures { measure value unit text baseValue baseUnit } } } } }`,
    );
    const figures = (data?.plan.sections ?? []).flatMap((section) => section.mentions.flatMap((mention) => mention.figures));
    expect(figures.length).toBeGreaterThan(10);
    for (const figure of figures) {
      expect(figure.text.replace(/\s+/g, '')).toContain(figure.unit.replace(/\s+/g, ''));
      if (figure.unit === '万千瓦') expect(figure.baseValue).toBeCloseTo(figure.value * 10_000);
      if (figure.unit === '万吨') expect(figure.baseValue).toBeCloseTo(figure.value * 10_000);
      if (figure.unit === '亿元') expect(figure.baseValue).toBeCloseTo(figure.value * 1e8);
    }
    // 2×35万千瓦 is one figure of 70万千瓦, as written.
    expect(figures).toContainEqual(expect.objectContaining({ text: expect.stringContaining('2×35万千瓦'), value: 70, unit: '万千瓦' }));
  });

  it('compares two plans: only in A, only in B, in both with the stage in each; types filter and lists page', async () => {
    const query = `query ($a: ID!, $b: ID!, $types: [EntityType!], $first: Int, $after: String) {
      comparePlans(a: $a, b: $b, types: $types, first: $first, after: $after) { a { id } b { id } onlyInA { ${LIST} } onlyInB { ${LIST} } inBoth { ${LIST} } } }`;
    const vars = { a: 'jinzhong-13th-fyp', b: 'jinzhong-work-report-2017', types: ['PROJECT'] };
    type Compared = { comparePlans: { onlyInA: Listed; onlyInB: Listed; inBoth: Listed } };
    const whole = (await gql<Compared>(query, { ...vars, first: 100 })).data?.comparePlans;
    const lists = [whole?.onlyInA, whole?.onlyInB, whole?.inBoth];
    for (const list of lists) for (const item of list?.items ?? []) expect(item.entity.type).toBe('PROJECT');
    expect(whole?.inBoth.items.map((item) => item.entity.id)).toContain('project:国道108');
    for (const item of whole?.onlyInA.items ?? []) expect(item.statusInB).toBeNull();
    for (const item of whole?.onlyInB.items ?? []) expect(item.statusInA).toBeNull();
    const ids = new Set(lists.flatMap((list) => list?.items.map((item) => item.entity.id) ?? []));
    expect(ids.size).toBe(lists.reduce((sum, list) => sum + (list?.items.length ?? 0), 0));

    const firstPage = (await gql<Compared>(query, { ...vars, first: 2 })).data?.comparePlans;
    expect(firstPage?.onlyInA.totalCount).toBe(whole?.onlyInA.totalCount);
    expect(firstPage?.onlyInA.items).toHaveLength(2);
    const second = (await gql<Compared>(query, { ...vars, first: 2, after: firstPage?.onlyInA.cursor })).data?.comparePlans;
    expect(second?.onlyInA.items.map((item) => item.entity.id)).toEqual(whole?.onlyInA.items.slice(2, 4).map((item) => item.entity.id));

    const missing = await gql(query, { ...vars, b: 'no-such-plan' });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
