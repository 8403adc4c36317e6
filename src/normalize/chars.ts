/** Character classes shared by the repairs. Code points, so that CJK extension B counts. */

export function isHan(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.codePointAt(0) ?? 0;
  return (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0x20000 && c <= 0x3ffff) || c === 0x3007;
}

/** Chinese punctuation and full-width forms: what Chinese prose is written with besides Han. */
export function isCjkPunctuation(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.codePointAt(0) ?? 0;
  return (
    (c >= 0x3001 && c <= 0x303f) ||
    (c >= 0xff01 && c <= 0xff0f) ||
    (c >= 0xff1a && c <= 0xff20) ||
    (c >= 0xff3b && c <= 0xff40) ||
    (c >= 0xff5b && c <= 0xff65) ||
    (c >= 0x2018 && c <= 0x201f) ||
    c === 0x2014 ||
    c === 0x2026 ||
    c === 0x00b7
  );
}

export function isCjk(ch: string | undefined): boolean {
  return isHan(ch) || isCjkPunctuation(ch);
}

export function isAsciiDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

export function isAsciiAlnum(ch: string | undefined): boolean {
  return ch !== undefined && /^[0-9A-Za-z]$/.test(ch);
}

/** Spaces as PDF extraction and Word export leave them: ASCII, no-break, ideographic, thin. */
export function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && /^[ \t\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff]$/.test(ch);
}

/** Sentence-final marks; a line ending with one (possibly inside a closing quote) ends its paragraph. */
const PARAGRAPH_END = /[。！？；：!?;:…][”’」』）)》]*$/;

export function endsParagraph(line: string): boolean {
  return PARAGRAPH_END.test(line.trimEnd());
}

/** Display width the way a PDF lays it out: Han, full-width forms and Chinese quotes and dashes take two columns. */
export function displayWidth(line: string): number {
  let width = 0;
  for (const ch of line.trim()) width += (ch.codePointAt(0) ?? 0) >= 0x2000 ? 2 : 1;
  return width;
}

export function charLength(line: string): number {
  let n = 0;
  for (const _ of line) n++;
  return n;
}
