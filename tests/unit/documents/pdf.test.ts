import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

import { extractPdf } from '../../../src/documents/pdf.ts';
import { readSource } from '../../../src/documents/read.ts';
import { isPlanGraphError, PlanGraphError } from '../../../src/errors.ts';
import type { ExtractedText } from '../../../src/model/document.ts';
import { closePrinter, escapeHtml, planHtml, printPdf } from '../../support/print-pdf.ts';

// The PDF reader on real PDFs: excerpts of the 晋中 plan printed by headless Chromium with a
// running title and `第 N 页` footers, and poppler's pdftotext as an independent oracle of what
// each page holds. Chromium is launched once for the file.

const TITLE = '晋中市国民经济和社会发展第十三个五年规划纲要';
const EXCERPT = readFileSync(new URL('../../fixtures/excerpts/jinzhong-two-chapters.txt', import.meta.url), 'utf8').split('\n');
const PARAGRAPHS = EXCERPT.map((line) => line.trim()).filter((line) => line.length > 0);
/** One paragraph several pages long: the excerpt's paragraphs run together. */
const LONG_PARAGRAPH = PARAGRAPHS.filter((line) => line.length > 100).join('');
const PAGE_NUMBER = /^第\s*\d+\s*页$/;

const squeeze = (text: string): string => text.replace(/\s+/g, '');
const linesOf = (text: string): string[] => text.split('\n').map((line) => line.trim()).filter((line) => line.length > 0);

let dir: string;
const files: Record<'plan' | 'longParagraph' | 'latin' | 'image' | 'scanned' | 'encrypted' | 'small', string> = {
  plan: '',
  longParagraph: '',
  latin: '',
  image: '',
  scanned: '',
  encrypted: '',
  small: '',
};

/** A picture and nothing else, as a scanner makes: a canvas, printed as an image. */
function imageHtml(pages: number): string {
  const canvas = `<canvas width="600" height="800" style="width:160mm;height:220mm;display:block"></canvas>`;
  const paint = `for (const c of document.querySelectorAll('canvas')) { const g = c.getContext('2d'); g.fillStyle = '#ddd'; g.fillRect(0, 0, 600, 800); for (let y = 40; y < 800; y += 30) { g.fillStyle = '#333'; g.fillRect(40, y, 520, 12); } }`;
  return `<!doctype html><html><body style="margin:0">${Array.from({ length: pages }, () => canvas).join('')}<script>${paint}</script></body></html>`;
}

async function save(name: string, bytes: Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, bytes);
  return path;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'plangraph-pdf-'));
  files.plan = await save('jinzhong.pdf', await printPdf(planHtml(EXCERPT), { title: TITLE }));
  files.longParagraph = await save('long-paragraph.pdf', await printPdf(planHtml([LONG_PARAGRAPH]), { title: TITLE }));
  const latin = 'TOT 模式是英文 Transfer-Operate-Transfer 的缩写。Public–private partnership (PPP) projects are built and run by a private company under a concession from the government, which pays for the service.';
  // A narrow column, centred: short lines, so that Latin words and a hyphenated name wrap.
  files.latin = await save('latin.pdf', await printPdf(`<html><body style="font: 16px 'WenQuanYi Micro Hei'; width: 60mm; margin: 0 auto"><p>${escapeHtml(latin)}</p></body></html>`));
  files.image = await save('scan.pdf', await printPdf(imageHtml(1)));
  files.scanned = await save('scanned-numbered.pdf', await printPdf(imageHtml(3), { pageNumbers: true }));
  files.small = await save('small.pdf', await printPdf(`<html><body style="font: 16px 'WenQuanYi Micro Hei'"><p>第一章 总体要求</p><p>晋中108廊带区域一体化发展示范区</p></body></html>`));
  files.encrypted = join(dir, 'encrypted.pdf');
  execFileSync('qpdf', ['--encrypt', 'user', 'owner', '256', '--', files.plan, files.encrypted]);
}, 120_000);

afterAll(async () => {
  await closePrinter();
  await rm(dir, { recursive: true, force: true });
});

afterEach(() => {
  vi.restoreAllMocks();
});

async function extract(path: string): Promise<ExtractedText> {
  return extractPdf(await readFile(path), path);
}

/** pdftotext's text of one page, without the running title and the page number. */
function oraclePage(path: string, page: number): string {
  const text = execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-layout', path, '-'], { encoding: 'utf8' });
  return squeeze(linesOf(text).filter((line) => line !== TITLE && !PAGE_NUMBER.test(line)).join(''));
}

function pageCount(path: string): number {
  return Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))?.[1]);
}

function pageSlices({ text, pageStarts = [] }: ExtractedText): string[] {
  return pageStarts.map((start, k) => text.slice(start, pageStarts[k + 1] ?? text.length));
}

async function refusal(promise: Promise<unknown>): Promise<PlanGraphError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PlanGraphError);
  expect(isPlanGraphError(error, 'BAD_INPUT')).toBe(true);
  return error as PlanGraphError;
}

