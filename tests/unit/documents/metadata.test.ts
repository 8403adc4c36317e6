import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { loadManifest, parseManifest } from '../../../src/documents/manifest.ts';
import { readTextMetadata } from '../../../src/documents/metadata.ts';
import { decodeSource, listPlanFiles } from '../../../src/documents/read.ts';
import { preparePlan, summarizePlan } from '../../../src/ingest/prepare.ts';
import { isPlanGraphError } from '../../../src/errors.ts';
import { normalize } from '../../../src/normalize/index.ts';

const dir = new URL('../../../data/plans/', import.meta.url);
const manifestPath = new URL('manifest.json', dir).pathname;
const manifest = parseManifest(readFileSync(manifestPath, 'utf8'), manifestPath);

describe('the manifest agrees with what the documents say', () => {
  for (const [file, entry] of Object.entries(manifest.plans)) {
    it(file, () => {
      const { normalized } = normalize(readFileSync(new URL(file, dir), 'utf8'));
      const text = readTextMetadata(normalized.text);
      expect(text.title).toBe(entry.title);
      expect(text.kind).toBe(entry.kind);
      expect(text.regionName).toBe(entry.regionName);
      expect([text.periodStart, text.periodEnd]).toEqual([entry.periodStart, entry.periodEnd]);
      expect(text.draft).toBe(entry.draft);
      // Where the text states a date it is the manifest's; the manifest may know dates the text omits.
      if (text.issuedOn !== null) expect(text.issuedOn).toBe(entry.issuedOn);
    });
  }

  it('gives every issuer its division code', () => {
    const codes = Object.fromEntries(Object.values(manifest.plans).map((entry) => [entry.regionName, entry.regionCode]));
    expect(codes).toEqual({ 晋中市: '140700', 晋城市城区: '140502', 孝义市: '141181', 山西省: '140000' });
  });
});

describe('metadata read from the text', () => {
  it('reads the draft flag and the date in Chinese numerals of the 城区 draft', () => {
    const text = '晋城市城区国民经济和社会发展第十三个五年规划纲要\n（讨论稿）\n晋城市城区发展和改革局\n二〇一六年八月十八日\n第一章 形势';
    expect(readTextMetadata(text)).toEqual({
      title: '晋城市城区国民经济和社会发展第十三个五年规划纲要（讨论稿）',
      kind: 'five-year-plan',
      regionName: '晋城市城区',
      periodStart: 2016,
      periodEnd: 2020,
      issuedOn: '2016-08-18',
      draft: true,
    });
  });

  it('reads a work report from its dateline', () => {
    const text = '2017\n政府工作报告\n——2017年2月21日在晋中市第四届人民\n代表大会第二次会议上\n各位代表：';
    expect(readTextMetadata(text)).toMatchObject({ title: '2017年晋中市政府工作报告', kind: 'work-report', regionName: '晋中市', issuedOn: '2017-02-21', periodStart: 2017 });
  });
});

describe('preparePlan', () => {
  it('works without a manifest entry, with an id from kind, period and the source hash', () => {
    const text = '《孝义市国民经济和社会发展第十三个五年规划纲要（2016—2020）》，根据建议编制。\n第一章 形势\n第一节 回顾\n专栏：煤炭产业重点项目\n山西汾西矿业（集团）柳湾煤业有限公司336万吨/年。';
    const plan = preparePlan(decodeSource(Buffer.from(text, 'utf8'), 'plans/xiaoyi.txt'));
    expect(plan.meta).toMatchObject({
      title: '孝义市国民经济和社会发展第十三个五年规划纲要（2016—2020）',
      kind: 'five-year-plan',
      regionName: '孝义市',
      regionCode: null,
      periodStart: 2016,
      periodEnd: 2020,
      sourceFile: 'xiaoyi.txt',
    });
    expect(plan.meta.id).toBe(`five-year-plan-plan-${plan.source.sha256.slice(0, 12)}-2016-2020`);
    expect(summarizePlan(plan)).toMatchObject({ encoding: 'utf-8', region: '孝义市', period: '2016–2020', boxes: 1, sectionsByKind: { chapter: 1, section: 1, box: 1 } });
  });

  it('lets the manifest fill and override', () => {
    const text = '2017\n政府工作报告\n——2017年2月21日在晋中市第四届人民\n代表大会第二次会议上\n一、2016年工作回顾\n刚刚过去的2016年。';
    const entry = manifest.plans['jinzhong-government-work-report-2017.txt'];
    const plan = preparePlan(decodeSource(Buffer.from(text, 'utf8'), 'report.txt'), entry);
    expect(plan.meta).toMatchObject({ id: 'jinzhong-work-report-2017', regionCode: '140700', issuedOn: '2017-02-21', kind: 'work-report' });
    expect(summarizePlan(plan).region).toBe('晋中市 (140700)');
  });
});

describe('manifest and file listing', () => {
  it('refuses a manifest entry with a bad field, naming the file and the field', () => {
    const bad = JSON.stringify({ version: 1, plans: { 'a.txt': { id: 'a', regionCode: '14' } } });
    expect(() => parseManifest(bad, 'm.json')).toThrow(/m\.json: invalid manifest \(plans\.a\.txt\.regionCode/);
    const duplicate = JSON.stringify({ version: 1, plans: { 'a.txt': { id: 'same' }, 'b.txt': { id: 'same' } } });
    expect(() => parseManifest(duplicate, 'm.json')).toThrow(/id "same" is used by both a\.txt and b\.txt/);
    expect(() => parseManifest('{', 'm.json')).toThrow(/not valid JSON/);
  });

  it('lists the files of a directory that PlanGraph reads in name order, skips the others with a reason, and loads its manifest', async () => {
    const tmp = await mkdtemp(join(tmpdir(), 'plangraph-list-'));
    try {
      await writeFile(join(tmp, 'b.txt'), 'x');
      await writeFile(join(tmp, 'a.txt'), 'x');
      await writeFile(join(tmp, 'notes.md'), 'x');
      await writeFile(join(tmp, 'old.doc'), 'x');
      await writeFile(join(tmp, 'figures.csv'), 'x');
      await writeFile(join(tmp, '.hidden.txt'), 'x');
      const listed = await listPlanFiles([tmp]);
      expect(listed.files).toEqual([join(tmp, 'a.txt'), join(tmp, 'b.txt'), join(tmp, 'notes.md')]);
      expect(listed.skipped).toEqual([
        { file: join(tmp, 'figures.csv'), reason: expect.stringMatching(/^unsupported file type \.csv: PlanGraph reads \.txt, .*\.pdf/) },
        { file: join(tmp, 'old.doc'), reason: expect.stringMatching(/legacy Word \(\.doc\).*\.docx/) },
      ]);
      expect(await loadManifest(tmp)).toEqual({ version: 1, plans: {} });
      const corpus = (await listPlanFiles([dir.pathname])).files;
      expect(corpus).toHaveLength(5);
      expect(Object.keys((await loadManifest(dir.pathname)).plans).sort()).toEqual(corpus.map((path) => path.split('/').pop()).sort());
      const error = await listPlanFiles([join(tmp, 'missing.txt')]).catch((e: unknown) => e);
      expect(isPlanGraphError(error, 'BAD_INPUT')).toBe(true);
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }
  });
});
