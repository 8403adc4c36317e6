import { describe, expect, it } from 'vitest';
import { History, HISTORY_DEPTH } from '../../../ui/src/state/history.ts';

describe('undo and redo history', () => {
  it('undoes changes last first, each undo handing back the state before that change', () => {
    const history = new History<string>();
    history.record('empty');
    history.record('one node');
    expect(history.undo('two nodes')).toBe('one node');
    expect(history.undo('one node')).toBe('empty');
    expect(history.undo('empty')).toBeUndefined();
    expect(history.canUndo).toBe(false);
  });

  it('redoes what was undone, in order, back to where the user was', () => {
    const history = new History<string>();
    history.record('a');
    history.record('b');
    expect(history.undo('c')).toBe('b');
    expect(history.undo('b')).toBe('a');
    expect(history.canRedo).toBe(true);
    expect(history.redo('a')).toBe('b');
    expect(history.redo('b')).toBe('c');
    expect(history.redo('c')).toBeUndefined();
    // and undo works again after redoing
    expect(history.undo('c')).toBe('b');
  });

  it('forgets what could be redone once a new change is made', () => {
    const history = new History<string>();
    history.record('a');
    expect(history.undo('b')).toBe('a');
    history.record('a');
    expect(history.canRedo).toBe(false);
    expect(history.redo('c')).toBeUndefined();
    expect(history.undo('c')).toBe('a');
  });

  it('keeps at most its depth of steps, dropping the oldest', () => {
    const history = new History<number>(3);
    for (let step = 1; step <= 5; step++) history.record(step);
    expect(history.undo(6)).toBe(5);
    expect(history.undo(5)).toBe(4);
    expect(history.undo(4)).toBe(3);
    expect(history.undo(3)).toBeUndefined();
  });

  it('stays within its depth when undo and redo go back and forth', () => {
    const history = new History<number>(2);
    history.record(1);
    history.record(2);
    expect(history.undo(3)).toBe(2);
    expect(history.redo(2)).toBe(3);
    expect(history.undo(3)).toBe(2);
    expect(history.undo(2)).toBe(1);
    expect(history.undo(1)).toBeUndefined();
  });

  it('keeps 40 steps by default and refuses a depth that cannot hold a step', () => {
    const history = new History<number>();
    expect(history.depth).toBe(HISTORY_DEPTH);
    expect(HISTORY_DEPTH).toBe(40);
    for (let step = 0; step < 50; step++) history.record(step);
    let undone = 0;
    while (history.undo(-1) !== undefined) undone++;
    expect(undone).toBe(40);
    expect(() => new History(0)).toThrow(RangeError);
    expect(() => new History(1.5)).toThrow(RangeError);
  });

  it('forgets every step when cleared (a correction changed the graph under them)', () => {
    const history = new History<number>();
    history.record(1);
    history.record(2);
    history.undo(3);
    history.clear();
    expect(history.canUndo).toBe(false);
    expect(history.canRedo).toBe(false);
    expect(history.undo(4)).toBeUndefined();
  });
});
