import type { StatementReader } from '../db/database.ts';
import { PlanGraphError } from '../errors.ts';
import { toEntity } from './rows.ts';
import type { EntityView } from './views.ts';

export const MAX_QUERY_LENGTH = 100;
/** Candidates each way of matching may contribute before ranking (most mentioned first). */
const PER_BRANCH = 200;
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Which tier a candidate falls in: lower is better. */
export function rankOf(entity: Pick<EntityView, 'name' | 'aliases'> & { pinyin?: string | null }, query: string, pinyinQuery: string, score: number): number {
  const aliases = entity.aliases;
  if (entity.name === query) return 0;
  if (aliases.includes(query)) return 1;
  if (entity.name.startsWith(query)) return 2;
  const pinyinForms = (entity.pinyin ?? '').split(' ').filter(Boolean);
  if (aliases.some((alias) => alias.startsWith(query))) return 3;
  if (pinyinQuery && pinyinForms.some((form) => form === pinyinQuery)) return 3;
  if (pinyinQuery && pinyinForms.some((form) => form.startsWith(pinyinQuery))) return 4;
  if (entity.name.includes(query) || aliases.some((alias) => alias.includes(query))) return 5;
  if (pinyinQuery && pinyinForms.some((form) => form.includes(pinyinQuery))) return 6;
  return score > 0 ? 7 : 8;
}

/** The parameters of `cypher/api/search.cypher` for a trimmed query. */
export function searchParams(query: string, types: string[] | null) {
  // Only a query of Latin letters is read as pinyin; null makes the pinyin branch match nothing.
  const pinyin = /^[a-z\s]+$/i.test(query) ? query.toLowerCase().replace(/\s+/g, '') : null;
  const lucene = query.replace(LUCENE_SPECIAL, (char) => `\\${char}`);
  return { query, pinyin, lucene, types, perBranch: PER_BRANCH };
}

/**
 * Search by Chinese name or alias, pinyin (jinzhong) or initials (jzjj). Ranked: exact name,
 * alias, prefix, substring, pinyin, then full-text score; ties go to the most mentioned and
 * the shorter name, so that 晋中市 comes before the parks named after it.
 */
export async function searchEntities(db: StatementReader, rawQuery: string, types: string[] | null, first: number): Promise<EntityView[]> {
  const query = rawQuery.trim();
  if (query.length === 0) throw new PlanGraphError('BAD_USER_INPUT', 'search query is empty', { subject: 'query' });
  if (query.length > MAX_QUERY_LENGTH) {
    throw new PlanGraphError('BAD_USER_INPUT', `search query is longer than ${MAX_QUERY_LENGTH} characters`, { subject: 'query' });
  }
  const params = searchParams(query, types);
  const rows = await db.read('api/search', params);
  const pinyinQuery = params.pinyin ?? '';
  return rows
    .map((row) => {
      const entity = toEntity(row.entity);
      return { entity, rank: rankOf({ ...entity, pinyin: row.entity.pinyin }, query, pinyinQuery, row.score), score: row.score };
    })
    .filter((candidate) => candidate.rank < 8)
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        b.score - a.score ||
        b.entity.mentionCount - a.entity.mentionCount ||
        a.entity.name.length - b.entity.name.length ||
        a.entity.id.localeCompare(b.entity.id),
    )
    .slice(0, first)
    .map(({ entity }) => entity);
}
