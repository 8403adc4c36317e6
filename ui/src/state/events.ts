// What the explorer's modules tell each other through the bus (state/bus.ts).
import type { Tab } from '../tabs.ts';

export interface ExplorerEvents {
  /** The graph, the filters, the path or the selection changed: the URL and the empty state follow. */
  'view-changed': void;
  /** Undo or redo put another graph back: the side panel redraws what is selected in it. */
  'graph-replaced': void;
  /** Undo or redo became possible or impossible. */
  'history-changed': { canUndo: boolean; canRedo: boolean };
  /** A side panel tab should come forward (a path was asked for, a plan opened). */
  'show-tab': Tab;
}
