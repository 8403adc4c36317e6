import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { curationLog } from '../../src/api/curations.ts';
import { entitiesNamed } from '../../src/api/entities.ts';
import { searchEntities } from '../../src/api/search.ts';
import { curate } from '../../src/curation/curate.ts';
import { exportCurations, importCurations, parseCurationLines } from '../../src/curation/transfer.ts';
import type { Database } from '../../src/db/database.ts';
import { CORPUS_DIR, contentChecksum, ingestInto } from './corpus.ts';
import { clearDatabase, testCypher, testDatabase } from './helpers.ts';

/**
 * Issue 17's acceptance: corrections made on the default corpus (a park written two ways merged,
 * a fragment taken for a project rejected, an enterprise renamed) survive a forced re-ingest and
 * a change of the rules, are listed with their authors, and an export imported into a freshly
 * built graph gives the same graph.
 */
const IGNORED = ['pipeline'];
const OPTIONS = { batchSize: 500 };

let db: Database;
const facts = async (id: string) => {
  const probe = testDatabase(testCypher);
  try {
    const [row] = await probe.read('entity-facts', { id });
    return row as { exists: boolean; name: string; type: string; mentionCount: number; aliases: string[]; rejected: boolean; labels: string[] };
  } finally {
    await probe.close();
  }
};
const idOf = async (name: string, type: string): Promise<string> => {
  const found = (await entitiesNamed(db, name)).find((entity) => entity.name === name && entity.type === type);
  if (!found) throw new Error(`the corpus has no ${type} named ${name}`);
  return found.id;
};

