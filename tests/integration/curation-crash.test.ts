import { execFile, spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { entitiesNamed } from '../../src/api/entities.ts';
import { readCurationRecords } from '../../src/load/curations.ts';
import type { CurationRecord } from '../../src/model/curation.ts';
import { CORPUS_DIR, contentChecksum, ingestInto } from './corpus.ts';
import { clearDatabase, CLI, cliEnv, testCypher, testDatabase } from './helpers.ts';

const run = promisify(execFile);
/** 山西农谷 is the 晋中国家农高区's other name; three of the default plans use it. */
async function mergeRecord(db: Database): Promise<CurationRecord> {
  const idOf = async (name: string) => (await entitiesNamed(db, name)).find((entity) => entity.name === name)?.id ?? `park:${name}`;
  return {
    id: 'cur:6b1c3f0e-5d2a-4c9e-9f1a-2b7d8e4c6a10',
    seq: 0,
    author: 'alice',
    at: '2026-11-29T12:00:00.000Z',
    reason: 'the same agricultural high-tech zone',
    change: { kind: 'MERGE', keepId: await idOf('晋中国家农高区'), mergeIds: [await idOf('山西农谷')], keepName: '晋中国家农高区', keepType: 'PARK' },
  };
}

describe('a curation killed half-way', () => {
  let db: Database;
  let work: string;

  beforeAll(async () => {
    await clearDatabase();
    db = testDatabase();
    await db.applySchema();
    await ingestInto(db, [CORPUS_DIR]);
    work = await mkdtemp(path.join(os.tmpdir(), 'plangraph-curation-'));
  }, 600_000);
  afterAll(async () => {
    await db.close();
    await rm(work, { recursive: true, force: true });
  });

  it('leaves the graph as it was, and the import run again applies it whole', async () => {
    const before = await contentChecksum();
    const MERGE = await mergeRecord(db);
    if (MERGE.change.kind !== 'MERGE') throw new Error('a merge');
    const [kept, merged] = [MERGE.change.keepId, MERGE.change.mergeIds[0] ?? ''];
    expect((await db.read('curation/plans-touching', { ids: [merged] })).length).toBe(3);
    const file = path.join(work, 'curations.jsonl');
    await writeFile(file, `${JSON.stringify(MERGE)}\n`);

    // kill -9 as soon as the first plan is written again, inside the transaction.
    const child = spawn(process.execPath, [...CLI, 'curation', 'import', file], { env: cliEnv({ PLANGRAPH_BATCH_SIZE: '50' }) });
    const written = await new Promise<number>((resolve, reject) => {
      let seen = '';
      const watch = (chunk: Buffer): void => {
        seen += chunk.toString();
        if (seen.includes('plan written again with the curations')) {
          child.kill('SIGKILL');
          resolve(seen.split('plan written again').length - 1);
        }
      };
      child.stdout.on('data', watch);
      child.stderr.on('data', watch);
      child.on('exit', (code) => reject(new Error(`the import finished (${String(code)}) before it could be killed:\n${seen}`)));
    });
    expect(written).toBe(1);
    // Only the dead importer's ingest lock is left (it would expire by itself after 20 s).
    const probe = testDatabase(testCypher);
    const [lock] = await probe.write('ingest-lock-clear').finally(() => probe.close());
    expect(String(lock?.owner)).toMatch(/:\d+:/);
    expect(await contentChecksum()).toEqual(before);
    expect(await readCurationRecords(db)).toEqual([]);

    const again = await run(process.execPath, [...CLI, 'curation', 'import', file], { env: cliEnv({ PLANGRAPH_BATCH_SIZE: '50' }) });
    expect(again.stdout).toContain('1 curation records added and applied, 0 already present');
    expect(await readCurationRecords(db)).toEqual([MERGE]);
    const [keptRow] = await db.read('api/entities-by-id', { ids: [kept] });
    expect(keptRow?.entity.aliases).toContain('山西农谷');
    expect(await db.read('api/entities-by-id', { ids: [merged] })).toEqual([]);
  }, 300_000);
});
