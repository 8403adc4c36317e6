// The empty canvas's invitation (search, or try 108廊带), shown exactly when no node is there.
import { byId } from './dom.ts';

export function showEmptyState(empty: boolean): void {
  byId('empty-state').hidden = !empty;
  // Nothing on the canvas, nothing hidden by the filters either.
  if (empty) byId('filter-note').textContent = '';
}
