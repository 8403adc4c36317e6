import type { StatementReader } from '../db/database.ts';
import { PlanGraphError } from '../errors.ts';
import { logger } from '../log.ts';
import { FailureLimiter } from './rate-limit.ts';
import { lesserRole, type Viewer } from './roles.ts';
import { parseToken, tokenIdOf } from './token-format.ts';
import { sameDigest, secretDigest, verifySecret } from './token-hash.ts';

/**
 * How long a secret that passed scrypt is remembered (as a SHA-256 digest, by token id). Only
 * the secret check is cached: revocation, expiry and the account's role are read every request.
 */
const VERIFIED_FOR_MS = 5 * 60_000;
const MAX_REMEMBERED = 10_000;

/** Why a presented token was refused: the log's words (the client's are the error's message). */
type FailureReason = 'malformed header' | 'malformed token' | 'unknown id' | 'wrong secret' | 'revoked' | 'account removed' | 'expired';

export interface AuthenticatorOptions {
  limiter?: FailureLimiter;
  clock?: () => number;
}

/**
 * Turns a request's Authorization header into its viewer: null without one, the account when
 * the token is good, and UNAUTHENTICATED (or RATE_LIMITED after repeated failures from the same
 * client) when one is presented and is not: a wrong token is never silently read as none.
 */
export class Authenticator {
  private readonly verified = new Map<string, { digest: Buffer; until: number }>();
  private readonly limiter: FailureLimiter;
  private readonly clock: () => number;

  private readonly db: StatementReader;

  constructor(db: StatementReader, options: AuthenticatorOptions = {}) {
    this.db = db;
    this.clock = options.clock ?? Date.now;
    this.limiter = options.limiter ?? new FailureLimiter(10, 60_000, this.clock);
  }

  async authenticate(authorization: string | null, client: string): Promise<Viewer | null> {
    if (authorization === null || authorization.trim() === '') return null;
    const retryAfterSeconds = this.limiter.retryAfterSeconds(client);
    if (retryAfterSeconds !== undefined) {
      throw new PlanGraphError('RATE_LIMITED', `too many failed token checks from this client: try again in ${retryAfterSeconds} s`, { retryAfterSeconds });
    }
    const bearer = /^Bearer +(\S+) *$/i.exec(authorization);
    if (!bearer) return this.refuse(client, undefined, 'malformed header', 'the Authorization header must be `Bearer <token>`');
    const presented = bearer[1]!;
    const parts = parseToken(presented);
    if (!parts) return this.refuse(client, tokenIdOf(presented), 'malformed token', 'unknown token: PlanGraph tokens look like pg_<id>_<secret>');
    const [stored] = await this.db.read('auth/token-by-id', { id: parts.id });
    if (!stored) return this.refuse(client, parts.id, 'unknown id', 'unknown token');
    if (!(await this.secretMatches(parts.id, parts.secret, stored))) return this.refuse(client, parts.id, 'wrong secret', 'unknown token');
    // Said only to the holder of the secret: a guesser learns nothing about which ids exist.
    if (stored.revokedAt !== null) return this.refuse(client, parts.id, 'revoked', `the token was revoked (${stored.revokedAt})`);
    if (stored.accountRole === null) return this.refuse(client, parts.id, 'account removed', 'the token was revoked: its account was removed');
    if (stored.expiresAt !== null && Date.parse(stored.expiresAt) <= this.clock()) {
      return this.refuse(client, parts.id, 'expired', `the token has expired (${stored.expiresAt}); \`plangraph token add ${stored.account}\` makes a new one`);
    }
    return { name: stored.account, role: stored.tokenRole ? lesserRole(stored.tokenRole, stored.accountRole) : stored.accountRole };
  }

  private async secretMatches(id: string, secret: string, stored: { hash: string; salt: string }): Promise<boolean> {
    const digest = secretDigest(secret);
    const remembered = this.verified.get(id);
    if (remembered && remembered.until > this.clock() && sameDigest(remembered.digest, digest)) return true;
    if (!(await verifySecret(secret, stored))) return false;
    if (this.verified.size >= MAX_REMEMBERED) this.verified.clear();
    this.verified.set(id, { digest, until: this.clock() + VERIFIED_FOR_MS });
    return true;
  }

  private refuse(client: string, tokenId: string | undefined, reason: FailureReason, message: string): never {
    this.limiter.recordFailure(client);
    logger().warn({ client, tokenId, reason }, 'a request presented a token that was refused');
    throw new PlanGraphError('UNAUTHENTICATED', message);
  }
}
