import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config.ts';

/**
 * What decides the graph a document yields: the pure stages' code, the model they share (ids,
 * offsets), the order that composes them, and the data they read.
 */
const INPUTS = [
  'src/model',
  'src/documents',
  'src/normalize',
  'src/structure',
  'src/extract',
  'src/resolve',
  'src/gazetteer',
  'src/ingest/prepare.ts',
  'src/ingest/pipeline.ts',
  'src/load/rows.ts',
  'data/dictionary',
  'data/gazetteer',
  'data/aliases.json',
];

function filesUnder(relative: string): string[] {
  const full = path.join(PROJECT_ROOT, relative);
  if (statSync(full).isFile()) return [relative];
  return readdirSync(full)
    .sort()
    .flatMap((name) => filesUnder(path.join(relative, name)));
}

let cached: string | undefined;

/**
 * A fingerprint of the pipeline. A plan counts as unchanged only when both its source and the
 * pipeline are the same as when it was loaded, so improved extraction rules reach the graph
 * on the next ingest without --force.
 */
export function pipelineVersion(): string {
  if (cached === undefined) {
    const hash = createHash('sha256');
    for (const file of INPUTS.flatMap(filesUnder)) {
      hash.update(file.replace(/\\/g, '/'));
      hash.update(readFileSync(path.join(PROJECT_ROOT, file)));
    }
    cached = hash.digest('hex').slice(0, 16);
  }
  return cached;
}
