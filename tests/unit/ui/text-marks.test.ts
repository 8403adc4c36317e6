import { describe, expect, it } from 'vitest';
import { segmentText, snippetSegments } from '../../../ui/src/text-marks.ts';

describe('highlighting passages', () => {
  it('marks the mention in a snippet from snippetStart and the mention text', () => {
    const segments = snippetSegments('以榆次、太谷为重点，打造108廊带。', 12, '108廊带');
    expect(segments.map((segment) => [segment.text, segment.mark !== null])).toEqual([
      ['以榆次、太谷为重点，打造', false],
      ['108廊带', true],
      ['。', false],
    ]);
  });

  it('keeps the longer of two overlapping mentions and loses no text', () => {
    const text = '推进晋中经济技术开发区建设';
    const segments = segmentText(text, [
      { start: 2, end: 4, value: '晋中' },
      { start: 2, end: 11, value: '晋中经济技术开发区' },
    ]);
    expect(segments.map((segment) => segment.text).join('')).toBe(text);
    expect(segments.filter((segment) => segment.mark).map((segment) => segment.text)).toEqual(['晋中经济技术开发区']);
  });

  it('clips ranges outside the text', () => {
    expect(segmentText('abc', [{ start: 2, end: 9, value: 1 }]).map((segment) => segment.text)).toEqual(['ab', 'c']);
  });
});
