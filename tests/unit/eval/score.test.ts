import { describe, expect, it } from 'vitest';
import { formKey, mergeParts, type GoldDocument } from '../../../src/eval/gold.ts';
import { sameEntity, scoreSet, type FoundEntity } from '../../../src/eval/score.ts';

const gold = (document: string, entities: GoldDocument['entities']): GoldDocument => ({ document, scope: 'whole', annotator: 't', annotatedBeforeExtraction: true, entities });
const found = (id: string, type: FoundEntity['type'], name: string, forms: string[] = [name]): FoundEntity => ({ id, type, name, forms });

describe('the document-level yardstick', () => {
  it('compares forms without spaces, quote marks or 《》', () => {
    expect(formKey('“四风” ')).toBe('四风');
    expect(formKey('《山西省 条例》')).toBe('山西省条例');
  });

  it('matches an entity by a shared form and a fitting type, alternative types included', () => {
    const park = { type: 'PARK' as const, name: '晋中经济技术开发区', forms: ['晋中开发区'], altTypes: ['ZONE' as const] };
    expect(sameEntity(park, found('park:x', 'PARK', '晋中经济技术开发区', ['晋中开发区']))).toBe(true);
    expect(sameEntity(park, found('zone:x', 'ZONE', '晋中开发区'))).toBe(true);
    expect(sameEntity(park, found('project:x', 'PROJECT', '晋中开发区'))).toBe(false);
    expect(sameEntity(park, found('park:y', 'PARK', '晋中高新区'))).toBe(false);
  });

  it('scores precision and recall per type at the entity per document', () => {
    const score = scoreSet([
      {
        document: 'a',
        gold: gold('a', [
          { type: 'REGION', name: '晋中市', forms: ['晋中'] },
          { type: 'PROJECT', name: '108国道', forms: ['108国道'], nested: true },
        ]),
        found: [found('region:140700', 'REGION', '晋中市', ['晋中']), found('project:新项目', 'PROJECT', '新项目')],
      },
    ]);
    const byType = Object.fromEntries(score.types.map((t) => [t.type, t]));
    expect([byType.REGION?.precision, byType.REGION?.recall]).toEqual([1, 1]);
    expect([byType.PROJECT?.precision, byType.PROJECT?.recall]).toEqual([0, 0]);
    expect(score.misses.map((m) => m.name)).toEqual(['108国道']);
    expect(score.wrong.map((w) => w.name)).toEqual(['新项目']);
  });

  it('counts a trace exact only when the same found entity is in exactly the annotated documents', () => {
    const zone = { type: 'ZONE' as const, name: '108廊带', forms: ['108廊带'] };
    const score = scoreSet([
      { document: 'a', gold: gold('a', [zone]), found: [found('zone:108廊带', 'ZONE', '108廊带')] },
      { document: 'b', gold: gold('b', [{ ...zone, name: '晋中108廊带区域一体化发展示范区', forms: ['108廊带'] }]), found: [found('zone:108廊带', 'ZONE', '108廊带')] },
      { document: 'c', gold: gold('c', []), found: [found('zone:108廊带', 'ZONE', '108廊带')] },
    ]);
    expect(score.traces).toHaveLength(1);
    expect(score.traces[0]).toMatchObject({ expected: ['a', 'b'], traced: ['a', 'b', 'c'], exact: false });
    expect(score.tracePlansFound).toBe(1);
  });

  it('joins the parts of a document annotated by several people', () => {
    const a = { ...gold('d', [{ type: 'REGION' as const, name: '北京市', forms: ['北京'], nested: true }]), scope: [{ fromLine: 1, toLine: 10 }] };
    const b = { ...gold('d', [{ type: 'REGION' as const, name: '北京市', forms: ['北京市'] }]), scope: [{ fromLine: 11, toLine: 20 }] };
    const merged = mergeParts([a, b]);
    expect(merged.scope).toEqual([{ fromLine: 1, toLine: 10 }, { fromLine: 11, toLine: 20 }]);
    expect(merged.entities).toEqual([{ type: 'REGION', name: '北京市', forms: ['北京', '北京市'] }]);
  });
});
