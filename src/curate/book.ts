import type { CurationChange, CurationRecord } from '../model/curation.ts';
import type { EntityType, RelationType } from '../model/entity.ts';
import { ID_PREFIX, normaliseName } from '../resolve/index.ts';

/** What the records say of one entity beyond where its mentions go. */
export interface EntityCuration {
  /** A name an analyst gave it (a rename, the kept name of a merge, the form of a split); shown instead of the plans' longest. */
  name: string | null;
  type: EntityType | null;
  rejected: boolean;
  addedAliases: string[];
  removedAliases: string[];
}

export interface CuratedRelation {
  type: RelationType;
  fromId: string;
  toId: string;
  curationId: string;
}

/**
 * The active records folded into what the pipeline and the graph need: where each entity the
 * rules produce goes (merges, splits), what each entity's curated state is, which relationships
 * are added and removed. Pure; built once per ingest and per curation.
 */
export interface CurationBook {
  /** The active records, in the order they apply (reverted ones and the reverts themselves left out). */
  readonly active: readonly CurationRecord[];
  /** The entity a mention of `rawId` written `surface` belongs to after every merge and split. */
  route(rawId: string, surface: string): string;
  /** Where an entity id goes after the merges (a relationship's ends; an id a client still holds). */
  redirect(id: string): string;
  entityState(id: string): EntityCuration | undefined;
  /** Every entity id with a curated state, sorted. */
  readonly curatedIds: readonly string[];
  isRemovedRelation(type: RelationType, fromId: string, toId: string): boolean;
  readonly addedRelations: readonly CuratedRelation[];
}

/** The id of the entity a SPLIT makes: apart from every id the rules make (`park:split:…`). */
export function splitId(type: EntityType, alias: string): string {
  return `${ID_PREFIX[type]}:split:${normaliseName(alias)}`;
}

/**
 * A record is active unless an active REVERT names it. Reverts come after what they revert, so
 * reading from the newest down settles each record before anything earlier depends on it.
 * Returns which active REVERT undid each reverted record.
 */
export function revertedBy(records: readonly CurationRecord[]): Map<string, string> {
  const newestFirst = [...records].sort((a, b) => b.seq - a.seq);
  const by = new Map<string, string>();
  for (const record of newestFirst) {
    if (record.change.kind === 'REVERT' && !by.has(record.id) && !by.has(record.change.curationId)) by.set(record.change.curationId, record.id);
  }
  return by;
}

/** The records that apply, in order: neither reverted nor reverts themselves. */
export function activeRecords(records: readonly CurationRecord[]): CurationRecord[] {
  const reverted = revertedBy(records);
  return [...records].sort((a, b) => a.seq - b.seq).filter((record) => !reverted.has(record.id) && record.change.kind !== 'REVERT');
}

type Step = { seq: number; change: Extract<CurationChange, { kind: 'MERGE' | 'SPLIT' }> };

/** What the active records accumulate, record by record in order. */
interface Folding {
  steps: Map<string, Step[]>;
  states: Map<string, EntityCuration>;
  added: Map<string, CuratedRelation>;
  removed: Set<string>;
}

