import { describe, expect, it } from 'vitest';

import { defaultPlanId, entityId, parseSectionId, planIdOfSection, planVersion, regionCodeOf, regionId, sectionId } from '../../../src/model/ids.ts';

const SHA256 = '3f2a9c0b7d1e4f5a6b7c8d9e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c';

describe('entity ids', () => {
  it('names a division by its code, and gives the code back', () => {
    expect(regionId('140700')).toBe('region:140700');
    expect(regionCodeOf(regionId('140700'))).toBe('140700');
  });

  it('is not a region code for any other entity', () => {
    expect(regionCodeOf('zone:108廊带')).toBeNull();
  });

  it('names the other entities by type and name', () => {
    expect(entityId('ZONE', '108廊带')).toBe('zone:108廊带');
    expect(entityId('ENTERPRISE', '山西潞安集团')).toBe('enterprise:山西潞安集团');
  });
});

describe('plan ids and versions', () => {
  it('versions a plan by the first 12 hex digits of its source', () => {
    expect(planVersion(SHA256)).toBe('3f2a9c0b7d1e');
  });

  it('builds a default id from kind, region and period', () => {
    expect(defaultPlanId({ kind: 'five-year-plan', regionCode: '140700', periodStart: 2016, periodEnd: 2020 }, SHA256)).toBe('five-year-plan-140700-2016-2020');
    expect(defaultPlanId({ kind: 'work-report', regionCode: '140700', periodStart: 2021, periodEnd: 2021 }, SHA256)).toBe('work-report-140700-2021');
  });

  it('falls back to the source version when the region is unknown', () => {
    expect(defaultPlanId({ kind: 'other', regionCode: null, periodStart: null, periodEnd: null }, SHA256)).toBe('other-plan-3f2a9c0b7d1e');
  });
});

describe('section ids', () => {
  it('round-trips plan, version and ordinal', () => {
    const id = sectionId('five-year-plan-140700-2016-2020', '3f2a9c0b7d1e', 12);
    expect(id).toBe('five-year-plan-140700-2016-2020@3f2a9c0b7d1e#12');
    expect(parseSectionId(id)).toEqual({ planId: 'five-year-plan-140700-2016-2020', version: '3f2a9c0b7d1e', ordinal: 12 });
    expect(planIdOfSection(id)).toBe('five-year-plan-140700-2016-2020');
  });

  it('keeps an @ inside a manifest plan id', () => {
    expect(parseSectionId(sectionId('plan@annex', 'abc', 0))).toEqual({ planId: 'plan@annex', version: 'abc', ordinal: 0 });
  });

  it('is not a section id without version and ordinal', () => {
    expect(parseSectionId('region:140700')).toBeNull();
    expect(planIdOfSection('five-year-plan-140700-2016-2020')).toBe('');
  });
});
