import { createHash } from 'node:crypto';
import { mkdtemp, open, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { decodeSource, readSource } from '../../../src/documents/read.ts';
import { isPlanGraphError, PlanGraphError } from '../../../src/errors.ts';

const fixtures = new URL('../../fixtures/excerpts/', import.meta.url);
const sample = '第一章 “十三五”时期经济社会发展形势\n晋中108廊带区域一体化发展示范区地处山西中部。\n';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'plangraph-read-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function expectBadInput(promise: Promise<unknown>, path: string, reason: RegExp): Promise<void> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PlanGraphError);
  expect(isPlanGraphError(error, 'BAD_INPUT')).toBe(true);
  const planError = error as PlanGraphError;
  expect(planError.subject).toBe(path);
  expect(planError.message).toContain(path);
  expect(planError.message).toMatch(reason);
}

describe('readSource', () => {
  it('reads a UTF-8 document exactly and identifies it by the sha256 of its bytes', async () => {
    const path = join(dir, 'plain.txt');
    await writeFile(path, sample, 'utf8');
    const doc = await readSource(path);
    expect(doc.encoding).toBe('utf-8');
    expect(doc.text).toBe(sample);
    expect(doc.fileName).toBe('plain.txt');
    expect(doc.byteLength).toBe(Buffer.byteLength(sample));
    expect(doc.sha256).toBe(createHash('sha256').update(sample, 'utf8').digest('hex'));
  });

  it('drops a UTF-8 byte order mark from the text but not from the identity', async () => {
    const path = join(dir, 'bom.txt');
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(sample, 'utf8')]);
    await writeFile(path, bytes);
    const doc = await readSource(path);
    expect(doc.encoding).toBe('utf-8-bom');
    expect(doc.text).toBe(sample);
    expect(doc.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
  });

  it('decodes a GB18030 file', async () => {
    const path = new URL('gb18030-jinzhong.txt', fixtures).pathname;
    const doc = await readSource(path);
    expect(doc.encoding).toBe('gb18030');
    expect(doc.text).toBe(sample);
  });

  it('decodes UTF-16 with either byte order mark', async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sample, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    expect(decodeSource(le, 'le.txt')).toMatchObject({ encoding: 'utf-16le', text: sample });
    expect(decodeSource(be, 'be.txt')).toMatchObject({ encoding: 'utf-16be', text: sample });
  });

  it('refuses a PNG renamed .txt', async () => {
    const path = join(dir, 'picture.txt');
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
    await writeFile(path, png);
    await expectBadInput(readSource(path), path, /binary content \(PNG image\)/);
  });

  it('refuses NUL-ridden content without a known magic number', () => {
    const bytes = Buffer.from('abc\u0000\u0000def', 'latin1');
    expect(() => decodeSource(bytes, 'nul.txt')).toThrow(/nul\.txt: binary content/);
  });

  it('refuses an empty file and a whitespace-only file', async () => {
    const empty = join(dir, 'empty.txt');
    const blank = join(dir, 'blank.txt');
    await writeFile(empty, '');
    await writeFile(blank, ' \n\t\n\u3000\n');
    await expectBadInput(readSource(empty), empty, /empty/);
    await expectBadInput(readSource(blank), blank, /only whitespace/);
  });

  it('refuses invalid UTF-8 in the middle that is not GB18030 either, naming the offset', async () => {
    const path = join(dir, 'broken.txt');
    const head = Buffer.from('规划纲要', 'utf8');
    await writeFile(path, Buffer.concat([head, Buffer.from([0xff, 0xff, 0xff]), Buffer.from('第一章', 'utf8')]));
    await expectBadInput(readSource(path), path, new RegExp(`undecodable.*offset ${head.length}`));
  });

  it('refuses a file over the size limit from its size alone', async () => {
    const path = join(dir, 'huge.txt');
    const handle = await open(path, 'w');
    await handle.truncate(200 * 1024 * 1024); // sparse: no disk space used, never read
    await handle.close();
    const started = performance.now();
    await expectBadInput(readSource(path), path, /too large: 209715200 bytes, the limit is 20971520 bytes/);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('lets a PDF be ten times the text limit: its bytes are mostly fonts and layout', async () => {
    const pdf = join(dir, 'huge.pdf');
    const handle = await open(pdf, 'w');
    await handle.truncate(300 * 1024 * 1024); // over 20 MB × 10: refused from its size alone
    await handle.close();
    await expectBadInput(readSource(pdf), pdf, /too large: 314572800 bytes, the limit is 209715200 bytes/);
    // 100 kB of PDF passes a 20 kB text limit (and is then refused for what it holds, not its size).
    const small = join(dir, 'small.pdf');
    await writeFile(small, Buffer.alloc(100 * 1024, 0x41));
    await expectBadInput(readSource(small, { maxBytes: 20 * 1024 }), small, /not a readable PDF/);
  });

  it('honours a smaller limit given by the caller', async () => {
    const path = join(dir, 'small-limit.txt');
    await writeFile(path, sample);
    await expectBadInput(readSource(path, { maxBytes: 10 }), path, /too large/);
  });

  it('refuses a missing file with BAD_INPUT', async () => {
    const path = join(dir, 'missing.txt');
    await expectBadInput(readSource(path), path, /cannot be read \(ENOENT\)/);
  });

  it('reads every document of the default corpus as UTF-8', async () => {
    const corpus = new URL('../../../data/plans/', import.meta.url);
    for (const name of ['jinzhong-13th-five-year-plan-2016-2020.txt', 'shanxi-14th-five-year-plan-2021-2025.txt']) {
      const path = new URL(name, corpus).pathname;
      const doc = await readSource(path);
      expect(doc.encoding).toBe('utf-8');
      expect(doc.text).toBe(await readFile(path, 'utf8'));
    }
  });
});
