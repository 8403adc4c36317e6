import { describe, expect, it } from 'vitest';
import { findEnterprises } from '../../../src/extract/enterprises.ts';

const names = (text: string): string[] => findEnterprises(text).map((h) => h.name);

describe('findEnterprises', () => {
  it('reads the enterprise a 孝义 专栏 project line starts with', () => {
    expect(names('山西信发化工有限公司年产 110 万吨轻质合金及配套项目；')).toEqual(['山西信发化工有限公司']);
  });

  it('keeps a bracketed （集团） inside the name', () => {
    const hits = findEnterprises('山西汾西矿业（集团）水峪煤业有限责任公司 420 万吨/年');
    expect(hits.map((h) => h.name)).toEqual(['山西汾西矿业（集团）水峪煤业有限责任公司']);
    expect(hits[0]?.start).toBe(0);
  });

  it('reads short group names (祁玻集团) after the verb before them', () => {
    expect(names('玻璃器皿产业依托祁县“中国玻璃器皿之都”品牌，发挥祁玻集团集聚效应，加快行业整合壮大')).toEqual(['祁玻集团']);
  });

  it('reads no generic company or group, but well-known short names from the vocabulary', () => {
    expect(names('加强与华侨城等旅游大集团合作，年内新增新三板上市公司3户，积极引进国内外企业集团和跨国公司')).toEqual(['华侨城']);
  });

  it('reads a short name only where a name may start (阳煤 but not 高阳煤矿)', () => {
    expect(names('依托阳煤发展煤化工，山西汾西矿业（集团）有限责任公司高阳煤矿')).toEqual(['阳煤', '山西汾西矿业（集团）有限责任公司']);
  });
});
