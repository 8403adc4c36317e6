/**
 * `npm run eval`: extraction measured against the hand annotations, the default corpus (which
 * the rules were written from) and the development documents (which they were not) apart.
 *   npm run eval                 the two tables
 *   npm run eval -- --list       also every miss and every wrong entity, by document
 *   npm run eval -- --set dev    one set only
 *   npm run eval -- --list --tuning   lists only for the documents read while writing rules
 * Then the status and figures of project mentions (issue 16), the two sets apart again.
 */
import path from 'node:path';
import { PROJECT_ROOT } from '../config.ts';
import { formatSet } from './score.ts';
import { evaluateAll, evaluateSet, type SetRun } from './run.ts';
import { GOLD_SETS, type GoldSet } from './gold.ts';
import { evaluateStatusSet, formatStatusSet, STATUS_ANNOTATIONS_DIR, type StatusSetRun } from './status.ts';

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

const STATUS_TITLES: Record<GoldSet, string> = {
  corpus: 'Status and figures, default corpus (rules were written from these documents)',
  dev: 'Status and figures, development documents (no rule was written from them)',
};

function printStatus(run: StatusSetRun, list: boolean): void {
  const folder = path.relative(PROJECT_ROOT, path.join(STATUS_ANNOTATIONS_DIR, run.set));
  if (run.score.documents === 0 && run.missing.length === 0) {
    console.log(`${STATUS_TITLES[run.set]}: no annotations yet (${folder}/*.json)`);
    return;
  }
  console.log(formatStatusSet(STATUS_TITLES[run.set], run.score));
  for (const doc of run.missing) console.log(`  not found, not scored: ${doc}`);
  if (!list) return;
  for (const m of run.score.notFound) console.log(`  not extracted  ${m.document}  ${m.surface}  [${m.passage}]`);
  for (const d of run.score.disagreements) console.log(`  stage  ${d.document}  ${d.surface}: annotated ${d.gold}, read ${d.predicted}${d.cue ? ` (${d.cue})` : ''}`);
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
  for (const set of only ? [only as GoldSet] : GOLD_SETS) {
    console.log('');
    printStatus(await evaluateStatusSet(set), list);
  }
}

main().catch((error: unknown) => {
  console.error(`eval: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
