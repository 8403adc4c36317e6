// A small modal form in a native <dialog>: labelled fields, a submit that may fail with the
// server's message (shown in the dialog, which stays open), Escape or Cancel to leave. Used by
// Sign in and by every correction. Focus goes back where it was when the dialog closes.
import { ApiQueryError } from './api.ts';
import { h, uniqueId } from './dom.ts';

export interface FormField {
  name: string;
  label: string;
  kind: 'text' | 'password' | 'textarea' | 'select';
  /** For a select: value and label of each option. */
  options?: readonly { value: string; label: string }[];
  value?: string;
  required?: boolean;
  hint?: string;
}

export interface FormDialogOptions {
  title: string;
  /** A line under the title saying what will happen. */
  intro?: string;
  fields: readonly FormField[];
  submitLabel: string;
  /** Runs on submit; a throw keeps the dialog open with its message. */
  submit: (values: Record<string, string>) => Promise<void>;
  className?: string;
  /** Where focus goes when the dialog closes and what opened it has gone (a panel drawn anew). */
  fallbackFocus?: () => HTMLElement | null;
}

/** What a failure says in the dialog: the server's message and its code. */
export function failureText(error: unknown): string {
  if (error instanceof ApiQueryError) return error.code ? `${error.message} (${error.code})` : error.message;
  return error instanceof Error ? error.message : String(error);
}

function control(field: FormField, id: string): HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement {
  const common = { id, name: field.name, required: field.required ?? false };
  if (field.kind === 'textarea') return h('textarea', { ...common, rows: 3 }, field.value ?? '');
  if (field.kind === 'select') {
    const select = h('select', common, (field.options ?? []).map((option) => h('option', { value: option.value }, option.label)));
    if (field.value !== undefined) select.value = field.value;
    return select;
  }
  return h('input', { ...common, type: field.kind, value: field.value ?? '', autocomplete: field.kind === 'password' ? 'off' : null, spellcheck: field.kind === 'password' ? 'false' : null });
}

/** Opens the dialog; resolves true when the submit succeeded, false when the user left. */
export function openFormDialog(options: FormDialogOptions): Promise<boolean> {
  const titleId = uniqueId('dialog-title');
  const error = h('p', { className: 'dialog-error', role: 'alert' });
  const submit = h('button', { type: 'submit', className: 'primary' }, options.submitLabel);
  const rows = options.fields.map((field) => {
    const id = uniqueId(`field-${field.name}`);
    const hintId = field.hint ? `${id}-hint` : null;
    const input = control(field, id);
    if (hintId) input.setAttribute('aria-describedby', hintId);
    return h('div', { className: 'field' }, h('label', { for: id }, field.label), input, hintId ? h('span', { id: hintId, className: 'muted field-hint' }, field.hint) : null);
  });
  // novalidate: the dialog's own message (a live alert) says what is missing, not the browser's bubble.
  const form = h('form', { method: 'dialog', novalidate: true }, rows, error, h('div', { className: 'actions dialog-actions' }, submit, h('button', { type: 'button', value: 'cancel', className: 'cancel' }, 'Cancel')));
  const dialog = h(
    'dialog',
    { className: `form-dialog ${options.className ?? ''}`.trim(), 'aria-labelledby': titleId, lang: 'en' },
    h('h2', { id: titleId }, options.title),
    options.intro ? h('p', { className: 'dialog-intro' }, options.intro) : null,
    form,
  );
  document.body.appendChild(dialog);
  return new Promise((resolve) => {
    let done = false;
    const finish = (ok: boolean) => {
      done = ok;
      dialog.close();
    };
    dialog.addEventListener('close', () => {
      dialog.remove();
      if (!document.activeElement || document.activeElement === document.body) options.fallbackFocus?.()?.focus();
      resolve(done);
    });
    form.querySelector<HTMLButtonElement>('.cancel')!.addEventListener('click', () => finish(false));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const values = Object.fromEntries([...new FormData(form)].map(([name, value]) => [name, String(value).trim()]));
      const empty = options.fields.find((field) => field.required && !values[field.name]);
      if (empty) {
        error.textContent = `${empty.label} is required.`;
        form.querySelector<HTMLElement>(`[name="${empty.name}"]`)?.focus();
        return;
      }
      error.textContent = '';
      submit.disabled = true;
      dialog.setAttribute('aria-busy', 'true');
      options.submit(values).then(
        () => finish(true),
        (failure: unknown) => {
          error.textContent = failureText(failure);
          submit.disabled = false;
          dialog.removeAttribute('aria-busy');
        },
      );
    });
    dialog.showModal();
  });
}
