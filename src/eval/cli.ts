/**
 * `npm run eval`: extraction measured against the hand annotations, the default corpus (which
 * the rules were written from) and the development documents (which they were not) apart.
 *   npm run eval                 the two tables
 *   npm run eval -- --list       also every miss and every wrong entity, by document
 *   npm run eval -- --set dev    one set only
 *   npm run eval -- --list --tuning   lists only for the documents read while writing rules
 */
import { formatSet } from './score.ts';
import { evaluateAll, evaluateSet, type SetRun } from './run.ts';
import { GOLD_SETS, type GoldSet } from './gold.ts';

const TITLES: Record<GoldSet, string> = {
  corpus: 'Default corpus (rules were written from these documents)',
  dev: 'Development documents (no rule was written from them)',
};

function print(run: SetRun, list: boolean, tuningOnly: boolean): void {
  console.log(formatSet(TITLES[run.set], run.score));
  if (run.split) {
    console.log(formatSet('  of which read while writing rules', run.split.tuning));
    console.log(formatSet('  of which held out (never read while writing rules)', run.split.heldOut));
  }
  for (const doc of run.missing) console.log(`  not found, not scored: ${doc}`);
  console.log(`  extraction + resolution: ${run.extractionMs.toFixed(0)} ms`);
  if (!list) return;
  const shown = tuningOnly && run.split ? run.split.tuning : run.score;
  for (const miss of shown.misses) console.log(`  miss  ${miss.document}  ${miss.type}  ${miss.name}  [${miss.forms.join(' | ')}]`);
  for (const extra of shown.wrong) console.log(`  wrong ${extra.document}  ${extra.type}  ${extra.name}  [${extra.forms.join(' | ')}]`);
  for (const trace of shown.traces.filter((t) => !t.exact)) console.log(`  trace ${trace.type} ${trace.name}: expected ${trace.expected.length}, traced ${trace.traced.length} (${trace.traced.filter((d) => !trace.expected.includes(d)).length} extra)`);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const list = args.includes('--list');
  const setIndex = args.indexOf('--set');
  const only = setIndex >= 0 ? args[setIndex + 1] : undefined;
  if (only !== undefined && !GOLD_SETS.includes(only as GoldSet)) throw new Error(`--set must be one of ${GOLD_SETS.join(', ')}, not ${JSON.stringify(only)}`);
  const runs = only ? [await evaluateSet(only as GoldSet)] : await evaluateAll();
  runs.forEach((run, i) => {
    if (i > 0) console.log('');
    print(run, list, args.includes('--tuning'));
  });
}

main().catch((error: unknown) => {
  console.error(`eval: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
