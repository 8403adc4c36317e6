import type { ResolvedEntity, ResolvedMention, ResolvedPlanGraph, ResolvedRelation } from '../model/graph.ts';
import type { CurationBook } from './book.ts';

/**
 * One plan's resolution with the curations applied: each mention goes where the merges and
 * splits send it (keeping the id the rules gave it as `rawEntityId`), relationships follow their
 * ends and lose those a curator removed, and each entity takes its curated type. Names, aliases
 * and rejection are the entity's own state, kept on the node (src/load/rows.ts), not per plan.
 */
export function curateGraph(graph: ResolvedPlanGraph, book: CurationBook): ResolvedPlanGraph {
  const rawEntities = new Map(graph.entities.map((entity) => [entity.id, entity]));
  // The first entity whose mentions a target receives stands for it in a plan that does not name the target itself.
  const standIns = new Map<string, ResolvedEntity>();
  const mentions: ResolvedMention[] = graph.mentions.map((mention) => {
    const target = book.route(mention.entityId, mention.surface);
    const raw = rawEntities.get(mention.entityId);
    if (raw && !standIns.has(target)) standIns.set(target, raw);
    return target === mention.entityId ? mention : { ...mention, entityId: target, rawEntityId: mention.entityId };
  });

  const relations: ResolvedRelation[] = [];
  const seen = new Set<string>();
  for (const relation of graph.relations) {
    const fromId = book.redirect(relation.fromId);
    const toId = book.redirect(relation.toId);
    if (fromId === toId || book.isRemovedRelation(relation.type, fromId, toId)) continue;
    const key = `${relation.type}|${fromId}|${toId}|${relation.evidence.sectionOrdinal}|${relation.evidence.start}|${relation.evidence.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    relations.push(fromId === relation.fromId && toId === relation.toId ? relation : { ...relation, fromId, toId });
    for (const [id, rawId] of [[fromId, relation.fromId], [toId, relation.toId]] as const) {
      const raw = rawEntities.get(rawId);
      if (raw && !standIns.has(id)) standIns.set(id, raw);
    }
  }

  // An entity no merge moved keeps its row even where nothing names it (it stands for itself).
  for (const raw of graph.entities) if (book.redirect(raw.id) === raw.id && !standIns.has(raw.id)) standIns.set(raw.id, raw);
  const entities = [...standIns.entries()]
    .map(([id, base]) => {
      const state = book.entityState(id);
      const own = rawEntities.get(id) ?? base;
      // An entity the plan does not name itself (a split's, a kept one's) goes by its curated name;
      // any other keeps the name its plan gives it.
      const name = id === own.id ? own.name : (state?.name ?? own.name);
      return { ...own, id, name, type: state?.type ?? own.type, aliases: own.id === id ? own.aliases : [] };
    })
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { planId: graph.planId, entities, mentions, relations };
}
