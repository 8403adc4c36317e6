// How long the CLI takes to answer before it does any work: `plangraph --help`, run as a user
// runs it (bin/plangraph.js: Node runs the TypeScript sources by type stripping), against a Node
// that starts and exits (`node -e 0`), and the same CLI through tsx, as it ran before. Each run
// spawns the three one after the other, so the ratios are of the same moment of the machine.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { PROJECT_ROOT } from '../src/config.ts';
import type { Benchmark, BenchContext, BenchOutput } from './lib/context.ts';
import { ratios, summarize } from './lib/stats.ts';

const run = promisify(execFile);
const BIN = path.join(PROJECT_ROOT, 'bin', 'plangraph.js');
const MAIN = path.join(PROJECT_ROOT, 'src', 'main.ts');

async function seconds(args: readonly string[]): Promise<number> {
  const started = performance.now();
  await run(process.execPath, args);
  return (performance.now() - started) / 1000;
}

export const cliStart: Benchmark = {
  name: 'cli',
  title: 'CLI start: plangraph --help against a bare Node start and the same CLI through tsx',
  async run(ctx: BenchContext): Promise<BenchOutput> {
    const help: number[] = [];
    const bare: number[] = [];
    const tsx: number[] = [];
    // One unmeasured round: the first spawn reads every file from disk.
    await seconds([BIN, '--help']);
    for (let i = 0; i < Math.max(ctx.options.runs, 5); i += 1) {
      help.push(await seconds([BIN, '--help']));
      bare.push(await seconds(['-e', '0']));
      tsx.push(await seconds(['--import', 'tsx', MAIN, '--help']));
    }
    ctx.log(`  plangraph --help ${summarize(help).median.toFixed(2)} s, node -e 0 ${summarize(bare).median.toFixed(2)} s, through tsx ${summarize(tsx).median.toFixed(2)} s`);
    return {
      figures: [
        { label: 'plangraph --help', unit: 's', value: summarize(help), target: '≤ 0.5', met: summarize(help).median <= 0.5 },
        { label: 'plangraph --help vs a bare Node start', unit: 's', value: summarize(help), baseline: { label: 'node -e 0', value: summarize(bare) }, ratio: ratios(help, bare) },
        { label: 'plangraph --help vs the same CLI through tsx', unit: 's', value: summarize(help), baseline: { label: 'tsx', value: summarize(tsx) }, ratio: ratios(help, tsx) },
      ],
      raw: { help, bare, tsx },
    };
  },
};
