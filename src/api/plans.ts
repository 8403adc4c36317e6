import type { StatementReader } from '../db/database.ts';
import { toPlan } from './rows.ts';
import type { PlanView } from './views.ts';

/** Every plan with a complete version, by issue date. */
export async function listPlans(db: StatementReader): Promise<PlanView[]> {
  return (await db.read('api/plans')).map((row) => toPlan(row.plan));
}

/** Plans by id, in the order asked; undefined for an id with no complete plan. */
export async function plansById(db: StatementReader, ids: readonly string[]): Promise<Array<PlanView | undefined>> {
  const found = new Map((await db.read('api/plans-by-id', { ids: [...ids] })).map((row) => [row.plan.id, toPlan(row.plan)]));
  return ids.map((id) => found.get(id));
}
