import { randomBytes } from 'node:crypto';

/**
 * A token is `pg_<id>_<secret>`: the id (16 hex digits) finds the stored hash without scanning,
 * the secret (32 random bytes, base64url) is the part that is never stored. The prefix lets
 * secret scanners and people recognise a PlanGraph token in a paste.
 */
const TOKEN = /^pg_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/;
/** Enough of a token to name its id in a log line even when the secret part is wrong. */
const TOKEN_ID = /^pg_([0-9a-f]{16})_/;

export interface TokenParts {
  id: string;
  secret: string;
}

export function newTokenParts(): TokenParts {
  return { id: randomBytes(8).toString('hex'), secret: randomBytes(32).toString('base64url') };
}

export function formatToken({ id, secret }: TokenParts): string {
  return `pg_${id}_${secret}`;
}

/** The parts of a well-formed token; null for anything else. */
export function parseToken(token: string): TokenParts | null {
  const match = TOKEN.exec(token);
  return match ? { id: match[1]!, secret: match[2]! } : null;
}

/** The id of something shaped like a token, for logs; never the secret. */
export function tokenIdOf(token: string): string | undefined {
  return TOKEN_ID.exec(token)?.[1];
}
