import { readFile, writeFile } from 'node:fs/promises';
import type { Database } from '../db/database.ts';
import { PlanGraphError } from '../errors.ts';
import { exportCurations, importCurations, parseCurationLines } from '../curation/transfer.ts';

/** `plangraph curation export [file]`: the records as JSON lines, to a file or stdout. */
export async function runCurationExport(db: Database, file: string | undefined, out: NodeJS.WritableStream = process.stdout): Promise<void> {
  const lines = await exportCurations(db);
  if (file === undefined) {
    out.write(lines);
    return;
  }
  await writeFile(file, lines, 'utf8');
  out.write(`wrote ${lines.split('\n').length - 1} curation records to ${file}\n`);
}

/** `plangraph curation import <file>`: adds and applies another server's records (all or none). */
export async function runCurationImport(db: Database, file: string, batchSize: number, out: NodeJS.WritableStream = process.stdout): Promise<void> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new PlanGraphError('BAD_INPUT', `${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`, { subject: file, cause: error });
  }
  const report = await importCurations(db, parseCurationLines(text, file), batchSize);
  out.write(`${file}: ${report.added} curation records added and applied, ${report.present} already present\n`);
}
