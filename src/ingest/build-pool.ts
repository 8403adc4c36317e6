import { Worker } from 'node:worker_threads';
import { foldCurations } from '../curate/book.ts';
import { PlanGraphError } from '../errors.ts';
import type { CurationRecord } from '../model/curation.ts';
import { builtPlan, type BuildJob, type BuiltPlan } from './built-plan.ts';
import { loadResources, type PipelineResources } from './resources.ts';

/** Builds documents: in this thread, or in worker threads, one document at a time per worker. */
export interface Builder {
  build(job: BuildJob): Promise<BuiltPlan>;
  close(): Promise<void>;
}

/**
 * One builder per ingest. With one worker the stages run in this thread (resources loaded with the
 * first document that needs building); with more, each worker thread loads its own resources once
 * and builds the documents sent to it, so extraction uses every core while one writer loads.
 */
export function createBuilder(workers: number, curations: readonly CurationRecord[]): Builder {
  return workers <= 1 ? inThread(curations) : new WorkerPool(workers, curations);
}

function inThread(records: readonly CurationRecord[]): Builder {
  let resources: PipelineResources | undefined;
  const curations = foldCurations(records);
  return {
    build: (job) => {
      try {
        resources ??= loadResources();
        return Promise.resolve(builtPlan(job, resources, curations));
      } catch (error) {
        return Promise.reject(error as Error);
      }
    },
    close: () => Promise.resolve(),
  };
}

type Reply = { id: number; built?: BuiltPlan; error?: { message: string; badInput: boolean; subject?: string } };

interface Slot {
  worker: Worker;
  busy: boolean;
}

class WorkerPool implements Builder {
  private readonly slots: Slot[];
  private readonly waiting: Array<{ job: BuildJob; resolve: (built: BuiltPlan) => void; reject: (error: Error) => void }> = [];
  private readonly pending = new Map<number, { slot: Slot; resolve: (built: BuiltPlan) => void; reject: (error: Error) => void }>();
  private nextId = 0;

  private readonly curations: readonly CurationRecord[];

  constructor(size: number, curations: readonly CurationRecord[]) {
    this.curations = curations;
    this.slots = Array.from({ length: size }, () => this.spawn());
  }

  build(job: BuildJob): Promise<BuiltPlan> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ job, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private spawn(): Slot {
    const worker = new Worker(new URL('./build-worker.ts', import.meta.url), { workerData: { curations: this.curations } });
    const slot: Slot = { worker, busy: false };
    worker.on('message', (reply: Reply) => this.settle(reply));
    // A worker that dies (out of memory, a crash) fails its document, and a new one takes its place.
    worker.on('error', (error) => this.fail(slot, error));
    return slot;
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      const next = slot.busy ? undefined : this.waiting.shift();
      if (!next) continue;
      const id = this.nextId++;
      slot.busy = true;
      this.pending.set(id, { slot, resolve: next.resolve, reject: next.reject });
      slot.worker.postMessage({ id, job: next.job });
    }
  }

  private settle(reply: Reply): void {
    const pending = this.pending.get(reply.id);
    if (!pending) return;
    this.pending.delete(reply.id);
    pending.slot.busy = false;
    if (reply.built) pending.resolve(reply.built);
    else if (reply.error?.badInput) pending.reject(new PlanGraphError('BAD_INPUT', reply.error.message, { subject: reply.error.subject }));
    else pending.reject(new Error(reply.error?.message ?? 'a build worker answered nothing'));
    this.dispatch();
  }

  private fail(slot: Slot, error: Error): void {
    for (const [id, pending] of this.pending) {
      if (pending.slot !== slot) continue;
      this.pending.delete(id);
      pending.reject(error);
    }
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots[index] = this.spawn();
    this.dispatch();
  }
}