describe('extractPdf: a plan printed to PDF', () => {
  it('reads every paragraph in order, each whole on a line of its own, CJK without spaces', async () => {
    const { text } = await extract(files.plan);
    expect(pageCount(files.plan)).toBeGreaterThanOrEqual(3);
    expect(squeeze(text)).toBe(squeeze(PARAGRAPHS.join('')));
    // Wrapped lines joined, headings (第一章, 第一节, the 专栏 title) on lines of their own.
    expect(linesOf(text).map(squeeze)).toEqual(PARAGRAPHS.map(squeeze));
  });

  it('drops the running title and the page numbers', async () => {
    const { text } = await extract(files.plan);
    expect(linesOf(text)).not.toContain(TITLE);
    expect(text.split(TITLE).length).toBe(PARAGRAPHS.join('\n').split(TITLE).length);
    expect(text).not.toMatch(/第\s*\d+\s*页/);
  });

  it('starts each page where pdftotext says its text starts', async () => {
    const extracted = await extract(files.plan);
    const pages = pageCount(files.plan);
    expect(extracted.pageStarts?.[0]).toBe(0);
    expect(extracted.pageStarts).toHaveLength(pages);
    const slices = pageSlices(extracted);
    for (let page = 1; page <= pages; page++) expect(squeeze(slices[page - 1] ?? ''), `page ${page}`).toBe(oraclePage(files.plan, page));
  });

  it('joins a paragraph that runs over page breaks into one line; the later pages start inside it', async () => {
    const extracted = await extract(files.longParagraph);
    const pages = pageCount(files.longParagraph);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(linesOf(extracted.text).map(squeeze)).toEqual([squeeze(LONG_PARAGRAPH)]);
    expect(extracted.pageStarts).toHaveLength(pages);
    for (const start of extracted.pageStarts?.slice(1) ?? []) expect(extracted.text[start - 1]).not.toBe('\n');
    pageSlices(extracted).forEach((slice, k) => expect(squeeze(slice), `page ${k + 1}`).toBe(oraclePage(files.longParagraph, k + 1)));
  });

  it('keeps one space between Latin words, within a line and where a line wraps, and none in CJK', async () => {
    const { text } = await extract(files.latin);
    expect(text).toBe(
      'TOT 模式是英文 Transfer-Operate-Transfer 的缩写。Public–private partnership (PPP) projects are built and run by a private company under a concession from the government, which pays for the service.\n',
    );
  });

  it('decodes a CJK font the PDF names without embedding it (STSong-Light, UniGB-UCS2-H), through the CMaps pdfjs ships', async () => {
    const lines = ['晋中市国民经济和社会发展第十三个五年规划纲要', '第一章 “十三五”时期经济社会发展面临的形势'];
    const { text, pageStarts } = await extractPdf(unembeddedFontPdf(lines), 'stsong.pdf');
    expect(text).toBe(`${lines.join('\n')}\n`);
    expect(pageStarts).toEqual([0]);
  });

  it('is what readSource gives for a .pdf file, identified by the bytes of the file', async () => {
    const bytes = await readFile(files.plan);
    const source = await readSource(files.plan);
    expect(source.format).toBe('pdf');
    expect(source.encoding).toBe('binary');
    expect(source.byteLength).toBe(bytes.length);
    expect(source.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(source.text).toBe((await extract(files.plan)).text);
    expect(source.pageStarts).toHaveLength(pageCount(files.plan));
  });
});

describe('extractPdf: files it refuses, with one line naming the file and the reason', () => {
  it('refuses a page that is only an image: no text layer, it needs OCR', async () => {
    const error = await refusal(extract(files.image));
    expect(error.message).toBe(`${files.image}: no text layer (1 page, 0 characters of text): a scanned PDF needs OCR before PlanGraph can read it`);
  });

  it('refuses scanned pages whose only text is their page numbers', async () => {
    const error = await refusal(extract(files.scanned));
    expect(error.message).toMatch(/: no text layer \(3 pages, 0 characters of text\).*OCR/);
  });

  it('refuses an encrypted PDF as encrypted', async () => {
    const error = await refusal(extract(files.encrypted));
    expect(error.message).toMatch(new RegExp(`^${files.encrypted}: encrypted: the PDF is password-protected`));
  });

  it('refuses a PDF cut in half (pdfjs finds no document structure: Chromium writes the catalogue and cross-reference table last)', async () => {
    const bytes = await readFile(files.plan);
    const path = join(dir, 'half.pdf');
    const outcome = await extractPdf(bytes.subarray(0, bytes.length >> 1), path).then(
      (extracted) => extracted,
      (error: unknown) => error,
    );
    if (outcome instanceof Error) {
      expect(isPlanGraphError(outcome, 'BAD_INPUT')).toBe(true);
      expect(outcome.message).toBe(`${path}: not a readable PDF (pdfjs: Invalid PDF structure)`);
    } else {
      // Should pdfjs ever recover part of it: only real text, never garbage.
      const whole = squeeze(PARAGRAPHS.join(''));
      for (const line of linesOf((outcome as ExtractedText).text)) expect(whole).toContain(squeeze(line));
    }
  });

  it('refuses a PDF header followed by garbage', async () => {
    const garbage = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919 + 13) % 251))]);
    const error = await refusal(extractPdf(garbage, 'garbage.pdf'));
    expect(error.message).toBe('garbage.pdf: not a readable PDF (pdfjs: Invalid PDF structure)');
  });

  it('refuses a text file named .pdf', async () => {
    const error = await refusal(extractPdf(Buffer.from(EXCERPT.slice(0, 3).join('\n')), 'plan.pdf'));
    expect(error.message).toBe('plan.pdf: not a readable PDF (no %PDF- header)');
    const zip = await refusal(extractPdf(Buffer.from('504b0304140000000800', 'hex'), 'plan.pdf'));
    expect(zip.message).toBe('plan.pdf: not a readable PDF (no %PDF- header: the content is a ZIP archive (docx/xlsx?))');
  });

  it('stops reading a file pdfjs takes too long over, refuses it, and reads the next file', async () => {
    const error = await refusal(extractPdf(await readFile(files.plan), files.plan, { stepTimeoutMs: 1 }));
    expect(error.message).toMatch(/^\S+jinzhong\.pdf: not a readable PDF \(pdfjs did not finish (?:opening the file|reading page \d+) within 0\.001 s\)$/);
    expect(squeeze((await extract(files.plan)).text)).toBe(squeeze(PARAGRAPHS.join('')));
  });

  it('survives damage anywhere: each flipped, inserted or deleted byte gives text or a BAD_INPUT, never another error, a hang or a word on the console', async () => {
    const pdf = new Uint8Array(await readFile(files.small));
    const logged = ['log', 'info', 'warn', 'error'].map((method) => vi.spyOn(console, method as 'log').mockImplementation(() => undefined));
    // Anywhere in the file, and often in its first and last two kilobytes, where the header, the
    // cross-reference table and the trailer are (the middle is mostly compressed font data).
    const at = fc.oneof(fc.nat({ max: pdf.length - 1 }), fc.nat({ max: 2047 }), fc.integer({ min: pdf.length - 2048, max: pdf.length - 1 }));
    const damage = fc.array(
      fc.record({ kind: fc.constantFrom('flip', 'insert', 'delete'), at, byte: fc.integer({ min: 0, max: 255 }) }),
      { minLength: 1, maxLength: 12 },
    );
    await fc.assert(
      fc.asyncProperty(damage, async (edits) => {
        const bytes = damaged(pdf, edits);
        const outcome = await Promise.race([
          extractPdf(bytes, 'damaged.pdf', { stepTimeoutMs: 5_000 }).then(
            (extracted) => extracted,
            (error: unknown) => error,
          ),
          new Promise((resolve) => setTimeout(() => resolve('hang'), 20_000)),
        ]);
        expect(outcome).not.toBe('hang');
        if (outcome instanceof Error) {
          expect(isPlanGraphError(outcome, 'BAD_INPUT'), String(outcome)).toBe(true);
          expect(outcome.message.startsWith('damaged.pdf: ')).toBe(true);
        } else {
          const { text, pageStarts = [] } = outcome as ExtractedText;
          expect(pageStarts[0]).toBe(0);
          pageStarts.forEach((start, k) => k > 0 && expect(start).toBeGreaterThan(pageStarts[k - 1] ?? 0));
          expect(pageStarts.at(-1)).toBeLessThan(text.length);
        }
      }),
      { numRuns: 300 },
    );
    for (const spy of logged) expect(spy).not.toHaveBeenCalled();
  }, 120_000);
});

