import type { Database, Row } from '../db/database.ts';
import { asEvidence } from './rows.ts';
import type { EvidenceView } from './views.ts';

/** The shape Cytoscape takes as it is: `cy.add({ nodes, edges })`. */
export interface GraphView {
  nodes: Array<{ data: { id: string; label: string; type: string; mentionCount: number; hiddenNeighbors: number } }>;
  edges: Array<{ data: { id: string; source: string; target: string; type: string; weight: number; evidence: EvidenceView[] } }>;
  truncated: boolean;
}

interface NeighborRow {
  from: string;
  to: string;
  label: string;
  type: string;
  mentionCount: number;
  relation: string;
  outgoing: boolean;
  weight: number;
  evidence: EvidenceView[];
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
  db: Database,
  ids: string[],
  options: { depth: number; types: string[] | null; limit: number; withPlans?: boolean },
): Promise<GraphView> {
  const nodes = new Map<string, GraphView['nodes'][number]>();
  const edges = new Map<string, GraphView['edges'][number]>();
  let truncated = false;
  // A neighbour can hang from a node by several relationships: count it once.
  const hidden = new Map<string, Set<string>>();

  const seeds = await db.read('api/graph-nodes', { ids });
  for (const row of seeds) addNode(row);
  let frontier = seeds.map((row) => String(row.id));

  for (let level = 0; level < options.depth && frontier.length > 0; level += 1) {
    const rows = (await db.read('api/neighbors', { ids: frontier, types: options.types, withPlans: options.withPlans ?? true })) as unknown as NeighborRow[];
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
        edges.set(id, { data: { id, source, target, type: row.relation, weight: row.weight, evidence: row.evidence.filter((e) => e !== null).map(asEvidence) } });
      }
    }
    frontier = next;
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()], truncated };

  function addNode(row: Row): void {
    const id = String(row.id);
    nodes.set(id, { data: { id, label: String(row.label), type: String(row.type), mentionCount: Number(row.mentionCount ?? 0), hiddenNeighbors: 0 } });
  }
}

interface PathRow {
  nodes: Array<{ id: string; name?: string; title?: string; type: string; mentionCount?: number; planId?: string }>;
  edges: Array<{ type: string; source: string; target: string; evidence: EvidenceView[] }>;
}

/**
 * A shortest path between two entities over the stated relationships; failing that, one that
 * also passes through sections naming two entities together (shown as CO_MENTIONED edges that
 * carry both mentions as evidence). Null when nothing connects them within `maxLength` hops.
 */
export async function shortestPath(db: Database, from: string, to: string, maxLength: number): Promise<GraphView | null> {
  const typed = (await db.read('api/path-typed', { from, to, maxLength })) as unknown as PathRow[];
  const row = typed[0] ?? ((await db.read('api/path-any', { from, to, maxLength })) as unknown as PathRow[])[0];
  if (!row) return null;

  const nodes: GraphView['nodes'] = [];
  const edges: GraphView['edges'] = [];
  const sections = new Set(row.nodes.filter((node) => node.type === 'SECTION').map((node) => node.id));
  for (const node of row.nodes) {
    if (sections.has(node.id)) continue;
    nodes.push({ data: { id: node.id, label: node.name ?? node.id, type: node.type, mentionCount: node.mentionCount ?? 0, hiddenNeighbors: 0 } });
  }
  for (let index = 0; index < row.edges.length; index += 1) {
    const edge = row.edges[index]!;
    if (edge.type !== 'MENTIONS') {
      edges.push({ data: { id: edgeId(edge.source, edge.type, edge.target), source: edge.source, target: edge.target, type: edge.type, weight: Math.max(1, edge.evidence.length), evidence: edge.evidence } });
      continue;
    }
    // Entity ← MENTIONS ← Section → MENTIONS → Entity: one co-mention hop.
    const next = row.edges[index + 1];
    if (!next || next.type !== 'MENTIONS') continue;
    const left = edge.target;
    const right = next.target;
    edges.push({
      data: { id: edgeId(left, 'CO_MENTIONED', right), source: left, target: right, type: 'CO_MENTIONED', weight: 1, evidence: [...edge.evidence, ...next.evidence] },
    });
    index += 1;
  }
  return { nodes, edges, truncated: false };
}
