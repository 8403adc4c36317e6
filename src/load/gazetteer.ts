import type { Database } from '../db/database.ts';
import type { Gazetteer } from '../gazetteer/index.ts';
import { batches } from './batches.ts';
import { pinyinKey } from './rows.ts';

export function regionId(code: string): string {
  return `region:${code}`;
}

/**
 * Loads the division hierarchy (Shanxi to township, China's provinces and prefectures) once, so
 * that places no plan mentions are there to navigate. Skipped when already complete.
 */
export async function loadGazetteerRegions(db: Database, gazetteer: Gazetteer, batchSize: number): Promise<number> {
  const regions = gazetteer.rows.filter((row) => row.kind === 'region');
  const [present] = await db.read('load/gazetteer-count');
  if (Number(present?.regions ?? 0) >= regions.length) return 0;
  const rows = regions.map((row) => ({
    id: regionId(row.code),
    name: row.name,
    code: row.code,
    level: row.level,
    parentCode: row.parentCode,
    formerNames: row.formerNames,
    staticAliases: [...row.shortNames, ...row.formerNames].filter((alias) => alias !== row.name),
    pinyin: pinyinKey(row.name),
  }));
  for (const batch of batches(rows, batchSize)) await db.write('load/regions', { rows: batch });
  for (const batch of batches(rows.filter((row) => row.parentCode !== null), batchSize)) {
    await db.write('load/region-hierarchy', { rows: batch });
  }
  return rows.length;
}
