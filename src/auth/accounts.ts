import type { Database } from '../db/database.ts';
import { PlanGraphError } from '../errors.ts';
import { expiryFrom } from './expiry.ts';
import { roleAtLeast, type Role } from './roles.ts';
import { formatToken, newTokenParts } from './token-format.ts';
import { hashSecret } from './token-hash.ts';

/** A token as handed to its holder: the only time its text exists outside their hands. */
export interface IssuedToken {
  id: string;
  token: string;
  expiresAt: string | null;
}

export interface TokenOptions {
  /** Milliseconds from `now`; null never expires. */
  expiresInMs: number | null;
  /** Less than the account's role, for a token that should do less (a curator's read-only token). */
  role?: Role | undefined;
  now?: Date;
}

const NAME = /^[^\s\p{Cc}]{1,64}$/u;

/** An account name: what curations record as their author, so one visible word without spaces. */
export function checkAccountName(name: string): string {
  if (!NAME.test(name)) {
    throw new PlanGraphError('BAD_USER_INPUT', `<name> must be 1 to 64 characters without spaces, not ${JSON.stringify(name)}`, { subject: '<name>' });
  }
  return name;
}

type Run = Parameters<Parameters<Database['writeTransaction']>[0]>[0];

async function createToken(run: Run, account: string, options: TokenOptions): Promise<IssuedToken> {
  const now = options.now ?? new Date();
  const parts = newTokenParts();
  const { hash, salt } = await hashSecret(parts.secret);
  const expiresAt = expiryFrom(now, options.expiresInMs);
  const [row] = await run('auth/token-create', { account, id: parts.id, hash, salt, role: options.role ?? null, now: now.toISOString(), expiresAt });
  if (!row) throw new PlanGraphError('NOT_FOUND', `no account is named ${JSON.stringify(account)}`, { subject: account });
  return { id: row.id, token: formatToken(parts), expiresAt: row.expiresAt };
}

/** `plangraph user add`: the account and its first token, in one transaction (both or neither). */
export async function addAccount(db: Database, name: string, role: Role, options: TokenOptions): Promise<IssuedToken> {
  checkAccountName(name);
  return db.writeTransaction(async (run) => {
    const [existing] = await run('auth/account-by-name', { name });
    if (existing) {
      throw new PlanGraphError('CONFLICT', `an account named ${JSON.stringify(name)} exists (a ${existing.role}); \`plangraph token add ${name}\` gives it a further token`, {
        subject: name,
      });
    }
    await run('auth/account-create', { name, role, now: (options.now ?? new Date()).toISOString() });
    return createToken(run, name, options);
  });
}

/** `plangraph token add`: a further token of an existing account. */
export async function addToken(db: Database, account: string, options: TokenOptions): Promise<IssuedToken> {
  return db.writeTransaction(async (run) => {
    const [existing] = await run('auth/account-by-name', { name: account });
    if (!existing) throw new PlanGraphError('NOT_FOUND', `no account is named ${JSON.stringify(account)}; \`plangraph user list\` lists them`, { subject: account });
    if (options.role && !roleAtLeast(existing.role, options.role)) {
      throw new PlanGraphError('BAD_USER_INPUT', `--role ${options.role}: a token cannot do more than its account, a ${existing.role}`, { subject: '--role' });
    }
    return createToken(run, account, options);
  });
}

export async function revokeToken(db: Database, id: string, now = new Date()): Promise<{ id: string; account: string; revokedAt: string }> {
  const [row] = await db.write('auth/token-revoke', { id, now: now.toISOString() });
  if (!row) throw new PlanGraphError('NOT_FOUND', `no token has the id ${JSON.stringify(id)}; \`plangraph user list\` lists them`, { subject: id });
  return row;
}

/** `plangraph user remove`: the account goes, its tokens are revoked (and kept, for the record). */
export async function removeAccount(db: Database, name: string, now = new Date()): Promise<{ revokedTokens: number }> {
  const [row] = await db.write('auth/account-remove', { name, now: now.toISOString() });
  if (!row) throw new PlanGraphError('NOT_FOUND', `no account is named ${JSON.stringify(name)}; \`plangraph user list\` lists them`, { subject: name });
  return { revokedTokens: row.tokens };
}

export function listAccounts(db: Database) {
  return db.read('auth/accounts');
}
