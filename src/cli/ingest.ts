import { availableParallelism } from 'node:os';
import type { Config } from '../config.ts';
import type { Database } from '../db/database.ts';
import { ingest, type FileResult, type IngestReport } from '../ingest/ingest.ts';
import { progressReporter } from './progress.ts';

export interface IngestCommandOptions {
  dryRun?: boolean;
  force?: boolean;
  /** Threads that read and build documents (default: the machine's cores). */
  workers?: number;
}

function describe(result: FileResult): string {
  const head = `${result.status.padEnd(9)} ${result.file}`;
  if (result.status === 'failed') return `${head}\n          ${result.error ?? ''}`;
  const s = result.summary;
  const lines = [head];
  if (s) {
    lines.push(`          ${s.title} · ${s.kind} · ${s.region} · ${s.period ?? 'no period'}${s.speaker ? ` · ${s.speaker}` : ''}`);
    lines.push(`          ${s.format}${s.pages ? ` (${s.pages} pages)` : ''}, ${s.encoding}, sha256 ${s.sha256}, sections ${Object.entries(s.sectionsByKind).map(([kind, n]) => `${kind} ${n}`).join(', ')}`);
    for (const r of s.repetitions) lines.push(`          repetition: the ${r.scope === 'document' ? 'whole text' : 'block'} appears ${r.copies} times (${r.blockLength} characters each); kept once`);
  }
  if (result.counts) {
    const c = result.counts;
    lines.push(`          ${c.entities} entities, ${c.mentions} mentions, ${c.relations} relations (${result.seconds.toFixed(2)} s)`);
  }
  for (const group of result.entities ?? []) {
    lines.push(`          ${group.type} (${group.names.length}): ${group.names.map((n) => `${n.name} ×${n.mentions}`).join('、')}`);
  }
  return lines.join('\n');
}

/**
 * Runs an ingest and prints one block per file. Exit status: 0 all good, 2 some files failed
 * (the others were loaded), 65 (BAD_INPUT) when every file failed.
 */
export async function runIngest(config: Config, db: Database | undefined, paths: string[], options: IngestCommandOptions): Promise<{ status: number; report: IngestReport }> {
  const progress = progressReporter();
  let report: IngestReport;
  try {
    report = await ingest(paths, db, {
      dryRun: options.dryRun ?? false,
      force: options.force ?? false,
      workers: options.workers ?? availableParallelism(),
      batchSize: config.batchSize,
      maxFileBytes: config.maxFileBytes,
      onProgress: progress.onProgress,
      onSkip: (skip) => process.stdout.write(`skipped   ${skip.file}\n          ${skip.reason}\n`),
      onFile: (result) => {
        progress.stop();
        process.stdout.write(`${describe(result)}\n`);
      },
    });
  } finally {
    progress.stop();
  }
  if (report.recovered.length > 0) process.stdout.write(`recovered unfinished loads of: ${report.recovered.join(', ')}\n`);
  const failed = report.files.filter((file) => file.status === 'failed').length;
  const skipped = report.skipped.length > 0 ? `, ${report.skipped.length} skipped (not a supported kind)` : '';
  process.stdout.write(`${report.files.length - failed} of ${report.files.length} files ${options.dryRun ? 'checked' : 'ingested'}, ${failed} failed${skipped}, in ${report.seconds.toFixed(1)} s\n`);
  const status = failed === 0 ? 0 : failed === report.files.length ? 65 : 2;
  return { status, report };
}
