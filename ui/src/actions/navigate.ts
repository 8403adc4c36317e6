// The focused canvas by keyboard: arrows walk the visible nodes in reading order, Enter or
// Space expands the selected one, Escape lets go of it.
import { stepIndex, type CanvasKeyCommand } from '../keyboard.ts';
import type { ExplorerContext } from './context.ts';
import { expandSelected } from './expand.ts';

/** Moves the selection to the next node; with `add`, the next node not yet selected joins it. */
export function moveSelection(ctx: ExplorerContext, step: 1 | -1, add = false): void {
  const order = ctx.canvas.keyboardOrder();
  const selected = new Set(ctx.canvas.cy.$(':selected').map((element) => element.id()));
  let current = order.findIndex((node) => node.id() === (ctx.canvas.lastSelectedId() ?? ctx.canvas.selectedId()));
  let next = order[stepIndex(current, step, order.length)];
  // Adding skips what is already selected, so that each Shift+arrow adds a node.
  for (let tries = 0; add && next && selected.has(next.id()) && tries < order.length; tries++) {
    current = order.indexOf(next);
    next = order[stepIndex(current, step, order.length)];
  }
  if (!next) return;
  if (add) ctx.canvas.addToSelection(next.id());
  else ctx.canvas.select(next.id());
  ctx.canvas.reveal(next.id());
  const count = ctx.canvas.cy.$('node:selected').length;
  ctx.status.announce(add && count > 1 ? `${String(next.data('name'))} added: ${count} nodes selected.` : `${String(next.data('name'))} selected.`);
}

/** Runs a canvas key; false (the key left to the browser) when no node is there to act on. */
export function runCanvasKey(ctx: ExplorerContext, command: CanvasKeyCommand): boolean {
  if (ctx.canvas.keyboardOrder().length === 0) return false;
  if (command.kind === 'move') moveSelection(ctx, command.step, command.add ?? false);
  else if (command.kind === 'expand') expandSelected(ctx);
  else ctx.canvas.select(null);
  return true;
}
