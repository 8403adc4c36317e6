import { ENTITY_TYPES, type EntityType } from '../model/entity.ts';
import type { ResolvedPlanGraph } from '../model/graph.ts';

/** A plan's entities by type, each with how often the plan mentions it, most mentioned first. */
export type EntityCounts = Array<{ type: EntityType; names: Array<{ name: string; mentions: number }> }>;

/** The entities of a plan by type (dry runs print them). */
export function entitiesByType(graph: ResolvedPlanGraph): EntityCounts {
  const mentions = new Map<string, number>();
  for (const m of graph.mentions) mentions.set(m.entityId, (mentions.get(m.entityId) ?? 0) + 1);
  return ENTITY_TYPES.map((type) => ({
    type,
    names: graph.entities
      .filter((e) => e.type === type)
      .map((e) => ({ name: e.name, mentions: mentions.get(e.id) ?? 0 }))
      .sort((a, b) => b.mentions - a.mentions || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
  })).filter((group) => group.names.length > 0);
}