export function foldCurations(records: readonly CurationRecord[]): CurationBook {
  const active = activeRecords(records);
  const folding: Folding = { steps: new Map(), states: new Map(), added: new Map(), removed: new Set() };
  for (const record of active) foldRecord(folding, record);
  const { steps, states, added, removed } = folding;

  const follow = (id: string, surface: string | null): string => {
    let current = id;
    let after = -1;
    // Each step moves to a later record, so this ends; the bound guards against a malformed import.
    for (let hops = 0; hops <= active.length; hops += 1) {
      const next = steps.get(current)?.find((step) => step.seq > after && applies(step.change, surface));
      if (!next) return current;
      after = next.seq;
      current = next.change.kind === 'MERGE' ? next.change.keepId : splitId(next.change.type, next.change.alias);
    }
    return current;
  };
  const redirect = (id: string): string => follow(id, null);

  for (const state of states.values()) {
    state.addedAliases.sort();
    state.removedAliases.sort();
  }
  const addedRelations = [...added.values()]
    .map((relation) => ({ ...relation, fromId: redirect(relation.fromId), toId: redirect(relation.toId) }))
    .filter((relation) => relation.fromId !== relation.toId);
  const removedKeys = new Set([...removed].map((key) => {
    const [type = '', fromId = '', toId = ''] = key.split('|');
    return relationKey(type, redirect(fromId), redirect(toId));
  }));

  return {
    active,
    route: follow,
    redirect,
    entityState: (id) => states.get(id),
    curatedIds: [...states.keys()].sort(),
    isRemovedRelation: (type, fromId, toId) => removedKeys.has(relationKey(type, fromId, toId)),
    addedRelations,
  };
}

/** Routing steps by the id they apply to; a mention follows the first step after the last one it took. */
function addStep(folding: Folding, id: string, step: Step): void {
  const list = folding.steps.get(id) ?? [];
  list.push(step);
  folding.steps.set(id, list);
}

function stateOf(folding: Folding, id: string): EntityCuration {
  let state = folding.states.get(id);
  if (!state) {
    state = { name: null, type: null, rejected: false, addedAliases: [], removedAliases: [] };
    folding.states.set(id, state);
  }
  return state;
}

function foldRecord(folding: Folding, record: CurationRecord): void {
  const { change } = record;
  switch (change.kind) {
    case 'MERGE':
      for (const id of change.mergeIds) addStep(folding, id, { seq: record.seq, change });
      stateOf(folding, change.keepId).name ??= change.keepName;
      return;
    case 'SPLIT': {
      addStep(folding, change.entityId, { seq: record.seq, change });
      const state = stateOf(folding, splitId(change.type, change.alias));
      state.name = change.alias;
      state.type = change.type;
      return;
    }
    case 'RENAME':
      stateOf(folding, change.entityId).name = change.name;
      return;
    case 'RETYPE':
      stateOf(folding, change.entityId).type = change.type;
      return;
    case 'REJECT':
      stateOf(folding, change.entityId).rejected = true;
      return;
    case 'ADD_ALIAS':
    case 'REMOVE_ALIAS': {
      const state = stateOf(folding, change.entityId);
      const adding = change.kind === 'ADD_ALIAS';
      state.addedAliases = state.addedAliases.filter((alias) => alias !== change.alias);
      state.removedAliases = state.removedAliases.filter((alias) => alias !== change.alias);
      (adding ? state.addedAliases : state.removedAliases).push(change.alias);
      return;
    }
    case 'ADD_RELATION':
    case 'REMOVE_RELATION': {
      const key = relationKey(change.type, change.fromId, change.toId);
      folding.added.delete(key);
      folding.removed.delete(key);
      if (change.kind === 'ADD_RELATION') folding.added.set(key, { type: change.type, fromId: change.fromId, toId: change.toId, curationId: record.id });
      else folding.removed.add(key);
      return;
    }
    case 'REVERT':
      return;
  }
}

/** A merge moves every mention; a split only those written in its form (a relationship's end, with no form, stays). */
function applies(change: Step['change'], surface: string | null): boolean {
  return change.kind === 'MERGE' || (surface !== null && normaliseName(surface) === normaliseName(change.alias));
}

function relationKey(type: string, fromId: string, toId: string): string {
  return `${type}|${fromId}|${toId}`;
}

export const EMPTY_BOOK: CurationBook = foldCurations([]);

/** The type an id's prefix names (`park:…` → PARK): what the rules made it, before any RETYPE. */
export function typeOfId(id: string): EntityType | undefined {
  const prefix = id.slice(0, id.indexOf(':'));
  return (Object.keys(ID_PREFIX) as EntityType[]).find((type) => ID_PREFIX[type] === prefix);
}
