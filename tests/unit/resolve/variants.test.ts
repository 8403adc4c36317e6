import { describe, expect, it } from 'vitest';
import { variantForm } from '../../../src/resolve/variants.ts';

describe('variants of one name (ANNOTATION.md: one thing, many forms)', () => {
  it('expands abbreviated park head words', () => {
    expect(variantForm('PARK', '晋中经开区')).toBe('晋中经济技术开发区');
    expect(variantForm('PARK', '太原武宿综保区')).toBe('太原武宿综合保税区');
    expect(variantForm('PARK', '太原高新区')).toBe('太原高新技术产业开发区');
    expect(variantForm('PARK', '高新区')).toBe('高新区');
  });

  it('reads a road the same whichever end comes first, with 至 or a dash, with or without a segment', () => {
    const forms = ['离石至祁县高速', '祁县至离石高速公路', '离石—祁县高速公路', '祁县-离石高速'];
    expect(new Set(forms.map((f) => variantForm('PROJECT', f)))).toEqual(new Set(['祁县至离石高速']));
    expect(variantForm('PROJECT', '汾阳—石楼（孝义段）高速公路')).toBe(variantForm('PROJECT', '汾阳至石楼高速'));
  });

  it('writes a national road with its number after the head word', () => {
    expect(variantForm('PROJECT', '207国道')).toBe('国道207');
    expect(variantForm('PROJECT', '国道207')).toBe('国道207');
  });

  it('keeps apart what the text does not say is one, and leaves other names alone', () => {
    expect(variantForm('PROJECT', '太焦铁路')).not.toBe(variantForm('PROJECT', '太焦高铁'));
    expect(variantForm('PROJECT', '吉利新能源汽车项目')).toBe('吉利新能源汽车项目');
    expect(variantForm('POLICY', '经开区')).toBe('经开区');
  });
});
