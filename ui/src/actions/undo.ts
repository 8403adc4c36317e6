// Undo, redo and clearing the canvas (which undo brings back).
import { filtersOnly } from '../state/view-state.ts';
import { announceHistory, currentSnapshot, remember, type ExplorerContext } from './context.ts';

type Direction = 'undo' | 'redo';

const NOTHING: Record<Direction, string> = { undo: 'Nothing to undo.', redo: 'Nothing to redo.' };
const DONE: Record<Direction, string> = { undo: 'Undone.', redo: 'Redone.' };

function step(ctx: ExplorerContext, direction: Direction): void {
  const possible = direction === 'undo' ? ctx.history.canUndo : ctx.history.canRedo;
  const target = possible ? ctx.history[direction](currentSnapshot(ctx)) : undefined;
  announceHistory(ctx);
  if (!target) {
    ctx.status.announce(NOTHING[direction]);
    return;
  }
  ctx.canvas.restore(target.elements);
  ctx.session.restore(target);
  ctx.filters.renderControls(ctx.session.view);
  void ctx.filters.apply(ctx.session.view);
  ctx.bus.emit('graph-replaced');
  ctx.status.announce(DONE[direction]);
  ctx.bus.emit('view-changed');
}

export function undo(ctx: ExplorerContext): void {
  step(ctx, 'undo');
}

export function redo(ctx: ExplorerContext): void {
  step(ctx, 'redo');
}

/** Empties the canvas but keeps the filters; one undo brings everything back. */
export function clearGraph(ctx: ExplorerContext): void {
  if (ctx.canvas.cy.elements().empty()) return;
  remember(ctx);
  ctx.canvas.cy.elements().remove();
  ctx.session.view = filtersOnly(ctx.session.view);
  ctx.session.addedBy = new Map();
  ctx.status.announce('The graph is empty. Undo brings it back.');
  ctx.bus.emit('view-changed');
}
