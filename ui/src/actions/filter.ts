// Ticking a type in the legend or a plan in the Plans tab.
import { withPlanShown, withTypeShown } from '../state/view-state.ts';
import type { ExplorerContext } from './context.ts';

export function setTypeShown(ctx: ExplorerContext, type: string, shown: boolean): void {
  ctx.session.view = withTypeShown(ctx.session.view, type, shown);
  // Without hidden plans the filter applies at once, so the URL can follow straight away.
  void ctx.filters.apply(ctx.session.view);
  ctx.bus.emit('view-changed');
}

export async function setPlanShown(ctx: ExplorerContext, planId: string, shown: boolean): Promise<void> {
  ctx.session.view = withPlanShown(ctx.session.view, planId, shown);
  await ctx.filters.apply(ctx.session.view);
  ctx.bus.emit('view-changed');
}
