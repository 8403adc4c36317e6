/*
 * Name normalisation for resolution: the same name as different documents type it
 * (full-width digits and letters, half-width brackets, spaces, quote marks) reads the same.
 */

const QUOTES = /[“”"'‘’「」『』《》〈〉]/g;

/** The comparable form of a name: NFKC for letters and digits, full-width brackets, no spaces or quotes. */
export function normaliseName(name: string): string {
  let s = name.normalize('NFKC');
  s = s.replace(/\(/g, '（').replace(/\)/g, '）').replace(/,/g, '，').replace(/:/g, '：').replace(/;/g, '；');
  return s.replace(QUOTES, '').replace(/\s+/g, '');
}

const LEGAL_FORMS = /(?:股份有限公司|有限责任公司|责任有限公司|有限公司|集团公司|公司)$/;

/** A name without its legal form (山西信发化工有限公司 → 山西信发化工), for matching only. */
export function withoutLegalForm(name: string): string {
  const stripped = name.replace(LEGAL_FORMS, '');
  return stripped.length >= 2 ? stripped : name;
}

/** A bank's branch is the bank (晋中银行太原分行 → 晋中银行). */
export function withoutBranch(name: string): string {
  return name.replace(/(银行)[\u4e00-\u9fff]{2,4}(?:分行|支行)$/u, '$1');
}
