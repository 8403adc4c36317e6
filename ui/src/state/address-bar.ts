// The view in the browser's address bar: read at start-up, replaced (not pushed: Back leaves
// the explorer rather than stepping through every click) after each change.
import { addressUpdate, fromQuery, viewAddress } from './url-state.ts';
import type { ViewState } from './view-state.ts';

export function viewFromAddress(): ViewState {
  return fromQuery(window.location.search);
}

export function showInAddress(view: ViewState): void {
  const next = addressUpdate(window.location, view);
  if (next !== null) window.history.replaceState(null, '', next);
}

/** The whole link to a view, for Copy link and the JSON export. */
export function viewLink(view: ViewState): string {
  return `${window.location.origin}${viewAddress(window.location.pathname, view)}`;
}
