import type { StatementReader } from '../db/database.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';
import { toMention, toPlan, toSection } from './rows.ts';
import { SNIPPET_REACH } from './snippet.ts';
import type { PlanTraceView } from './views.ts';

/** Which part of a trace to return; every field absent means the whole trace. */
export interface TracePage {
  /** How many plans (date order); all when absent. */
  first?: number | null;
  /** Cursor of the last plan already seen. */
  after?: string | null;
  /** How many mentions per plan (reading order); all when absent. */
  mentionsPerPlan?: number | null;
  /** Only this plan's mentions. */
  planId?: string | null;
}

// LIMIT takes a number, not null: "all" is a bound no plan or entity reaches.
const ALL = 2 ** 31 - 1;

/** The parameters of `cypher/api/trace.cypher` for a page of a trace. */
export function traceParams(id: string, page: TracePage = {}) {
  return {
    id,
    offset: decodeCursor(page.after),
    first: page.first ?? ALL,
    perPlan: page.mentionsPerPlan ?? ALL,
    planId: page.planId ?? null,
    reach: SNIPPET_REACH,
  };
}

/**
 * Every complete plan that mentions an entity, in date order, with each mention: the answer
 * to "which plans mention this, and what exactly does each say?". One round trip; a page of
 * plans and a cap on mentions per plan keep the answer bounded for an entity that thousands
 * of plans mention.
 */
export async function traceEntity(db: StatementReader, id: string, page: TracePage = {}): Promise<PlanTraceView[]> {
  const params = traceParams(id, page);
  const rows = await db.read('api/trace', params);
  return rows.map((row, index) => {
    const plan = toPlan(row.plan);
    const mentions = row.mentions.map((item) => {
      const section = toSection(item.section);
      return toMention(item, section.id, plan.id, section);
    });
    return { plan, mentionCount: row.mentionCount, mentions, cursor: encodeCursor(params.offset + index + 1) };
  });
}
