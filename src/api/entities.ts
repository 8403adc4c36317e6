import type { StatementReader } from '../db/database.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';
import { toEntity } from './rows.ts';
import type { EntityNameView, EntityView } from './views.ts';

export interface EntityConnectionView {
  edges: Array<{ cursor: string; node: EntityView }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

/** Entities by type, region (and everything below it) and plan, most mentioned first, paged. */
export async function entitiesPage(
  db: StatementReader,
  filter: { types: string[] | null; regionId: string | null; planId: string | null },
  first: number,
  after: string | null | undefined,
): Promise<EntityConnectionView> {
  const offset = decodeCursor(after);
  const [row] = await db.read('api/entities-page', { ...filter, offset, first });
  const page = (row?.page ?? []).map(toEntity);
  const total = row?.total ?? 0;
  return {
    edges: page.map((node, index) => ({ cursor: encodeCursor(offset + index + 1), node })),
    pageInfo: { hasNextPage: offset + page.length < total, endCursor: page.length > 0 ? encodeCursor(offset + page.length) : null },
    totalCount: total,
  };
}

/** The entities a name, alias or id names (`plangraph trace "<name>"`), the exact name and the most mentioned first. */
export async function entitiesNamed(db: StatementReader, name: string): Promise<EntityNameView[]> {
  const rows = await db.read('api/entity-by-name', { name });
  return rows.map((row) => ({ id: row.id, type: row.type, name: row.name, mentionCount: row.mentionCount ?? 0 }));
}
