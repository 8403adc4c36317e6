import type { StatementReader } from '../db/database.ts';
import { toEvidence } from './rows.ts';
import type { EvidenceView } from './views.ts';

/** The shape Cytoscape takes as it is: `cy.add({ nodes, edges })`. */
export interface GraphView {
  nodes: Array<{ data: { id: string; label: string; type: string; mentionCount: number; hiddenNeighbors: number } }>;
  edges: Array<{ data: { id: string; source: string; target: string; type: string; weight: number; evidence: EvidenceView[] } }>;
  truncated: boolean;
}

function edgeId(source: string, type: string, target: string): string {
  return `${source}|${type}|${target}`;
}

/**
 * The nodes within `depth` hops of the seeds, breadth first, at most `limit` nodes. One
 * statement per level. Neighbours cut by the limit are counted on the node they hang from
 * (`hiddenNeighbors`), so the explorer can offer "+N more".
 */
export async function neighborhood(
  db: StatementReader,
  ids: string[],
  options: { depth: number; types: string[] | null; limit: number; withPlans?: boolean },
): Promise<GraphView> {
  const nodes = new Map<string, GraphView['nodes'][number]>();
  const edges = new Map<string, GraphView['edges'][number]>();
  let truncated = false;
  // A neighbour can hang from a node by several relationships: count it once.
  const hidden = new Map<string, Set<string>>();

  const seeds = await db.read('api/graph-nodes', { ids });
  for (const { id, label, type, mentionCount } of seeds) nodes.set(id, { data: { id, label, type, mentionCount, hiddenNeighbors: 0 } });
  let frontier = seeds.map((row) => row.id);

  for (let level = 0; level < options.depth && frontier.length > 0; level += 1) {
    const rows = (await db.read('api/neighbors', { ids: frontier, types: options.types, withPlans: options.withPlans ?? true })).map((row) => ({
      ...row,
      mentionCount: row.mentionCount ?? 0,
    }));
    // Most mentioned neighbours first, so the cap keeps the ones analysts look for.
    rows.sort((a, b) => b.weight - a.weight || b.mentionCount - a.mentionCount || a.to.localeCompare(b.to));
    const next: string[] = [];
    for (const row of rows) {
      if (!nodes.has(row.to)) {
        if (nodes.size >= options.limit) {
          truncated = true;
          const parent = nodes.get(row.from);
          if (parent) {
            const ids = hidden.get(row.from) ?? new Set<string>();
            ids.add(row.to);
            hidden.set(row.from, ids);
            parent.data.hiddenNeighbors = ids.size;
          }
          continue;
        }
        nodes.set(row.to, { data: { id: row.to, label: row.label, type: row.type, mentionCount: row.mentionCount, hiddenNeighbors: 0 } });
        next.push(row.to);
      }
      const [source, target] = row.outgoing ? [row.from, row.to] : [row.to, row.from];
      const id = edgeId(source, row.relation, target);
      if (!edges.has(id)) {
        edges.set(id, { data: { id, source, target, type: row.relation, weight: row.weight, evidence: row.evidence.map(toEvidence) } });
      }
    }
    frontier = next;
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()], truncated };
}

/**
 * A shortest path between two entities over the stated relationships; failing that, one that
 * also passes through sections naming two entities together (shown as CO_MENTIONED edges that
 * carry both mentions as evidence). Null when nothing connects them within `maxLength` hops.
 */
export async function shortestPath(db: StatementReader, from: string, to: string, maxLength: number): Promise<GraphView | null> {
  const [typed] = await db.read('api/path-typed', { from, to, maxLength });
  const row = typed ?? (await db.read('api/path-any', { from, to, maxLength }))[0];
  if (!row) return null;

  const nodes: GraphView['nodes'] = [];
  const edges: GraphView['edges'] = [];
  for (const node of row.nodes) {
    if (node.type === 'SECTION') continue;
    nodes.push({ data: { id: node.id, label: node.name, type: node.type, mentionCount: node.mentionCount ?? 0, hiddenNeighbors: 0 } });
  }
  for (let index = 0; index < row.edges.length; index += 1) {
    const edge = row.edges[index]!;
    const evidence = edge.evidence.map(toEvidence);
    if (edge.type !== 'MENTIONS') {
      edges.push({ data: { id: edgeId(edge.source, edge.type, edge.target), source: edge.source, target: edge.target, type: edge.type, weight: Math.max(1, evidence.length), evidence } });
      continue;
    }
    // Entity ← MENTIONS ← Section → MENTIONS → Entity: one co-mention hop.
    const next = row.edges[index + 1];
    if (!next || next.type !== 'MENTIONS') continue;
    const left = edge.target;
    const right = next.target;
    edges.push({
      data: { id: edgeId(left, 'CO_MENTIONED', right), source: left, target: right, type: 'CO_MENTIONED', weight: 1, evidence: [...evidence, ...next.evidence.map(toEvidence)] },
    });
    index += 1;
  }
  return { nodes, edges, truncated: false };
}
