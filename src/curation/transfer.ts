import type { Database } from '../db/database.ts';
import { PlanGraphError } from '../errors.ts';
import { applyCurationRecords, readCurationRecords } from '../load/curations.ts';
import { withIngestLock } from '../load/ingest-lock.ts';
import { CurationRecordSchema, type CurationRecord } from '../model/curation.ts';

/** Every record as JSON lines, in the order they apply: what `plangraph curation export` writes. */
export async function exportCurations(db: Database): Promise<string> {
  return (await readCurationRecords(db)).map((record) => `${JSON.stringify(record)}\n`).join('');
}

/** The records of an export, each line checked; a bad line is named by its number and the reason. */
export function parseCurationLines(text: string, source: string): CurationRecord[] {
  const records: CurationRecord[] = [];
  for (const [index, line] of text.split('\n').entries()) {
    if (line.trim() === '') continue;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      throw new PlanGraphError('BAD_INPUT', `${source}:${index + 1}: not JSON`, { subject: source });
    }
    const parsed = CurationRecordSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new PlanGraphError('BAD_INPUT', `${source}:${index + 1}: ${issue?.path.join('.') || 'record'} ${issue?.message ?? 'is not a curation record'}`, { subject: source });
    }
    records.push(parsed.data);
  }
  return records;
}

export interface ImportReport {
  added: number;
  /** Records the database already holds (same id): an import can be run again. */
  present: number;
}

/**
 * Adds the records another server exported, in their order, and applies them in one
 * transaction (all or none). Records already present are skipped, so importing twice is harmless.
 */
export async function importCurations(db: Database, records: readonly CurationRecord[], batchSize: number): Promise<ImportReport> {
  return withIngestLock(db, async () => {
    const known = new Set((await readCurationRecords(db)).map((record) => record.id));
    const fresh = [...records].sort((a, b) => a.seq - b.seq).filter((record) => !known.has(record.id));
    if (fresh.length > 0) await applyCurationRecords(db, fresh, batchSize);
    return { added: fresh.length, present: records.length - fresh.length };
  });
}
