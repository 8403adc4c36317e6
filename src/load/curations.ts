import type { Database, Params, RowOf, StatementName } from '../db/database.ts';
import { logger } from '../log.ts';
import { foldCurations, typeOfId, type CurationBook } from '../curate/book.ts';
import { recordFromRow, subjectIds, type CurationRecord } from '../model/curation.ts';
import { batches } from './batches.ts';
import { decodeResolution } from './resolution.ts';
import { curatedColumns, graphRows } from './rows.ts';

type Run = <N extends StatementName>(name: N, params?: Params) => Promise<RowOf<N>[]>;

/** Every record, in the order they apply; a record the schema refuses is a database fault, named. */
export async function readCurationRecords(run: Run | Database): Promise<CurationRecord[]> {
  const rows = typeof run === 'function' ? await run('curation/records') : await run.read('curation/records');
  return rows.map(recordFromRow);
}

/** Kinds that move mentions or drop a plan's relationships: the plans they touch are written again. */
const ROUTING = new Set(['MERGE', 'SPLIT', 'REMOVE_RELATION']);

/**
 * Stores new records and applies them to the loaded graph, in one write transaction: every plan
 * whose mentions a merge or split moves is written again from its stored resolution, then the
 * entities' curated state, their counts and the curators' relationships are brought in line. A
 * crash before the commit leaves the graph and the records as they were. The caller holds the
 * ingest lock, so no load runs meanwhile.
 */
export async function applyCurationRecords(db: Database, given: readonly CurationRecord[], batchSize: number): Promise<void> {
  await db.writeTransaction(async (run) => {
    const existing = await readCurationRecords(run);
    const records = numbered(existing, given);
    const before = foldCurations(existing);
    const after = foldCurations([...existing, ...records]);
    const byId = new Map([...existing, ...records].map((record) => [record.id, record]));
    // A revert changes what its target changed (a revert of a revert, what that one's target did).
    const effective = records.map((record) => {
      let target: CurationRecord | undefined = record;
      // Bounded: an imported file could make a revert name itself.
      for (let hops = 0; target?.change.kind === 'REVERT' && hops <= byId.size; hops += 1) target = byId.get(target.change.curationId);
      return target?.change.kind === 'REVERT' ? undefined : target;
    });
    const routed = effective.filter((record): record is CurationRecord => record !== undefined && ROUTING.has(record.change.kind));
    const routedIds = new Set(routed.flatMap((record) => [...routingIds(record.change), ...producedIds(record, before, after)]));

    const touched = new Set<string>();
    if (routedIds.size > 0) {
      for (const plan of await run('curation/plans-touching', { ids: [...routedIds].sort() })) {
        const resolution = decodeResolution(plan.resolution as Int8Array);
        const [cleared] = await run('curation/plan-graph-clear', { id: plan.planId, version: plan.version });
        for (const id of (cleared?.touched as string[] | undefined) ?? []) touched.add(id);
        const rows = graphRows(resolution, after);
        for (const row of rows.entities) touched.add(row.id);
        for (const [statement, stageRows] of [
          ['load/entities', rows.entities],
          ['load/region-hierarchy', rows.townships],
          ['load/mentions', rows.mentions],
          ['load/references', rows.references],
          ['load/relations', rows.relations],
        ] as const) {
          for (const batch of batches<unknown>(stageRows, batchSize)) await run(statement, { rows: batch });
        }
        logger().info({ planId: plan.planId }, 'plan written again with the curations (committed with the records)');
      }
    }
    for (const [i, record] of records.entries()) {
      const { seq } = record;
      // A revert is listed in the audit log of the entities its target named.
      const entityIds = subjectIds((effective[i] ?? record).change);
      await run('curation/record-create', {
        record: { id: record.id, seq, kind: record.change.kind, author: record.author, at: record.at, reason: record.reason, change: JSON.stringify(record.change), entityIds },
      });
    }
    const stateIds = new Set([...before.curatedIds, ...after.curatedIds, ...effective.flatMap((record) => (record ? subjectIds(record.change) : []))]);
    await syncCuratedState(run, before, after, stateIds, touched);
    await run('load/graph-version-bump');
  });
}

/**
 * The new records numbered after the ones stored, in their order (an import keeps its numbers
 * where they still come after): a record applies after every record made before it.
 */
function numbered(existing: readonly CurationRecord[], records: readonly CurationRecord[]): CurationRecord[] {
  let seq = existing.reduce((last, record) => Math.max(last, record.seq), -1);
  return records.map((record) => {
    seq = Math.max(seq + 1, record.seq);
    return { ...record, seq };
  });
}

/** After an ingest: the curated state and the curators' relationships, on the entities as loaded. */
export async function syncAfterIngest(db: Database, book: CurationBook): Promise<void> {
  if (book.active.length === 0) return;
  await db.writeTransaction(async (run) => {
    await syncCuratedState(run, book, book, new Set(book.curatedIds), new Set());
    await run('load/graph-version-bump');
  });
}

async function syncCuratedState(run: Run, before: CurationBook, after: CurationBook, stateIds: Set<string>, touched: Set<string>): Promise<void> {
  const stateRows = [...stateIds].sort().flatMap((id) => {
    const type = after.entityState(id)?.type ?? typeOfId(id);
    return type ? [{ id, type, ...curatedColumns(after.entityState(id)) }] : [];
  });
  await run('curation/entity-state', { rows: stateRows });
  await run('load/refresh-entities', { ids: [...new Set([...stateIds, ...touched])].sort() });
  const relationEnds = new Set([...before.addedRelations, ...after.addedRelations].flatMap((relation) => [relation.fromId, relation.toId]));
  if (relationEnds.size === 0) return;
  await run('curation/relations-clear', { ids: [...relationEnds].sort() });
  await run('curation/relations-create', { rows: after.addedRelations });
}

/**
 * The entities whose plans a routing record rewrites: a merge moves only the merged ones' mentions
 * (the kept one may be a hub of a thousand plans, none of which changes).
 */
function routingIds(change: CurationRecord['change']): string[] {
  return change.kind === 'MERGE' ? change.mergeIds : subjectIds(change);
}

/** The ids a routing record sends mentions to (a split's new entity), in either book. */
function producedIds(record: CurationRecord, before: CurationBook, after: CurationBook): string[] {
  const { change } = record;
  if (change.kind !== 'SPLIT') return [];
  return [...new Set([before.route(change.entityId, change.alias), after.route(change.entityId, change.alias)])];
}
