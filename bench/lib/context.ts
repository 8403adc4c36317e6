import type { BenchNeo4j } from './neo4j.ts';
import type { ServerProcess } from './server.ts';
import type { Summary } from './stats.ts';

/** One reported figure: a measurement, its baseline from the same run, and the ratio. */
export interface Figure {
  label: string;
  unit: string;
  value: Summary;
  baseline?: { label: string; value: Summary };
  /** Per-run value / baseline, summarised. */
  ratio?: Summary;
  /** e.g. "≤ 1.3"; `met` compares the median ratio (or value) with it. */
  target?: string;
  met?: boolean;
  note?: string;
}

export interface BenchOutput {
  figures: Figure[];
  /** Everything measured, for the results file. */
  raw: Record<string, unknown>;
}

export interface BenchOptions {
  runs: number;
  long: boolean;
  x200: boolean;
  scales: number[];
}

export interface BenchContext {
  options: BenchOptions;
  log(message: string): void;
  /** The ×1 database (started on first use, schema applied). */
  mainNeo4j(): Promise<BenchNeo4j>;
  /** The ×1 database with the real corpus ingested (by the re-ingest bench, or here). */
  loadedNeo4j(): Promise<BenchNeo4j>;
  /** The PlanGraph server over the ×1 database, in its own process. */
  server(): Promise<ServerProcess>;
  /** Stops the ×1 database and server (the scale bench wants the machine to itself). */
  releaseMain(): Promise<void>;
  /** Marks the ×1 database as holding the ingested corpus (or not). */
  setCorpusLoaded(loaded: boolean): void;
  resultsDir: string;
  stamp: string;
}

export interface Benchmark {
  name: string;
  title: string;
  run(ctx: BenchContext): Promise<BenchOutput>;
}
