import type { StatementReader } from '../db/database.ts';
import type { GraphCountsView, PlanStatusView } from './views.ts';

/** Every plan in the database, whatever its state (loading, complete), by issue date. */
export async function planStatuses(db: StatementReader): Promise<PlanStatusView[]> {
  return (await db.read('api/status-plans')).map((row) => ({ ...row, sections: row.sections ?? 0 }));
}

/** Nodes by label and relationships by type, leaving out the empty ones, by name. */
export async function graphCounts(db: StatementReader): Promise<GraphCountsView> {
  const rows = (await db.read('api/status')).filter((row) => row.count > 0);
  const of = (kind: 'label' | 'relationship') => rows.filter((row) => row.kind === kind).map(({ name, count }) => ({ name, count }));
  return { labels: of('label'), relationships: of('relationship') };
}
