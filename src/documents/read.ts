import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';

import { PlanGraphError } from '../errors.ts';
import type { ExtractedText, SourceDocument, SourceFormat } from '../model/document.ts';
import { extractDocx } from './docx.ts';
import { formatOf, unsupportedReason } from './formats.ts';
import { extractHtml } from './html.ts';
import { MANIFEST_FILE } from './manifest.ts';
import { extractMarkdown } from './markdown.ts';
import { extractPdf } from './pdf.ts';
import { badInput } from './refuse.ts';
import { extractPlainText } from './text.ts';

/** Planning documents are a few hundred kB; anything near this is not a plan. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export interface ReadOptions {
  /** The largest text-based file accepted; PDF and Word files may be LAYOUT_FORMAT_FACTOR times larger. */
  maxBytes?: number;
}

/**
 * A PDF or Word file carries its text with fonts, images and layout: a plan of a few hundred kB
 * of text is a few MB of PDF (the 晋中 work report printed to PDF: 3.2 MB for 65 pages). Their
 * limit is this many times the text limit, so that a PDF of thousands of pages, read page by page,
 * is not refused by a limit meant for text.
 */
export const LAYOUT_FORMAT_FACTOR = 10;

function byteLimit(format: SourceFormat, maxBytes: number): number {
  return format === 'pdf' || format === 'docx' ? maxBytes * LAYOUT_FORMAT_FACTOR : maxBytes;
}

/**
 * Reads one document, in the format its extension names (a file named on its own with an
 * extension PlanGraph does not know is read as plain text, which refuses binary content). The
 * size is checked with stat before reading so that a huge file is refused without loading it;
 * everything else is decided by `decodeDocument`.
 */
export async function readSource(path: string, options: ReadOptions = {}): Promise<SourceDocument> {
  const { bytes, format, maxBytes } = await readSourceBytes(path, options);
  return decodeDocument(bytes, path, format, maxBytes);
}

/** A document's bytes, read as readSource reads them (size checked first), not yet decoded. */
export async function readSourceBytes(path: string, options: ReadOptions = {}): Promise<{ bytes: Uint8Array; format: SourceFormat; maxBytes: number }> {
  const format = formatOf(path) ?? 'text';
  const maxBytes = byteLimit(format, options.maxBytes ?? DEFAULT_MAX_BYTES);
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new PlanGraphError('BAD_INPUT', `${path}: not a regular file`, { subject: path });
    size = info.size;
  } catch (error) {
    if (error instanceof PlanGraphError) throw error;
    throw new PlanGraphError('BAD_INPUT', `${path}: cannot be read (${describeIoError(error)})`, { subject: path, cause: error });
  }
  if (size > maxBytes) throw tooLarge(path, size, maxBytes);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new PlanGraphError('BAD_INPUT', `${path}: cannot be read (${describeIoError(error)})`, { subject: path, cause: error });
  }
  return { bytes, format, maxBytes };
}

/** The sha256 of a document's bytes: its identity (SourceDocument.sha256). */
export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Decodes the raw bytes of a plain-text file into a SourceDocument (sync: the text reader needs no I/O). */
export function decodeSource(bytes: Uint8Array, path: string, maxBytes: number = DEFAULT_MAX_BYTES): SourceDocument {
  checkSize(bytes, path, maxBytes);
  return sourceDocument(bytes, path, 'text', extractPlainText(bytes, path));
}

/**
 * Decodes the raw bytes of a file of any supported format into a SourceDocument, or refuses them
 * with a BAD_INPUT naming the file and the reason.
 */
export async function decodeDocument(bytes: Uint8Array, path: string, format: SourceFormat, maxBytes: number = DEFAULT_MAX_BYTES): Promise<SourceDocument> {
  checkSize(bytes, path, maxBytes);
  const extracted = await READERS[format](bytes, path);
  if (extracted.text.trim().length === 0) throw badInput(path, 'no text could be extracted from the file');
  return sourceDocument(bytes, path, format, extracted);
}

const READERS: Readonly<Record<SourceFormat, (bytes: Uint8Array, path: string) => ExtractedText | Promise<ExtractedText>>> = {
  text: extractPlainText,
  pdf: extractPdf,
  docx: extractDocx,
  html: extractHtml,
  markdown: extractMarkdown,
};

function checkSize(bytes: Uint8Array, path: string, maxBytes: number): void {
  if (bytes.length > maxBytes) throw tooLarge(path, bytes.length, maxBytes);
  if (bytes.length === 0) throw badInput(path, 'the file is empty');
}

function sourceDocument(bytes: Uint8Array, path: string, format: SourceFormat, extracted: ExtractedText): SourceDocument {
  return {
    path,
    fileName: basename(path),
    format,
    encoding: extracted.encoding ?? 'binary',
    byteLength: bytes.length,
    sha256: sha256Of(bytes),
    text: extracted.text,
    ...(extracted.pageStarts ? { pageStarts: extracted.pageStarts } : {}),
  };
}

function tooLarge(path: string, size: number, maxBytes: number): PlanGraphError {
  return badInput(path, `too large: ${size} bytes, the limit is ${maxBytes} bytes`);
}


function describeIoError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
}

export interface PlanFiles {
  files: string[];
  /** Files of a folder that are not read, each with the reason (a line each in the ingest report). */
  skipped: Array<{ file: string; reason: string }>;
}

/**
 * The documents named on the command line: files as given, directories expanded to their
 * files of a supported format, subfolders included (a collection is often laid out as
 * `<place>/<year>.txt`), in name order, depth first. The manifest and hidden files and folders
 * are not documents; any other file is listed as skipped with its reason. Missing paths are
 * BAD_INPUT.
 */
export async function listPlanFiles(pathsOrDirs: readonly string[]): Promise<PlanFiles> {
  const files: string[] = [];
  const skipped: PlanFiles['skipped'] = [];
  for (const path of pathsOrDirs) {
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      throw new PlanGraphError('BAD_INPUT', `${path}: no such file or directory`, { subject: path, cause: error });
    }
    if (info.isDirectory()) await listFolder(path, files, skipped);
    else files.push(path);
  }
  return { files: [...new Set(files)], skipped };
}

async function listFolder(dir: string, files: string[], skipped: PlanFiles['skipped']): Promise<void> {
  const entries = (await readdir(dir, { withFileTypes: true }))
    .filter((entry) => entry.name !== MANIFEST_FILE && !entry.name.startsWith('.'))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const file = join(dir, entry.name);
    if (entry.isDirectory()) await listFolder(file, files, skipped);
    else if (formatOf(entry.name)) files.push(file);
    else skipped.push({ file, reason: unsupportedReason(entry.name) });
  }
}
