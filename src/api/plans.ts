import type { StatementReader } from '../db/database.ts';
import { toPlan } from './rows.ts';
import type { PlanView } from './views.ts';

/** Every plan with a complete version, by issue date. */
export async function listPlans(db: StatementReader): Promise<PlanView[]> {
  return (await db.read('api/plans')).map((row) => toPlan(row.plan));
}
