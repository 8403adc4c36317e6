import { execFile, spawn } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { CORPUS_DIR, contentChecksum, ingestInto, loadCorpus } from './corpus.ts';
import { clearDatabase, CLI, cliEnv, testCypher, testDatabase } from './helpers.ts';

const run = promisify(execFile);
const REPORT = 'jinzhong-government-work-report-2017.txt';

describe('loading the corpus', () => {
  let db: Database;
  let work: string;

  beforeAll(async () => {
    await clearDatabase();
    db = testDatabase();
    await db.applySchema();
    work = await mkdtemp(path.join(os.tmpdir(), 'plangraph-load-'));
  });
  afterAll(async () => {
    await db.close();
    await rm(work, { recursive: true, force: true });
  });

  it('loads every plan, and a second run changes nothing (same counts, same content)', async () => {
    const first = await loadCorpus(db);
    expect(first.files.map((file) => file.status)).toEqual(Array(5).fill('loaded'));
    const once = await contentChecksum();
    expect(once.nodes).toBeGreaterThan(2000);

    // Each plan added to its entities' tallies; summing every entity over all its plans agrees.
    const probe = testDatabase(testCypher);
    try {
      const ids = (await probe.read('entity-ids')).map((row) => String(row.id));
      await db.write('load/refresh-entities', { ids });
    } finally {
      await probe.close();
    }
    expect(await contentChecksum()).toEqual(once);

    const second = await loadCorpus(db);
    expect(second.files.map((file) => file.status)).toEqual(Array(5).fill('unchanged'));
    expect(await contentChecksum()).toEqual(once);

    const forced = await ingestInto(db, [CORPUS_DIR], { force: true });
    expect(forced.files.map((file) => file.status)).toEqual(Array(5).fill('replaced'));
    expect(await contentChecksum()).toEqual(once);
  });

  it('replaces exactly a changed plan: the graph equals a clean ingest of the edited version', async () => {
    // Delete a paragraph, add one, rename a project.
    const lines = (await readFile(path.join(CORPUS_DIR, REPORT), 'utf8')).split('\n');
    // The report is in the file eight times: edit every copy, as a new edition would.
    const dropped = lines.filter((line) => line.includes('棚户区住房改造'));
    expect(dropped.length).toBe(8);
    const edited = lines
      .filter((line) => !line.includes('棚户区住房改造'))
      .join('\n')
      .replaceAll('吉利新能源汽车', '吉利新能源客车')
      .replaceAll('各位代表：', '各位代表：\n加快建设晋中智慧物流产业园，推进榆次区现代物流项目。');
    const editedCorpus = path.join(work, 'edited');
    for (const file of await corpusFiles()) {
      if (file === REPORT) await writeFileIn(editedCorpus, file, edited);
      else await copyIn(path.join(CORPUS_DIR, file), editedCorpus, file);
    }
    await copyIn(path.join(CORPUS_DIR, 'manifest.json'), editedCorpus, 'manifest.json');

    const replacing = await ingestInto(db, [editedCorpus]);
    expect(replacing.files.find((file) => file.file.endsWith(REPORT))?.status).toBe('replaced');
    expect(replacing.files.filter((file) => file.status === 'unchanged')).toHaveLength(4);
    const replaced = await contentChecksum();

    await clearDatabase();
    await db.applySchema();
    await ingestInto(db, [editedCorpus]);
    expect(await contentChecksum()).toEqual(replaced);
  });

  it('reads a folder of folders without a manifest, and a second run finds every file unchanged by its bytes before building it', async () => {
    await clearDatabase();
    const tree = path.join(work, 'tree');
    await copyIn(path.join(CORPUS_DIR, 'jincheng-chengqu-13th-five-year-plan-2016-2020-draft.txt'), path.join(tree, '晋城市', '城区'), '2016.txt');
    await copyIn(path.join(CORPUS_DIR, 'xiaoyi-13th-five-year-plan-2016-2020.txt'), path.join(tree, '吕梁市', '孝义市'), '2016.txt');
    const first = await ingestInto(db, [tree]);
    expect(first.files.map((file) => [path.relative(tree, file.file), file.status])).toEqual([
      ['吕梁市/孝义市/2016.txt', 'loaded'],
      ['晋城市/城区/2016.txt', 'loaded'],
    ]);
    const loaded = await contentChecksum();

    const second = await ingestInto(db, [tree]);
    expect(second.files.map((file) => file.status)).toEqual(['unchanged', 'unchanged']);
    // Skipped before extraction: a built file reports what it would load.
    expect(second.files.map((file) => file.counts)).toEqual([undefined, undefined]);
    expect(await contentChecksum()).toEqual(loaded);

    // The same bytes under another name are built once (the name is part of what is loaded) and
    // found to be the plan already there; an edited copy under a third name replaces it. A
    // re-ingest then builds neither again, and the graph stays as it was.
    const xiaoyi = path.join(tree, '吕梁市', '孝义市');
    await copyIn(path.join(xiaoyi, '2016.txt'), xiaoyi, '2016-copy.txt');
    await writeFileIn(xiaoyi, '2016-edited.txt', (await readFile(path.join(xiaoyi, '2016.txt'), 'utf8')).replace('孝义市', '孝义市 '));
    const third = await ingestInto(db, [tree]);
    expect(third.files.map((file) => [path.basename(file.file), file.status, file.counts === undefined])).toEqual([
      ['2016-copy.txt', 'unchanged', false],
      ['2016-edited.txt', 'replaced', false],
      ['2016.txt', 'unchanged', true],
      ['2016.txt', 'unchanged', true],
    ]);
    const replaced = await contentChecksum();
    const fourth = await ingestInto(db, [tree]);
    expect(fourth.files.map((file) => [file.status, file.counts === undefined])).toEqual(Array(4).fill(['unchanged', true]));
    expect(await contentChecksum()).toEqual(replaced);
  });

  it('a bad file among good ones: the good load, the bad one is reported, exit status 2', async () => {
    await clearDatabase();
    const mixed = path.join(work, 'mixed');
    await copyIn(path.join(CORPUS_DIR, REPORT), mixed, REPORT);
    await writeFileIn(mixed, 'scan.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    const result = await run(process.execPath, [...CLI, 'ingest', mixed], { env: cliEnv() }).catch((error: { code: number; stdout: string }) => error);
    expect((result as { code?: number }).code).toBe(2);
    expect(result.stdout).toMatch(/failed\s+.*scan\.txt/);
    expect(result.stdout).toMatch(/loaded\s+.*jinzhong-government-work-report-2017\.txt/);
    expect(result.stdout).toContain('1 of 2 files ingested, 1 failed');
  });

  it('a loader killed between batches leaves no half plan; the next run repairs to a clean ingest', async () => {
    await clearDatabase();
    const dir = path.join(work, 'kill');
    await copyIn(path.join(CORPUS_DIR, REPORT), dir, REPORT);
    await copyIn(path.join(CORPUS_DIR, 'manifest.json'), dir, 'manifest.json');

    // Small batches, and a kill -9 as soon as the first stage of the plan is written.
    const child = spawn(process.execPath, [...CLI, 'ingest', dir], { env: cliEnv({ PLANGRAPH_BATCH_SIZE: '20' }) });
    await new Promise<void>((resolve, reject) => {
      let seen = '';
      child.stderr.on('data', (chunk: Buffer) => {
        seen += chunk.toString();
        if (seen.includes('"stage":"sections"')) {
          child.kill('SIGKILL');
          resolve();
        }
      });
      child.on('exit', () => reject(new Error(`the loader finished before it could be killed:\n${seen}`)));
    });
    const [half] = await db.read('api/status-plans');
    expect(half?.status).toBe('loading');
    expect(await db.read('api/plans')).toEqual([]); // readers do not see the half-loaded plan

    const repaired = await run(process.execPath, [...CLI, 'ingest', dir], { env: cliEnv() });
    expect(repaired.stdout).toContain('recovered unfinished loads of: jinzhong-work-report-2017');
    const afterRepair = await contentChecksum();

    await clearDatabase();
    await run(process.execPath, [...CLI, 'ingest', dir], { env: cliEnv() });
    expect(await contentChecksum()).toEqual(afterRepair);
  });
});

async function corpusFiles(): Promise<string[]> {
  const { readdir } = await import('node:fs/promises');
  return (await readdir(CORPUS_DIR)).filter((file) => file.endsWith('.txt')).sort();
}

async function writeFileIn(dir: string, name: string, content: string | Buffer): Promise<void> {
  const { mkdir } = await import('node:fs/promises');
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, name), content);
}

async function copyIn(from: string, dir: string, name: string): Promise<void> {
  const { mkdir } = await import('node:fs/promises');
  await mkdir(dir, { recursive: true });
  await copyFile(from, path.join(dir, name));
}
