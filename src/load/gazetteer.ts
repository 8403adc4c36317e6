import type { Database } from '../db/database.ts';
import type { Gazetteer } from '../gazetteer/index.ts';
import { regionId } from '../model/ids.ts';
import { batches } from './batches.ts';
import { pinyinKey } from './rows.ts';

/**
 * Rows per transaction for the gazetteer at least: its ~3,200 rows are small and fixed, and a
 * plan-sized batch (PLANGRAPH_BATCH_SIZE=20 in a test) would make the first ingest many
 * transactions.
 */
const GAZETTEER_BATCH_SIZE = 5000;

/**
 * Loads the division hierarchy down to counties once, so that places no plan mentions are there
 * to navigate. Townships (over 40,000) join it when a plan names them (load/rows.ts): loading
 * them all took 21–27 s on two cores at every first ingest and every test that starts clean.
 * Skipped when already complete.
 */
export async function loadGazetteerRegions(db: Database, gazetteer: Gazetteer, batchSize: number): Promise<number> {
  const size = Math.max(batchSize, GAZETTEER_BATCH_SIZE);
  const regions = gazetteer.rows.filter((row) => row.kind === 'region' && row.level !== 'township');
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
  for (const batch of batches(rows, size)) await db.write('load/regions', { rows: batch });
  for (const batch of batches(rows.filter((row) => row.parentCode !== null), size)) {
    await db.write('load/region-hierarchy', { rows: batch });
  }
  await db.write('load/graph-version-bump');
  return rows.length;
}
