// Rebuilding a view from its URL: the seeds, then each expansion in order, then the path, then
// one layout of the whole (not one per step), then the selection.
import { filtersOnly, type ViewState } from '../state/view-state.ts';
import { addEntity } from './add-entity.ts';
import type { ExplorerContext } from './context.ts';
import { expand } from './expand.ts';
import { findPath } from './path.ts';

async function rebuild(ctx: ExplorerContext, state: ViewState): Promise<void> {
  ctx.session.view = filtersOnly(state);
  for (const id of state.seeds) await addEntity(ctx, { id }, { select: false });
  for (const expansion of state.expansions) {
    if (ctx.canvas.has(expansion.id)) await expand(ctx, expansion.id, expansion.all);
  }
  // The URL carries ids only; the answer names the ends.
  if (state.path) await findPath(ctx, { id: state.path.from, name: state.path.from }, { id: state.path.to, name: state.path.to });
  ctx.filters.renderControls(ctx.session.view);
  await ctx.filters.apply(ctx.session.view);
  if (ctx.canvas.realNodes().nonempty()) await ctx.canvas.relayout();
  if (state.selected && ctx.canvas.has(state.selected)) ctx.canvas.select(state.selected);
}

export async function restoreView(ctx: ExplorerContext, state: ViewState): Promise<void> {
  ctx.session.restoring = true;
  try {
    await rebuild(ctx, state);
  } catch (error) {
    ctx.status.reportError(error, 'The view in the address could not be restored');
  } finally {
    ctx.session.restoring = false;
    ctx.bus.emit('view-changed');
  }
}
