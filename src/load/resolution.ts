import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { ResolvedPlanGraph } from '../model/graph.ts';

/**
 * What a plan's graph is rebuilt from when a curation changes: its resolution as the rules made
 * it, with what its rows need besides (version, timeline key, page starts). Stored on the Plan
 * node compressed (about a sixth of the JSON), so a curation needs no source file.
 */
export interface PlanResolution {
  planId: string;
  version: string;
  sortKey: string;
  pageStarts: readonly number[] | null;
  graph: ResolvedPlanGraph;
}

/** Int8Array: what the driver sends as a Neo4j byte array (a Buffer would go as a map). */
export function encodeResolution(resolution: PlanResolution): Int8Array {
  const bytes = deflateRawSync(Buffer.from(JSON.stringify(resolution), 'utf8'));
  return new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
}

export function decodeResolution(bytes: Int8Array | Uint8Array): PlanResolution {
  return JSON.parse(inflateRawSync(bytes).toString('utf8')) as PlanResolution;
}
