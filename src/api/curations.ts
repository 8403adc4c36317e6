import { revertedBy } from '../curate/book.ts';
import { describeChange } from '../curation/describe.ts';
import type { StatementReader } from '../db/database.ts';
import { PlanGraphError } from '../errors.ts';
import { recordFromRow, type CurationRecord } from '../model/curation.ts';

/** One record of the audit log as the API shows it. */
export interface CurationView {
  id: string;
  kind: string;
  author: string;
  at: string;
  reason: string;
  summary: string;
  entityIds: string[];
  change: string;
  reverts: string | null;
  revertedBy: string | null;
  orphaned: boolean;
}

export interface CurationFilter {
  entityId: string | null;
  author: string | null;
  since: string | null;
}

export interface CurationPage {
  edges: Array<{ cursor: string; node: CurationView }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const encodeSeq = (seq: number): string => Buffer.from(`seq:${seq}`).toString('base64url');

function decodeSeq(cursor: string | null | undefined): number | null {
  if (cursor === null || cursor === undefined) return null;
  const match = /^seq:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw new PlanGraphError('BAD_USER_INPUT', `"after" is not a cursor this API gave out: ${JSON.stringify(cursor).slice(0, 40)}`, { subject: 'after' });
  return Number(match[1]);
}

/** The audit log, newest first, a page at a time (`after` is the cursor of the last record seen). */
export async function curationLog(db: StatementReader, filter: CurationFilter, first: number, after?: string | null): Promise<CurationPage> {
  if (filter.since !== null && Number.isNaN(Date.parse(filter.since))) throw new PlanGraphError('BAD_USER_INPUT', `since: not an ISO 8601 time: ${filter.since}`, { subject: 'since' });
  const since = filter.since === null ? null : new Date(filter.since).toISOString();
  const rows = await db.read('api/curations', { ...filter, since, before: decodeSeq(after), limit: first + 1 });
  const views = await viewsOf(db, rows.slice(0, first));
  const edges = views.map((node) => ({ cursor: encodeSeq(node.seq), node }));
  return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
}

/** One record as the audit log shows it; null when there is none with that id. */
export async function curationById(db: StatementReader, id: string): Promise<CurationView | null> {
  const [view] = await viewsOf(db, await db.read('api/curations-by-id', { ids: [id] }));
  return view ?? null;
}

/** Records in words, with what undid them and whether the rules still produce their entities. */
async function viewsOf(db: StatementReader, rows: ReadonlyArray<Record<string, unknown>>): Promise<Array<CurationView & { seq: number }>> {
  const page = rows.map(recordOf);
  const reverts = (await db.read('api/curation-reverts')).map((row) => recordOf(row));
  const undone = revertedBy(reverts.map((view) => view.record));
  const targetIds = page.flatMap(({ record }) => (record.change.kind === 'REVERT' ? [record.change.curationId] : []));
  const targets = new Map((targetIds.length ? await db.read('api/curations-by-id', { ids: targetIds }) : []).map((row) => [String(row.id), recordOf(row).record.change]));
  const named = [...new Set(page.flatMap(({ entityIds }) => entityIds))];
  const [produced] = named.length ? await db.read('api/entities-produced', { ids: named }) : [];
  const present = new Set((produced?.ids as string[] | undefined) ?? []);
  return page.map(({ record, entityIds }) => ({
    id: record.id,
    seq: record.seq,
    kind: record.change.kind,
    author: record.author,
    at: record.at,
    reason: record.reason,
    summary: describeChange(record.change, record.change.kind === 'REVERT' ? targets.get(record.change.curationId) : undefined),
    entityIds,
    change: JSON.stringify(record.change),
    reverts: record.change.kind === 'REVERT' ? record.change.curationId : null,
    revertedBy: undone.get(record.id) ?? null,
    orphaned: entityIds.length > 0 && !entityIds.some((id) => present.has(id)),
  }));
}

function recordOf(row: Record<string, unknown>): { record: CurationRecord; entityIds: string[] } {
  return { record: recordFromRow(row), entityIds: (row.entityIds as string[] | null) ?? [] };
}
