// The note a correction leaves under the canvas: what was done, and Undo (a REVERT on the
// server, then the view as it was). An Undo that fails says the server's message and stays.
import { h } from '../dom.ts';
import { failureText } from '../form-dialog.ts';

export class CurationToast {
  private generation = 0;

  constructor(private readonly host: HTMLElement) {
    host.hidden = true;
  }

  show(message: string, undo: () => Promise<string>): void {
    const generation = ++this.generation;
    const text = h('span', { className: 'toast-text' }, message);
    const undoButton = h('button', { type: 'button', className: 'toast-undo' }, 'Undo');
    const dismiss = h('button', { type: 'button', className: 'toast-close', 'aria-label': 'Dismiss' }, '×');
    undoButton.addEventListener('click', () => {
      undoButton.disabled = true;
      undo().then(
        (done) => {
          if (generation !== this.generation) return;
          text.textContent = done;
          const hadFocus = document.activeElement === undoButton;
          undoButton.remove();
          if (hadFocus) dismiss.focus();
        },
        (error: unknown) => {
          if (generation !== this.generation) return;
          text.textContent = `Undo failed: ${failureText(error)}`;
          undoButton.disabled = false;
        },
      );
    });
    dismiss.addEventListener('click', () => this.hide());
    this.host.replaceChildren(text, undoButton, dismiss);
    this.host.hidden = false;
  }

  hide(): void {
    this.generation++;
    this.host.replaceChildren();
    this.host.hidden = true;
  }
}
