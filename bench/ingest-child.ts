// One ingest in its own process, so that its peak RSS is its own: used by the scale bench.
//   NEO4J_URI=… NEO4J_PASSWORD=… node --import tsx bench/ingest-child.ts <folder> [batchSize]
// Prints one JSON line: seconds, per-file seconds, statuses, peak RSS.
import { Database } from '../src/db/database.ts';
import { ingest } from '../src/ingest/ingest.ts';
import { MAX_FILE_BYTES } from './lib/corpus.ts';
import { peakRss } from './lib/proc.ts';

const [folder, batch = '1000'] = process.argv.slice(2);
if (!folder || !process.env.NEO4J_URI || !process.env.NEO4J_PASSWORD) throw new Error('usage: NEO4J_URI=… NEO4J_PASSWORD=… ingest-child.ts <folder> [batchSize]');
const db = new Database({ uri: process.env.NEO4J_URI, username: 'neo4j', password: process.env.NEO4J_PASSWORD, queryTimeoutMs: 600_000 });
try {
  const started = performance.now();
  let done = 0;
  const report = await ingest([folder], db, {
    dryRun: false,
    force: false,
    batchSize: Number(batch),
    maxFileBytes: MAX_FILE_BYTES,
    onFile: () => {
      done += 1;
      if (done % 50 === 0) process.stderr.write(`    ${done} files, ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
    },
  });
  const seconds = (performance.now() - started) / 1000;
  const statuses: Record<string, number> = {};
  for (const file of report.files) statuses[file.status] = (statuses[file.status] ?? 0) + 1;
  const result = {
    seconds,
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
    // Per-file seconds in file order, to see whether later files cost more than earlier ones.
    perFile: report.files.map((file) => Math.round(file.seconds * 1000) / 1000),
    peakRssBytes: peakRss(),
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
} finally {
  await db.close();
}
