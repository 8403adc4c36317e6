// Keyboard access: single keys anywhere on the page (unless the user is typing), arrows and
// Enter on the focused canvas. The mapping is plain data and pure functions; only
// bindKeyboard touches the DOM.
import type { Command } from './commands.ts';

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}

const PAGE_KEYS: Readonly<Record<string, Command>> = {
  '/': 'focus-search',
  e: 'expand',
  c: 'collapse',
  u: 'undo',
  f: 'fit',
  l: 'relayout',
  '+': 'zoom-in',
  '=': 'zoom-in',
  '-': 'zoom-out',
  t: 'go-to-trace',
};

/**
 * The command a key asks for on the page, or null. Alt and Meta belong to the browser and the
 * system; Control only for the usual undo (Ctrl+Z) and redo (Ctrl+Shift+Z, Ctrl+Y).
 */
export function pageKeyCommand(press: KeyPress): Command | null {
  if (press.altKey || press.metaKey) return null;
  const key = press.key.toLowerCase();
  if (press.ctrlKey) {
    if (key === 'z') return press.shiftKey ? 'redo' : 'undo';
    return key === 'y' ? 'redo' : null;
  }
  return PAGE_KEYS[key] ?? null;
}

/** A move with `add` keeps what was selected (Shift+arrow): how several nodes are selected by keyboard. */
export type CanvasKeyCommand = { kind: 'move'; step: 1 | -1; add?: true } | { kind: 'expand' } | { kind: 'deselect' };

/** On the focused canvas: arrows walk the nodes in reading order (with Shift, adding to the selection), Enter or Space expands, Escape deselects. */
export function canvasKeyCommand(key: string, shiftKey = false): CanvasKeyCommand | null {
  const add = shiftKey ? { add: true as const } : {};
  if (key === 'ArrowRight' || key === 'ArrowDown') return { kind: 'move', step: 1, ...add };
  if (key === 'ArrowLeft' || key === 'ArrowUp') return { kind: 'move', step: -1, ...add };
  if (key === 'Enter' || key === ' ') return { kind: 'expand' };
  if (key === 'Escape') return { kind: 'deselect' };
  return null;
}

/** The index one step away in a ring of `length`; from nothing (-1), forward is the first. */
export function stepIndex(current: number, step: number, length: number): number {
  if (length <= 0) return -1;
  if (current < 0) return step > 0 ? 0 : length - 1;
  return (((current + step) % length) + length) % length;
}

/** The help the empty side panel shows: keys in <kbd>, the rest as text. */
export type KeyHint = (string | { key: string })[];

export const KEY_HINTS: readonly KeyHint[] = [
  [{ key: '/' }, ' search'],
  [{ key: '←' }, { key: '→' }, ' move between nodes (graph focused)'],
  [{ key: 'E' }, ' or ', { key: 'Enter' }, ' expand the selected node'],
  [{ key: 'C' }, ' collapse, ', { key: 'U' }, ' undo, ', { key: 'F' }, ' fit'],
  [{ key: 'T' }, ' go to the trace of the selection'],
  [{ key: 'Shift' }, '+click or ', { key: 'Shift' }, '+arrow to select several nodes'],
];

export interface KeyboardTargets {
  /** The canvas element, focusable, where arrows and Enter act on nodes. */
  canvas: HTMLElement;
  /** Runs a page command. */
  run: (command: Command) => void;
  /** Runs a canvas command; false when there is nothing to act on (the key is left alone). */
  runOnCanvas: (command: CanvasKeyCommand) => boolean;
}

/** Where single keys must not fire: the user is typing or in a dialog. */
const TYPING = 'input, select, textarea, dialog, [contenteditable="true"]';

export function bindKeyboard(targets: KeyboardTargets): void {
  targets.canvas.addEventListener('keydown', (event) => {
    const command = canvasKeyCommand(event.key, event.shiftKey);
    if (command && targets.runOnCanvas(command) && command.kind !== 'deselect') event.preventDefault();
  });
  document.addEventListener('keydown', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    if (event.defaultPrevented || target?.closest(TYPING)) return;
    const command = pageKeyCommand(event);
    if (!command) return;
    event.preventDefault();
    targets.run(command);
  });
}
