// Which expansion brought which nodes: what "Collapse" takes away. Kept apart from the canvas,
// because a node that two expansions reach belongs to the first, and seeds belong to nobody.
import { isMoreNodeId, moreNodeId } from '../graph/elements.ts';

/** For each expanded node, the nodes its expansions put on the canvas, in order. */
export type AddedBy = ReadonlyMap<string, readonly string[]>;

export function withAdded(addedBy: AddedBy, parent: string, ids: readonly string[]): Map<string, readonly string[]> {
  const next = new Map(addedBy);
  next.set(parent, [...(addedBy.get(parent) ?? []), ...ids]);
  return next;
}

export interface CollapsePlan {
  /** Node ids to take off the canvas, "+N more" nodes included. */
  removed: Set<string>;
  /** Nodes whose expansions are undone: the URL forgets them. */
  collapsed: Set<string>;
  /** What is left of the record once those expansions are gone. */
  addedBy: Map<string, readonly string[]>;
}

/**
 * Collapsing a node removes what its expansions added, and, recursively, what the expansions of
 * those nodes added; never a seed, and never the node being collapsed (a cycle can lead back).
 */
export function planCollapse(addedBy: AddedBy, seeds: readonly string[], id: string): CollapsePlan {
  const remaining = new Map(addedBy);
  const removed = new Set<string>();
  const collapsed = new Set<string>();
  const visit = (parent: string) => {
    const children = remaining.get(parent) ?? [];
    remaining.delete(parent);
    collapsed.add(parent);
    removed.add(moreNodeId(parent));
    for (const child of children) {
      if (seeds.includes(child) || removed.has(child) || child === id) continue;
      removed.add(child);
      visit(child);
    }
  };
  visit(id);
  return { removed, collapsed, addedBy: remaining };
}

/** Entity and plan nodes among removed ids ("+N more" nodes are not counted as nodes). */
export function countRealNodes(ids: Iterable<string>): number {
  return [...ids].filter((id) => !isMoreNodeId(id)).length;
}
