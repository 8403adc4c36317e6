import { randomUUID } from 'node:crypto';
import type { Database } from '../db/database.ts';
import { PlanGraphError } from '../errors.ts';
import { revertedBy, splitId } from '../curate/book.ts';
import { applyCurationRecords, readCurationRecords } from '../load/curations.ts';
import { withIngestLock } from '../load/ingest-lock.ts';
import { CurationRecordSchema, subjectIds, type CurationRecord } from '../model/curation.ts';
import { ENTITY_TYPES, type EntityType } from '../model/entity.ts';
import { completeChange, type CurationRequest, type EntityNow } from './prepare.ts';

export interface CurateOptions {
  batchSize: number;
  /** How long to wait for an ingest that holds the database. */
  lockWaitMs?: number;
}

export interface Curated {
  record: CurationRecord;
  /** The entities as the change leaves them, to show: the one kept, the one split off … */
  entityIds: string[];
}

/**
 * Makes one curation: checks it against the graph, stores it and applies it, all while holding
 * the ingest lock, so curations and ingests never interleave.
 */
export async function curate(db: Database, request: CurationRequest, by: { author: string; reason: string }, options: CurateOptions): Promise<Curated> {
  const reason = by.reason.trim();
  if (reason.length === 0) throw new PlanGraphError('BAD_USER_INPUT', 'reason: say why (it goes into the audit log)', { subject: 'reason' });
  return withIngestLock(
    db,
    async () => {
      const entities = await entitiesNow(db, subjectIds(request));
      const change = completeChange(request, entities);
      let target: CurationRecord | undefined;
      if (change.kind === 'REVERT') {
        const records = await readCurationRecords(db);
        target = records.find((record) => record.id === change.curationId);
        if (!target) throw new PlanGraphError('NOT_FOUND', `id: no curation ${change.curationId}`, { subject: 'id' });
        const undoneBy = revertedBy(records).get(target.id);
        if (undoneBy) throw new PlanGraphError('CONFLICT', `${target.id} was already undone by ${undoneBy}`, { subject: 'id' });
      }
      const parsed = CurationRecordSchema.safeParse({ id: `cur:${randomUUID()}`, seq: 0, author: by.author, at: new Date().toISOString(), reason, change });
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const field = String(issue?.path.at(-1) ?? 'input');
        throw new PlanGraphError('BAD_USER_INPUT', `${field}: ${issue?.message ?? 'invalid'}`, { subject: field });
      }
      const record = parsed.data;
      await applyCurationRecords(db, [record], options.batchSize);
      return { record, entityIds: shownIds(target ?? record, target !== undefined) };
    },
    { waitMs: options.lockWaitMs ?? 30_000 },
  );
}

/**
 * What to show after a change: the entity a merge kept (and, when a merge is undone, the ones it
 * gives back), both sides of a split, the subjects otherwise.
 */
function shownIds(record: CurationRecord, undone: boolean): string[] {
  const { change } = record;
  if (change.kind === 'SPLIT') return [change.entityId, splitId(change.type, change.alias)];
  if (change.kind === 'MERGE' && !undone) return [change.keepId];
  return subjectIds(change);
}

async function entitiesNow(db: Database, ids: readonly string[]): Promise<Map<string, EntityNow>> {
  if (ids.length === 0) return new Map();
  const rows = await db.read('curation/entities-state', { ids: [...new Set(ids)] });
  const found = new Map<string, EntityNow>();
  for (const row of rows) {
    if (typeof row.type !== 'string' || !ENTITY_TYPES.includes(row.type as EntityType)) continue;
    found.set(String(row.id), { id: String(row.id), type: row.type as EntityType, name: String(row.name), aliases: (row.aliases as string[] | null) ?? [] });
  }
  return found;
}
