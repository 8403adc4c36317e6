/**
 * Numbers as plans write them: Arabic (1,200 / 12.5), Chinese (一百二十, 两千, 三点五), ranges
 * (100—150, 3～5: the first number) and products (2×35: 70, the two units of a plant).
 */

const DIGITS: Readonly<Record<string, number>> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const POWERS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** A Chinese numeral below 万 (一百二十 → 120, 十二 → 12, 三点五 → 3.5), or undefined. */
export function chineseNumber(text: string): number | undefined {
  const [whole = '', fraction] = text.split('点');
  let total = 0;
  let digit: number | undefined;
  for (const ch of whole) {
    if (ch in DIGITS) {
      if (digit !== undefined) return undefined;
      digit = DIGITS[ch];
    } else if (ch in POWERS) {
      total += (digit ?? 1) * POWERS[ch]!;
      digit = undefined;
    } else return undefined;
  }
  total += digit ?? 0;
  if (whole.length === 0) return undefined;
  if (fraction === undefined) return total;
  const decimals = [...fraction].map((ch) => DIGITS[ch]);
  if (decimals.length === 0 || decimals.some((d) => d === undefined)) return undefined;
  return Number(`${total}.${decimals.join('')}`);
}

/** One number, Arabic or Chinese. */
export function numberOf(text: string): number | undefined {
  const plain = text.replace(/[\s,，]/g, '');
  if (/^\d+(?:\.\d+)?$/.test(plain)) return Number(plain);
  return chineseNumber(plain);
}

/** The pattern of one number, Arabic (with thousands separators and decimals) or Chinese. */
export const NUMBER = String.raw`(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+(?:点[零〇一二三四五六七八九]+)?)`;

/** An amount: a product (2×35), a range (100—150, 3～5) or one number. */
export const AMOUNT = String.raw`${NUMBER}\s*(?:[×xX*＊]\s*${NUMBER}|(?:[—–－\-~～〜]+|至|到)\s*${NUMBER})?`;

/** The value of an amount: a product multiplied out, a range's first number, else the number. */
export function amountValue(text: string): number | undefined {
  const product = /^(.+?)\s*[×xX*＊]\s*(.+)$/.exec(text);
  if (product) {
    const [a, b] = [numberOf(product[1]!), numberOf(product[2]!)];
    return a === undefined || b === undefined ? undefined : Number((a * b).toPrecision(12));
  }
  const range = /^(.+?)\s*(?:[—–－\-~～〜]+|至|到)\s*.+$/.exec(text);
  return numberOf(range ? range[1]! : text);
}
