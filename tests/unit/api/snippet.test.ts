import { describe, expect, it } from 'vitest';
import { rankOf } from '../../../src/api/search.ts';
import { SNIPPET_REACH, snippetIn, snippetOf } from '../../../src/api/snippet.ts';
import type { EntityView } from '../../../src/api/views.ts';

describe('snippets', () => {
  // From the 108 corridor 专栏 of the 晋中 plan.
  const text = '以108国道为轴线，以榆次区、太谷、祁县、平遥、灵石县、介休市为主体，建设晋中108廊带区域一体化发展示范区。加快推进区域一体化。';

  it('cuts the sentence around the mention and says where the mention starts in it', () => {
    const start = text.indexOf('晋中108廊带');
    const end = start + '晋中108廊带区域一体化发展示范区'.length;
    const { snippet, snippetStart } = snippetOf(text, 0, start, end);
    expect(snippet).toBe('以108国道为轴线，以榆次区、太谷、祁县、平遥、灵石县、介休市为主体，建设晋中108廊带区域一体化发展示范区。');
    expect(snippet.slice(snippetStart, snippetStart + end - start)).toBe('晋中108廊带区域一体化发展示范区');
  });

  it('works on a window that starts inside the section', () => {
    const windowStart = 10;
    const start = text.indexOf('祁县');
    const { snippet, snippetStart } = snippetOf(text.slice(windowStart), windowStart, start, start + 2);
    expect(snippet.slice(snippetStart, snippetStart + 2)).toBe('祁县');
    expect(snippet.endsWith('。')).toBe(true);
  });
});

describe('search ranking', () => {
  const entity = (name: string, aliases: string[], pinyin: string): EntityView & { pinyin: string } => ({
    id: name,
    type: 'REGION',
    name,
    aliases,
    mentionCount: 1,
    pinyin,
  });
  const jinzhong = entity('晋中市', ['晋中'], 'jinzhongshi jzs');
  const park = entity('晋中经济技术开发区', ['晋中开发区'], 'jinzhongjingjijishukaifaqu jzjjjskfq');

  it('puts the exact name first, then aliases, prefixes and substrings', () => {
    expect(rankOf(jinzhong, '晋中市', '', 0)).toBe(0);
    expect(rankOf(jinzhong, '晋中', '', 0)).toBe(1);
    expect(rankOf(park, '晋中', '', 0)).toBe(2);
    expect(rankOf(park, '开发区', '', 0)).toBe(5);
  });

  it('finds by pinyin and by initials', () => {
    expect(rankOf(jinzhong, 'jinzhong', 'jinzhong', 0)).toBe(4);
    expect(rankOf(park, 'jzjj', 'jzjj', 0)).toBe(4);
    expect(rankOf(jinzhong, 'jzs', 'jzs', 0)).toBe(3);
    expect(rankOf(jinzhong, 'taiyuan', 'taiyuan', 0)).toBe(8);
  });
});

describe('one snippet rule for mentions and relationship evidence', () => {
  // A 专栏 line of the 晋中 plan: a long sentence, and a passage in its middle.
  const section = `${'以108国道为轴线，'.repeat(12)}建设晋中108廊带区域一体化发展示范区。${'推进区域一体化，'.repeat(12)}完善设施。`;
  const start = section.indexOf('晋中108廊带');
  const end = start + '晋中108廊带'.length;

  it('cuts evidence from the whole section as the statements cut a mention from their window', () => {
    const windowStart = Math.max(0, start - SNIPPET_REACH);
    // What cypher/api/trace.cypher returns: substring(s.text, start - $reach, 2 * $reach + end - start).
    const window = section.slice(windowStart, windowStart + 2 * SNIPPET_REACH + end - start);
    expect(snippetIn(section, start, end)).toEqual(snippetOf(window, windowStart, start, end));
  });

  it('stays within the reach either side of a long sentence, and still marks the passage', () => {
    const { snippet, snippetStart } = snippetIn(section, start, end);
    expect(snippet.length).toBeLessThanOrEqual(2 * SNIPPET_REACH + end - start);
    expect(snippet.slice(snippetStart, snippetStart + end - start)).toBe('晋中108廊带');
  });
});
