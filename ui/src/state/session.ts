// The explorer's state beside the canvas: the view (what the URL says) and who added which node
// (what collapse removes). Undo snapshots both together with the canvas elements.
import type { ElementDefinition } from 'cytoscape';
import type { AddedBy } from './expansions.ts';
import { emptyViewState, type ViewState } from './view-state.ts';

export interface Snapshot {
  readonly elements: ElementDefinition[];
  readonly view: ViewState;
  readonly addedBy: AddedBy;
}

export class Session {
  view: ViewState = emptyViewState();
  addedBy: AddedBy = new Map();
  /** True while a view is rebuilt from its URL: no undo steps, no URL writes, no fitting. */
  restoring = false;

  /**
   * The state with the canvas elements. The view and the record are replaced, never changed in
   * place, so a snapshot shares them rather than copying.
   */
  snapshot(elements: ElementDefinition[]): Snapshot {
    return { elements, view: this.view, addedBy: this.addedBy };
  }

  /** Takes a snapshot's state back; the caller puts its elements back on the canvas. */
  restore(snapshot: Snapshot): void {
    this.view = snapshot.view;
    this.addedBy = snapshot.addedBy;
  }
}
