import { describe, expect, it } from 'vitest';
import { findPolicies } from '../../../src/extract/policies.ts';

const names = (text: string): string[] => findPolicies(text).map((h) => h.name);

describe('findPolicies', () => {
  it('reads quoted framework names without their quote marks', () => {
    const text = '全面实施“四大战略”，构建“一核两区”发展格局';
    const hits = findPolicies(text);
    expect(hits.map((h) => h.surface)).toEqual(['四大战略', '一核两区']);
    for (const hit of hits) expect(text.slice(hit.start, hit.end)).toBe(hit.surface);
  });

  it('reads strategies by their suffix (provincial 14th plan)', () => {
    expect(names('全面实施乡村振兴战略，')).toEqual(['乡村振兴战略']);
  });

  it('reads named reforms from the vocabulary and named programmes', () => {
    expect(names('是供给侧结构性改革和转型综改的深化之年')).toEqual(['供给侧结构性改革', '转型综改']);
    expect(names('强力推进铁腕治污行动，加大环保督查力度')).toEqual(['铁腕治污行动']);
  });

  it('reads documents cited in 《》 without the marks', () => {
    const hits = findPolicies('贯彻《中国制造 2025》，紧扣创新驱动');
    expect(hits.map((h) => [h.surface, h.name, h.props?.kind])).toEqual([['中国制造 2025', '中国制造2025', 'document']]);
  });

  it('reads no period names, quoted slogans or 进行动态', () => {
    expect(names('实现了“十三五”良好开局，实现“下半年好于上半年”的目标，9月底视项目推进情况进行动态调整')).toEqual([]);
  });
});
