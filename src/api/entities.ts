import type { Database } from '../db/database.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';
import { asEntity } from './rows.ts';
import type { EntityView } from './views.ts';

export interface EntityConnectionView {
  edges: Array<{ cursor: string; node: EntityView }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

/** Entities by type, region (and everything below it) and plan, most mentioned first, paged. */
export async function entitiesPage(
  db: Database,
  filter: { types: string[] | null; regionId: string | null; planId: string | null },
  first: number,
  after: string | null | undefined,
): Promise<EntityConnectionView> {
  const offset = decodeCursor(after);
  const [row] = await db.read('api/entities-page', { ...filter, offset, first });
  const page = ((row?.page as unknown[]) ?? []).map(asEntity);
  const total = Number(row?.total ?? 0);
  return {
    edges: page.map((node, index) => ({ cursor: encodeCursor(offset + index + 1), node })),
    pageInfo: { hasNextPage: offset + page.length < total, endCursor: page.length > 0 ? encodeCursor(offset + page.length) : null },
    totalCount: total,
  };
}
