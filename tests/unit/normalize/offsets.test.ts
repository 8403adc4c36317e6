import { describe, expect, it } from 'vitest';

import { normalize } from '../../../src/normalize/index.ts';
import { normalizedToSource } from '../../../src/model/offsets.ts';
import { CORPUS, corpusFile, withoutLayout } from './helpers.ts';

/** Passages of the real documents that cross line breaks, blank lines, page numbers and spaces. */
const PASSAGES: Array<[file: string, passage: string]> = [
  [CORPUS.xiaoyiPlan, '经济总量和综合实力稳步提升。2015年，全市地区生产总值达到334.3亿元，年均增长5.9%'],
  [CORPUS.xiaoyiPlan, '第二章 “十三五”时期经济社会发展的指导思想和主要目标'],
  [CORPUS.xiaoyiPlan, '孝义市田园化工有限公司年产20万吨4A 沸石项目、7.5万吨/年氢氧化铝、5万吨拟薄水铝石项目；'],
  [CORPUS.shanxiPlan, '打好打赢支援湖北战役、拱卫首都战役，统筹推进疫情防控'],
  [CORPUS.shanxiPlan, '第一章 坚决扛起蹚出新路来历史使命，奋力实现转型出雏型宏伟目标'],
  [CORPUS.jinchengDraft, '加快推进产业转型升级，三次产业结构进一步优化'],
  [CORPUS.jinzhongPlan, '“新型农村社会养老保险”2014年起与“城镇职工基本养老保险”合并，不再单独统计。'],
  [CORPUS.jinzhongReport, '打好生态建设硬仗。推进省级林业生态市建设，加快打造“双百公里林果带、千里林业生态圈”'],
];

describe('normalised offsets point at the source passage', () => {
  const cache = new Map<string, ReturnType<typeof normalize>>();
  for (const [file, passage] of PASSAGES) {
    it(`${file}: ${passage.slice(0, 16)}…`, () => {
      const source = corpusFile(file);
      let result = cache.get(file);
      if (!result) {
        result = normalize(source);
        cache.set(file, result);
      }
      const { normalized } = result;
      const start = normalized.text.indexOf(passage);
      expect(start).toBeGreaterThanOrEqual(0);
      const span = normalizedToSource(normalized, { start, end: start + passage.length });
      const raw = source.slice(span.start, span.end);
      expect(withoutLayout(raw)).toBe(withoutLayout(passage));
      // The source passage starts and ends with the passage's own first and last characters.
      expect(raw[0]).toBe(source[normalized.toSource[start] as number]);
      expect(withoutLayout(raw.slice(-1))).toBe(withoutLayout(passage.slice(-1)));
    });
  }
});
