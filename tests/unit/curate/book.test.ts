import { describe, expect, it } from 'vitest';
import { activeRecords, foldCurations, splitId } from '../../../src/curate/book.ts';
import { curationId, records } from './records.ts';

const merge = (keepId: string, ...mergeIds: string[]) => ({ kind: 'MERGE' as const, keepId, mergeIds, keepName: keepId.slice(5), keepType: 'PARK' as const });
const revert = (seq: number) => ({ kind: 'REVERT' as const, curationId: curationId(seq) });

describe('foldCurations', () => {
  it('sends the mentions of a merged entity to the one kept, through a chain of merges', () => {
    const book = foldCurations(records(merge('park:山西省科技创新城', 'park:山西科技创新城'), merge('park:科创城', 'park:山西省科技创新城')));
    expect(book.route('park:山西科技创新城', '山西科技创新城')).toBe('park:科创城');
    expect(book.redirect('park:山西省科技创新城')).toBe('park:科创城');
    expect(book.route('park:晋中经济技术开发区', '晋中经济技术开发区')).toBe('park:晋中经济技术开发区');
    expect(book.entityState('park:山西省科技创新城')?.name).toBe('山西省科技创新城');
  });

  it('splits off only the mentions written in the form, and a merge after it takes the split entity along', () => {
    const split = { kind: 'SPLIT' as const, entityId: 'park:晋中开发区', alias: '晋中开发区物流园', type: 'PARK' as const };
    const book = foldCurations(records(split));
    const off = splitId('PARK', '晋中开发区物流园');
    expect(off).toBe('park:split:晋中开发区物流园');
    expect(book.route('park:晋中开发区', '晋中开发区物流园')).toBe(off);
    expect(book.route('park:晋中开发区', '晋中开发区')).toBe('park:晋中开发区');
    expect(book.entityState(off)).toMatchObject({ name: '晋中开发区物流园', type: 'PARK' });
    const merged = foldCurations(records(split, merge('park:晋中现代物流产业园', off)));
    expect(merged.route('park:晋中开发区', '晋中开发区物流园')).toBe('park:晋中现代物流产业园');
  });

  it('leaves out a reverted record, and brings it back when the revert is reverted', () => {
    const reject = { kind: 'REJECT' as const, entityId: 'project:9月底视项目' };
    expect(activeRecords(records(reject, revert(0))).map((r) => r.seq)).toEqual([]);
    expect(foldCurations(records(reject, revert(0))).entityState('project:9月底视项目')).toBeUndefined();
    const redone = foldCurations(records(reject, revert(0), revert(1)));
    expect(redone.entityState('project:9月底视项目')?.rejected).toBe(true);
  });

  it('keeps the last word on an alias and on a relationship, whose ends follow merges', () => {
    const book = foldCurations(
      records(
        { kind: 'ADD_ALIAS', entityId: 'enterprise:晋中银行', alias: '晋商银行' },
        { kind: 'REMOVE_ALIAS', entityId: 'enterprise:晋中银行', alias: '晋商银行' },
        { kind: 'ADD_ALIAS', entityId: 'enterprise:晋中银行', alias: '晋中市商业银行' },
        { kind: 'ADD_RELATION', type: 'IN_PARK', fromId: 'enterprise:方盛液压', toId: 'park:榆次工业园区' },
        merge('park:榆次工业园', 'park:榆次工业园区'),
        { kind: 'REMOVE_RELATION', type: 'LOCATED_IN', fromId: 'park:榆次工业园', toId: 'region:140702' },
      ),
    );
    expect(book.entityState('enterprise:晋中银行')).toMatchObject({ addedAliases: ['晋中市商业银行'], removedAliases: ['晋商银行'] });
    expect(book.addedRelations).toEqual([{ type: 'IN_PARK', fromId: 'enterprise:方盛液压', toId: 'park:榆次工业园', curationId: curationId(3) }]);
    expect(book.isRemovedRelation('LOCATED_IN', 'park:榆次工业园', 'region:140702')).toBe(true);
    expect(book.isRemovedRelation('LOCATED_IN', 'park:榆次工业园区', 'region:140702')).toBe(false);
  });

});
