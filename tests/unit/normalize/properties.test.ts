import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { normalize } from '../../../src/normalize/index.ts';

/** Pieces the real documents are made of, so that random texts hit the repairs' edge cases. */
const PIECES = [
  '第一章 总则', '第二节', '第十三章 ', '专栏：', '专栏1 ', '表1-1 ', '一、', '（二）', '(三)', '目 录', '.....', '\t12',
  '晋中', '市', '介休', '孝义市', '规划纲要', '项目；', '有限公司', '2015', ' 年', '35.63', '1,000', '—01—', '- 3 -', '·4·',
  '，', ',', '。', '：', ':', '；', ';', '(', ')', '（', '）', '“', '”', '、', 'GDP', 'LED', ' ', '  ', '\u3000', '\u00a0',
  '\t', '\n', '\n\n', '\n\n\n', '\r\n', '\r', '7', '[image: a]', 'a', '\u{20000}', '\ud800',
];

const documentText = fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }).map((parts) => parts.join(''));
const anyText = fc.oneof(documentText, fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }));

/** What a kept source character may have become. */
function compatible(out: string, source: string | undefined): boolean {
  if (source === undefined) return false;
  if (out === source) return true;
  // Any kind of space or line separator may become a plain space (U+2028 and U+2029 included).
  if (out === ' ' && (/\s/u.test(source) || source === '\u200b' || source === '\u0085')) return true;
  const replacements: Record<string, string[]> = {
    '，': [','], '：': [':'], '；': [';'], '（': ['('], '）': [')'], '！': ['!'], '？': ['?'],
    ' ': [' ', '\t', '\u00a0', '\u3000', '\u2002', '\u2003', '\u2009', '\u200b', '\u202f', '\u205f', '\u1680', '\ufeff', '\n', '\r'],
    '\t': ['\t', ' ', '\u00a0', '\u3000'],
    '\n': ['\n', '\r'],
  };
  return replacements[out]?.includes(source) ?? /\s/.test(source);
}

describe('normalize: properties', () => {
  it('never throws on any text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        normalize(text);
      }),
      { numRuns: 500 },
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const once = normalize(text).normalized.text;
        expect(normalize(once).normalized.text).toBe(once);
      }),
      { numRuns: 500 },
    );
  });

  it('maps every character to a source offset, monotonically and in range', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const { normalized } = normalize(text);
        const { toSource } = normalized;
        expect(toSource.length).toBe(normalized.text.length + 1);
        for (let i = 0; i < toSource.length; i++) {
          const at = toSource[i] as number;
          expect(at).toBeGreaterThanOrEqual(0);
          expect(at).toBeLessThanOrEqual(text.length);
          if (i > 0) expect(at).toBeGreaterThanOrEqual(toSource[i - 1] as number);
          if (i < normalized.text.length) expect(compatible(normalized.text[i] as string, text[at])).toBe(true);
        }
        if (normalized.text.length > 0) {
          expect(toSource[normalized.text.length]).toBe((toSource[normalized.text.length - 1] as number) + 1);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('keeps no blank line, no leading or trailing space and no empty text when there was text', () => {
    fc.assert(
      fc.property(documentText, (text) => {
        const out = normalize(text).normalized.text;
        for (const line of out.split('\n')) {
          if (out.length > 0) expect(line.length).toBeGreaterThan(0);
          expect(line).toBe(line.replace(/^[ \t\u00a0\u3000]+|[ \t\u00a0\u3000]+$/g, ''));
        }
      }),
      { numRuns: 300 },
    );
  });
});
