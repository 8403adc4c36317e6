import { describe, expect, it } from 'vitest';
import { findParks } from '../../../src/extract/parks.ts';

const names = (text: string): string[] => findParks(text).map((h) => h.name);

describe('findParks', () => {
  it('starts a park name after the verb before it (2017 work report)', () => {
    const text = '按照“政企分责型”模式，依托晋中经济技术开发区管委会设立山西转型综改示范区晋中区管委会';
    const hits = findParks(text);
    expect(hits.map((h) => h.name)).toEqual(['晋中经济技术开发区', '山西转型综改示范区晋中区']);
    for (const hit of hits) expect(text.slice(hit.start, hit.end)).toBe(hit.surface);
  });

  it('reads a park named inside a list of projects', () => {
    expect(names('吉利新能源汽车、东方希望铝、博创纳米材料、中鼎物流园、乌金山李宁国际滑雪场等转型标杆项目投产运行')).toEqual(['中鼎物流园']);
  });

  it('reads a park inside a park as one name (provincial 14th plan)', () => {
    expect(names('重点创建山西转型综合改革示范区中德合作园区、大同经济技术开发区通用航空国际合作园区')).toEqual([
      '山西转型综合改革示范区中德合作园区',
      '大同经济技术开发区通用航空国际合作园区',
    ]);
  });

  it('keeps region names that begin with a function word (和顺)', () => {
    expect(names('实施好昔阳大寨、榆社云竹湖、和顺鹊桥生态文化园、左权百里红色走廊等项目建设')).toEqual(['和顺鹊桥生态文化园']);
  });

  it('never reads 开发区 alone or a generic park phrase as a name', () => {
    expect(names('推进全市现有开发区（园区）整合扩区，支持省级经济技术开发区，建设一批特色文化旅游园区，借鉴省内外各类园区')).toEqual([]);
    expect(names('平遥限制开发区、和顺禁止开发区')).toEqual([]);
  });
});
