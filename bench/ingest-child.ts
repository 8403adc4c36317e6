// One ingest in its own process, so that its peak RSS is its own: used by the scale benches.
//   NEO4J_URI=… NEO4J_PASSWORD=… [BENCH_WORKERS=n] node --import tsx bench/ingest-child.ts <folder | @list> [batchSize]
// (@list: a file naming the files to ingest, one per line, in that order.)
// Progress goes to stderr (a bar on a terminal, a line every tenth otherwise); one JSON line to
// stdout: seconds, per-file seconds and finishing times, statuses, peak RSS.
import { readFile, stat } from 'node:fs/promises';
import { Database } from '../src/db/database.ts';
import { listPlanFiles } from '../src/documents/read.ts';
import { ingest } from '../src/ingest/ingest.ts';
import { MAX_FILE_BYTES } from './lib/corpus.ts';
import { peakRss } from './lib/proc.ts';
import { Progress } from './lib/progress.ts';

const [folder, batch = '1000'] = process.argv.slice(2);
if (!folder || !process.env.NEO4J_URI || !process.env.NEO4J_PASSWORD) throw new Error('usage: NEO4J_URI=… NEO4J_PASSWORD=… ingest-child.ts <folder> [batchSize]');
const workers = Number(process.env.BENCH_WORKERS ?? '1');
const db = new Database({ uri: process.env.NEO4J_URI, username: 'neo4j', password: process.env.NEO4J_PASSWORD, queryTimeoutMs: 600_000 });
try {
  const paths = folder.startsWith('@') ? (await readFile(folder.slice(1), 'utf8')).split('\n').filter(Boolean) : [folder];
  const { files } = await listPlanFiles(paths);
  const sizes = new Map<string, number>();
  for (const file of files) sizes.set(file, (await stat(file)).size);
  const progress = new Progress('ingest', files.length, [...sizes.values()].reduce((a, b) => a + b, 0));
  const started = performance.now();
  const doneAt: number[] = [];
  const report = await ingest(paths, db, {
    dryRun: false,
    force: false,
    batchSize: Number(batch),
    maxFileBytes: MAX_FILE_BYTES,
    workers,
    onFile: (file) => {
      doneAt.push(Math.round(performance.now() - started));
      progress.advance(sizes.get(file.file) ?? 0);
    },
  });
  progress.finish();
  const seconds = (performance.now() - started) / 1000;
  const statuses: Record<string, number> = {};
  for (const file of report.files) statuses[file.status] = (statuses[file.status] ?? 0) + 1;
  const result = {
    seconds,
    workers,
    fileSeconds: report.files.reduce((sum, file) => sum + file.seconds, 0),
    files: report.files.length,
    statuses,
    failed: report.files.filter((file) => file.status === 'failed').map((file) => file.error),
    regionsLoaded: report.regionsLoaded,
    rows: report.files.reduce(
      (sum, file) => ({
        sections: sum.sections + (file.counts?.sections ?? 0),
        entities: sum.entities + (file.counts?.entities ?? 0),
        mentions: sum.mentions + (file.counts?.mentions ?? 0),
        relations: sum.relations + (file.counts?.relations ?? 0),
      }),
      { sections: 0, entities: 0, mentions: 0, relations: 0 },
    ),
    // Per file in file order: seconds from read to loaded, and when it was done (ms from the
    // start), to see whether later files cost more than earlier ones.
    perFile: report.files.map((file) => Math.round(file.seconds * 1000) / 1000),
    doneAt,
    bytes: report.files.map((file) => sizes.get(file.file) ?? 0),
    peakRssBytes: peakRss(),
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
} finally {
  await db.close();
}
