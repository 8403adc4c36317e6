import { graphCounts, planStatuses } from '../api/status.ts';
import type { StatementReader } from '../db/database.ts';

/** Counts by label and relationship type, and each plan's state: `plangraph status`. */
export async function printStatus(db: StatementReader, out: NodeJS.WritableStream = process.stdout): Promise<void> {
  const plans = await planStatuses(db);
  out.write(`plans (${plans.length}):\n`);
  for (const plan of plans) {
    out.write(`  ${String(plan.status).padEnd(8)} ${plan.id.padEnd(34)} ${String(plan.sections).padStart(5)} sections  loaded ${plan.loadedAt ?? '-'}\n`);
  }
  await printCounts(db, out);
}

export async function printCounts(db: StatementReader, out: NodeJS.WritableStream = process.stdout): Promise<void> {
  const { labels, relationships } = await graphCounts(db);
  const list = (counts: Array<{ name: string; count: number }>) => counts.map(({ name, count }) => `${name} ${count}`).join(', ');
  out.write(`nodes by label: ${list(labels)}\n`);
  out.write(`relationships by type: ${list(relationships)}\n`);
}
