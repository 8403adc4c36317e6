// The toolbar above the canvas: each button runs the command named by its id.
import { BUTTON_COMMANDS, type Command } from './commands.ts';
import { byId } from './dom.ts';

export function bindToolbar(run: (command: Command) => void): void {
  for (const command of BUTTON_COMMANDS) byId(command).addEventListener('click', () => run(command));
}

/** Undo is greyed out when there is nothing to undo, so that the button never does nothing. */
export function showUndoAvailable(available: boolean): void {
  byId<HTMLButtonElement>('undo').disabled = !available;
}
