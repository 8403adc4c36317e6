import { comparePlans } from '../api/compare.ts';
import type { ComparedListView } from '../api/views.ts';
import type { StatementReader } from '../db/database.ts';

/** How many entities of each list `plangraph compare` prints unless told otherwise. */
const SHOWN = 100;

/**
 * `plangraph compare <a> <b>`: what only a mentions, what only b does, and what both do with
 * the stage each names (→ where it moved on), most mentioned first.
 */
export async function printComparison(db: StatementReader, a: string, b: string, options: { types?: string[]; limit?: number } = {}, out: NodeJS.WritableStream = process.stdout): Promise<void> {
  const comparison = await comparePlans(db, a, b, { types: options.types ?? null, regionId: null }, options.limit ?? SHOWN);
  out.write(`A: ${comparison.a.title} [${a}]\nB: ${comparison.b.title} [${b}]\n`);
  printList(out, 'only in A', comparison.onlyInA, (item) => stageNote(item.statusInA));
  printList(out, 'only in B', comparison.onlyInB, (item) => stageNote(item.statusInB));
  printList(out, 'in both', comparison.inBoth, (item) => (item.statusInA || item.statusInB ? ` (${item.statusInA ?? '–'} → ${item.statusInB ?? '–'})` : ''));
}

function printList(out: NodeJS.WritableStream, title: string, list: ComparedListView, note: (item: ComparedListView['items'][number]) => string): void {
  const more = list.totalCount > list.items.length ? `, the first ${list.items.length} below` : '';
  out.write(`\n${title}: ${list.totalCount}${more}\n`);
  for (const item of list.items) out.write(`  ${item.entity.type.padEnd(10)} ${item.entity.name}${note(item)}\n`);
}

function stageNote(stage: string | null): string {
  return stage ? ` (${stage})` : '';
}
