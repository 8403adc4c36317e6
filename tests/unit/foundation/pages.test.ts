import { describe, expect, it } from 'vitest';
import { pageAt, pagesOf } from '../../../src/model/pages.ts';

describe('pages of a source', () => {
  // Three pages: [0, 120), [120, 250), [250, …).
  const starts = [0, 120, 250];

  it('puts an offset on the last page that starts at or before it', () => {
    expect([0, 119, 120, 121, 249, 250, 10_000].map((offset) => pageAt(starts, offset))).toEqual([1, 1, 2, 2, 2, 3, 3]);
    expect(pageAt([0], 5)).toBe(1);
  });

  it('gives a span the pages of its first and its last character', () => {
    expect(pagesOf(starts, { start: 100, end: 120 })).toEqual({ first: 1, last: 1 });
    expect(pagesOf(starts, { start: 100, end: 121 })).toEqual({ first: 1, last: 2 });
    expect(pagesOf(starts, { start: 10, end: 300 })).toEqual({ first: 1, last: 3 });
    expect(pagesOf(starts, { start: 130, end: 130 })).toEqual({ first: 2, last: 2 });
  });

  it('agrees with a linear scan on many random page layouts', () => {
    for (let trial = 0; trial < 200; trial++) {
      const pages = [0];
      for (let k = 1; k < 1 + (trial % 17); k++) pages.push((pages[k - 1] ?? 0) + 1 + ((trial * 31 + k * 7) % 50));
      for (let offset = 0; offset < (pages.at(-1) ?? 0) + 60; offset += 3) {
        const linear = pages.filter((start) => start <= offset).length;
        expect(pageAt(pages, offset)).toBe(linear);
      }
    }
  });
});
