// What the page and the layout worker (layout-worker.ts) say to each other.
export interface LayoutRequest {
  /** A request number: an answer to an older request than the latest is dropped. */
  id: number;
  /** Each node's box as fcose would measure it on the page (label included) and its start. */
  nodes: Array<{ id: string; w: number; h: number; x: number; y: number }>;
  edges: Array<{ source: string; target: string }>;
  /** fcose options (plain data only: they cross to the worker by structured clone). */
  options: Record<string, unknown>;
}

export interface LayoutAnswer {
  id: number;
  positions: Record<string, { x: number; y: number }>;
  /** Time fcose took in the worker. */
  ms: number;
}
