// Putting an entity on the canvas: a seed of the view, from the search, a chip or the reader.
import type { EntityRef, EntitySummary, Graph } from '../types.ts';
import { withSeed } from '../state/view-state.ts';
import { remember, type ExplorerContext } from './context.ts';
import { expand } from './expand.ts';

/** A one-node answer for an entity found by id. */
export function seedGraph(summary: EntitySummary): Graph {
  const { id, name, type, mentionCount } = summary;
  return { nodes: [{ data: { id, label: name, type, mentionCount, hiddenNeighbors: 0 } }], edges: [], truncated: false };
}

/** Puts an entity on the canvas (if needed) as a seed of the view, and selects it if asked. */
export async function addEntity(ctx: ExplorerContext, entity: Partial<EntityRef> & { id: string }, options: { select: boolean }): Promise<void> {
  await ctx.status.track(async () => {
    if (!ctx.canvas.has(entity.id)) {
      const summary = await ctx.api.entitySummary(entity.id);
      if (!summary) {
        ctx.status.announce(`${entity.name ?? entity.id} is not in the graph.`);
        return;
      }
      remember(ctx);
      ctx.canvas.merge(seedGraph(summary));
      ctx.session.view = withSeed(ctx.session.view, summary.id);
      await ctx.filters.apply(ctx.session.view);
      ctx.status.announce(`${summary.name} added to the graph. Press E or double-click it to expand.`);
    }
    if (options.select) {
      ctx.canvas.select(entity.id);
      ctx.canvas.reveal(entity.id);
    }
    ctx.bus.emit('view-changed');
  });
}

/** The empty state's example: 108廊带, expanded. */
export async function tryExample(ctx: ExplorerContext): Promise<void> {
  await ctx.status.track(async () => {
    const [first] = await ctx.api.search('108廊带', undefined, 1);
    if (!first) {
      ctx.status.announce('108廊带 is not in the graph yet: the corpus may still be loading.');
      return;
    }
    await addEntity(ctx, first, { select: true });
    await expand(ctx, first.id);
  });
}
