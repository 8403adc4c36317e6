import { PlanGraphError } from '../errors.ts';
import type { CurationChange } from '../model/curation.ts';
import type { EntityType } from '../model/entity.ts';

/** What a client asks for: a change without what the server fills in from the graph. */
export type CurationRequest =
  | { kind: 'MERGE'; keepId: string; mergeIds: string[] }
  | { kind: 'SPLIT'; entityId: string; alias: string }
  | { kind: 'RENAME'; entityId: string; name: string }
  | { kind: 'RETYPE'; entityId: string; type: EntityType }
  | { kind: 'REJECT'; entityId: string }
  | { kind: 'ADD_ALIAS' | 'REMOVE_ALIAS'; entityId: string; alias: string }
  | { kind: 'ADD_RELATION' | 'REMOVE_RELATION'; type: Extract<CurationChange, { kind: 'ADD_RELATION' }>['type']; fromId: string; toId: string }
  | { kind: 'REVERT'; curationId: string };

/** An entity as the graph holds it now. */
export interface EntityNow {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
}

/**
 * The full change of a request, checked against the entities as they are: every id must name an
 * entity, a merge joins entities of one type (retype first), a split takes a form the entity is
 * written in, and nothing is a no-op. Pure: the caller reads the entities.
 */
export function completeChange(request: CurationRequest, entities: ReadonlyMap<string, EntityNow>): CurationChange {
  const entity = (id: string, argument: string): EntityNow => {
    const found = entities.get(id);
    if (!found) throw new PlanGraphError('NOT_FOUND', `${argument}: no entity ${id}`, { subject: argument });
    return found;
  };
  switch (request.kind) {
    case 'MERGE': {
      const keep = entity(request.keepId, 'keepId');
      const merged = [...new Set(request.mergeIds)].map((id) => entity(id, 'mergeIds'));
      if (merged.some((other) => other.id === keep.id)) throw new PlanGraphError('BAD_USER_INPUT', `mergeIds: ${keep.id} is the entity kept; it cannot merge into itself`, { subject: 'mergeIds' });
      const other = merged.find((candidate) => candidate.type !== keep.type);
      if (other) {
        throw new PlanGraphError('CONFLICT', `${other.id} is a ${other.type} and ${keep.id} a ${keep.type}: retype one of them before merging`, { subject: 'mergeIds' });
      }
      if (keep.type === 'REGION') throw new PlanGraphError('BAD_USER_INPUT', 'regions come from the official divisions and are not merged', { subject: 'keepId' });
      return { kind: 'MERGE', keepId: keep.id, mergeIds: merged.map((m) => m.id).sort(), keepName: keep.name, keepType: keep.type };
    }
    case 'SPLIT': {
      const from = entity(request.entityId, 'entityId');
      if (request.alias === from.name) throw new PlanGraphError('BAD_USER_INPUT', `alias: ${request.alias} is the entity's own name; split off one of its other forms (${from.aliases.join('、') || 'it has none'})`, { subject: 'alias' });
      if (!from.aliases.includes(request.alias)) throw new PlanGraphError('BAD_USER_INPUT', `alias: ${from.id} is never written ${request.alias} (its forms: ${from.aliases.join('、') || 'none'})`, { subject: 'alias' });
      return { kind: 'SPLIT', entityId: from.id, alias: request.alias, type: from.type };
    }
    case 'RENAME': {
      const target = entity(request.entityId, 'id');
      if (request.name === target.name) throw new PlanGraphError('BAD_USER_INPUT', `name: ${target.id} is already called ${target.name}`, { subject: 'name' });
      return { kind: 'RENAME', entityId: target.id, name: request.name };
    }
    case 'RETYPE': {
      const target = entity(request.entityId, 'id');
      if (request.type === target.type) throw new PlanGraphError('BAD_USER_INPUT', `type: ${target.id} is already a ${target.type}`, { subject: 'type' });
      if (target.type === 'REGION' || request.type === 'REGION') throw new PlanGraphError('BAD_USER_INPUT', 'type: regions come from the official divisions; nothing is retyped to or from REGION', { subject: 'type' });
      return { kind: 'RETYPE', entityId: target.id, type: request.type, fromType: target.type };
    }
    case 'REJECT': {
      const target = entity(request.entityId, 'id');
      if (target.type === 'REGION') throw new PlanGraphError('BAD_USER_INPUT', 'id: regions come from the official divisions and are not rejected', { subject: 'id' });
      return { kind: 'REJECT', entityId: target.id };
    }
    case 'ADD_ALIAS':
    case 'REMOVE_ALIAS': {
      const target = entity(request.entityId, 'id');
      const has = target.aliases.includes(request.alias) || target.name === request.alias;
      if (request.kind === 'ADD_ALIAS' && has) throw new PlanGraphError('BAD_USER_INPUT', `alias: ${target.id} already has the form ${request.alias}`, { subject: 'alias' });
      if (request.kind === 'REMOVE_ALIAS' && !target.aliases.includes(request.alias)) throw new PlanGraphError('BAD_USER_INPUT', `alias: ${target.id} has no alias ${request.alias}`, { subject: 'alias' });
      return { kind: request.kind, entityId: target.id, alias: request.alias };
    }
    case 'ADD_RELATION':
    case 'REMOVE_RELATION': {
      const from = entity(request.fromId, 'fromId');
      const to = entity(request.toId, 'toId');
      if (from.id === to.id) throw new PlanGraphError('BAD_USER_INPUT', 'toId: a relationship joins two different entities', { subject: 'toId' });
      return { kind: request.kind, type: request.type, fromId: from.id, toId: to.id };
    }
    case 'REVERT':
      return { kind: 'REVERT', curationId: request.curationId };
  }
}
