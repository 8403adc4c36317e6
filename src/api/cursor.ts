import { PlanGraphError } from '../errors.ts';

/** Opaque offset cursors, shared by every paged answer of the API (entity connections, traces). */
export const encodeCursor = (offset: number): string => Buffer.from(`offset:${offset}`).toString('base64url');

export function decodeCursor(cursor: string | null | undefined): number {
  if (cursor === null || cursor === undefined) return 0;
  const match = /^offset:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw new PlanGraphError('BAD_USER_INPUT', `"after" is not a cursor this API gave out: ${JSON.stringify(cursor).slice(0, 40)}`, { subject: 'after' });
  return Number(match[1]);
}
