import type { SourceEncoding } from '../model/document.ts';
import { badInput } from './refuse.ts';
import { binaryMagic, decodeText } from './text.ts';

/**
 * A saved web page decoded, in the order a browser decides: a byte order mark, then the charset
 * the page declares (`<meta charset>` or `http-equiv="Content-Type"`), then the UTF-8-then-GB18030
 * guess of plain text. Chinese government sites still declare gb2312 or gbk; both are subsets of
 * GB18030, which TextDecoder reads, so they are read as GB18030 (a gb2312 page often holds
 * characters only GBK has).
 */
export function decodeHtml(bytes: Uint8Array, path: string): { text: string; encoding: SourceEncoding } {
  const magic = binaryMagic(bytes);
  if (magic) throw badInput(path, `binary content (${magic}), not a web page`);
  const decoded = hasByteOrderMark(bytes) ? decodeText(bytes, path) : decodeDeclared(bytes) ?? decodeText(bytes, path);
  if (decoded.text.includes('\u0000')) throw badInput(path, 'binary content (NUL characters), not a web page');
  return decoded;
}

function decodeDeclared(bytes: Uint8Array): { text: string; encoding: SourceEncoding } | null {
  const declared = declaredCharset(bytes);
  if (declared === 'gb18030') {
    // A page re-saved as UTF-8 keeps its old gb2312 declaration; valid multi-byte UTF-8 is
    // never an accident in GBK text of any length, so it wins over the stale declaration.
    if (isMultiByteUtf8(bytes)) return null;
    const text = strictDecode('gb18030', bytes);
    return text === null ? null : { text, encoding: 'gb18030' };
  }
  if (declared === 'utf-8') {
    const text = strictDecode('utf-8', bytes);
    return text === null ? null : { text, encoding: 'utf-8' };
  }
  // Another declared charset (none a mainland government site uses): the plain-text guess decides.
  return null;
}

const GB_FAMILY = /^(?:gb2312|gbk|gb18030|x-gbk|cp936|windows-936|euc-cn|csgb2312|chinese|iso-ir-58)$/i;

/** The charset the page declares (`utf-8`, `gb18030` for the GB family, else the label as written), or null. */
export function declaredCharset(bytes: Uint8Array): string | null {
  // The declaration is ASCII and must come early (HTML asks for the first 1024 bytes; saved pages
  // put comments first, so look a little further).
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('latin1');
  const label = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1];
  if (label === undefined) return null;
  if (GB_FAMILY.test(label)) return 'gb18030';
  if (/^utf-?8$/i.test(label)) return 'utf-8';
  return label.toLowerCase();
}

function hasByteOrderMark(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

function isMultiByteUtf8(bytes: Uint8Array): boolean {
  return bytes.some((b) => b >= 0x80) && strictDecode('utf-8', bytes) !== null;
}

function strictDecode(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}
