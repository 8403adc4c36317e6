import { describe, expect, it } from 'vitest';
import { BUTTON_COMMANDS, ZOOM_IN_FACTOR, ZOOM_OUT_FACTOR } from '../../../ui/src/commands.ts';
import { canvasKeyCommand, KEY_HINTS, pageKeyCommand, stepIndex, type KeyPress } from '../../../ui/src/keyboard.ts';

const press = (key: string, modifiers: Partial<KeyPress> = {}): KeyPress => ({ key, ctrlKey: false, altKey: false, metaKey: false, shiftKey: false, ...modifiers });

describe('keys on the page', () => {
  it('maps the single keys of the toolbar titles and the help to their commands', () => {
    expect(pageKeyCommand(press('/'))).toBe('focus-search');
    expect(pageKeyCommand(press('e'))).toBe('expand');
    expect(pageKeyCommand(press('E', { shiftKey: true }))).toBe('expand');
    expect(pageKeyCommand(press('c'))).toBe('collapse');
    expect(pageKeyCommand(press('u'))).toBe('undo');
    expect(pageKeyCommand(press('f'))).toBe('fit');
    expect(pageKeyCommand(press('l'))).toBe('relayout');
    expect(pageKeyCommand(press('+', { shiftKey: true }))).toBe('zoom-in');
    expect(pageKeyCommand(press('='))).toBe('zoom-in');
    expect(pageKeyCommand(press('-'))).toBe('zoom-out');
    expect(pageKeyCommand(press('t'))).toBe('go-to-trace');
  });

  it('undoes with Ctrl+Z and redoes with Ctrl+Shift+Z or Ctrl+Y', () => {
    expect(pageKeyCommand(press('z', { ctrlKey: true }))).toBe('undo');
    expect(pageKeyCommand(press('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(pageKeyCommand(press('y', { ctrlKey: true }))).toBe('redo');
    expect(pageKeyCommand(press('z'))).toBeNull();
    expect(pageKeyCommand(press('y'))).toBeNull();
  });

  it('leaves the browser its shortcuts: Ctrl with other keys, Alt and Meta', () => {
    expect(pageKeyCommand(press('f', { ctrlKey: true }))).toBeNull();
    expect(pageKeyCommand(press('l', { ctrlKey: true }))).toBeNull();
    expect(pageKeyCommand(press('+', { ctrlKey: true }))).toBeNull();
    expect(pageKeyCommand(press('e', { altKey: true }))).toBeNull();
    expect(pageKeyCommand(press('z', { metaKey: true }))).toBeNull();
    expect(pageKeyCommand(press('Enter'))).toBeNull();
    expect(pageKeyCommand(press('x'))).toBeNull();
  });

  it('shows in its help only keys that do what the help says', () => {
    const byHint: Record<string, string> = { '/': 'focus-search', E: 'expand', C: 'collapse', U: 'undo', F: 'fit', T: 'go-to-trace' };
    const hinted = KEY_HINTS.flat().flatMap((part) => (typeof part === 'string' ? [] : [part.key]));
    for (const key of hinted) {
      if (key in byHint) expect(pageKeyCommand(press(key.toLowerCase()))).toBe(byHint[key]);
      else if (key === 'Enter') expect(canvasKeyCommand(key)).toEqual({ kind: 'expand' });
      else expect(canvasKeyCommand(key === '←' ? 'ArrowLeft' : 'ArrowRight')?.kind).toBe('move');
    }
    expect(hinted).toEqual(expect.arrayContaining(['/', 'E', 'C', 'U', 'F', 'T', 'Enter', '←', '→']));
  });

  it('zooms out by exactly what zooming in multiplied', () => {
    expect(ZOOM_IN_FACTOR * ZOOM_OUT_FACTOR).toBeCloseTo(1, 12);
    expect(BUTTON_COMMANDS).toEqual(expect.arrayContaining(['undo', 'zoom-in', 'zoom-out', 'try-example', 'retry']));
    expect(BUTTON_COMMANDS).not.toContain('redo');
  });
});

describe('keys on the focused canvas', () => {
  it('walks with the arrows, expands with Enter or Space, deselects with Escape', () => {
    expect(canvasKeyCommand('ArrowRight')).toEqual({ kind: 'move', step: 1 });
    expect(canvasKeyCommand('ArrowDown')).toEqual({ kind: 'move', step: 1 });
    expect(canvasKeyCommand('ArrowLeft')).toEqual({ kind: 'move', step: -1 });
    expect(canvasKeyCommand('ArrowUp')).toEqual({ kind: 'move', step: -1 });
    expect(canvasKeyCommand('Enter')).toEqual({ kind: 'expand' });
    expect(canvasKeyCommand(' ')).toEqual({ kind: 'expand' });
    expect(canvasKeyCommand('Escape')).toEqual({ kind: 'deselect' });
    expect(canvasKeyCommand('e')).toBeNull();
  });

  it('steps around the ring of nodes, starting at either end when nothing is selected', () => {
    expect(stepIndex(0, 1, 3)).toBe(1);
    expect(stepIndex(2, 1, 3)).toBe(0);
    expect(stepIndex(0, -1, 3)).toBe(2);
    expect(stepIndex(-1, 1, 3)).toBe(0);
    expect(stepIndex(-1, -1, 3)).toBe(2);
    expect(stepIndex(0, 1, 1)).toBe(0);
    expect(stepIndex(0, -1, 1)).toBe(0);
    expect(stepIndex(-1, 1, 0)).toBe(-1);
  });
});
