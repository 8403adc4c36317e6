// A worker thread of the ingest (src/ingest/build-pool.ts): builds the documents it is sent, one
// at a time, with resources it loads once, and sends back the rows for the one writer.
import { parentPort } from 'node:worker_threads';
import { isPlanGraphError } from '../errors.ts';
import { builtPlan, type BuildJob } from './built-plan.ts';
import { loadResources, type PipelineResources } from './resources.ts';

let resources: PipelineResources | undefined;

parentPort?.on('message', (message: { id: number; job: BuildJob }) => {
  try {
    resources ??= loadResources();
    const built = builtPlan(message.job, resources);
    // Copied, not transferred: the compressed resolution may sit in Node's shared buffer pool.
    parentPort?.postMessage({ id: message.id, built });
  } catch (error) {
    const badInput = isPlanGraphError(error, 'BAD_INPUT');
    parentPort?.postMessage({ id: message.id, error: { message: error instanceof Error ? error.message : String(error), badInput, subject: badInput ? error.subject : undefined } });
  }
});
