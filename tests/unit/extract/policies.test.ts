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

describe('findPolicies: formulas, titles, box headings, abbreviations', () => {
  const read = (text: string, box = false): string[] => findPolicies(text, { box }).map((h) => h.name);

  it('reads a quoted formula with the noun it heads (2017 work report)', () => {
    expect(read('构建“1+10”联合体，实现规划统筹')).toEqual(['1+10联合体']);
    expect(read('形成转型发展“2+5”政策体系')).toEqual(['2+5政策体系']);
  });

  it('reads a quoted part that begins a suffixed name (xiaoyi-13th)', () => {
    expect(read('强力推进“煤-电-铝-材”一体化战略')).toEqual(['煤-电-铝-材一体化战略']);
  });

  it('reads national titles awarded to places (2017 work report)', () => {
    expect(read('启动创建国家全域旅游示范区，推进产品')).toEqual(['国家全域旅游示范区']);
  });

  it('reads the heading of a 专栏 entry as a programme, generic words and all', () => {
    // shanxi-14th 专栏15; xiaoyi-13th 电子商务专栏
    expect(read('国际合作园区建设工程。以山西转型综合改革示范区为统领', true)).toContain('国际合作园区建设工程');
    expect(read('电子商务发展三年行动计划：到2017年，培育国家级电子商务示范基地1个', true)).toContain('电子商务发展三年行动计划');
    expect(read('实施小微企业创办工程：每年扶持', true)).toContain('小微企业创办工程');
    expect(read('国际合作园区建设工程。以山西转型综合改革示范区为统领')).not.toContain('国际合作园区建设工程');
  });

  it('reads no framework in an abbreviation of what was just named (jinzhong-13th)', () => {
    expect(read('灵石县和介休市（以下简称“四县一市一区”）')).toEqual([]);
  });
});
