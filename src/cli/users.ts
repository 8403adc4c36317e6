import { addAccount, addToken, listAccounts, removeAccount, revokeToken, type IssuedToken, type Role, type TokenOptions } from '../auth/index.ts';
import type { Database } from '../db/database.ts';

type Out = NodeJS.WritableStream;

function printIssued(out: Out, account: string, issued: IssuedToken): void {
  out.write(`token ${issued.id} of ${account}, ${issued.expiresAt ? `expires ${issued.expiresAt}` : 'never expires'}:\n\n  ${issued.token}\n\n`);
  out.write('Keep it now: it is stored only as a hash and will not be shown again. Send it as Authorization: Bearer <token>.\n');
}

/** `plangraph user add`: the account and its first token, printed once. */
export async function printUserAdd(db: Database, name: string, role: Role, options: TokenOptions, out: Out = process.stdout): Promise<void> {
  const issued = await addAccount(db, name, role, options);
  out.write(`added ${name} (${role})\n`);
  printIssued(out, name, issued);
}

/** `plangraph token add`: a further token of an account, printed once. */
export async function printTokenAdd(db: Database, name: string, options: TokenOptions, out: Out = process.stdout): Promise<void> {
  printIssued(out, name, await addToken(db, name, options));
}

function tokenState(token: { expiresAt: string | null; revokedAt: string | null }, now: Date): string {
  if (token.revokedAt) return `revoked ${token.revokedAt}`;
  if (token.expiresAt && Date.parse(token.expiresAt) <= now.getTime()) return `expired ${token.expiresAt}`;
  return token.expiresAt ? `expires ${token.expiresAt}` : 'never expires';
}

/** `plangraph user list`: accounts, roles and their tokens' ids and states; never a secret nor a hash. */
export async function printUserList(db: Database, out: Out = process.stdout, now = new Date()): Promise<void> {
  const accounts = await listAccounts(db);
  if (accounts.length === 0) {
    out.write('no accounts: `plangraph user add <name> --role curator` makes one\n');
    return;
  }
  for (const account of accounts) {
    out.write(`${account.name} (${account.role}), since ${account.createdAt}\n`);
    for (const token of account.tokens) {
      out.write(`  token ${token.id}${token.role ? ` (${token.role} only)` : ''}  ${tokenState(token, now)}\n`);
    }
    if (account.tokens.length === 0) out.write('  no tokens\n');
  }
}

export async function printTokenRevoke(db: Database, id: string, out: Out = process.stdout): Promise<void> {
  const revoked = await revokeToken(db, id);
  out.write(`revoked token ${revoked.id} of ${revoked.account} (${revoked.revokedAt}); it is refused from the next request on\n`);
}

export async function printUserRemove(db: Database, name: string, out: Out = process.stdout): Promise<void> {
  const { revokedTokens } = await removeAccount(db, name);
  out.write(`removed ${name}; ${revokedTokens} token${revokedTokens === 1 ? '' : 's'} revoked\n`);
}
