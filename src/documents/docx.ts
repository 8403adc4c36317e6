import { parseHTML } from 'linkedom';
import mammoth from 'mammoth';

import type { ExtractedText } from '../model/document.ts';
import { blockLines } from './html-blocks.ts';
import { joinLines } from './line-writer.ts';
import { badInput } from './refuse.ts';
import { binaryMagic } from './text.ts';

/**
 * Word (.docx): mammoth turns the document into HTML that keeps its blocks (headings,
 * paragraphs, lists, tables), and the block walker makes them lines. Empty paragraphs stay blank
 * lines, as in Word's own plain-text export: two of them close a 专栏 box for the normaliser.
 * Mammoth's warnings (unknown styles, say) are not errors and are not reported.
 */
export async function extractDocx(bytes: Uint8Array, path: string): Promise<ExtractedText> {
  refuseUnlessZip(bytes, path);
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      { ignoreEmptyParagraphs: false, convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })) },
    );
    html = result.value;
  } catch (error) {
    throw badInput(path, `not a readable Word .docx file (${whyUnreadable(error)})`);
  }
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`);
  dropNoteMarks(document);
  const lines = blockLines(document.body, { literal: true });
  if (lines.length === 0) throw badInput(path, 'the Word document holds no text');
  return { text: joinLines(lines) };
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * A .docx is a zip archive. Word saves a password-protected .docx as an OLE2 compound file
 * holding an EncryptedPackage stream; a legacy .doc renamed .docx is OLE2 holding WordDocument.
 * Both are named here, since "not a zip" would leave the user guessing.
 */
function refuseUnlessZip(bytes: Uint8Array, path: string): void {
  if (startsWith(bytes, ZIP)) return;
  if (startsWith(bytes, OLE2)) {
    if (holdsStream(bytes, 'EncryptedPackage')) {
      throw badInput(path, 'the Word document is encrypted (password-protected): remove the password in Word and save it again');
    }
    if (holdsStream(bytes, 'WordDocument')) {
      throw badInput(path, 'not a readable Word .docx file (it is a legacy Word .doc file with a .docx name: save it as .docx from Word)');
    }
    throw badInput(path, 'not a readable Word .docx file (an OLE2 compound file, a legacy Office format, not a .docx)');
  }
  const magic = binaryMagic(bytes);
  throw badInput(path, `not a readable Word .docx file (not a zip archive${magic ? `: the bytes are a ${magic}` : ''})`);
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/** OLE2 directory entries name their streams in UTF-16LE. */
function holdsStream(bytes: Uint8Array, name: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from(name, 'utf16le'));
}

/** What jszip and mammoth say, in a few words a user can act on. */
function whyUnreadable(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/end of central directory/i.test(message)) return 'the zip archive is truncated or damaged';
  if (/main document part/i.test(message)) return 'a zip archive without word/document.xml, so not a Word document';
  if (/corrupted zip|unexpected signature|crc32|invalid|unsupported compression/i.test(message)) return 'the zip archive is damaged';
  const firstLine = message.split('\n')[0] ?? message;
  return firstLine.length > 120 ? `${firstLine.slice(0, 117)}...` : firstLine;
}

/**
 * Footnote and endnote marks (`[1]` in the text, `↑` back links) are mammoth's links, not the
 * author's words: inside a sentence they would split a name. The notes themselves stay, at the end.
 */
function dropNoteMarks(document: Document): void {
  for (const link of [...document.querySelectorAll('a[href^="#footnote-"], a[href^="#endnote-"]')]) link.remove();
}
