// What the facts card says about an entity, as plain data: which rows, in which order, and
// which buttons. facts.ts draws it.
import type { EntityDetails, EntityRef } from '../types.ts';

export type FactValue =
  | { kind: 'text'; text: string }
  | { kind: 'type'; type: string }
  | { kind: 'entity'; entity: EntityRef }
  /** Chips for the first `max`, then "+N more". */
  | { kind: 'entities'; entities: EntityRef[]; max: number };

export interface FactRow {
  term: string;
  value: FactValue;
}

/** What a button of the side panel does; the panel maps it to the explorer's actions. */
export type PanelAction =
  | { kind: 'expand'; id: string }
  | { kind: 'collapse'; id: string }
  | { kind: 'path-from'; id: string }
  | { kind: 'path-to'; id: string }
  | { kind: 'open-plan'; planId: string };

export interface PanelButton {
  label: string;
  action: PanelAction;
  primary?: boolean;
  /** The key that does the same (aria-keyshortcuts). */
  shortcut?: string;
}

export interface FactsView {
  name: string;
  rows: FactRow[];
  buttons: PanelButton[];
}

const CHIPS_SHOWN = 40;
/** A province's divisions run to hundreds of chips; 30 say what it is made of. */
const DIVISIONS_SHOWN = 30;

const text = (value: string | null | undefined): FactValue | null => (value ? { kind: 'text', text: value } : null);
const entity = (value: EntityRef | null | undefined): FactValue | null => (value ? { kind: 'entity', entity: value } : null);
const entities = (list: EntityRef[] | undefined, max = CHIPS_SHOWN): FactValue | null => (list?.length ? { kind: 'entities', entities: list, max } : null);
const joined = (list: string[] | undefined): string | null => (list?.length ? list.join('、') : null);

function capacity(details: EntityDetails): string | null {
  if (details.capacity === null || details.capacity === undefined) return null;
  return `${details.capacity} ${details.capacityUnit ?? ''}`.trim();
}

/** The facts an entity has, in reading order; rows without a value are left out. */
export function factRows(details: EntityDetails): FactRow[] {
  const plans = details.planCount;
  const rows: [string, FactValue | null][] = [
    ['Type', { kind: 'type', type: details.type }],
    ['Aliases', text(joined(details.aliases))],
    ['Mentioned', text(`${details.mentionCount} times in ${plans} ${plans === 1 ? 'plan' : 'plans'}`)],
    ['Code', text(details.code)],
    ['Level', text(details.level)],
    ['Former names', text(joined(details.formerNames))],
    ['Part of', entity(details.parent)],
    ['Covers', entities(details.covers)],
    ['Parks', entities(details.parks)],
    ['Enterprise', entity(details.enterprise)],
    ['Park', entity(details.park)],
    ['Zone', entity(details.zone)],
    ['Region', entity(details.region)],
    ['Capacity', text(capacity(details))],
    ['Projects', entities(details.projects)],
    ['Divisions', entities(details.children, DIVISIONS_SHOWN)],
  ];
  return rows.flatMap(([term, value]) => (value ? [{ term, value }] : []));
}

/** Collapse is offered only when this node's expansion added something to take away. */
export function factsView(details: EntityDetails, canCollapse: boolean): FactsView {
  const id = details.id;
  const buttons: PanelButton[] = [
    { label: 'Expand neighbours', action: { kind: 'expand', id }, shortcut: 'E' },
    ...(canCollapse ? [{ label: 'Collapse', action: { kind: 'collapse', id }, shortcut: 'C' } satisfies PanelButton] : []),
    { label: 'Path from here', action: { kind: 'path-from', id } },
    { label: 'Path to here', action: { kind: 'path-to', id } },
  ];
  return { name: details.name, rows: factRows(details), buttons };
}
