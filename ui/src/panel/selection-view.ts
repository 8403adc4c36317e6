// What the Selection tab shows for what is selected on the canvas, as plain data: the canvas
// is read once (readSelection), the rest is pure (selectionView), and selection.ts draws it.
import type { Core, NodeSingular } from 'cytoscape';
import { RELATION_LABELS } from '../graph/elements.ts';
import { TYPE_STYLES } from '../graph/style.ts';
import { planIdOf } from '../filters/visibility.ts';
import { KEY_HINTS, type KeyHint } from '../keyboard.ts';
import type { EntityRef, EntityType, Evidence } from '../types.ts';
import type { PanelButton } from './facts-view.ts';

/** What is selected, as the canvas holds it. */
export type SelectionTarget =
  | { kind: 'edge'; type: string; sourceName: string; targetName: string; evidence: Evidence[] }
  | { kind: 'more'; id: string; label: string; parentName: string }
  | { kind: 'plan'; id: string; name: string; mentionCount: number | null }
  | { kind: 'entity'; id: string; name: string }
  /** Two or more entities (Shift+click, Shift+arrow): what merges and relationships work on. */
  | { kind: 'several'; entities: EntityRef[] };

export interface EdgeView {
  kind: 'edge';
  heading: string;
  relation: string;
  evidenceHeading: string;
  evidence: Evidence[];
  /** Highlighted in each passage: the two ends' names. */
  names: string[];
}

export type SelectionView =
  | { kind: 'help'; heading: string; intro: string; keys: readonly KeyHint[] }
  | EdgeView
  /** A card with a line of text and buttons: a "+N more" node or a plan. */
  | { kind: 'card'; heading: string; headingIsName: boolean; badge: { type: string; label: string } | null; text: string; buttons: PanelButton[] }
  /** An entity: its facts and trace load from the API; until then, its name and a note. */
  | { kind: 'entity'; id: string; heading: string; loading: string }
  | { kind: 'several'; heading: string; entities: EntityRef[]; hint: string };

export function readSelection(cy: Core, id: string | null): SelectionTarget | null {
  const entities = cy.$('node.entity:selected');
  if (entities.length > 1) {
    return { kind: 'several', entities: entities.map((node) => ({ id: node.id(), name: String(node.data('name')), type: node.data('type') as EntityType })) };
  }
  const element = id === null ? null : cy.getElementById(id);
  if (!element || element.empty()) return null;
  if (element.isEdge()) {
    const data = element.data() as { type: string; evidence?: Evidence[] };
    return { kind: 'edge', type: data.type, sourceName: String(element.source().data('name')), targetName: String(element.target().data('name')), evidence: data.evidence ?? [] };
  }
  const node = element as NodeSingular;
  const name = String(node.data('name'));
  if (node.hasClass('more')) {
    const parent = cy.getElementById(String(node.data('moreOf')));
    return { kind: 'more', id: node.id(), label: String(node.data('label')), parentName: String(parent.data('name')) };
  }
  if (node.data('type') === 'PLAN') {
    const count: unknown = node.data('mentionCount');
    return { kind: 'plan', id: node.id(), name, mentionCount: typeof count === 'number' ? count : null };
  }
  return { kind: 'entity', id: node.id(), name };
}

export function selectionView(target: SelectionTarget | null): SelectionView {
  if (!target) return helpView();
  switch (target.kind) {
    case 'edge':
      return edgeView(target);
    case 'more':
      return {
        kind: 'card',
        heading: target.label,
        headingIsName: false,
        badge: null,
        text: `Neighbours of ${target.parentName} not shown yet.`,
        buttons: [{ label: 'Show them all', action: { kind: 'expand', id: target.id }, primary: true }],
      };
    case 'plan':
      return planView(target);
    case 'entity':
      return { kind: 'entity', id: target.id, heading: target.name, loading: 'Loading facts and trace…' };
    case 'several':
      return {
        kind: 'several',
        heading: `${target.entities.length} entities selected`,
        entities: target.entities,
        hint: 'Shift+click a node to add it to the selection or take it out; Shift+arrow on the focused graph adds the next one.',
      };
  }
}

function helpView(): SelectionView {
  return {
    kind: 'help',
    heading: 'Nothing selected',
    intro: 'Select a node to see its facts and every plan passage that mentions it.',
    keys: KEY_HINTS,
  };
}

export function edgeView(edge: { type: string; sourceName: string; targetName: string; evidence: Evidence[] }): EdgeView {
  return {
    kind: 'edge',
    heading: `${edge.sourceName} → ${edge.targetName}`,
    relation: RELATION_LABELS[edge.type] ?? edge.type,
    evidenceHeading: `Evidence (${edge.evidence.length})`,
    evidence: edge.evidence,
    names: [edge.sourceName, edge.targetName],
  };
}

function planView(plan: Extract<SelectionTarget, { kind: 'plan' }>): SelectionView {
  return {
    kind: 'card',
    heading: plan.name,
    headingIsName: true,
    badge: { type: 'PLAN', label: TYPE_STYLES.PLAN.label },
    text: ` mentions ${plan.mentionCount ?? ''}`,
    buttons: [
      { label: 'Expand neighbours', action: { kind: 'expand', id: plan.id } },
      { label: 'Open the plan view', action: { kind: 'open-plan', planId: planIdOf(plan.id) } },
    ],
  };
}
