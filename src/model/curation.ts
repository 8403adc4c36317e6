import { z } from 'zod';
import { PlanGraphError } from '../errors.ts';
import { ENTITY_TYPES } from './entity.ts';

/**
 * A curation record: one correction an analyst made to the graph, with who, when and why
 * (docs/curation.md). Records are kept for ever and undone by a later REVERT, so the graph can
 * always be rebuilt from the extraction and the records in order.
 */
export const CURATION_KINDS = ['MERGE', 'SPLIT', 'RENAME', 'RETYPE', 'REJECT', 'ADD_ALIAS', 'REMOVE_ALIAS', 'ADD_RELATION', 'REMOVE_RELATION', 'REVERT'] as const;
export type CurationKind = (typeof CURATION_KINDS)[number];

export const RELATION_KINDS = ['LOCATED_IN', 'COVERS', 'PART_OF', 'BUILT_BY', 'IN_PARK', 'IN_ZONE'] as const;

const entityId = z.string().trim().min(3, 'must be an entity id such as park:…').max(300).regex(/^[a-z]+:\S/, 'must be an entity id such as park:…');
const form = z.string().trim().min(1, 'must not be empty').max(120, 'must be at most 120 characters');
const entityType = z.enum(ENTITY_TYPES);

/** What each kind changes; the one definition, checked on the way in from GraphQL and from an import. */
export const CurationChangeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('MERGE'), keepId: entityId, mergeIds: z.array(entityId).min(1, 'name at least one entity to merge').max(50), keepName: form, keepType: entityType }),
  z.object({ kind: z.literal('SPLIT'), entityId, alias: form, type: entityType }),
  z.object({ kind: z.literal('RENAME'), entityId, name: form }),
  z.object({ kind: z.literal('RETYPE'), entityId, type: entityType, fromType: entityType }),
  z.object({ kind: z.literal('REJECT'), entityId }),
  z.object({ kind: z.literal('ADD_ALIAS'), entityId, alias: form }),
  z.object({ kind: z.literal('REMOVE_ALIAS'), entityId, alias: form }),
  z.object({ kind: z.literal('ADD_RELATION'), type: z.enum(RELATION_KINDS), fromId: entityId, toId: entityId }),
  z.object({ kind: z.literal('REMOVE_RELATION'), type: z.enum(RELATION_KINDS), fromId: entityId, toId: entityId }),
  z.object({ kind: z.literal('REVERT'), curationId: z.string().regex(/^cur:[0-9a-f-]{36}$/, 'must be a curation id (cur:…)') }),
]);
export type CurationChange = z.output<typeof CurationChangeSchema>;

export const CurationRecordSchema = z.object({
  id: z.string().regex(/^cur:[0-9a-f-]{36}$/, 'must be a curation id (cur:…)'),
  /** The order records apply in: a later record sees what the earlier ones made. */
  seq: z.number().int().nonnegative(),
  author: z.string().trim().min(1).max(100),
  /** ISO 8601, UTC. */
  at: z.string().datetime({ message: 'must be an ISO 8601 time' }),
  reason: z.string().trim().min(1, 'a reason is required').max(2000),
  change: CurationChangeSchema,
});
export type CurationRecord = z.output<typeof CurationRecordSchema>;

/** What names a change's entities: a change, or a request for one before the server completes it. */
export type NamesEntities =
  | { kind: 'MERGE'; keepId: string; mergeIds: readonly string[] }
  | { kind: 'ADD_RELATION' | 'REMOVE_RELATION'; fromId: string; toId: string }
  | { kind: 'REVERT' }
  | { kind: 'SPLIT' | 'RENAME' | 'RETYPE' | 'REJECT' | 'ADD_ALIAS' | 'REMOVE_ALIAS'; entityId: string };

/** The entities a record is about (for a merge: the one kept first); a REVERT names none itself. */
export function subjectIds(change: NamesEntities): string[] {
  switch (change.kind) {
    case 'MERGE':
      return [change.keepId, ...change.mergeIds];
    case 'ADD_RELATION':
    case 'REMOVE_RELATION':
      return [change.fromId, change.toId];
    case 'REVERT':
      return [];
    default:
      return [change.entityId];
  }
}

/**
 * A record as the database returns it, its change stored as JSON text: the one reading of stored
 * records (ingest, curations, the audit log). A change the schema refuses is a fault of the
 * stored data, named by the record's id.
 */
export function recordFromRow(row: Record<string, unknown>): CurationRecord {
  let json: unknown;
  try {
    json = JSON.parse(String(row.change));
  } catch {
    json = undefined;
  }
  const parsed = CurationChangeSchema.safeParse(json);
  if (!parsed.success) throw new PlanGraphError('DB_ERROR', `curation record ${String(row.id)} in the database is malformed: ${parsed.error.issues[0]?.message ?? 'not JSON'}`);
  return { id: String(row.id), seq: Number(row.seq), author: String(row.author ?? ''), at: String(row.at ?? ''), reason: String(row.reason ?? ''), change: parsed.data };
}
