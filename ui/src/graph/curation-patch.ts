// What a correction does to the canvas, and how to take it back: each change is recorded as a
// patch (elements removed, elements added, data changed) that `revertPatch` undoes exactly, so
// that Undo restores the view without reloading it.
import type { Core, EdgeSingular, ElementDefinition, NodeSingular } from 'cytoscape';
import type { CuratedEntity, Correction } from '../curation-api.ts';
import { displayLabel, moreNodeId, RELATION_LABELS, typeClass } from './elements.ts';

export interface CanvasPatch {
  removed: ElementDefinition[];
  added: string[];
  changed: { id: string; data: Record<string, unknown>; classes: string }[];
}

export function emptyPatch(): CanvasPatch {
  return { removed: [], added: [], changed: [] };
}

export function relationEdgeId(source: string, type: string, target: string): string {
  return `${source}|${type}|${target}`;
}

function relationEdge(source: string, target: string, type: string, data: Record<string, unknown> = {}): ElementDefinition {
  return {
    group: 'edges',
    data: { weight: 1, evidence: [], ...data, id: relationEdgeId(source, type, target), source, target, type, label: RELATION_LABELS[type] ?? type },
    classes: `rel-${type.toLowerCase().replaceAll('_', '-')}`,
  };
}

function remember(patch: CanvasPatch, node: NodeSingular): void {
  if (patch.changed.some((change) => change.id === node.id())) return;
  patch.changed.push({ id: node.id(), data: { ...(node.data() as Record<string, unknown>) }, classes: node.classes().join(' ') });
}

/** Takes a node off the canvas with its edges and its "+N more" node, keeping them in the patch. */
function removeNode(cy: Core, patch: CanvasPatch, id: string): void {
  const node = cy.getElementById(id);
  if (node.empty()) return;
  const gone = node.union(node.connectedEdges()).union(cy.getElementById(moreNodeId(id))).union(cy.getElementById(moreNodeId(id)).connectedEdges());
  patch.removed.push(...(gone.nodes().jsons() as ElementDefinition[]), ...(gone.edges().jsons() as ElementDefinition[]));
  gone.remove();
}

function add(cy: Core, patch: CanvasPatch, element: ElementDefinition): void {
  const id = String(element.data.id);
  if (cy.getElementById(id).nonempty()) return;
  cy.add(element);
  patch.added.push(id);
}

/** The merged-away nodes leave; their relationships move to the node kept (no loops, no doubles). */
function merge(cy: Core, patch: CanvasPatch, keepId: string, mergeIds: string[]): void {
  const moved: ElementDefinition[] = [];
  for (const id of mergeIds) {
    cy.getElementById(id).connectedEdges().not('.more-edge').forEach((edge: EdgeSingular) => {
      const data = edge.data() as { source: string; target: string; type: string };
      const source = data.source === id ? keepId : data.source;
      const target = data.target === id ? keepId : data.target;
      if (source !== target && !mergeIds.includes(source) && !mergeIds.includes(target)) moved.push(relationEdge(source, target, data.type, edge.data() as Record<string, unknown>));
    });
  }
  for (const id of mergeIds) removeNode(cy, patch, id);
  if (cy.getElementById(keepId).empty()) return;
  for (const edge of moved) add(cy, patch, edge);
}

/** Name, type and count of the entities as the server has them after the correction. */
function refresh(cy: Core, patch: CanvasPatch, entities: CuratedEntity[]): void {
  for (const entity of entities) {
    const node = cy.getElementById(entity.id) as NodeSingular;
    if (node.empty()) continue;
    // A copy: node.data() is the live object, which the update below changes.
    const data = { ...(node.data() as { name?: string; type?: string; mentionCount?: number }) };
    if (data.name === entity.name && data.type === entity.type && data.mentionCount === entity.mentionCount) continue;
    remember(patch, node);
    node.data({ name: entity.name, label: displayLabel(entity.name), type: entity.type, mentionCount: entity.mentionCount });
    if (data.type !== entity.type) {
      if (data.type) node.removeClass(typeClass(data.type));
      node.addClass(typeClass(entity.type));
    }
  }
}

/** Changes the canvas as the correction changed the graph; returns what undoes it. */
export function applyCorrection(cy: Core, correction: Correction, entities: CuratedEntity[]): CanvasPatch {
  const patch = emptyPatch();
  cy.batch(() => {
    switch (correction.kind) {
      case 'MERGE':
        merge(cy, patch, correction.keepId, correction.mergeIds);
        break;
      case 'REJECT':
        removeNode(cy, patch, correction.id);
        break;
      case 'ADD_RELATION':
        if (cy.getElementById(correction.fromId).nonempty() && cy.getElementById(correction.toId).nonempty()) add(cy, patch, relationEdge(correction.fromId, correction.toId, correction.type));
        break;
      case 'REMOVE_RELATION': {
        const edges = cy.edges().filter((edge) => edge.data('source') === correction.fromId && edge.data('target') === correction.toId && edge.data('type') === correction.type);
        patch.removed.push(...(edges.jsons() as ElementDefinition[]));
        edges.remove();
        break;
      }
      default:
        break;
    }
    refresh(cy, patch, entities);
  });
  return patch;
}

/** Puts the canvas back as it was before the patch. */
export function revertPatch(cy: Core, patch: CanvasPatch): void {
  cy.batch(() => {
    for (const id of patch.added) cy.getElementById(id).remove();
    const absent = patch.removed.filter((element) => cy.getElementById(String(element.data.id)).empty());
    cy.add([...absent.filter((element) => element.group === 'nodes'), ...absent.filter((element) => element.group !== 'nodes')]);
    for (const change of patch.changed) {
      const node = cy.getElementById(change.id);
      if (node.empty()) continue;
      node.data(change.data);
      node.classes(change.classes);
    }
  });
}
