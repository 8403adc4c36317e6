import { createHash, randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * scrypt's recommended interactive cost (2^14, r 8): about 35 ms a check on a laptop, which is why verified
 * tokens are remembered briefly (src/auth/authenticate.ts). Changing these invalidates every
 * stored hash, so they are fixed here rather than configured.
 */
const SCRYPT: ScryptOptions = { N: 16384, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const KEY_BYTES = 32;

function derive(secret: string, salt: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(secret, salt, KEY_BYTES, SCRYPT, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/** What is stored of a token's secret: a fresh salt and the scrypt hash, both base64. */
export async function hashSecret(secret: string): Promise<{ hash: string; salt: string }> {
  const salt = randomBytes(16);
  return { hash: (await derive(secret, salt)).toString('base64'), salt: salt.toString('base64') };
}

/** Whether `secret` is the one hashed, compared in constant time. */
export async function verifySecret(secret: string, stored: { hash: string; salt: string }): Promise<boolean> {
  const expected = Buffer.from(stored.hash, 'base64');
  const actual = await derive(secret, Buffer.from(stored.salt, 'base64'));
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/** A fast digest for the in-memory cache of verified secrets: the secret itself is never kept. */
export function secretDigest(secret: string): Buffer {
  return createHash('sha256').update(secret).digest();
}

export function sameDigest(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}
