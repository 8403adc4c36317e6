import type { Database } from '../db/database.ts';

/** Counts by label and relationship type, and each plan's state: `plangraph status`. */
export async function printStatus(db: Database, out: NodeJS.WritableStream = process.stdout): Promise<void> {
  const plans = await db.read('api/status-plans');
  out.write(`plans (${plans.length}):\n`);
  for (const plan of plans) {
    out.write(`  ${String(plan.status).padEnd(8)} ${String(plan.id).padEnd(34)} ${String(plan.sections ?? 0).padStart(5)} sections  loaded ${String(plan.loadedAt ?? '-')}\n`);
  }
  await printCounts(db, out);
}

export async function printCounts(db: Database, out: NodeJS.WritableStream = process.stdout): Promise<void> {
  const counts = await db.read('api/status');
  for (const kind of ['label', 'relationship']) {
    const rows = counts.filter((row) => row.kind === kind && Number(row.count) > 0);
    out.write(`${kind === 'label' ? 'nodes by label' : 'relationships by type'}: ${rows.map((row) => `${String(row.name)} ${String(row.count)}`).join(', ')}\n`);
  }
}
