// The account control at the top of the page: "Sign in" (a dialog that takes a token), or the account's name
// and role with "Sign out".
import { h } from '../dom.ts';
import type { Viewer } from '../curation-api.ts';
import { openFormDialog } from '../form-dialog.ts';
import type { Account } from './account.ts';

const ROLE_LABELS: Record<Viewer['role'], string> = { READER: 'reader', CURATOR: 'curator', ADMIN: 'admin' };

export function openSignIn(account: Account, announce: (message: string) => void): Promise<boolean> {
  return openFormDialog({
    title: 'Sign in',
    intro: 'Paste the token `plangraph user add` printed for your account. It is kept for this tab only.',
    fields: [{ name: 'token', label: 'Token', kind: 'password', required: true }],
    submitLabel: 'Sign in',
    className: 'sign-in-dialog',
    fallbackFocus: () => document.getElementById('sign-out') ?? document.getElementById('sign-in'),
    submit: async ({ token }) => {
      const viewer = await account.signIn(token!);
      announce(`Signed in as ${viewer.name} (${ROLE_LABELS[viewer.role]}).`);
    },
  });
}

export class AccountControl {
  readonly element = h('div', { className: 'account', role: 'group', 'aria-label': 'Account' });

  constructor(
    private readonly account: Account,
    private readonly announce: (message: string) => void,
  ) {
    account.onChange(() => this.render());
    account.onExpired = () => announce('The server no longer takes your token (expired or revoked): you are signed out. Sign in again to curate.');
    this.render();
  }

  private render(): void {
    const viewer = this.account.viewer;
    if (!viewer) {
      this.element.replaceChildren(h('button', { type: 'button', id: 'sign-in', onclick: () => void openSignIn(this.account, this.announce) }, 'Sign in'));
      return;
    }
    this.element.replaceChildren(
      h('span', { className: 'account-name', id: 'account-name' }, viewer.name, ' ', h('span', { className: `role-badge role-${viewer.role.toLowerCase()}` }, ROLE_LABELS[viewer.role])),
      h('button', { type: 'button', id: 'sign-out', onclick: () => this.signOut() }, 'Sign out'),
    );
  }

  private signOut(): void {
    this.account.signOut();
    this.announce('Signed out.');
    this.element.querySelector<HTMLElement>('#sign-in')?.focus();
  }
}
