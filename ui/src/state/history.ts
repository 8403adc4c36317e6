// Undo and redo over snapshots of the view. Bounded, because a snapshot holds every element on
// the canvas with its evidence: an afternoon of expanding must not keep them all.

/** Steps kept for undo: enough to walk back a session's exploration, not its whole day. */
export const HISTORY_DEPTH = 40;

export class History<T> {
  private past: T[] = [];
  private future: T[] = [];

  constructor(readonly depth = HISTORY_DEPTH) {
    if (!Number.isInteger(depth) || depth < 1) throw new RangeError(`History depth must be a positive integer, not ${depth}.`);
  }

  /** Records the state before a change. A new change forgets what could have been redone. */
  record(before: T): void {
    this.past.push(before);
    if (this.past.length > this.depth) this.past.shift();
    this.future = [];
  }

  /** The state to go back to, or undefined; `current` becomes what redo returns to. */
  undo(current: T): T | undefined {
    const previous = this.past.pop();
    if (previous === undefined) return undefined;
    this.future.push(current);
    return previous;
  }

  /** The state undo left, or undefined; `current` becomes what undo returns to. */
  redo(current: T): T | undefined {
    const next = this.future.pop();
    if (next === undefined) return undefined;
    this.past.push(current);
    if (this.past.length > this.depth) this.past.shift();
    return next;
  }

  /** Forgets every step: the states kept no longer match the world (a correction changed the graph). */
  clear(): void {
    this.past = [];
    this.future = [];
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }
}
