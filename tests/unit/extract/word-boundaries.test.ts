import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadResources } from '../../../src/ingest/resources.ts';
import { lazyWordBoundaries } from '../../../src/extract/word-boundaries.ts';

const resources = loadResources();
const segmenter = resources.places.regions.segmenterFor('14');

/** Boundaries of one cut of the whole text: what the lazy, run-by-run cut must agree with. */
function wholeTextBoundaries(text: string): boolean[] {
  const boundary = new Array<boolean>(text.length + 1).fill(false);
  boundary[0] = true;
  let at = 0;
  for (const token of segmenter.cut(text, false)) {
    at += token.length;
    boundary[at] = true;
  }
  return boundary;
}

describe('word boundaries cut run by run', () => {
  // Real text with CJK punctuation, digits, Latin letters, spaces and line breaks: the 晋中 report
  // and the 孝义 plan's box (tests/fixtures/excerpts).
  for (const excerpt of ['jinzhong-report-three-copies.txt', 'xiaoyi-box.txt', 'shanxi-page-break.txt']) {
    it(`agree with a cut of the whole text everywhere (${excerpt})`, () => {
      const text = readFileSync(new URL(`../../fixtures/excerpts/${excerpt}`, import.meta.url), 'utf8').slice(0, 4000);
      const whole = wholeTextBoundaries(text);
      const lazy = lazyWordBoundaries(text, segmenter);
      const disagreements = whole.map((expected, offset) => [offset, expected, lazy.at(offset)] as const).filter(([, expected, got]) => expected !== got);
      expect(disagreements).toEqual([]);
    });
  }

  it('tells a place that is a word of its own from one glued into a longer word', () => {
    const text = '推进晋中国家农高区建设，维护长治久安。';
    const lazy = lazyWordBoundaries(text, segmenter);
    expect([lazy.at(2), lazy.at(4)]).toEqual([true, true]); // 晋中 stands alone
    expect(lazy.at(text.indexOf('长治') + 2)).toBe(false); // 长治 inside 长治久安
  });
});
