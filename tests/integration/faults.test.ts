import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import { Database } from '../../src/db/database.ts';
import { startEmbedded, type EmbeddedServer } from '../../src/db/embedded/instance.ts';
import { freePort } from '../../src/db/embedded/ports.ts';
import { isPlanGraphError } from '../../src/errors.ts';
import { CORPUS_DIR, contentChecksum, ingestInto } from './corpus.ts';
import { clearDatabase, testCypher, testDatabase } from './helpers.ts';
import { closePrinter, planHtml, printPdf } from '../support/print-pdf.ts';

const run = promisify(execFile);

describe('Neo4j killed (kill -9) in the middle of an ingest', () => {
  let dataDir: string;
  let port: number;
  let server: EmbeddedServer;
  const start = () => startEmbedded({ dataDir, cacheDir: inject('neo4j').cacheDir, heap: '512m', pageCache: '128m', boltPort: port });
  const connect = (s: EmbeddedServer) => new Database({ uri: s.uri, username: 'neo4j', password: s.password, queryTimeoutMs: 30_000, registry: undefined });

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'plangraph-crash-'));
    port = await freePort();
    server = await start();
  });
  afterAll(async () => {
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('fails with UNAVAILABLE; after a restart the next ingest gives the same graph as a clean one', async () => {
    let db = connect(server);
    await db.applySchema();
    let batches = 0;
    const failure = await ingestInto(db, [CORPUS_DIR], { batchSize: 100, afterBatch: () => {
      batches += 1;
      if (batches === 12) process.kill(server.pid, 'SIGKILL');
    } }).catch((error: unknown) => error);
    expect(isPlanGraphError(failure, 'UNAVAILABLE'), String(failure)).toBe(true);
    await db.close();

    server = await start();
    db = connect(server);
    const report = await ingestInto(db, [CORPUS_DIR], { batchSize: 100 });
    expect(report.recovered.length).toBe(1);
    expect(report.files.every((file) => file.status !== 'failed')).toBe(true);
    const checker = new Database({ uri: server.uri, username: 'neo4j', password: server.password, queryTimeoutMs: 30_000, registry: testCypher });
    const repaired = await contentChecksum(checker);

    await checker.write('delete-all');
    await db.applySchema();
    await ingestInto(db, [CORPUS_DIR]);
    expect(await contentChecksum(checker)).toEqual(repaired);
    await checker.close();
    await db.close();
    // Three ingests of the corpus in batches of 100 and a restart: about 90 s on a quiet 2-core
    // machine. The limit only guards against a hang, so it leaves room for a busy one.
  }, 300_000);
});

describe('two ingests of the same corpus at once', () => {
  it('are serialised by the ingest lock: no duplicates, the same graph as one ingest', async () => {
    await clearDatabase();
    const { uri, password } = inject('neo4j');
    const env = { ...process.env, NEO4J_URI: uri, NEO4J_USERNAME: 'neo4j', NEO4J_PASSWORD: password, LOG_LEVEL: 'warn' };
    const cli = [path.join(PROJECT_ROOT, 'src', 'main.ts'), 'ingest', CORPUS_DIR ];
    const [first, second] = await Promise.all([run(process.execPath, cli, { env }), run(process.execPath, cli, { env })]);
    const statuses = `${first.stdout}\n${second.stdout}`;
    expect(statuses.match(/^loaded /gm)).toHaveLength(5);
    expect(statuses.match(/^unchanged /gm)).toHaveLength(5);
    const together = await contentChecksum();

    await clearDatabase();
    const db = testDatabase();
    await ingestInto(db, [CORPUS_DIR]);
    await db.close();
    expect(await contentChecksum()).toEqual(together);
  });
});

