import type { StatementReader } from '../db/database.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';
import { toFigures, toMention, toPlan, toSection } from './rows.ts';
import { SNIPPET_REACH } from './snippet.ts';
import type { TimelinePointView } from './views.ts';

// LIMIT takes a number, not null: "all" is a bound no entity reaches.
const ALL = 2 ** 31 - 1;

/**
 * What each plan says of an entity over time: one point per plan in date order (the stage its
 * passages name, its figures, the passage that decided), `first` plans after the cursor `after`.
 */
export async function timeline(db: StatementReader, id: string, page: { first?: number | null; after?: string | null } = {}): Promise<TimelinePointView[]> {
  const offset = decodeCursor(page.after);
  const rows = await db.read('api/timeline', { id, offset, first: page.first ?? ALL, reach: SNIPPET_REACH });
  return rows.map((row, index) => {
    const plan = toPlan(row.plan);
    const section = toSection(row.passage.section);
    return {
      plan,
      date: plan.issuedOn ?? (plan.periodStart === null ? null : String(plan.periodStart)),
      status: row.stage,
      statusCue: row.stageCue,
      figures: toFigures(row.figures),
      passage: toMention(row.passage, section.id, plan.id, section),
      mentionCount: row.mentionCount,
      cursor: encodeCursor(offset + index + 1),
    };
  });
}
