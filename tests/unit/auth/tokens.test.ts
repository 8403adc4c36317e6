import { describe, expect, it } from 'vitest';
import { DEFAULT_EXPIRES_IN, FailureLimiter, parseExpiresIn, requireRole } from '../../../src/auth/index.ts';
import { expiryFrom } from '../../../src/auth/expiry.ts';
import { lesserRole, roleAtLeast } from '../../../src/auth/roles.ts';
import { formatToken, newTokenParts, parseToken, tokenIdOf } from '../../../src/auth/token-format.ts';
import { hashSecret, verifySecret } from '../../../src/auth/token-hash.ts';
import { isPlanGraphError } from '../../../src/errors.ts';

describe('token text', () => {
  it('round-trips pg_<id>_<secret>, a secret with _ and - included', () => {
    const parts = newTokenParts();
    const token = formatToken(parts);
    expect(token).toMatch(/^pg_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$/);
    expect(parseToken(token)).toEqual(parts);
    const awkward = { id: '0123456789abcdef', secret: `_-${'a'.repeat(39)}_-` };
    expect(parseToken(formatToken(awkward))).toEqual(awkward);
  });

  it('reads nothing else as a token, and names the id of a near miss for the log only', () => {
    for (const text of ['', 'pg_', 'pg_0123456789abcdef', 'pg_0123456789ABCDEF_' + 'a'.repeat(43), 'pg_0123456789abcdef_' + 'a'.repeat(42), 'xx_0123456789abcdef_' + 'a'.repeat(43), 'pg_0123456789abcdef_' + 'a'.repeat(42) + '!']) {
      expect(parseToken(text)).toBeNull();
    }
    expect(tokenIdOf('pg_0123456789abcdef_short')).toBe('0123456789abcdef');
    expect(tokenIdOf('garbage')).toBeUndefined();
  });
});

describe('secret hashes', () => {
  it('verifies the secret hashed and no other; two hashes of one secret differ by their salt', async () => {
    const { secret } = newTokenParts();
    const stored = await hashSecret(secret);
    expect(stored.hash).not.toContain(secret);
    expect(await verifySecret(secret, stored)).toBe(true);
    const oneOff = `${secret.slice(0, -1)}${secret.endsWith('A') ? 'B' : 'A'}`;
    expect(await verifySecret(oneOff, stored)).toBe(false);
    const again = await hashSecret(secret);
    expect(again.salt).not.toBe(stored.salt);
    expect(again.hash).not.toBe(stored.hash);
  });
});

describe('--expires-in', () => {
  it('reads days, hours and never', () => {
    expect(parseExpiresIn(DEFAULT_EXPIRES_IN)).toBe(90 * 86_400_000);
    expect(parseExpiresIn('12h')).toBe(12 * 3_600_000);
    expect(parseExpiresIn(' Never ')).toBeNull();
    expect(expiryFrom(new Date('2025-01-01T00:00:00Z'), parseExpiresIn('30d'))).toBe('2025-01-31T00:00:00.000Z');
    expect(expiryFrom(new Date(), null)).toBeNull();
  });

  it('refuses anything else, naming the option', () => {
    for (const value of ['', '90', '0d', '1w', '-1d', 'soon']) {
      expect(() => parseExpiresIn(value)).toThrow(/^--expires-in must be a number of days or hours/);
    }
  });
});

describe('roles', () => {
  it('orders reader < curator < admin', () => {
    expect(roleAtLeast('admin', 'curator')).toBe(true);
    expect(roleAtLeast('curator', 'curator')).toBe(true);
    expect(roleAtLeast('reader', 'curator')).toBe(false);
    expect(lesserRole('admin', 'reader')).toBe('reader');
    expect(lesserRole('curator', 'admin')).toBe('curator');
  });

  it('requireRole returns the viewer, or says what token is needed', () => {
    const curator = { name: '李明', role: 'curator' as const };
    expect(requireRole({ viewer: curator }, 'curator')).toBe(curator);
    const refusal = (viewer: typeof curator | null, role: 'curator' | 'admin') => {
      try {
        requireRole({ viewer }, role);
      } catch (error) {
        if (isPlanGraphError(error)) return [error.code, error.message];
      }
      return undefined;
    };
    expect(refusal(null, 'curator')).toEqual(['UNAUTHENTICATED', expect.stringMatching(/^this needs a curator's token: send it as Authorization: Bearer <token>/)]);
    expect(refusal(curator, 'admin')).toEqual(['FORBIDDEN', "this needs an admin's token: the token of 李明 is a curator's"]);
  });
});

describe('the failure limiter', () => {
  it('refuses a client after 10 failures within a minute, until the minute has passed; others are not affected', () => {
    let now = 1_000_000;
    const limiter = new FailureLimiter(10, 60_000, () => now);
    for (let i = 0; i < 9; i += 1) limiter.recordFailure('a');
    expect(limiter.retryAfterSeconds('a')).toBeUndefined();
    now += 20_000;
    limiter.recordFailure('a');
    expect(limiter.retryAfterSeconds('a')).toBe(40);
    expect(limiter.retryAfterSeconds('b')).toBeUndefined();
    now += 39_500;
    expect(limiter.retryAfterSeconds('a')).toBe(1);
    now += 500;
    expect(limiter.retryAfterSeconds('a')).toBeUndefined();
    limiter.recordFailure('a');
    expect(limiter.retryAfterSeconds('a')).toBeUndefined();
  });
});
