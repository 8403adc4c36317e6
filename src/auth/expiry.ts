import { PlanGraphError } from '../errors.ts';

export const DEFAULT_EXPIRES_IN = '90d';

const UNIT_MS: Record<string, number> = { h: 3_600_000, d: 86_400_000 };

/**
 * `--expires-in`: `90d`, `12h` or `never`, as milliseconds (null: never). Anything else is the
 * user's mistake, named with the option.
 */
export function parseExpiresIn(value: string): number | null {
  const text = value.trim().toLowerCase();
  if (text === 'never') return null;
  const match = /^(\d+)([dh])$/.exec(text);
  const amount = match ? Number(match[1]) : 0;
  if (!match || amount < 1 || amount > 36_500) {
    throw new PlanGraphError('BAD_USER_INPUT', `--expires-in must be a number of days or hours such as 90d or 12h, or never; not ${JSON.stringify(value)}`, {
      subject: '--expires-in',
    });
  }
  return amount * UNIT_MS[match[2]!]!;
}

/** When a token made `now` expires (ISO 8601), or null for never. */
export function expiryFrom(now: Date, expiresInMs: number | null): string | null {
  return expiresInMs === null ? null : new Date(now.getTime() + expiresInMs).toISOString();
}
