import type { Database } from '../db/database.ts';
import { isPlanGraphError } from '../errors.ts';

export interface HealthReport {
  ok: boolean;
  neo4j: string | null;
  reason: string | null;
}

/** Asks Neo4j for its version: the answer is the health of the whole service. */
export async function checkHealth(db: Database): Promise<HealthReport> {
  try {
    const [row] = await db.read('health/ping');
    return { ok: true, neo4j: row ? `${String(row.version)} ${String(row.edition)}` : null, reason: null };
  } catch (error) {
    return { ok: false, neo4j: null, reason: isPlanGraphError(error) ? error.message : 'the database check failed' };
  }
}
