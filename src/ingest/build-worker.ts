// A worker thread of the ingest (src/ingest/build-pool.ts): builds the documents it is sent, one
// at a time, with resources it loads once, and sends back the rows for the one writer.
import { parentPort, workerData } from 'node:worker_threads';
import { foldCurations } from '../curate/book.ts';
import { isPlanGraphError } from '../errors.ts';
import type { CurationRecord } from '../model/curation.ts';
import { builtPlan, type BuildJob } from './built-plan.ts';
import { loadResources, type PipelineResources } from './resources.ts';

let resources: PipelineResources | undefined;
// The records in force for the whole ingest, sent once when the worker starts.
const curations = foldCurations((workerData as { curations: CurationRecord[] }).curations);

parentPort?.on('message', (message: { id: number; job: BuildJob }) => {
  try {
    resources ??= loadResources();
    const built = builtPlan(message.job, resources, curations);
    // Copied, not transferred: the compressed resolution may sit in Node's shared buffer pool.
    parentPort?.postMessage({ id: message.id, built });
  } catch (error) {
    const badInput = isPlanGraphError(error, 'BAD_INPUT');
    parentPort?.postMessage({ id: message.id, error: { message: error instanceof Error ? error.message : String(error), badInput, subject: badInput ? error.subject : undefined } });
  }
});