describe('curations', () => {
  let park: { keep: string; merged: string; keepMentions: number; mergedMentions: number };
  let junk: string;
  let firm: string;
  let curated: string;

  beforeAll(async () => {
    await clearDatabase();
    db = testDatabase();
    await db.applySchema();
    await ingestInto(db, [CORPUS_DIR]);
    const keep = await idOf('山西省科技创新城', 'PARK');
    const merged = await idOf('山西科技创新城', 'PARK');
    park = { keep, merged, keepMentions: (await facts(keep)).mentionCount, mergedMentions: (await facts(merged)).mentionCount };
    junk = await idOf('9月底视项目', 'PROJECT');
    firm = await idOf('晋中银行', 'ENTERPRISE');
  }, 600_000);

  afterAll(async () => {
    await db.close();
  });

  it('merges two parks, rejects a fragment and renames an enterprise, at once in the graph', async () => {
    const merge = await curate(db, { kind: 'MERGE', keepId: park.keep, mergeIds: [park.merged] }, { author: 'alice', reason: '省 dropped: one city' }, OPTIONS);
    expect(merge.entityIds).toEqual([park.keep]);
    await curate(db, { kind: 'REJECT', entityId: junk }, { author: 'bob', reason: 'a clause, not a project' }, OPTIONS);
    await curate(db, { kind: 'RENAME', entityId: firm, name: '晋中银行股份有限公司' }, { author: 'alice', reason: 'its registered name' }, OPTIONS);

    const kept = await facts(park.keep);
    expect(kept.mentionCount).toBe(park.keepMentions + park.mergedMentions);
    expect(kept.name).toBe('山西省科技创新城');
    expect(kept.aliases).toContain('山西科技创新城');
    expect((await facts(park.merged)).exists).toBe(false);
    expect((await searchEntities(db, '9月底视', null, 20)).map((e) => e.id)).not.toContain(junk);
    expect((await facts(junk)).rejected).toBe(true);
    expect((await facts(firm)).name).toBe('晋中银行股份有限公司');
  }, 120_000);

  it('keeps them through a forced re-ingest and a change of the rules', async () => {
    const before = await contentChecksum(undefined, IGNORED);
    await ingestInto(db, [CORPUS_DIR], { force: true });
    expect(await contentChecksum(undefined, IGNORED)).toEqual(before);

    const probe = testDatabase(testCypher);
    await probe.write('mark-plans-stale').finally(() => probe.close());
    const report = await ingestInto(db, [CORPUS_DIR]);
    expect(report.files.every((file) => file.status === 'replaced')).toBe(true);
    expect(await contentChecksum(undefined, IGNORED)).toEqual(before);
    expect((await facts(park.merged)).exists).toBe(false);
    expect((await facts(junk)).rejected).toBe(true);
    expect((await facts(firm)).name).toBe('晋中银行股份有限公司');
    curated = before.checksum;
  }, 600_000);

  it('lists them in the audit log with their authors, newest first', async () => {
    const log = await curationLog(db, { entityId: null, author: null, since: null }, 10);
    expect(log.edges.map((edge) => [edge.node.kind, edge.node.author])).toEqual([
      ['RENAME', 'alice'],
      ['REJECT', 'bob'],
      ['MERGE', 'alice'],
    ]);
    expect(log.edges[2]?.node.summary).toBe(`merged ${park.merged} into 山西省科技创新城 (${park.keep})`);
    const ofPark = await curationLog(db, { entityId: park.keep, author: null, since: null }, 10);
    expect(ofPark.edges.map((edge) => edge.node.kind)).toEqual(['MERGE']);
    expect((await curationLog(db, { entityId: null, author: 'bob', since: null }, 10)).edges).toHaveLength(1);
  });

  it('exported, and imported into a graph built afresh, gives the same graph', async () => {
    const lines = await exportCurations(db);
    await clearDatabase();
    await db.applySchema();
    await ingestInto(db, [CORPUS_DIR]);
    expect((await facts(park.merged)).exists).toBe(true);
    const report = await importCurations(db, parseCurationLines(lines, 'curations.jsonl'), OPTIONS.batchSize);
    expect(report).toEqual({ added: 3, present: 0 });
    expect((await contentChecksum(undefined, IGNORED)).checksum).toBe(curated);
    expect(await importCurations(db, parseCurationLines(lines, 'curations.jsonl'), OPTIONS.batchSize)).toEqual({ added: 0, present: 3 });
  }, 600_000);

  it('undoes a merge with a revert, which the log shows', async () => {
    const [merge] = (await curationLog(db, { entityId: park.keep, author: null, since: null }, 10)).edges;
    if (!merge) throw new Error('no merge in the log');
    await curate(db, { kind: 'REVERT', curationId: merge.node.id }, { author: 'carol', reason: 'they are two places after all' }, OPTIONS);
    expect((await facts(park.keep)).mentionCount).toBe(park.keepMentions);
    expect((await facts(park.merged)).mentionCount).toBe(park.mergedMentions);
    const [revert, undone] = (await curationLog(db, { entityId: park.keep, author: null, since: null }, 10)).edges;
    expect(revert?.node).toMatchObject({ kind: 'REVERT', author: 'carol', reverts: merge.node.id });
    expect(undone?.node.revertedBy).toBe(revert?.node.id);
    await expect(curate(db, { kind: 'REVERT', curationId: merge.node.id }, { author: 'carol', reason: 'again' }, OPTIONS)).rejects.toMatchObject({ code: 'CONFLICT' });
  }, 120_000);

  it('keeps a record whose entity the rules no longer produce, listed as orphaned', async () => {
    const gone = { id: 'cur:0c7a0d1e-3f4b-4a5c-8d9e-0f1a2b3c4d5e', seq: 0, author: 'dana', at: '2026-11-29T12:00:00.000Z', reason: 'from another server', change: { kind: 'RENAME' as const, entityId: 'park:旧规则才有的园区', name: '新名' } };
    expect(await importCurations(db, [gone], OPTIONS.batchSize)).toEqual({ added: 1, present: 0 });
    const [latest] = (await curationLog(db, { entityId: null, author: 'dana', since: null }, 1)).edges;
    expect(latest?.node).toMatchObject({ id: gone.id, kind: 'RENAME', orphaned: true });
    const [merge] = (await curationLog(db, { entityId: park.keep, author: 'alice', since: null }, 1)).edges;
    expect(merge?.node.orphaned).toBe(false);
  }, 120_000);

  it('refuses a merge across types, an unknown id and a missing reason, changing nothing', async () => {
    const before = await contentChecksum(undefined, IGNORED);
    await expect(curate(db, { kind: 'MERGE', keepId: park.keep, mergeIds: [firm] }, { author: 'alice', reason: 'x' }, OPTIONS)).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(curate(db, { kind: 'RENAME', entityId: 'park:无此园区', name: 'x' }, { author: 'alice', reason: 'x' }, OPTIONS)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(curate(db, { kind: 'REJECT', entityId: firm }, { author: 'alice', reason: '  ' }, OPTIONS)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await contentChecksum(undefined, IGNORED)).toEqual(before);
  }, 120_000);
});
