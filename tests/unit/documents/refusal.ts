import { expect } from 'vitest';

import { isPlanGraphError } from '../../../src/errors.ts';

/** A reader refused the file: a BAD_INPUT about that file, whose message names it and says why. */
export async function expectRefused(result: Promise<unknown> | (() => unknown), path: string, reason: RegExp): Promise<void> {
  let error: unknown = null;
  try {
    await (typeof result === 'function' ? result() : result);
  } catch (caught) {
    error = caught;
  }
  expect(isPlanGraphError(error, 'BAD_INPUT'), `expected a BAD_INPUT, got ${String(error)}`).toBe(true);
  const message = (error as Error).message;
  expect(message.startsWith(`${path}: `), message).toBe(true);
  expect(message).toMatch(reason);
}