function damaged(pdf: Uint8Array, edits: ReadonlyArray<{ kind: string; at: number; byte: number }>): Uint8Array {
  let bytes = Array.from(pdf);
  for (const { kind, at, byte } of edits) {
    const i = at % (bytes.length + 1);
    if (kind === 'flip') bytes[i % bytes.length] = (bytes[i % bytes.length] ?? 0) ^ (1 << byte % 8);
    else if (kind === 'insert') bytes.splice(i, 0, byte);
    else bytes = [...bytes.slice(0, i), ...bytes.slice(i + 1)];
  }
  return Uint8Array.from(bytes);
}

/**
 * A one-page PDF written by hand, as older Chinese office software writes them: the text set in
 * STSong-Light, a font every PDF reader is expected to have, so not embedded; the strings are
 * UCS-2 codes, which only the predefined CMaps (UniGB-UCS2-H, Adobe-GB1-UCS2) turn into text.
 */
function unembeddedFontPdf(lines: readonly string[]): Uint8Array {
  const ucs2 = (text: string): string => [...text].map((char) => (char.codePointAt(0) ?? 0).toString(16).padStart(4, '0')).join('');
  const content = lines.map((line, i) => `BT /F1 16 Tf 72 ${760 - i * 24} Td <${ucs2(line)}> Tj ET`).join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>',
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 7 0 R /DW 1000 >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (const [i, body] of objects.entries()) {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  }
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}
