import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { decodeSource } from '../../../src/documents/read.ts';
import { parseManifest } from '../../../src/documents/manifest.ts';
import { preparePlan, summarizePlan } from '../../../src/ingest/prepare.ts';
import type { StructuredPlan } from '../../../src/model/plan.ts';
import { normalize } from '../../../src/normalize/index.ts';
import { CORPUS } from '../normalize/helpers.ts';
import { expectWellFormed } from './helpers.ts';

const dir = new URL('../../../data/plans/', import.meta.url);
const manifest = parseManifest(readFileSync(new URL('manifest.json', dir), 'utf8'), 'data/plans/manifest.json');

/** Sections per kind and 专栏 boxes per document: what the whole corpus builds today. */
const EXPECTED: Record<string, { sections: number; chapters: number; sectionsOfChapters: number; items: number; tables: number; boxes: number }> = {
  [CORPUS.jinzhongPlan]: { sections: 239, chapters: 11, sectionsOfChapters: 45, items: 155, tables: 2, boxes: 25 },
  [CORPUS.jinchengDraft]: { sections: 151, chapters: 9, sectionsOfChapters: 37, items: 94, tables: 2, boxes: 8 },
  [CORPUS.jinzhongReport]: { sections: 17, chapters: 0, sectionsOfChapters: 0, items: 16, tables: 0, boxes: 0 },
  [CORPUS.xiaoyiPlan]: { sections: 166, chapters: 11, sectionsOfChapters: 35, items: 89, tables: 2, boxes: 28 },
  [CORPUS.shanxiPlan]: { sections: 107, chapters: 14, sectionsOfChapters: 67, items: 0, tables: 0, boxes: 25 },
};

const plans = new Map<string, StructuredPlan>();
let elapsedMs = 0;
for (const file of Object.keys(EXPECTED)) {
  const bytes = readFileSync(new URL(file, dir));
  const started = performance.now();
  plans.set(file, preparePlan(decodeSource(bytes, `data/plans/${file}`), manifest.plans[file]));
  elapsedMs += performance.now() - started;
}

describe('the default corpus', () => {
  it('prints the sections per document', () => {
    const rows = [...plans.values()].map((plan) => {
      const summary = summarizePlan(plan);
      return { file: summary.file, sections: plan.sections.length, ...summary.sectionsByKind, repetitions: summary.repetitions.length };
    });
    console.table(rows);
    console.log(`read+normalise+structure of the corpus: ${elapsedMs.toFixed(0)} ms`);
    expect(elapsedMs).toBeLessThan(10_000);
  });

  for (const [file, expected] of Object.entries(EXPECTED)) {
    it(`${file}: ${expected.sections} sections, ${expected.boxes} 专栏`, () => {
      const plan = plans.get(file) as StructuredPlan;
      const { sectionsByKind, boxes } = summarizePlan(plan);
      expect({
        sections: plan.sections.length,
        chapters: sectionsByKind.chapter,
        sectionsOfChapters: sectionsByKind.section,
        items: sectionsByKind.item,
        tables: sectionsByKind.table,
        boxes,
      }).toEqual(expected);
      // Every 专栏 heading of the source is a box section.
      const sourceBoxes = plan.source.text.split(/\r?\n/).filter((line) => /^\s*专栏/.test(line)).length;
      expect(boxes).toBe(file === CORPUS.jinzhongReport ? 0 : sourceBoxes);
      expectWellFormed(plan.sections, plan.normalized);
    });
  }

  it('normalises every document idempotently', () => {
    for (const plan of plans.values()) expect(normalize(plan.normalized.text).normalized.text).toBe(plan.normalized.text);
  });

  it('builds no section from the table of contents of the 城区 draft', () => {
    const plan = plans.get(CORPUS.jinchengDraft) as StructuredPlan;
    const bodyStart = plan.source.text.indexOf('\n第一章 “十三五”时期经济社会发展形势\n') + 1;
    expect(bodyStart).toBeGreaterThan(plan.source.text.indexOf('目 录'));
    for (const section of plan.sections.slice(1)) {
      expect(plan.normalized.toSource[section.extent.start]).toBeGreaterThanOrEqual(bodyStart);
      expect(section.title).not.toMatch(/\.{2,}|\t|\s\d+$/);
    }
    const chapters = plan.sections.filter((s) => s.kind === 'chapter').map((s) => s.title);
    expect(new Set(chapters).size).toBe(9);
    expect(chapters[8]).toBe('第九章 强化规划实施，为全面建成小康社会提供坚强保障');
  });

  it('keeps the 2017 report once and reports its eight copies', () => {
    const plan = plans.get(CORPUS.jinzhongReport) as StructuredPlan;
    expect(plan.repetitions).toMatchObject([{ copies: 8, scope: 'document' }]);
    expect(plan.sections.filter((s) => s.title.startsWith('（一）'))).toHaveLength(2);
  });

  it('gives the 14th plan its numbered boxes in order', () => {
    const plan = plans.get(CORPUS.shanxiPlan) as StructuredPlan;
    const numbers = plan.sections.filter((s) => s.kind === 'box').map((s) => Number(/^专栏(\d+)/.exec(s.title)?.[1]));
    expect(numbers).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
  });
});
