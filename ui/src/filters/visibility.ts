// Which nodes the filters hide. Filters hide, never remove: unticking a type or a plan and
// ticking it again gives back the same graph, positions and all.

export interface FilterSettings {
  hiddenTypes: ReadonlySet<string>;
  hiddenPlans: ReadonlySet<string>;
  /** For each entity id, the plans that mention it; null while unknown (no plan hidden, or the lookup failed). */
  mentionedBy: ReadonlyMap<string, readonly string[]> | null;
}

/** A node as the filters see it: an entity or plan node, or a "+N more" node and its parent's type. */
export type FilterableNode =
  | { kind: 'node'; id: string; type: string }
  | { kind: 'more'; parentType: string | null };

export interface Visibility {
  typeHidden: boolean;
  planHidden: boolean;
}

/** A canvas node for a plan is `plan:<plan id>`; the plans query answers with the bare id. */
export function planIdOf(nodeId: string): string {
  return nodeId.startsWith('plan:') ? nodeId.slice('plan:'.length) : nodeId;
}

/**
 * A node of a hidden type is hidden, and so is its "+N more" node. A plan node is hidden with
 * its plan; an entity when every plan that mentions it is hidden (one that no plan mentions
 * stays: hiding plans must not hide what the filter cannot place).
 */
export function nodeVisibility(node: FilterableNode, filter: FilterSettings): Visibility {
  if (node.kind === 'more') return { typeHidden: node.parentType !== null && filter.hiddenTypes.has(node.parentType), planHidden: false };
  const typeHidden = filter.hiddenTypes.has(node.type);
  if (!filter.mentionedBy) return { typeHidden, planHidden: false };
  if (node.type === 'PLAN') return { typeHidden, planHidden: filter.hiddenPlans.has(planIdOf(node.id)) };
  const plans = filter.mentionedBy.get(node.id) ?? [];
  return { typeHidden, planHidden: plans.length > 0 && plans.every((plan) => filter.hiddenPlans.has(plan)) };
}

/** From each plan's entities to each entity's plans (in the order the plans come). */
export function plansByEntity(entitiesByPlan: ReadonlyMap<string, ReadonlySet<string>>): Map<string, string[]> {
  const byEntity = new Map<string, string[]>();
  for (const [plan, ids] of entitiesByPlan) {
    for (const id of ids) byEntity.set(id, [...(byEntity.get(id) ?? []), plan]);
  }
  return byEntity;
}

/** The line under the canvas that says the filters are at work (empty when they hide nothing). */
export function filterNote(hiddenCount: number): string {
  return hiddenCount > 0 ? `${hiddenCount} ${hiddenCount === 1 ? 'node' : 'nodes'} hidden by filters.` : '';
}
