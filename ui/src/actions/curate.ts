// A correction from the explorer: the mutation, then the canvas changed as the graph was (a
// merged-away or rejected node leaves, a renamed one is relabelled, a retyped one restyled), and
// a note with Undo, which reverts the correction on the server and puts the view back.
import type { Correction, CurationApi, CurationResult } from '../curation-api.ts';
import { applyCorrection, revertPatch } from '../graph/curation-patch.ts';
import type { CurationToast } from '../panel/curation-toast.ts';
import { withEntityGone, type ViewState } from '../state/view-state.ts';
import { announceHistory, type ExplorerContext } from './context.ts';

export interface CurateContext extends ExplorerContext {
  readonly curation: CurationApi;
  readonly toast: Pick<CurationToast, 'show'>;
}

/** The view once the entities a correction took away are gone from it. */
export function viewAfter(view: ViewState, correction: Correction): ViewState {
  if (correction.kind === 'MERGE') return correction.mergeIds.reduce((next, id) => withEntityGone(next, id, correction.keepId), view);
  if (correction.kind === 'REJECT') return withEntityGone(view, correction.id, null);
  return view;
}

function redraw(ctx: CurateContext, select: string | null): void {
  void ctx.filters.apply(ctx.session.view);
  if (select && ctx.canvas.has(select)) ctx.canvas.select(select);
  ctx.bus.emit('graph-replaced');
  ctx.bus.emit('view-changed');
}

/** Runs a correction; throws the server's error (the dialog that asked shows it). */
export async function curate(ctx: CurateContext, correction: Correction, reason: string): Promise<CurationResult> {
  const result = await ctx.curation.curate(correction, reason);
  const before = { view: ctx.session.view, addedBy: ctx.session.addedBy, selected: ctx.canvas.selectedId() };
  const patch = applyCorrection(ctx.canvas.cy, correction, result.entities);
  ctx.session.view = viewAfter(ctx.session.view, correction);
  // The view's undo steps hold the graph as it was (a node merged away, an old name): U must not
  // bring that back. The correction's own Undo is in the note.
  ctx.history.clear();
  announceHistory(ctx);
  const keep = correction.kind === 'MERGE' ? correction.keepId : correction.kind === 'REJECT' ? null : ctx.canvas.selectedId();
  redraw(ctx, keep);
  // The note is a live region: it says what was done, so the status line need not say it again.
  const summary = result.curation.summary;
  ctx.toast.show(summary, async () => {
    await ctx.curation.revert(result.curation.id, 'undo');
    revertPatch(ctx.canvas.cy, patch);
    ctx.session.view = before.view;
    ctx.session.addedBy = before.addedBy;
    ctx.canvas.select(null);
    redraw(ctx, before.selected);
    return `Undone: ${summary}.`;
  });
  return result;
}
