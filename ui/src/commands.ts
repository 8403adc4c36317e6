// What the user can ask for from the toolbar and the keyboard. Toolbar buttons carry the
// command's name as their id (index.html), so one table of handlers serves both.

export type Command =
  | 'focus-search'
  | 'expand'
  | 'collapse'
  | 'undo'
  | 'redo'
  | 'fit'
  | 'relayout'
  | 'zoom-in'
  | 'zoom-out'
  | 'go-to-trace'
  | 'compare-plans'
  | 'clear'
  | 'export-png'
  | 'export-json'
  | 'copy-link'
  | 'retry'
  | 'try-example';

export type CommandHandlers = Record<Command, () => void>;

/** Commands with a button of the same id on the page. */
export const BUTTON_COMMANDS: readonly Command[] = [
  'fit',
  'zoom-in',
  'zoom-out',
  'relayout',
  'expand',
  'collapse',
  'undo',
  'clear',
  'export-png',
  'export-json',
  'copy-link',
  'compare-plans',
  'retry',
  'try-example',
];

/** Zoom steps of the +/− buttons and keys: one press is a noticeable step, and out undoes in. */
export const ZOOM_IN_FACTOR = 1.25;
export const ZOOM_OUT_FACTOR = 1 / ZOOM_IN_FACTOR;
