import type { DraftLine, Repair } from './draft.ts';
import { isBlank } from './draft.ts';

/**
 * Page numbers, running headers and converter placeholders are page furniture, not text.
 * Dashed and dotted page numbers (`—01—`, `- 3 -`, `·4·`) are unmistakable. A lone number is a page number only
 * when it stands between blank lines inside prose: in this corpus every other lone number is a
 * table's row number (the 14th plan's indicator tables, the 孝义 targets), whose neighbours are
 * other numbers or table rows, never a sentence running across the page break.
 */
const DASHED_PAGE_NUMBER = /^[—\-－–·•]{1,2}\s*\d{1,4}\s*[—\-－–·•]{1,2}$/;
const WORDED_PAGE_NUMBER = /^第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?$/;
const LONE_NUMBER = /^\d{1,3}$/;
const PLACEHOLDER = /^\[image:[^\]]*\]$/i;
const RUNNING_HEADER_MAX_CHARS = 40;

export const dropPageFurniture: Repair = (draft) => {
  const lines = draft.lines;
  const pageNumber = lines.map((line, i) => isPageNumber(lines, i));
  const header = runningHeaders(lines, pageNumber);
  const keep = lines.filter((line, i) => !pageNumber[i] && !header.has(line.text.trim()) && !PLACEHOLDER.test(line.text.trim()));
  return keep.length === lines.length ? draft : { ...draft, lines: keep };
};

function isPageNumber(lines: DraftLine[], i: number): boolean {
  const text = (lines[i] as DraftLine).text.trim();
  if (DASHED_PAGE_NUMBER.test(text) || WORDED_PAGE_NUMBER.test(text)) return true;
  if (!LONE_NUMBER.test(text)) return false;
  const before = lines[i - 1];
  const after = lines[i + 1];
  if (!before || !after || !isBlank(before) || !isBlank(after)) return false;
  const previous = neighbour(lines, i, -1);
  const next = neighbour(lines, i, 1);
  return previous !== null && next !== null && isProse(previous) && isProse(next) && !/[。！？；]$/.test(previous);
}

function neighbour(lines: DraftLine[], i: number, step: 1 | -1): string | null {
  for (let j = i + step; j >= 0 && j < lines.length; j += step) {
    const text = (lines[j] as DraftLine).text.trim();
    if (text.length > 0) return text;
  }
  return null;
}

/** A line of running text: mostly Han, no run of space-separated figures as in a table row. */
function isProse(text: string): boolean {
  if (text.length < 8) return false;
  const figures = text.split(/\s+/).filter((token) => /^[\d.,%［\][-]+$/.test(token)).length;
  return figures < 2 && /[\u3400-\u9fff]{4}/.test(text);
}

/** Short lines that recur next to page numbers are running headers or footers. */
function runningHeaders(lines: DraftLine[], pageNumber: boolean[]): Set<string> {
  const nearPageNumber = new Map<string, number>();
  pageNumber.forEach((isNumber, i) => {
    if (!isNumber) return;
    const seen = new Set<string>();
    for (const step of [-1, 1] as const) {
      let found = 0;
      for (let j = i + step; j >= 0 && j < lines.length && found < 2; j += step) {
        const text = (lines[j] as DraftLine).text.trim();
        if (text.length === 0) continue;
        found++;
        if ([...text].length <= RUNNING_HEADER_MAX_CHARS) seen.add(text);
      }
    }
    for (const text of seen) nearPageNumber.set(text, (nearPageNumber.get(text) ?? 0) + 1);
  });
  const headers = new Set<string>();
  for (const [text, count] of nearPageNumber) if (count >= 3) headers.add(text);
  return headers;
}
