import type { StatementReader } from '../db/database.ts';
import { PlanGraphError } from '../errors.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';
import { plansById } from './plans.ts';
import { toEntity } from './rows.ts';
import type { ComparedListView, PlanComparisonView } from './views.ts';

export interface CompareFilter {
  types: string[] | null;
  regionId: string | null;
}

/**
 * Two plans side by side: what only A mentions, what only B mentions, and what both do, each
 * entity with the stage each plan names for it; `first` of each list after the cursor `after`.
 */
export async function comparePlans(db: StatementReader, a: string, b: string, filter: CompareFilter, first: number, after?: string | null): Promise<PlanComparisonView> {
  const [planA, planB] = await plansById(db, [a, b]);
  if (!planA) throw new PlanGraphError('NOT_FOUND', `no plan with id ${JSON.stringify(a)}`, { subject: 'a' });
  if (!planB) throw new PlanGraphError('NOT_FOUND', `no plan with id ${JSON.stringify(b)}`, { subject: 'b' });
  const offset = decodeCursor(after);
  const rows = await db.read('api/compare-plans', { a, b, types: filter.types, regionId: filter.regionId, offset, first });
  const list = (side: 'onlyA' | 'onlyB' | 'both'): ComparedListView => {
    const row = rows.find((candidate) => candidate.side === side);
    const total = row?.total ?? 0;
    return {
      totalCount: total,
      items: (row?.page ?? []).map((item) => ({ entity: toEntity(item.entity), statusInA: item.stageA, statusInB: item.stageB })),
      cursor: null,
    };
  };
  const lists = { onlyInA: list('onlyA'), onlyInB: list('onlyB'), inBoth: list('both') };
  const more = Object.values(lists).some((l) => l.totalCount > offset + first);
  const cursor = more ? encodeCursor(offset + first) : null;
  return { a: planA, b: planB, onlyInA: { ...lists.onlyInA, cursor }, onlyInB: { ...lists.onlyInB, cursor }, inBoth: { ...lists.inBoth, cursor } };
}
