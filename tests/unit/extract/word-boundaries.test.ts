import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadResources } from '../../../src/ingest/resources.ts';
import { createDomainJieba } from '../../../src/extract/dictionary.ts';
import { provinceOf } from '../../../src/extract/region-index.ts';
import { lazyWordBoundaries } from '../../../src/extract/word-boundaries.ts';

const resources = loadResources();
const segmenter = resources.places.regions.segmenterFor('14');
// Real text with CJK punctuation, digits, Latin letters, spaces and line breaks: the 晋中 report,
// the 孝义 plan's box and a page break of the 山西 plan (tests/fixtures/excerpts).
const EXCERPTS = ['jinzhong-report-three-copies.txt', 'xiaoyi-box.txt', 'shanxi-page-break.txt'];
const excerpt = (name: string): string => readFileSync(new URL(`../../fixtures/excerpts/${name}`, import.meta.url), 'utf8');

/** Boundaries of one cut of the whole text: what the lazy, run-by-run cut must agree with. */
function wholeTextBoundaries(text: string): boolean[] {
  const boundary = new Array<boolean>(text.length + 1).fill(false);
  boundary[0] = true;
  let at = 0;
  for (const token of segmenter.cut(text)) {
    at += token.length;
    boundary[at] = true;
  }
  return boundary;
}

describe('the province segmenter', () => {
  // It stands in for a jieba built from the lexicon and the province's names (jieba's cut
  // without HMM); it must cut as that jieba does, word for word.
  for (const province of ['14', '44']) {
    it(`cuts as jieba with the same dictionary does (province ${province})`, () => {
      const rows = resources.gazetteer.rows.filter((row) => provinceOf(row.code) === province || row.level === 'province' || row.level === 'prefecture');
      const jieba = createDomainJieba(resources.lexicon.words, { ...resources.gazetteer, rows });
      const ours = resources.places.regions.segmenterFor(province);
      const text = [...EXCERPTS.map(excerpt), '广州市天河区路桥建设，河北镇与兴业银行；ABC123公司、5G+工业互联网、𠀀字。'].join('\n');
      expect(ours.cut(text)).toEqual(jieba.cut(text, false));
    });
  }
});

describe('word boundaries cut run by run', () => {
  for (const name of EXCERPTS) {
    it(`agree with a cut of the whole text everywhere (${name})`, () => {
      const text = excerpt(name).slice(0, 4000);
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
