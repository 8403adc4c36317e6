import { readFileSync } from 'node:fs';

import type { PlanMeta } from '../../../src/model/document.ts';

export function excerpt(name: string): string {
  return readFileSync(new URL(`../../fixtures/excerpts/${name}`, import.meta.url), 'utf8');
}

export function corpusFile(name: string): string {
  return readFileSync(new URL(`../../../data/plans/${name}`, import.meta.url), 'utf8');
}

export const CORPUS = {
  jinzhongPlan: 'jinzhong-13th-five-year-plan-2016-2020.txt',
  jinchengDraft: 'jincheng-chengqu-13th-five-year-plan-2016-2020-draft.txt',
  jinzhongReport: 'jinzhong-government-work-report-2017.txt',
  xiaoyiPlan: 'xiaoyi-13th-five-year-plan-2016-2020.txt',
  shanxiPlan: 'shanxi-14th-five-year-plan-2021-2025.txt',
} as const;

export function testMeta(kind: PlanMeta['kind'] = 'five-year-plan'): PlanMeta {
  return {
    id: 'test',
    title: 'test plan',
    kind,
    regionName: '',
    regionCode: null,
    periodStart: null,
    periodEnd: null,
    issuedOn: null,
    draft: false,
    speaker: null,
    speakerOffice: null,
    sourceFile: 'test.txt',
  };
}

/** What a passage of the source reads as once layout is taken out: line breaks, spaces, page numbers. */
export function withoutLayout(text: string): string {
  return text
    .replace(/^\s*[—\-－–·]{1,2}\s*\d{1,4}\s*[—\-－–·]{1,2}\s*$/gm, '')
    .replace(/[\s\u00a0\u3000]+/g, '')
    .replace(/,/g, '，')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/:/g, '：')
    .replace(/;/g, '；');
}
