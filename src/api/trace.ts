import type { Database } from '../db/database.ts';
import { asMention, asPlan, asSection } from './rows.ts';
import type { PlanTraceView } from './views.ts';

/**
 * Every complete plan that mentions an entity, in date order, with each mention: the answer
 * to "which plans mention this, and what exactly does each say?". One round trip.
 */
export async function traceEntity(db: Database, id: string): Promise<PlanTraceView[]> {
  const rows = await db.read('api/trace', { id });
  return rows.map((row) => {
    const plan = asPlan(row.plan);
    const mentions = (row.mentions as Array<{ section: unknown; mention: unknown; entityId: unknown; window: unknown; windowStart: unknown }>).map((item) => {
      const section = asSection(item.section);
      return asMention(item, section.id, plan.id);
    });
    return { plan, mentions };
  });
}
