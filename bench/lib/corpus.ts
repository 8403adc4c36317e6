import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config.ts';
import type { ManifestEntry } from '../../src/documents/manifest.ts';
import { loadManifest } from '../../src/documents/manifest.ts';
import { listPlanFiles, readSource } from '../../src/documents/read.ts';
import { loadResources, type PipelineResources } from '../../src/ingest/resources.ts';
import { buildPlan, type PlanBuild } from '../../src/ingest/pipeline.ts';
import type { SourceDocument } from '../../src/model/document.ts';

export const CORPUS_DIR = path.join(PROJECT_ROOT, 'data', 'plans');
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export interface CorpusFile {
  file: string;
  source: SourceDocument;
  manifestEntry: ManifestEntry | undefined;
}

/** The documents of a folder, read once (reading is not part of any timed stage but ingest). */
export async function readCorpus(dir: string = CORPUS_DIR): Promise<{ files: CorpusFile[]; bytes: number }> {
  const { files } = await listPlanFiles([dir]);
  const manifest = await loadManifest(dir);
  const out: CorpusFile[] = [];
  let bytes = 0;
  for (const file of files) {
    const source = await readSource(file, { maxBytes: MAX_FILE_BYTES });
    bytes += source.byteLength;
    out.push({ file, source, manifestEntry: manifest.plans[path.basename(file)] });
  }
  return { files: out, bytes };
}

export function buildAll(files: readonly CorpusFile[], resources: PipelineResources = loadResources()): PlanBuild[] {
  return files.map(({ source, manifestEntry }) => buildPlan(source, resources, manifestEntry));
}
