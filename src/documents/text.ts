import type { ExtractedText, SourceEncoding } from '../model/document.ts';
import { badInput } from './refuse.ts';

/**
 * Plain text: the bytes decoded as they are (UTF-8, UTF-8 with BOM, UTF-16 with BOM, GB18030),
 * refused when they are not text. HTML and Markdown are decoded the same way before parsing.
 */
export function extractPlainText(bytes: Uint8Array, path: string): ExtractedText & { encoding: SourceEncoding } {
  const magic = binaryMagic(bytes);
  if (magic) throw badInput(path, `binary content (${magic}), not a text document`);
  const { encoding, text } = decodeText(bytes, path);
  if (looksBinary(text)) throw badInput(path, 'binary content (NUL or control characters), not a text document');
  if (text.trim().length === 0) throw badInput(path, 'the file holds only whitespace');
  return { text, encoding };
}

export function decodeText(bytes: Uint8Array, path: string): { encoding: SourceEncoding; text: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { encoding: 'utf-8-bom', text: strictDecode('utf-8', bytes.subarray(3), path, 'UTF-8 (with BOM)') };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { encoding: 'utf-16le', text: strictDecode('utf-16le', bytes.subarray(2), path, 'UTF-16LE') };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { encoding: 'utf-16be', text: strictDecode('utf-16be', bytes.subarray(2), path, 'UTF-16BE') };
  }
  // UTF-8 first: GB18030 would also accept most UTF-8 byte sequences, but as the wrong characters.
  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== null) return { encoding: 'utf-8', text: utf8 };
  const gb = tryDecode('gb18030', bytes);
  if (gb !== null) return { encoding: 'gb18030', text: gb };
  throw badInput(path, `undecodable: neither UTF-8 (invalid byte at offset ${firstInvalidUtf8(bytes)}) nor GB18030`);
}

function strictDecode(label: string, bytes: Uint8Array, path: string, name: string): string {
  const text = tryDecode(label, bytes);
  if (text === null) throw badInput(path, `undecodable: the byte order mark says ${name} but the content is not`);
  return text;
}

function tryDecode(label: string, bytes: Uint8Array): string | null {
  try {
    // ignoreBOM: the BOM has been stripped (or was absent) and must not be swallowed twice.
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

const MAGIC: ReadonlyArray<{ name: string; bytes: number[] }> = [
  { name: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'ZIP archive (docx/xlsx?)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'OLE2 document (doc/xls?)', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { name: 'gzip archive', bytes: [0x1f, 0x8b] },
  { name: 'ELF executable', bytes: [0x7f, 0x45, 0x4c, 0x46] },
];

export function binaryMagic(bytes: Uint8Array): string | null {
  for (const { name, bytes: magic } of MAGIC) {
    if (bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b)) return name;
  }
  return null;
}

/** Text documents hold no NUL and almost no C0 controls besides tab, newline, CR and form feed. */
function looksBinary(text: string): boolean {
  let controls = 0;
  const sample = Math.min(text.length, 1 << 20);
  for (let i = 0; i < sample; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) controls++;
  }
  // A stray control or two in a long document is tolerated (an old EOF marker, say); in a short
  // file even a few mean it is not text.
  return controls / sample > 0.001;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return i;
}

