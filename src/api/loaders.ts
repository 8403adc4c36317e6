import DataLoader from 'dataloader';
import type { Database, Row } from '../db/database.ts';
import { asEntity, asEvidence, asMention, asPlan, asSection } from './rows.ts';
import type { EntityView, MentionView, PlanView, RelationView, SectionView } from './views.ts';

/** Groups rows by a key column, in the order of `keys` (what DataLoader expects). */
function groupBy<T>(keys: readonly string[], rows: Row[], keyOf: (row: Row) => string, map: (row: Row) => T): T[][] {
  const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(map(row));
  return keys.map((key) => groups.get(key) ?? []);
}

function byKey<T>(keys: readonly string[], rows: Row[], keyOf: (row: Row) => string, map: (row: Row) => T): (T | null)[] {
  const found = new Map(rows.map((row) => [keyOf(row), map(row)]));
  return keys.map((key) => found.get(key) ?? null);
}

/**
 * Per-request batching: every field that needs the database asks a loader, and each loader
 * answers a whole level of the query with one named statement (no N+1).
 */
export function createLoaders(db: Database) {
  return {
    plan: new DataLoader<string, PlanView | null>(async (ids) =>
      byKey(ids, await db.read('api/plans-by-id', { ids }), (row) => asPlan(row.plan).id, (row) => asPlan(row.plan)),
    ),
    sectionsOfPlan: new DataLoader<string, SectionView[]>(async (ids) =>
      groupBy(ids, await db.read('api/plan-sections', { ids }), (row) => String(row.planId), (row) => asSection(row.section)),
    ),
    section: new DataLoader<string, SectionView | null>(async (ids) =>
      byKey(ids, await db.read('api/sections-by-id', { ids }), (row) => asSection(row.section).id, (row) => asSection(row.section)),
    ),
    mentionsOfSection: new DataLoader<string, MentionView[]>(async (ids) => {
      const rows = await db.read('api/section-mentions', { ids });
      return groupBy(ids, rows, (row) => String(row.sectionId), (row) => asMention(row as never, String(row.sectionId), String(row.sectionId).split('@')[0] ?? ''));
    }),
    entity: new DataLoader<string, EntityView | null>(async (ids) =>
      byKey(ids, await db.read('api/entities-by-id', { ids }), (row) => asEntity(row.entity).id, (row) => asEntity(row.entity)),
    ),
    plansOfEntity: new DataLoader<string, PlanView[]>(async (ids) =>
      groupBy(ids, await db.read('api/entity-plans', { ids }), (row) => String(row.entityId), (row) => asPlan(row.plan)),
    ),
    relationsOfEntity: new DataLoader<string, RelationView[]>(async (ids) =>
      groupBy(
        ids,
        await db.read('api/relations', { ids, type: null, direction: null }),
        (row) => String(row.entityId),
        (row) => ({
          type: String(row.type),
          direction: row.direction === 'OUT' ? 'OUT' : 'IN',
          other: asEntity(row.other),
          evidence: (row.evidence as unknown[]).filter((e) => e !== null).map(asEvidence),
        }),
      ),
    ),
    childrenOfRegion: new DataLoader<string, EntityView[]>(async (ids) =>
      groupBy(ids, await db.read('api/region-children', { ids }), (row) => String(row.regionId), (row) => asEntity(row.child)),
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
