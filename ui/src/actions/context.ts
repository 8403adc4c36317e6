// What the explorer's actions work on. Each action is a function of this context, so that an
// action states what it needs, and a test can hand it a headless canvas and a stub API.
import type { PlanGraphApi } from '../api.ts';
import type { Filters } from '../filters/filters.ts';
import type { GraphCanvas } from '../graph/canvas.ts';
import type { PathPanel } from '../panel/path.ts';
import type { EventBus } from '../state/bus.ts';
import type { ExplorerEvents } from '../state/events.ts';
import type { History } from '../state/history.ts';
import type { Session, Snapshot } from '../state/session.ts';
import type { Status } from '../status.ts';

export interface ExplorerContext {
  readonly api: PlanGraphApi;
  readonly canvas: GraphCanvas;
  readonly session: Session;
  readonly history: History<Snapshot>;
  readonly bus: EventBus<ExplorerEvents>;
  readonly status: Pick<Status, 'announce' | 'reportError' | 'track'>;
  readonly filters: Pick<Filters, 'apply' | 'renderControls'>;
  readonly pathPanel: Pick<PathPanel, 'setFrom' | 'setTo' | 'showPath' | 'showMessage'>;
}

export function currentSnapshot(ctx: ExplorerContext): Snapshot {
  return ctx.session.snapshot(ctx.canvas.snapshot());
}

export function announceHistory(ctx: ExplorerContext): void {
  ctx.bus.emit('history-changed', { canUndo: ctx.history.canUndo, canRedo: ctx.history.canRedo });
}

/** Keeps the view as it is before a change, for undo; a view rebuilt from its URL is one step, not many. */
export function remember(ctx: ExplorerContext): void {
  if (ctx.session.restoring) return;
  ctx.history.record(currentSnapshot(ctx));
  announceHistory(ctx);
}
