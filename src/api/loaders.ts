import DataLoader from 'dataloader';
import type { StatementReader } from '../db/database.ts';
import { foldCurations } from '../curate/book.ts';
import { recordFromRow } from '../model/curation.ts';
import { planIdOfSection } from '../model/ids.ts';
import { toEntity, toEvidence, toMention, toPlan, toSection } from './rows.ts';
import { SNIPPET_REACH } from './snippet.ts';
import type { EntityView, MentionView, PlanView, RelationView, SectionView } from './views.ts';

/** The most plans of one entity a request gets at once (Entity.plans(first)); the trace pages on. */
export const PLANS_OF_ENTITY = 100;
/** The most related entities read for one entity (its relations, a zone's parks …), the most evidenced. */
export const RELATIONS_OF_ENTITY = 200;

/** Groups rows by a key column, in the order of `keys` (what DataLoader expects). */
function groupBy<R, T>(keys: readonly string[], rows: readonly R[], keyOf: (row: R) => string, map: (row: R) => T): T[][] {
  const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(map(row));
  return keys.map((key) => groups.get(key) ?? []);
}

function byKey<R, T>(keys: readonly string[], rows: readonly R[], keyOf: (row: R) => string, map: (row: R) => T): (T | null)[] {
  const found = new Map(rows.map((row) => [keyOf(row), map(row)]));
  return keys.map((key) => found.get(key) ?? null);
}

/**
 * Entities by id; an id a merge took away answers the entity it went to (a client, a bookmark or
 * a shared URL may still hold it).
 */
async function entitiesById(db: StatementReader, ids: readonly string[]): Promise<(EntityView | null)[]> {
  const found = byKey(ids, await db.read('api/entities-by-id', { ids }), (row) => row.entity.id, (row) => toEntity(row.entity));
  const missing = ids.filter((_, i) => found[i] === null);
  if (missing.length === 0) return found;
  const records = await db.read('api/merge-redirects', { ids: missing });
  if (records.length === 0) return found;
  const book = foldCurations(records.map(recordFromRow));
  const targets = missing.map((id) => book.redirect(id)).filter((target, i) => target !== missing[i]);
  if (targets.length === 0) return found;
  const moved = new Map((await db.read('api/entities-by-id', { ids: targets })).map((row) => [row.entity.id, toEntity(row.entity)]));
  return ids.map((id, i) => found[i] ?? moved.get(book.redirect(id)) ?? null);
}

/**
 * Per-request batching: every field that needs the database asks a loader, and each loader
 * answers a whole level of the query with one named statement (no N+1).
 */
export function createLoaders(db: StatementReader) {
  return {
    plan: new DataLoader<string, PlanView | null>(async (ids) =>
      byKey(ids, await db.read('api/plans-by-id', { ids }), (row) => row.plan.id, (row) => toPlan(row.plan)),
    ),
    sectionsOfPlan: new DataLoader<string, SectionView[]>(async (ids) =>
      groupBy(ids, await db.read('api/plan-sections', { ids }), (row) => row.planId, (row) => toSection(row.section)),
    ),
    section: new DataLoader<string, SectionView | null>(async (ids) =>
      byKey(ids, await db.read('api/sections-by-id', { ids }), (row) => row.section.id, (row) => toSection(row.section)),
    ),
    mentionsOfSection: new DataLoader<string, MentionView[]>(async (ids) =>
      groupBy(
        ids,
        await db.read('api/section-mentions', { ids, reach: SNIPPET_REACH }),
        (row) => row.sectionId,
        (row) => toMention(row, row.sectionId, planIdOfSection(row.sectionId)),
      ),
    ),
    entity: new DataLoader<string, EntityView | null>((ids) => entitiesById(db, ids)),
    // How many plans, and the first PLANS_OF_ENTITY of them: the most a request may ask for.
    plansOfEntity: new DataLoader<string, { planCount: number; plans: PlanView[] }>(async (ids) =>
      byKey(ids, await db.read('api/entity-plans', { ids, first: PLANS_OF_ENTITY }), (row) => row.entityId, (row) => ({ planCount: row.planCount, plans: row.plans.map(toPlan) })).map(
        (found) => found ?? { planCount: 0, plans: [] },
      ),
    ),
    relationsOfEntity: new DataLoader<string, RelationView[]>(async (ids) =>
      groupBy(
        ids,
        await db.read('api/relations', { ids, type: null, direction: null, perEntity: RELATIONS_OF_ENTITY }),
        (row) => row.entityId,
        (row) => ({ type: row.type, direction: row.direction, other: toEntity(row.other), evidence: row.evidence.map(toEvidence) }),
      ),
    ),
    childrenOfRegion: new DataLoader<string, EntityView[]>(async (ids) =>
      groupBy(ids, await db.read('api/region-children', { ids }), (row) => row.regionId, (row) => toEntity(row.child)),
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
