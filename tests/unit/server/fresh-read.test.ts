import { describe, expect, it } from 'vitest';
import { freshRead } from '../../../src/server/fresh-read.ts';

/** A read whose answers the test releases one by one; `value` is what a read started now sees. */
function controlledRead() {
  let value = 0;
  const pending: Array<() => void> = [];
  let started = 0;
  const read = () => {
    started += 1;
    const seen = value;
    return new Promise<number>((resolve) => pending.push(() => resolve(seen)));
  };
  return {
    read,
    set: (v: number) => (value = v),
    started: () => started,
    finishOne: async () => {
      pending.shift()?.();
      await new Promise((resolve) => setImmediate(resolve));
    },
  };
}

describe('a read shared by the callers that wait for it', () => {
  it('answers every caller with a read that began after it asked, and shares the waiting ones', async () => {
    const source = controlledRead();
    const version = freshRead(source.read);
    const first = version();
    // A change commits while the first read is under way: callers from now on must see it.
    source.set(1);
    const later = Array.from({ length: 50 }, () => version());
    expect(source.started()).toBe(1);
    await source.finishOne();
    expect(await first).toBe(0);
    // The 50 share one read, begun after they asked.
    expect(source.started()).toBe(2);
    await source.finishOne();
    expect(new Set(await Promise.all(later))).toEqual(new Set([1]));
    // Nothing under way: the next caller starts a read of its own.
    const alone = version();
    expect(source.started()).toBe(3);
    await source.finishOne();
    expect(await alone).toBe(1);
  });

  it('a failed read fails its callers only; the next callers read again', async () => {
    let calls = 0;
    const version = freshRead(async () => {
      calls += 1;
      if (calls === 1) throw new Error('down');
      return calls;
    });
    await expect(version()).rejects.toThrow('down');
    expect(await version()).toBe(2);
  });
});
