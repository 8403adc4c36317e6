// The focused canvas by keyboard: arrows walk the visible nodes in reading order, Enter or
// Space expands the selected one, Escape lets go of it.
import { stepIndex, type CanvasKeyCommand } from '../keyboard.ts';
import type { ExplorerContext } from './context.ts';
import { expandSelected } from './expand.ts';

export function moveSelection(ctx: ExplorerContext, step: 1 | -1): void {
  const order = ctx.canvas.keyboardOrder();
  const current = order.findIndex((node) => node.id() === ctx.canvas.selectedId());
  const next = order[stepIndex(current, step, order.length)];
  if (!next) return;
  ctx.canvas.select(next.id());
  ctx.canvas.reveal(next.id());
  ctx.status.announce(`${String(next.data('name'))} selected.`);
}

/** Runs a canvas key; false (the key left to the browser) when no node is there to act on. */
export function runCanvasKey(ctx: ExplorerContext, command: CanvasKeyCommand): boolean {
  if (ctx.canvas.keyboardOrder().length === 0) return false;
  if (command.kind === 'move') moveSelection(ctx, command.step);
  else if (command.kind === 'expand') expandSelected(ctx);
  else ctx.canvas.select(null);
  return true;
}
