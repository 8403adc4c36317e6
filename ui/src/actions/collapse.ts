// Collapsing a node: what its expansions added (and theirs, in turn) leaves the canvas.
import { moreNodeId } from '../graph/elements.ts';
import { countRealNodes, planCollapse } from '../state/expansions.ts';
import { withoutExpansions } from '../state/view-state.ts';
import { remember, type ExplorerContext } from './context.ts';

export function collapse(ctx: ExplorerContext, id: string): void {
  const { canvas, session } = ctx;
  if (!session.addedBy.has(id) && canvas.cy.getElementById(moreNodeId(id)).empty()) {
    ctx.status.announce('Nothing to collapse: this node has not been expanded.');
    return;
  }
  remember(ctx);
  const plan = planCollapse(session.addedBy, session.view.seeds, id);
  session.addedBy = plan.addedBy;
  session.view = withoutExpansions(session.view, plan.collapsed);
  canvas.remove(plan.removed);
  canvas.cy.getElementById(id).data('expanded', false);
  const count = countRealNodes(plan.removed);
  ctx.status.announce(`Collapsed: ${count} ${count === 1 ? 'node' : 'nodes'} removed.`);
  ctx.bus.emit('view-changed');
}

/** The toolbar's and the C key's collapse: the selected node, if a node is selected. */
export function collapseSelected(ctx: ExplorerContext): void {
  const id = ctx.canvas.selectedId();
  if (id && ctx.canvas.cy.getElementById(id).isNode()) collapse(ctx, id);
  else ctx.status.announce('Select an expanded node first.');
}