describe('bad input', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'plangraph-bad-'));
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  /** Bytes no decoder accepts as text: NULs, control bytes, broken sequences, binary magic. */
  const binaryish = fc.oneof(
    fc.uint8Array({ minLength: 1, maxLength: 2000 }).map((bytes) => Uint8Array.from([0, ...bytes, 0])),
    fc.uint8Array({ minLength: 8, maxLength: 500 }).map((bytes) => Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...bytes])),
    fc.uint8Array({ minLength: 4, maxLength: 500 }).map((bytes) => Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, ...bytes])),
    fc.array(fc.constantFrom(0x01, 0x02, 0x03, 0x07, 0x08, 0x0e, 0x1b, 0x7f), { minLength: 20, maxLength: 400 }).map((bytes) => Uint8Array.from(bytes)),
    fc.constant(new Uint8Array()),
    fc.array(fc.constantFrom(0x20, 0x09, 0x0a, 0x0d), { minLength: 1, maxLength: 300 }).map((bytes) => Uint8Array.from(bytes)),
    fc.constant(Uint8Array.from([0xef, 0xbb, 0xbf])),
  );

  it('refuses 100 generated bad files and the hand list, naming each file, writing nothing', async () => {
    const files: string[] = [];
    const samples = fc.sample(binaryish, { numRuns: 100, seed: 20261123 });
    await mkdir(path.join(dir, 'fuzz'), { recursive: true });
    for (const [index, bytes] of samples.entries()) {
      const file = path.join(dir, 'fuzz', `sample-${String(index).padStart(3, '0')}.txt`);
      await writeFile(file, bytes);
      files.push(file);
    }
    const hand: Array<[string, Uint8Array | string]> = [
      ['utf16-bom-odd.txt', Uint8Array.from([0xff, 0xfe, 0x41])],
      ['invalid-utf8-in-middle.txt', Buffer.concat([Buffer.from('晋中市国民经济和社会发展'), Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0x00]), Buffer.from('第十三个五年规划')])],
      ['nul-bytes.txt', `晋中${'\u0000'.repeat(10)}规划`],
      ['bom-only.txt', Uint8Array.from([0xef, 0xbb, 0xbf, 0x20, 0x0a])],
    ];
    for (const [name, content] of hand) {
      const file = path.join(dir, name);
      await writeFile(file, content);
      files.push(file);
    }
    const huge = path.join(dir, 'huge.txt');
    await writeFile(huge, '');
    await (await import('node:fs/promises')).truncate(huge, 60 * 1024 * 1024);
    files.push(huge);

    await clearDatabase();
    const db = testDatabase();
    await db.applySchema();
    // A database holding one plan: the bad files must leave it exactly as it is.
    await ingestInto(db, [path.join(CORPUS_DIR, 'jinzhong-government-work-report-2017.txt')]);
    const before = await contentChecksum();
    const report = await ingestInto(db, files);
    await db.close();
    expect(report.files).toHaveLength(files.length);
    for (const result of report.files) {
      expect(result.status, result.file).toBe('failed');
      expect(result.error).toContain(result.file);
    }
    expect(await contentChecksum()).toEqual(before);
  });

  it('refuses broken and unreadable PDF, Word and web-page files, each with its reason, writing nothing', async () => {
    const formats = path.join(dir, 'formats');
    await mkdir(formats, { recursive: true });
    const report = readFileSync(path.join(CORPUS_DIR, 'jinzhong-government-work-report-2017.txt'), 'utf8').split('\n').slice(0, 60);
    const good = await printPdf(planHtml(report), { title: '2017年晋中市政府工作报告' });
    const imageOnly = await printPdf('<!doctype html><body><img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==" width="600" height="800"></body>');
    await closePrinter();
    const encrypted = path.join(formats, 'encrypted.pdf');
    await writeFile(path.join(dir, 'plain.pdf'), good);
    await run('qpdf', ['--encrypt', 'user', 'owner', '256', '--', path.join(dir, 'plain.pdf'), encrypted]);
    // Damaged PDFs that pdfjs can still read in part are fuzzed in tests/unit/documents/pdf.test.ts
    // (text or a refusal, never a crash); here only files that must be refused.
    const files: Array<[string, Uint8Array | string, RegExp]> = [
      ['cut-in-half.pdf', good.subarray(0, good.length >> 1), /not a readable PDF/],
      ['garbage.pdf', Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(4000, 0x5a)]), /not a readable PDF/],
      ['scan.pdf', imageOnly, /no text layer/],
      ['text-named.pdf', '晋中市政府工作报告', /not a readable PDF/],
      ['not-a-zip.docx', Buffer.alloc(2000, 0x41), /not a readable Word/],
      ['legacy.docx', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4000)]), /Word|OLE2|\.doc/],
      ['menu-only.html', '<html><head><title>首页</title></head><body><nav><a href="/">首页</a><a href="/a">政务公开</a></nav><footer>版权所有</footer></body></html>', /no article text|no text/],
    ];
    for (const [name, content] of files) await writeFile(path.join(formats, name), content);
    await writeFile(path.join(formats, 'old.doc'), 'x');

    await clearDatabase();
    const db = testDatabase();
    await db.applySchema();
    await ingestInto(db, [path.join(CORPUS_DIR, 'jinzhong-government-work-report-2017.txt')]);
    const before = await contentChecksum();
    const result = await ingestInto(db, [formats]);
    await db.close();
    expect(result.skipped).toEqual([{ file: path.join(formats, 'old.doc'), reason: expect.stringMatching(/legacy Word/) }]);
    const byName = new Map(result.files.map((file) => [path.basename(file.file), file]));
    for (const [name, , reason] of [...files, ['encrypted.pdf', '', /encrypted/] as const]) {
      const outcome = byName.get(name);
      expect(outcome?.status, name).toBe('failed');
      expect(outcome?.error, name).toContain(path.join(formats, name));
      expect(outcome?.error, name).toMatch(reason);
    }
    expect(await contentChecksum()).toEqual(before);
  }, 300_000);

  it('handles strange but valid text: a 1 MB line, only punctuation', async () => {
    const odd = path.join(dir, 'odd');
    await mkdir(odd, { recursive: true });
    // About 1 MB of UTF-8 on one line (three bytes a character).
    await writeFile(path.join(odd, 'one-long-line.txt'), `加快建设晋中经济技术开发区。${'推进榆次区现代物流项目建设，'.repeat(25_000)}`);
    await writeFile(path.join(odd, 'punctuation.txt'), '。，、；：？！“”《》（）——……\n'.repeat(100));
    const db = testDatabase();
    const report = await ingestInto(db, [odd]);
    await db.close();
    expect(report.files.map((file) => file.status)).toEqual(['loaded', 'loaded']);
  }, 300_000);
});
