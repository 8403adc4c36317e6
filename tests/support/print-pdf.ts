import { chromium, type Browser } from 'playwright-core';

/**
 * Real PDFs for the PDF reader's tests and bench: HTML printed by the headless Chromium the
 * browser tests use, with a running header (the title) and a page-number footer, the way plans
 * are printed. Chromium embeds subsets of the fonts it uses; the CJK font is WenQuanYi Micro Hei
 * (fonts-wqy-microhei). One browser serves every print until `closePrinter`.
 */

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CJK_FONT = "'WenQuanYi Micro Hei', 'Noto Sans CJK SC', sans-serif";

export interface PrintOptions {
  /** Printed at the top of every page; none when absent. */
  title?: string;
  /** `第 N 页` at the bottom of every page (default: true when there is a title). */
  pageNumbers?: boolean;
  /** Milliseconds Chromium may take to lay out and print (large documents take a while). */
  timeoutMs?: number;
}

let browser: Promise<Browser> | undefined;

function printer(): Promise<Browser> {
  browser ??= chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  return browser;
}

/** Prints one HTML document to an A4 PDF and returns the PDF's bytes. */
export async function printPdf(html: string, options: PrintOptions = {}): Promise<Uint8Array> {
  const timeout = options.timeoutMs ?? 60_000;
  const pageNumbers = options.pageNumbers ?? options.title !== undefined;
  const page = await (await printer()).newPage();
  try {
    page.setDefaultTimeout(timeout);
    await page.setContent(html, { waitUntil: 'load', timeout });
    const pdf = await page.pdf({
      format: 'A4',
      displayHeaderFooter: options.title !== undefined || pageNumbers,
      headerTemplate: margin(options.title !== undefined ? escapeHtml(options.title) : ''),
      footerTemplate: margin(pageNumbers ? '第 <span class="pageNumber"></span> 页' : ''),
      margin: { top: '25mm', bottom: '25mm', left: '22mm', right: '22mm' },
      printBackground: true,
    });
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  } finally {
    await page.close();
  }
}

export async function closePrinter(): Promise<void> {
  const open = browser;
  browser = undefined;
  if (open) await (await open).close();
}

/** Header and footer templates get no page style: they need their own font and size. */
function margin(content: string): string {
  return `<div style="width:100%;text-align:center;font-size:9px;font-family:${CJK_FONT}">${content}</div>`;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * A plan's text lines as a printed page: 章 and 篇 titles as headings, 节 titles as sub-headings,
 * a tab-led line (a 专栏 box's title) in bold, every other line a paragraph with a first-line
 * indent of two characters, as Chinese documents are set.
 */
export function planHtml(lines: readonly string[]): string {
  const blocks = lines.filter((line) => line.trim().length > 0).map(blockHtml);
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><style>
  body { font-family: ${CJK_FONT}; font-size: 15px; line-height: 1.6; margin: 0; }
  p { text-indent: 2em; margin: 0 0 0.4em; }
  p.box { text-indent: 0; font-weight: bold; text-align: center; margin: 0.8em 0; }
  h2 { font-size: 20px; text-align: center; margin: 1.2em 0 0.8em; }
  h3 { font-size: 17px; margin: 1em 0 0.6em; }
</style></head><body>
${blocks.join('\n')}
</body></html>`;
}

function blockHtml(raw: string): string {
  const line = raw.trim();
  if (/^第[一二三四五六七八九十百零〇\d]+[章篇]/.test(line)) return `<h2>${escapeHtml(line)}</h2>`;
  if (/^第[一二三四五六七八九十百零〇\d]+节/.test(line)) return `<h3>${escapeHtml(line)}</h3>`;
  if (raw.startsWith('\t')) return `<p class="box">${escapeHtml(line)}</p>`;
  return `<p>${escapeHtml(line)}</p>`;
}
