import { describe, expect, it } from 'vitest';
import { identityForm, variantForm } from '../../../src/resolve/variants.ts';

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

describe('the key one thing is identified by (identityForm)', () => {
  const regions = new Set(['太原', '太谷', '孝义', '孝义市', '山西', '大同', '晋中']);
  const isRegion = (s: string): boolean => regions.has(s);

  it('reads a policy with or without its generic head word, and a code with either head', () => {
    expect(identityForm('POLICY', '三权分置改革')).toBe(identityForm('POLICY', '三权分置'));
    expect(identityForm('POLICY', '创新驱动发展战略')).toBe(identityForm('POLICY', '创新驱动战略'));
    expect(identityForm('POLICY', '13710工作制度')).toBe(identityForm('POLICY', '13710工作机制'));
    expect(identityForm('POLICY', '好党史学习教育')).toBe('党史学习教育');
    expect(identityForm('POLICY', '开发区三化三制改革')).toBe(identityForm('POLICY', '三化三制'));
    expect(identityForm('POLICY', '开发区改革')).toBe('开发区改革');
    expect(identityForm('POLICY', '农村改革')).toBe('农村改革');
    expect(identityForm('POLICY', '放管服改革')).toBe('放管服改革');
  });

  it('keeps apart a reform and its pilot, and 能源革命 from its reform', () => {
    expect(identityForm('POLICY', '能源革命综合改革试点')).not.toBe(identityForm('POLICY', '能源革命'));
    expect(identityForm('POLICY', '能源革命综合改革')).not.toBe(identityForm('POLICY', '能源革命'));
  });

  it('reads a scenic site with or without its grade, and a work with or without 工程', () => {
    expect(identityForm('PROJECT', '王家大院5A景区')).toBe('王家大院');
    expect(identityForm('PROJECT', '中部引黄工程')).toBe('中部引黄');
    expect(identityForm('PROJECT', '引黄工程')).toBe('引黄工程');
    expect(identityForm('PROJECT', '太焦铁路')).not.toBe(identityForm('PROJECT', '太焦高铁'));
    expect(identityForm('PROJECT', '207国道')).toBe('国道207');
  });

  it('reads an enterprise with or without its legal form, and keeps 集团 apart from a reorganised name', () => {
    expect(identityForm('ENTERPRISE', '山西信发化工有限公司')).toBe(identityForm('ENTERPRISE', '山西信发化工'));
    expect(identityForm('ENTERPRISE', '太原锅炉集团公司')).toBe(identityForm('ENTERPRISE', '太原锅炉集团'));
    expect(identityForm('ENTERPRISE', '晋能集团')).not.toBe(identityForm('ENTERPRISE', '晋能控股集团'));
  });

  it('drops a region written before a name only when what remains is still specific', () => {
    expect(identityForm('PARK', '太原武宿综保区', isRegion)).toBe(identityForm('PARK', '武宿综合保税区', isRegion));
    expect(identityForm('PARK', '太谷胡村玛钢铸造园', isRegion)).toBe('胡村玛钢铸造园');
    expect(identityForm('PARK', '大同经济技术开发区', isRegion)).toBe('大同经济技术开发区');
    expect(identityForm('PARK', '晋中国家农业科技园区', isRegion)).toBe('晋中国家农业科技园区');
    expect(identityForm('ENTERPRISE', '孝义金岩', isRegion)).toBe(identityForm('ENTERPRISE', '金岩', isRegion));
    expect(identityForm('ENTERPRISE', '孝义市兴安化工有限公司', isRegion)).toBe('兴安化工');
    expect(identityForm('ENTERPRISE', '山西焦煤集团', isRegion)).toBe('山西焦煤集团');
    expect(identityForm('ENTERPRISE', '晋中银行', isRegion)).toBe('晋中银行');
  });
});
