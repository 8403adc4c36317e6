import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSource } from '../../../src/documents/read.ts';
import { SHARED_DIR } from '../../../src/eval/run.ts';
import { preparePlan } from '../../../src/ingest/prepare.ts';
import { NATIONAL_REGION } from '../../../src/model/document.ts';

/**
 * The metadata of every development document (../shared/corpus-dev, never copied in), read from
 * its text alone as a user without a manifest meets it, against what its file name says. Where
 * the text disagrees with the file name the text wins, and the exception is listed here with
 * the reason.
 */
const SHANXI = path.join(SHARED_DIR, 'corpus-dev', 'shanxi');
const NATIONAL = path.join(SHARED_DIR, 'corpus-dev', 'national');

/** Reports whose heading names no speaker: a title and a dateline only, then 各位代表. */
const NO_SPEAKER = new Set(['山西省-2022-政府工作报告.txt', '山西省-2023-政府工作报告.txt', '山西省-2024-政府工作报告.txt', '山西省-2025-政府工作报告.txt', '山西省-2026-政府工作报告.txt']);

/**
 * Reports whose speaker is named only in the title's brackets (山西省2003年政府工作报告（2003年1月10日 刘振华）),
 * with no office.
 */
const NO_OFFICE = new Set(['山西省-2003-政府工作报告.txt', '山西省-2005-政府工作报告.txt', '山西省-2006-政府工作报告.txt', '山西省-2007-政府工作报告.txt']);

/** The first year of each plan by the number its file name gives (一五 … 十五五). */
const FIRST_YEAR: Readonly<Record<string, number>> = {
  一五: 1953, 五五: 1976, 六五: 1981, 七五: 1986, 八五: 1991, 九五: 1996, 十五: 2001,
  十一五: 2006, 十二五: 2011, 十三五: 2016, 十四五: 2021, 十五五: 2026,
};

/**
 * 1976-五五计划摘要.md is not the fifth five-year plan but the outline of the ten-year plan
 * 1976–1985 that contains it, a draft: 1976—1985年发展国民经济十年规划纲要（草案）.
 */
const NATIONAL_EXCEPTIONS: Readonly<Record<string, { period: [number, number]; draft: boolean }>> = {
  '1976-五五计划摘要.md': { period: [1976, 1985], draft: true },
};

function filesOf(dir: string, extension: string): string[] {
  return readdirSync(dir).filter((file) => file.endsWith(extension)).sort();
}

async function metaOf(file: string) {
  return preparePlan(await readSource(file)).meta;
}

describe('metadata of the development corpus, read from the text alone', () => {
  it('finds the development corpus beside the checkout', () => {
    expect(existsSync(SHANXI), SHANXI).toBe(true);
    expect(existsSync(NATIONAL), NATIONAL).toBe(true);
    expect(filesOf(SHANXI, '.txt').length).toBeGreaterThanOrEqual(72);
    expect(filesOf(NATIONAL, '.md')).toHaveLength(12);
  });

  describe('Shanxi work reports: kind, region, year, title, date and speaker', () => {
    for (const file of existsSync(SHANXI) ? filesOf(SHANXI, '.txt') : []) {
      it(file, async () => {
        const [region = '', named = ''] = file.split('-');
        const year = Number(named);
        const meta = await metaOf(path.join(SHANXI, file));
        expect(meta).toMatchObject({ kind: 'work-report', regionName: region, periodStart: year, periodEnd: year, title: `${year}年${region}政府工作报告`, draft: false });
        expect(meta.regionCode, 'the gazetteer knows every issuer').toMatch(/^14\d{4}$/);
        // Delivered that year, or at the end of the year before (吕梁 and 朔州 2016: December 2015).
        if (meta.issuedOn !== null) expect([String(year), `${year - 1}-11`, `${year - 1}-12`]).toContain(meta.issuedOn.startsWith(String(year)) ? String(year) : meta.issuedOn.slice(0, 7));
        if (NO_SPEAKER.has(file)) expect(meta.speaker).toBeNull();
        else expect(meta.speaker).toMatch(/^[\u4e00-\u9fff]{2,4}$/);
        if (NO_SPEAKER.has(file) || NO_OFFICE.has(file)) expect(meta.speakerOffice).toBeNull();
        else expect(meta.speakerOffice).toMatch(/^代?[省市]长$/);
      });
    }
  });

  describe('national five-year plans (Markdown read as text): kind, national issuer, period by number', () => {
    for (const file of existsSync(NATIONAL) ? filesOf(NATIONAL, '.md') : []) {
      it(file, async () => {
        const ordinal = /^\d{4}-(.+?五)(?:计划|规划)/.exec(file)?.[1] ?? '';
        const start = FIRST_YEAR[ordinal];
        expect(start, `the number in ${file}`).toBeDefined();
        const expected = NATIONAL_EXCEPTIONS[file] ?? { period: [start, (start ?? 0) + 4], draft: false };
        const meta = await metaOf(path.join(NATIONAL, file));
        expect(meta).toMatchObject({ kind: 'five-year-plan', regionName: NATIONAL_REGION, regionCode: null, draft: expected.draft, speaker: null });
        expect([meta.periodStart, meta.periodEnd]).toEqual(expected.period);
        expect(meta.title).not.toMatch(/^title|[*#>]/);
      });
    }
  });
});
